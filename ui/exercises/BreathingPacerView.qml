import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises

// The breathing pacer: a large, soft circle that grows while breathing in and shrinks while
// breathing out, with the cue in large words and the seconds of this breath. No sound. The
// "Simple view" shows a plain bar instead of the moving circle, for people who find movement
// unsettling or distracting. Space pauses and goes on, Escape stops. The cue is also the name of
// a text that assistive technology reads again each time the breath changes.
FocusScope {
    id: root

    required property RelaxationPractice practice
    property bool simpleView: false

    // The circle's size from the phase: smallest before breathing in, largest after it.
    readonly property real smallest: 0.4
    readonly property real breath: {
        const p = root.practice.phaseProgress
        switch (root.practice.phase) {
        case "in":
            return root.smallest + (1 - root.smallest) * p
        case "hold":
            return 1
        case "out":
            return 1 - (1 - root.smallest) * p
        }
        return root.smallest
    }

    function timeText(seconds) {
        return qsTr("%1:%2 left").arg(Math.floor(seconds / 60)).arg(String(seconds % 60).padStart(2, "0"))
    }

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight
    activeFocusOnTab: false

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
            id: cue
            objectName: "breathingCue"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: root.practice.paused ? qsTr("Paused") : root.practice.cue
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            // Read out each time it changes: the person may have their eyes closed.
            Accessible.role: Accessible.StaticText
            Accessible.name: text
            Accessible.description: root.practice.paused ? "" : qsTr("Seconds left: %1").arg(root.practice.phaseSecondsLeft)
        }

        // The circle, drawn in the space a full breath takes so that the page does not move.
        Item {
            id: stage
            objectName: "breathingCircleArea"
            visible: !root.simpleView
            Layout.alignment: Qt.AlignHCenter
            readonly property real full: Math.min(column.width, Math.round(320 * Math.min(Theme.textScale, 1.5)))
            implicitWidth: full
            implicitHeight: full
            Accessible.ignored: true

            Rectangle {
                id: guide
                anchors.centerIn: parent
                width: stage.full
                height: width
                radius: width / 2
                color: "transparent"
                border.width: Theme.borderWidth
                border.color: Theme.chartGrid
            }
            Rectangle {
                id: circle
                objectName: "breathingCircle"
                anchors.centerIn: parent
                width: stage.full
                height: width
                radius: width / 2
                scale: root.breath
                color: Theme.accentTint
                border.width: Theme.borderWidth * 2
                border.color: Theme.accent
                // The ticks come every 40 ms; this smooths the steps between them.
                Behavior on scale {
                    NumberAnimation {
                        duration: 60
                    }
                }
            }
            Label {
                anchors.centerIn: parent
                text: root.practice.paused ? "" : root.practice.phaseSecondsLeft
                color: Theme.text
                font.pixelSize: Theme.titleSize * 1.5
                font.bold: true
                Accessible.ignored: true
            }
        }

        // The simple view: the breath as a bar that fills on the in-breath and empties on the
        // out-breath, and the seconds as a number.
        ColumnLayout {
            objectName: "breathingSimpleView"
            visible: root.simpleView
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignHCenter
                text: root.practice.paused ? "" : qsTr("Seconds left: %1").arg(root.practice.phaseSecondsLeft)
                color: Theme.text
                font.pixelSize: Theme.headingSize
                Accessible.ignored: true
            }
            ProgressBar {
                id: breathBar
                Layout.fillWidth: true
                from: 0
                to: 1
                value: (root.breath - root.smallest) / (1 - root.smallest)
                Accessible.name: qsTr("Breath")
                background: Rectangle {
                    implicitHeight: Math.round(24 * Theme.textScale)
                    radius: Theme.radius
                    color: Theme.meterTrack
                }
                contentItem: Item {
                    implicitHeight: Math.round(24 * Theme.textScale)
                    Rectangle {
                        width: breathBar.visualPosition * parent.width
                        height: parent.height
                        radius: Theme.radius
                        color: Theme.accent
                    }
                }
            }
        }

        Label {
            objectName: "breathingRound"
            Layout.fillWidth: true
            horizontalAlignment: Text.AlignHCenter
            wrapMode: Text.WordWrap
            text: qsTr("Breath %1 of %2").arg(root.practice.round).arg(root.practice.rounds)
                  + " \u00b7 " + root.timeText(root.practice.secondsLeft)
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                id: pauseButton
                objectName: "pauseBreathing"
                focus: true
                primary: true
                text: root.practice.paused ? qsTr("Go on") : qsTr("Pause")
                Accessible.description: qsTr("Space pauses and goes on.")
                onClicked: root.practice.togglePause()
            }
            ActionButton {
                objectName: "stopBreathing"
                text: qsTr("Stop")
                Accessible.description: qsTr("Escape stops. You can still save what you did.")
                onClicked: root.practice.stop()
            }
            ChipButton {
                objectName: "simpleView"
                text: qsTr("Simple view")
                checked: root.simpleView
                Accessible.description: qsTr("A bar instead of the moving circle.")
                onToggled: root.simpleView = checked
            }
        }
    }
}
