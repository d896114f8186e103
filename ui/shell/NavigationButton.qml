import QtQuick
import QtQuick.Controls.Basic
import Pacewise.Components

// One entry of the navigation bar. The current section is marked by a tint, a bar at its edge
// and bold text, so it does not look like an action button.
Button {
    id: control

    property bool current: false

    Accessible.name: text
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    font.bold: current
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    topPadding: Theme.spacing / 2
    bottomPadding: Theme.spacing / 2
    leftPadding: Theme.spacing * 1.25 // room for the bar that marks the current section
    rightPadding: Theme.spacing / 2

    Keys.onReturnPressed: control.clicked()
    Keys.onEnterPressed: control.clicked()

    contentItem: Text {
        text: control.text
        font: control.font
        wrapMode: Text.WordWrap
        horizontalAlignment: Text.AlignLeft
        verticalAlignment: Text.AlignVCenter
        color: Theme.text
    }

    background: Rectangle {
        implicitWidth: Theme.controlHeight * 2
        radius: Theme.radius
        color: control.current || control.down || control.hovered ? Theme.accentTint : Theme.background
        border.width: control.current ? 0 : 1
        border.color: Theme.meterTrack

        Rectangle {
            visible: control.current
            width: Math.round(5 * Theme.textScale)
            height: parent.height
            radius: Theme.radius
            color: Theme.accent
        }

        FocusRing {
            visible: control.visualFocus
        }
    }
}
