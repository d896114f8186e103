import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// One homework task: its title and what to do, when it is due, how many times are done, where it
// came from; "Do it now" when an exercise goes with it, and a tick by hand.
ColumnLayout {
    id: root

    required property int index
    required property string homeworkId
    required property string title
    required property string description
    required property string exerciseId
    required property bool fromClinic
    required property string section
    required property bool overdue
    required property string dueText
    required property string timesText
    required property string accessibleText
    required property bool firstInSection
    // Home shows the title and when it is due only.
    property bool compact: false
    // The first open one on Home, the first of the list, takes the focus.
    readonly property Item mainButton: exerciseButton.visible ? exerciseButton : checkButton
    readonly property bool open: section !== "done" // "open" or "older": still to do

    signal checkOffRequested(string homeworkId)
    signal exerciseRequested(string exerciseId, string homeworkId)

    objectName: "homework_" + index
    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        objectName: "sectionHeading"
        visible: !root.compact && root.firstInSection
        text: root.section === "open" ? qsTr("To do")
                                      : root.section === "older" ? qsTr("Older homework")
                                                                 : qsTr("Done")
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: column.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: root.open ? Theme.background : Theme.surface
        border.width: root.overdue ? Theme.borderWidth : 1
        border.color: root.overdue ? Theme.accent : Theme.meterTrack
        Accessible.role: Accessible.Grouping
        Accessible.name: root.accessibleText

        ColumnLayout {
            id: column
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: root.title
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: true
                Accessible.ignored: true
            }
            Label {
                visible: !root.compact && root.description.length > 0
                Layout.fillWidth: true
                text: root.description
                wrapMode: Text.WordWrap
                textFormat: Text.PlainText
                color: Theme.text
                font.pixelSize: Theme.bodySize
                Accessible.ignored: true
            }
            Label {
                objectName: "dueText"
                Layout.fillWidth: true
                text: (root.overdue ? "\u25CF " : "") + root.dueText + " \u00B7 " + root.timesText
                      + (root.fromClinic ? " \u00B7 " + qsTr("From your clinic") : "")
                wrapMode: Text.WordWrap
                color: root.open ? Theme.text : Theme.mutedText
                font.pixelSize: Theme.bodySize
                font.bold: root.overdue
                Accessible.ignored: true
            }
            Flow {
                visible: root.open
                Layout.fillWidth: true
                spacing: Theme.spacing

                ActionButton {
                    id: exerciseButton
                    objectName: "doItNow_" + root.index
                    visible: root.exerciseId.length > 0
                    primary: true
                    text: qsTr("Do it now")
                    Accessible.name: qsTr("Do it now: %1").arg(root.title)
                    onClicked: root.exerciseRequested(root.exerciseId, root.homeworkId)
                }
                ActionButton {
                    id: checkButton
                    objectName: "checkOff_" + root.index
                    primary: root.exerciseId.length === 0
                    text: qsTr("I did it once")
                    Accessible.name: qsTr("Tick off one time: %1").arg(root.title)
                    onClicked: root.checkOffRequested(root.homeworkId)
                }
            }
        }
    }
}
