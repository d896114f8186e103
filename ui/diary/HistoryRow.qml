import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// One entry of the history: when, pain as a large number, the rest in a line, and Change and
// Delete. The card reads as one sentence to assistive technology.
Rectangle {
    id: row

    required property int index
    required property string entryId
    required property string dateText
    required property string timeText
    required property int pain
    required property string summary
    required property string tagsText
    required property string note
    required property string accessibleText

    readonly property alias editButton: editButton
    readonly property alias deleteButton: deleteButton

    signal editRequested(string entryId)
    signal deleteRequested(int row)

    Layout.fillWidth: true
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.ListItem
    Accessible.name: accessibleText

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        // The pain number: what most people look for first.
        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: Theme.controlHeight * 1.3
            implicitHeight: painColumn.implicitHeight + Theme.spacing
            radius: Theme.radius
            color: Theme.background
            border.width: 1
            border.color: Theme.meterTrack
            Accessible.ignored: true

            ColumnLayout {
                id: painColumn
                anchors.centerIn: parent
                spacing: 0
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: row.pain
                    font.pixelSize: Theme.titleSize
                    font.bold: true
                    color: Theme.text
                }
                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: qsTr("pain")
                    font.pixelSize: Theme.smallSize
                    color: Theme.mutedText
                }
            }
        }

        ColumnLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing / 3

            BodyText {
                text: qsTr("%1 at %2").arg(row.dateText).arg(row.timeText)
                font.bold: true
                Accessible.ignored: true
            }
            BodyText {
                text: row.summary
                Accessible.ignored: true
            }
            BodyText {
                visible: row.tagsText.length > 0
                muted: true
                text: qsTr("Triggers: %1").arg(row.tagsText)
                Accessible.ignored: true
            }
            BodyText {
                visible: row.note.length > 0
                muted: true
                text: row.note
                font.italic: true
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing / 3
                spacing: Theme.spacing

                ActionButton {
                    id: editButton
                    objectName: "editButton_" + row.index
                    text: qsTr("Change")
                    Accessible.name: qsTr("Change the entry of %1 at %2").arg(row.dateText).arg(row.timeText)
                    onClicked: row.editRequested(row.entryId)
                }
                ActionButton {
                    id: deleteButton
                    objectName: "deleteButton_" + row.index
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete the entry of %1 at %2").arg(row.dateText).arg(row.timeText)
                    onClicked: row.deleteRequested(row.index)
                }
            }
        }
    }
}
