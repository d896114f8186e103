import QtQuick
import QtQuick.Controls.Basic

// A large button with a visible focus ring that Enter, Return and Space all press. `primary`
// marks the one main action of a screen.
Button {
    id: control

    property bool primary: false

    Accessible.name: text
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.spacing * 1.5
    rightPadding: Theme.spacing * 1.5

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignHCenter
        verticalAlignment: Text.AlignVCenter
        color: !control.enabled ? Theme.disabledText
                                : control.primary || control.checked ? Theme.textOnAccent : Theme.accent
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight * 2
        radius: Theme.radius
        border.width: control.primary || !control.enabled ? 0 : Theme.borderWidth
        border.color: Theme.accent
        color: {
            if (!control.enabled)
                return Theme.disabledBackground
            if (control.primary || control.checked)
                return control.down ? Theme.accentPressed
                                    : control.hovered ? Theme.accentHovered : Theme.accent
            return control.down || control.hovered ? Theme.accentTint : Theme.background
        }

        FocusRing {
            visible: control.visualFocus
        }
    }
}
