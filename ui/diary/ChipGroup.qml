pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary

// A group of tags to tick (triggers, coping skills). The whole group is one stop for Tab; the
// arrow keys move between its tags and Space ticks one. So a keyboard user passes a group of
// twenty tags with one key press, and a screen reader names the group and each tag.
Flow {
    id: group

    property ChoiceModel choices
    property string accessibleName
    property int currentIndex: 0

    signal toggled(string code)

    function focusChip(index) {
        const item = chips.itemAt(Math.max(0, Math.min(chips.count - 1, index)))
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }
    function chipAt(index) {
        return chips.itemAt(index)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: accessibleName

    Repeater {
        id: chips
        model: group.choices

        ChipButton {
            required property int index
            required property string code
            required property string label
            required property bool selected

            objectName: "chip_" + code
            text: label
            checked: selected
            focusPolicy: index === group.currentIndex ? Qt.StrongFocus : Qt.ClickFocus
            Accessible.description: qsTr("%1 of %2. Arrow keys move between the tags.").arg(index + 1).arg(chips.count)
            onActiveFocusChanged: {
                if (activeFocus)
                    group.currentIndex = index
            }
            onToggled: group.toggled(code)
            Keys.onRightPressed: group.focusChip(index + 1)
            Keys.onDownPressed: group.focusChip(index + 1)
            Keys.onLeftPressed: group.focusChip(index - 1)
            Keys.onUpPressed: group.focusChip(index - 1)
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Home)
                    group.focusChip(0)
                else if (event.key === Qt.Key_End)
                    group.focusChip(chips.count - 1)
                else
                    return
                event.accepted = true
            }
        }
    }
}
