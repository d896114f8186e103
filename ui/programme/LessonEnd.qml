pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Programme

// Past a module's last page: whether it is done, what comes next, and the homework it gave.
ColumnLayout {
    id: root

    required property LessonReader reader

    signal moduleRequested(string moduleId)
    signal homeworkRequested()

    Layout.fillWidth: true
    spacing: Theme.spacing

    Notice {
        objectName: "endText"
        kind: root.reader.moduleDone ? "success" : "info"
        text: root.reader.endText
    }
    BodyText {
        objectName: "nextText"
        text: root.reader.nextText
    }
    ActionButton {
        objectName: "nextModuleButton"
        visible: root.reader.nextModuleId.length > 0
        primary: true
        text: qsTr("Go to the next module")
        onClicked: root.moduleRequested(root.reader.nextModuleId)
    }

    Heading {
        visible: root.reader.homework.length > 0
        text: qsTr("Homework from this module")
    }
    BodyText {
        visible: root.reader.homework.length > 0
        text: qsTr("Practice is where the change happens. Tick each time off in Homework, or do the exercise from there.")
    }
    Repeater {
        model: root.reader.homework

        Rectangle {
            id: item
            required property var modelData
            Layout.fillWidth: true
            implicitHeight: itemColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.background
            border.width: 1
            border.color: Theme.meterTrack
            Accessible.role: Accessible.Grouping
            Accessible.name: [item.modelData.title, item.modelData.dueText, item.modelData.timesText].join(". ")

            ColumnLayout {
                id: itemColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Label {
                    Layout.fillWidth: true
                    text: item.modelData.title
                    wrapMode: Text.WordWrap
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.ignored: true
                }
                BodyText {
                    text: item.modelData.description
                    Accessible.ignored: true
                }
                BodyText {
                    muted: true
                    text: item.modelData.dueText + " \u00B7 " + item.modelData.timesText
                    Accessible.ignored: true
                }
            }
        }
    }
    ActionButton {
        objectName: "homeworkButton"
        visible: root.reader.homework.length > 0
        text: qsTr("See your homework")
        onClicked: root.homeworkRequested()
    }
}
