import QtQuick
import QtQuick.Controls.Basic

// A tag that is on or off: a large pill that shows a tick when on, so colour is never the only
// sign. Assistive technology hears a toggle button and whether it is pressed. The owner keeps
// the state: bind `checked` and act on `toggled`.
Button {
    id: control

    checkable: true
    Accessible.name: text
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.spacing * 1.25
    rightPadding: Theme.spacing * 1.25

    function press() {
        control.toggle()
        control.toggled()
    }
    Keys.onReturnPressed: control.press()
    Keys.onEnterPressed: control.press()

    contentItem: Text {
        // U+2713 CHECK MARK
        text: (control.checked ? "\u2713 " : "") + control.text
        font: control.font
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? Theme.disabledText
                                : control.checked ? Theme.textOnAccent : Theme.text
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight
        radius: height / 2
        border.width: control.checked ? 0 : Theme.borderWidth
        border.color: Theme.border
        color: {
            if (!control.enabled)
                return Theme.disabledBackground
            if (control.checked)
                return control.down ? Theme.accentPressed
                                    : control.hovered ? Theme.accentHovered : Theme.accent
            return control.down || control.hovered ? Theme.accentTint : Theme.background
        }

        FocusRing {
            visible: control.visualFocus
            radius: height / 2
        }
    }
}
