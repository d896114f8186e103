import QtQuick
import QtQuick.Controls.Basic

// A one-line text field in the house style: large, a clear edge, a thick outline with the focus.
TextField {
    id: control

    implicitHeight: Theme.controlHeight
    implicitWidth: Theme.bodySize * 14
    font.pixelSize: Theme.bodySize
    color: Theme.text
    placeholderTextColor: Theme.mutedText
    leftPadding: Theme.spacing
    rightPadding: Theme.spacing
    selectByMouse: true

    background: Rectangle {
        radius: Theme.radius
        color: Theme.background
        border.width: control.activeFocus ? Theme.focusWidth : Theme.borderWidth
        border.color: control.activeFocus ? Theme.accent : Theme.border

        FocusRing {
            visible: control.activeFocus
        }
    }
}
