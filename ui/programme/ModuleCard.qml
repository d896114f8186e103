import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// One module on the overview: its number and title, its goal, where it stands, the time it takes
// to read, Start / Continue / Read again, and what it is about for family and caregivers.
Rectangle {
    id: root

    required property string moduleId
    required property int number
    required property string title
    required property string goal
    required property string summary
    required property string moduleState
    required property string stateText
    required property string progressText
    required property string readingTimeText
    required property string actionText
    required property bool canOpen
    required property string accessibleText
    readonly property alias actionButton: actionButton
    readonly property bool ongoing: moduleState === "inProgress" || moduleState === "available"

    signal openRequested(string moduleId)

    objectName: "module_" + moduleId
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: root.moduleState === "locked" ? Theme.surface : Theme.background
    border.width: root.ongoing ? Theme.borderWidth : 1
    border.color: root.ongoing ? Theme.accent : Theme.meterTrack
    Accessible.role: Accessible.Grouping
    Accessible.name: root.accessibleText

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Label {
            Layout.fillWidth: true
            text: qsTr("Module %1").arg(root.number)
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.title
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.goal
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            Accessible.ignored: true
        }
        Label {
            objectName: "stateText"
            Layout.fillWidth: true
            // U+1F512 would need an emoji font: a plain mark keeps it readable everywhere.
            text: (root.moduleState === "locked" ? "\u25A0 " : root.moduleState === "done" ? "\u2713 " : "\u25B6 ")
                  + root.stateText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: root.ongoing
            Accessible.ignored: true
        }
        Label {
            objectName: "progressText"
            visible: text.length > 0
            Layout.fillWidth: true
            text: root.progressText
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            Accessible.ignored: true
        }
        Label {
            Layout.fillWidth: true
            text: root.readingTimeText
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
            Accessible.ignored: true
        }
        ActionButton {
            id: actionButton
            objectName: "open_" + root.moduleId
            visible: root.canOpen
            primary: root.ongoing
            text: root.actionText
            Accessible.name: qsTr("%1: Module %2, %3").arg(root.actionText).arg(root.number).arg(root.title)
            onClicked: root.openRequested(root.moduleId)
        }
        ExpandableSection {
            objectName: "family_" + root.moduleId
            title: qsTr("For family and caregivers")

            BodyText {
                text: root.summary
            }
        }
    }
}
