pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Programme

// One page of a lesson: its paragraphs, the key points in a box, questions to think about, and
// "Try it now" when the page has an exercise.
ColumnLayout {
    id: root

    required property LessonReader reader
    required property int textSize

    signal exerciseRequested(string exerciseId)

    Layout.fillWidth: true
    spacing: Theme.spacing

    Repeater {
        model: root.reader.paragraphs

        Label {
            required property string modelData
            required property int index
            objectName: "paragraph_" + index
            Layout.fillWidth: true
            text: modelData
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: root.textSize
            lineHeight: 1.3
        }
    }

    Rectangle {
        objectName: "keyPoints"
        visible: root.reader.keyPoints.length > 0
        Layout.fillWidth: true
        implicitHeight: points.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.noticeBackground
        border.width: Theme.borderWidth
        border.color: Theme.noticeBorder
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Key points")

        ColumnLayout {
            id: points
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Heading {
                Layout.topMargin: 0
                text: qsTr("Key points")
            }
            Repeater {
                model: root.reader.keyPoints

                Label {
                    required property string modelData
                    Layout.fillWidth: true
                    text: "\u2022 " + modelData
                    wrapMode: Text.WordWrap
                    textFormat: Text.PlainText
                    color: Theme.text
                    font.pixelSize: root.textSize
                    lineHeight: 1.2
                }
            }
        }
    }

    ColumnLayout {
        objectName: "reflection"
        visible: root.reader.reflection.length > 0
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Heading {
            text: qsTr("Questions to think about")
        }
        BodyText {
            muted: true
            text: qsTr("There are no right answers. You may like to note your thoughts in your diary.")
        }
        Repeater {
            model: root.reader.reflection

            Label {
                required property string modelData
                Layout.fillWidth: true
                text: "\u2022 " + modelData
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: root.textSize
                lineHeight: 1.2
            }
        }
    }

    Rectangle {
        objectName: "tryItNow"
        visible: root.reader.exerciseId.length > 0
        Layout.fillWidth: true
        implicitHeight: tryColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface
        border.width: Theme.borderWidth
        border.color: Theme.accent

        ColumnLayout {
            id: tryColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            BodyText {
                text: qsTr("Try it now: %1. Your place in the lesson is kept.").arg(root.reader.exerciseTitle)
            }
            ActionButton {
                objectName: "tryItNowButton"
                primary: true
                text: qsTr("Try it now")
                Accessible.name: qsTr("Try it now: %1").arg(root.reader.exerciseTitle)
                onClicked: root.exerciseRequested(root.reader.exerciseId)
            }
        }
    }
}
