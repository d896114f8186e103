import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A boxed sentence that must not be missed: `kind` is "info" or "success".
Rectangle {
    id: root

    property alias text: label.text
    property string kind: "info"

    Layout.fillWidth: true
    implicitHeight: label.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: kind === "success" ? Theme.successBackground : Theme.noticeBackground
    border.width: Theme.borderWidth
    border.color: kind === "success" ? Theme.successBorder : Theme.noticeBorder
    Accessible.role: Accessible.StaticText
    Accessible.name: text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        verticalAlignment: Text.AlignVCenter
        color: root.kind === "success" ? Theme.successText : Theme.text
        font.pixelSize: Theme.bodySize
    }
}
