pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components

// A question answered by choosing one of its answers (also Yes/No), as a column of large
// options. Keyboard: Up and Down move between the answers, Space chooses, Enter chooses and goes
// on, and the key shown next to an answer (0-9) chooses it from anywhere on the question.
ColumnLayout {
    id: root

    required property var block
    // The chosen answer: an option's code (or true/false); undefined while there is none.
    property var answer
    property string questionText

    // Asks for an answer by code; the owner stores it.
    signal choose(var code)
    signal chooseByKey(int key)
    // Enter on an answer: choose it and go on.
    signal chooseAndAdvance(var code)

    function focusAnswer() {
        const options = root.block.options
        let at = 0
        for (let i = 0; i < options.length; ++i) {
            if (options[i].code === root.answer)
                at = i
        }
        const item = repeater.itemAt(at)
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }

    function moveFocus(from, step) {
        const to = Math.max(0, Math.min(repeater.count - 1, from + step))
        const item = repeater.itemAt(to)
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.Grouping
    Accessible.name: root.questionText

    Repeater {
        id: repeater
        model: root.block.options

        ChoiceOption {
            required property var modelData
            required property int index

            objectName: "option_" + root.block.linkId + "_" + index
            Layout.fillWidth: true
            text: modelData.display
            key: modelData.key
            checked: root.answer !== undefined && root.answer === modelData.code
            Accessible.description: key.length > 0 ? qsTr("Key %1").arg(key) : ""
            activeFocusOnTab: true
            onChosen: root.choose(modelData.code)

            Keys.onUpPressed: root.moveFocus(index, -1)
            Keys.onDownPressed: root.moveFocus(index, 1)
            Keys.onReturnPressed: root.chooseAndAdvance(modelData.code)
            Keys.onEnterPressed: root.chooseAndAdvance(modelData.code)
            Keys.onPressed: event => {
                if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && event.modifiers === Qt.NoModifier) {
                    root.chooseByKey(event.key - Qt.Key_0)
                    event.accepted = true
                }
            }
        }
    }
}
