import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// One questionnaire in a list: its name, where it stands (due, overdue, done), when it was last
// filled in with the result, and Start or Continue.
Rectangle {
    id: root

    required property string measureId
    required property string title
    required property string scheduleState
    required property string stateText
    required property string lastCompletedText
    required property string lastScoreText
    required property string actionText
    required property string accessibleText
    required property bool inProgress
    property bool showLast: true
    readonly property alias startButton: startButton

    signal startRequested(string measureId)

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.background
    border.width: root.scheduleState === "overdue" || root.scheduleState === "due" ? Theme.borderWidth : 1
    border.color: root.scheduleState === "overdue" || root.scheduleState === "due" ? Theme.accent : Theme.meterTrack
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleText

    // On Home (no last result) the button sits beside the words when there is room.
    GridLayout {
        id: column
        readonly property bool sideBySide: !root.showLast && root.width >= Theme.bodySize * 30
        anchors.fill: parent
        anchors.margins: Theme.spacing
        columns: sideBySide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: Theme.spacing / 2

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            Label {
                Layout.fillWidth: true
                text: root.title
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: root.showLast ? Theme.headingSize : Theme.bodySize
                font.bold: true
                Accessible.ignored: true
            }
            Label {
                objectName: "stateText"
                Layout.fillWidth: true
                text: (root.scheduleState === "overdue" ? "\u25CF " : root.scheduleState === "due" ? "\u25CB " : "") + root.stateText
                      + (root.inProgress ? " \u00B7 " + qsTr("Started, not finished") : "")
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.bold: !root.showLast ? false : root.scheduleState === "overdue" || root.scheduleState === "due"
                Accessible.ignored: true
            }
            Label {
                visible: root.showLast
                Layout.fillWidth: true
                text: root.lastScoreText.length > 0 ? root.lastCompletedText + ". " + root.lastScoreText
                                                    : root.lastCompletedText
                wrapMode: Text.WordWrap
                color: Theme.mutedText
                font.pixelSize: Theme.bodySize
                Accessible.ignored: true
            }
        }
        ActionButton {
            id: startButton
            objectName: "start_" + root.measureId
            Layout.alignment: column.sideBySide ? Qt.AlignRight | Qt.AlignVCenter : Qt.AlignLeft
            primary: root.scheduleState === "overdue" || root.scheduleState === "due" || root.inProgress
            text: root.actionText
            Accessible.name: qsTr("%1: %2").arg(root.actionText).arg(root.title)
            onClicked: root.startRequested(root.measureId)
        }
    }
}
