pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises

// The imagery script to read slowly, at a comfortable reading width, untimed. Escape stops.
FocusScope {
    id: root

    required property RelaxationPractice practice

    Layout.fillWidth: true
    Layout.maximumWidth: Theme.readableWidth
    implicitHeight: column.implicitHeight

    Keys.onEscapePressed: event => {
        root.practice.stop()
        event.accepted = true
    }

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.spacing

        Heading {
            objectName: "imageryTitle"
            Layout.fillWidth: true
            text: root.practice.imageryTitle
        }
        BodyText {
            Layout.fillWidth: true
            muted: true
            text: qsTr("Read slowly. Stop after each part, close your eyes if you like, and picture it.")
        }
        Repeater {
            model: root.practice.imageryParagraphs
            BodyText {
                required property string modelData
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing / 2
                text: modelData
                lineHeight: 1.3
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "imageryDone"
                focus: true
                primary: true
                text: qsTr("I have finished")
                onClicked: root.practice.finishReading()
            }
            ActionButton {
                objectName: "imageryStop"
                text: qsTr("Stop")
                onClicked: root.practice.stop()
            }
        }
    }
}
