import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises

// Progressive muscle relaxation, one muscle group at a time: its name and how to tense it, then a
// clear countdown ("Tense… 5", then "Let go… 15") with a bar, and Back / Pause / Next. It moves
// on by itself; Space pauses and goes on, Escape stops.
FocusScope {
    id: root

    required property RelaxationPractice practice

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight

    Keys.onSpacePressed: event => {
        root.practice.togglePause()
        event.accepted = true
    }
    Keys.onEscapePressed: event => {
        root.practice.stop()
        event.accepted = true
    }

    ColumnLayout {
        id: column
        width: parent.width
        spacing: Theme.spacing

        Label {
            objectName: "pmrStep"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: qsTr("Step %1 of %2").arg(root.practice.stepIndex + 1).arg(root.practice.stepCount)
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        Heading {
            objectName: "pmrStepTitle"
            Layout.fillWidth: true
            text: root.practice.stepTitle
        }
        BodyText {
            objectName: "pmrInstruction"
            Layout.fillWidth: true
            text: root.practice.stepInstruction
        }
        Label {
            id: countdown
            objectName: "pmrCountdown"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.practice.paused ? qsTr("Paused") : root.practice.countdownText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: root.practice.paused ? text : root.practice.phase === "tense" ? qsTr("Tense") : qsTr("Let go")
        }
        BodyText {
            objectName: "pmrCue"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            text: root.practice.cue
        }
        ProgressBar {
            id: phaseBar
            Layout.fillWidth: true
            from: 0
            to: 1
            value: root.practice.phaseProgress
            Accessible.name: countdown.text
            background: Rectangle {
                implicitHeight: Math.round(16 * Theme.textScale)
                radius: height / 2
                color: Theme.meterTrack
            }
            contentItem: Item {
                implicitHeight: Math.round(16 * Theme.textScale)
                Rectangle {
                    width: phaseBar.visualPosition * parent.width
                    height: parent.height
                    radius: height / 2
                    color: root.practice.phase === "tense" ? Theme.chartActivity : Theme.successBorder
                }
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "pmrBack"
                text: qsTr("Back")
                Accessible.description: qsTr("The muscle group before this one.")
                onClicked: root.practice.back()
            }
            ActionButton {
                objectName: "pmrPause"
                focus: true
                primary: true
                text: root.practice.paused ? qsTr("Go on") : qsTr("Pause")
                onClicked: root.practice.togglePause()
            }
            ActionButton {
                objectName: "pmrNext"
                text: root.practice.stepIndex + 1 >= root.practice.stepCount ? qsTr("Finish") : qsTr("Next")
                Accessible.description: qsTr("The next muscle group.")
                onClicked: root.practice.next()
            }
            ActionButton {
                objectName: "pmrStop"
                text: qsTr("Stop")
                Accessible.description: qsTr("Escape stops. You can still save what you did.")
                onClicked: root.practice.stop()
            }
        }
    }
}
