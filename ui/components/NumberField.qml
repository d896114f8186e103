import QtQuick
import QtQuick.Controls.Basic

// A whole number typed in or stepped with large − and + buttons (or the arrow keys).
SpinBox {
    id: control

    editable: true
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    implicitHeight: Theme.controlHeight
    implicitWidth: Theme.controlHeight * 2 + Theme.bodySize * 5
    leftPadding: Theme.controlHeight + Theme.spacing / 2
    rightPadding: Theme.controlHeight + Theme.spacing / 2

    contentItem: TextInput {
        text: control.displayText
        font: control.font
        color: Theme.text
        horizontalAlignment: Qt.AlignHCenter
        verticalAlignment: Qt.AlignVCenter
        readOnly: !control.editable
        validator: control.validator
        inputMethodHints: Qt.ImhDigitsOnly
        selectByMouse: true
        Accessible.name: control.Accessible.name
        Accessible.description: control.Accessible.description
    }

    down.indicator: Rectangle {
        x: 0
        height: control.height
        width: Theme.controlHeight
        radius: Theme.radius
        color: !control.enabled || control.value <= control.from ? Theme.disabledBackground
                                                                 : control.down.pressed ? Theme.accentPressed : Theme.accent
        Text {
            anchors.centerIn: parent
            text: "\u2212"
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: control.value <= control.from ? Theme.disabledText : Theme.textOnAccent
        }
    }

    up.indicator: Rectangle {
        x: control.width - width
        height: control.height
        width: Theme.controlHeight
        radius: Theme.radius
        color: !control.enabled || control.value >= control.to ? Theme.disabledBackground
                                                               : control.up.pressed ? Theme.accentPressed : Theme.accent
        Text {
            anchors.centerIn: parent
            text: "+"
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: control.value >= control.to ? Theme.disabledText : Theme.textOnAccent
        }
    }

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
