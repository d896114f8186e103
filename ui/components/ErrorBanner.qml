import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// One error in words a person can act on, with its technical detail one action away (for the
// clinic's support, not for the patient). Hidden while there is no message.
Rectangle {
    id: root

    property string message
    property string detail
    property bool showingDetail: false

    visible: message.length > 0
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.errorBackground
    border.width: Theme.borderWidth
    border.color: Theme.errorBorder

    Accessible.role: Accessible.AlertMessage
    Accessible.name: message

    onMessageChanged: showingDetail = false

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        Label {
            objectName: "errorMessage"
            Layout.fillWidth: true
            text: root.message
            textFormat: Text.PlainText
            wrapMode: Text.WordWrap
            color: Theme.errorText
            font.pixelSize: Theme.bodySize
            font.bold: true
        }

        ActionButton {
            visible: root.detail.length > 0
            text: root.showingDetail ? qsTr("Hide details") : qsTr("Show details")
            Accessible.name: text
            Accessible.description: qsTr("Technical details for your clinic's support team")
            onClicked: root.showingDetail = !root.showingDetail
        }

        TextArea {
            visible: root.showingDetail
            Layout.fillWidth: true
            text: root.detail
            textFormat: TextEdit.PlainText
            readOnly: true
            selectByMouse: true
            wrapMode: TextEdit.WrapAnywhere
            color: Theme.text
            font.pixelSize: Theme.smallSize
            font.family: "monospace"
            Accessible.name: qsTr("Technical details")
            background: Rectangle {
                color: Theme.background
                border.width: 1
                border.color: Theme.border
                radius: Theme.radius
            }
        }
    }
}
