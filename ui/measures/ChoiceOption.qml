import QtQuick
import QtQuick.Controls.Basic
import Pacewise.Components

// One answer to a question: a wide button with a round mark that fills when it is chosen, the
// key that chooses it ("2") and the words. Assistive technology hears a radio button and
// whether it is checked. The owner keeps the state: bind `checked` and act on `chosen`.
AbstractButton {
    id: control

    property string key
    property bool compact: false // in a grid: the mark only, the words are the column's
    signal chosen()

    checkable: false
    focusPolicy: Qt.StrongFocus
    font.pixelSize: Theme.bodySize
    implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
    implicitWidth: compact ? Theme.controlHeight : Theme.controlHeight * 4
    readonly property int markSize: Math.round(Theme.bodySize * 1.4)
    padding: Theme.spacing / 2
    leftPadding: compact ? Math.max(0, (width - markSize) / 2) : Theme.spacing
    rightPadding: compact ? 0 : Theme.spacing

    Accessible.role: Accessible.RadioButton
    Accessible.name: text
    Accessible.checkable: true
    Accessible.checked: checked
    Accessible.onPressAction: control.chosen()

    onClicked: control.chosen()
    Keys.onSpacePressed: event => {
        event.accepted = true
        control.chosen()
    }

    contentItem: Row {
        spacing: Theme.spacing

        Rectangle {
            id: mark
            anchors.verticalCenter: parent.verticalCenter
            width: control.markSize
            height: width
            radius: width / 2
            color: Theme.background
            border.width: Theme.borderWidth
            border.color: control.checked ? Theme.accent : Theme.border

            Rectangle {
                anchors.centerIn: parent
                visible: control.checked
                width: parent.width * 0.55
                height: width
                radius: width / 2
                color: Theme.accent
            }
        }
        Text {
            id: keyText
            visible: !control.compact && control.key.length > 0
            anchors.verticalCenter: parent.verticalCenter
            text: control.key
            font.pixelSize: Theme.bodySize
            font.bold: true
            color: control.checked ? Theme.accentPressed : Theme.mutedText
            Accessible.ignored: true
        }
        Text {
            visible: !control.compact
            anchors.verticalCenter: parent.verticalCenter
            width: Math.max(0, control.availableWidth - mark.width - parent.spacing
                                - (keyText.visible ? keyText.implicitWidth + parent.spacing : 0))
            text: control.text
            font.pixelSize: control.font.pixelSize
            font.bold: control.checked
            wrapMode: Text.WordWrap
            color: Theme.text
            Accessible.ignored: true
        }
    }

    // Above its neighbours while it has the focus, so that its ring is not drawn under them.
    z: activeFocus ? 1 : 0

    background: Rectangle {
        radius: Theme.radius
        // In a grid the row's stripe shows through until the answer is chosen or pointed at.
        color: control.checked ? Theme.accentTint
                               : control.down || control.hovered ? Theme.surface
                                                                 : control.compact ? "transparent" : Theme.background
        border.width: control.compact ? 0 : (control.checked ? Theme.focusWidth : 1)
        border.color: control.checked ? Theme.accent : Theme.border

        FocusRing {
            visible: control.visualFocus
        }
    }
}
