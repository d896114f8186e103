import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// A number (or address) to read out or copy: large, selectable with the mouse or the keyboard,
// read by screen readers with what it is for.
ColumnLayout {
    id: root

    property string label
    property string number
    property bool small: false

    Layout.fillWidth: true
    spacing: 0

    FieldLabel {
        Layout.topMargin: 0
        text: root.label
    }
    TextEdit {
        objectName: "numberText"
        Layout.fillWidth: true
        text: root.number
        readOnly: true
        selectByMouse: true
        selectByKeyboard: true
        activeFocusOnTab: true
        wrapMode: TextEdit.WrapAnywhere
        textFormat: TextEdit.PlainText
        color: Theme.text
        selectionColor: Theme.accent
        selectedTextColor: Theme.textOnAccent
        font.pixelSize: root.small ? Theme.bodySize : Theme.titleSize
        font.bold: !root.small
        Accessible.role: Accessible.StaticText
        Accessible.name: root.label + ": " + root.number

        FocusRing {
            visible: parent.activeFocus
        }
    }
}
