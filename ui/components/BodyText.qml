import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A paragraph: wraps, never clips, plain text only.
Label {
    property bool muted: false

    Layout.fillWidth: true
    wrapMode: Text.WordWrap
    textFormat: Text.PlainText
    color: muted ? Theme.mutedText : Theme.text
    font.pixelSize: Theme.bodySize
    lineHeight: 1.15
}
