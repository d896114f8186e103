import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The problem with one field, right under it. Hidden while there is none.
Label {
    Layout.fillWidth: true
    visible: text.length > 0
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
    color: Theme.errorBorder
    font.pixelSize: Theme.bodySize
    font.bold: true
    Accessible.role: Accessible.AlertMessage
    Accessible.name: text
}
