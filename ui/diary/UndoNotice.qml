import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary

// "The entry of Today at 14:05 is deleted. [Undo]": shown for a few seconds after a delete,
// and as long as the pointer or the keyboard focus is on it.
Rectangle {
    id: root

    property DiaryHistoryModel history
    readonly property alias undoButton: undoButton

    Layout.fillWidth: true
    visible: history && history.canUndo
    implicitHeight: layout.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.noticeBackground
    border.width: Theme.borderWidth
    border.color: Theme.noticeBorder
    Accessible.role: Accessible.AlertMessage
    Accessible.name: history ? history.undoText : ""

    HoverHandler {
        id: hover
    }
    Binding {
        target: root.history
        property: "undoPaused"
        value: hover.hovered || undoButton.activeFocus
        when: root.history !== null
    }

    RowLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing

        BodyText {
            text: root.history ? root.history.undoText : ""
            Accessible.ignored: true
        }
        ActionButton {
            id: undoButton
            objectName: "undoButton"
            primary: true
            text: qsTr("Undo")
            Accessible.name: qsTr("Undo the delete")
            onClicked: root.history.undoRemove()
        }
    }
}
