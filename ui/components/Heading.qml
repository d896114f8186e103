import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A page title (level 1) or a section title (level 2).
Label {
    property int level: 2

    Layout.fillWidth: true
    Layout.topMargin: level === 1 ? 0 : Theme.spacing
    wrapMode: Text.WordWrap
    color: Theme.text
    font.pixelSize: level === 1 ? Theme.titleSize : Theme.headingSize
    font.bold: true
    Accessible.role: Accessible.Heading
    Accessible.name: text
}
