import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// The visible label above a field. The field repeats the words in its Accessible.name.
Label {
    Layout.fillWidth: true
    Layout.topMargin: Theme.spacing / 2
    wrapMode: Text.WordWrap
    color: Theme.text
    font.pixelSize: Theme.bodySize
    font.bold: true
}
