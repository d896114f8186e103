import QtQuick
import QtQuick.Layouts
import Pacewise.Components

// A number: on a scale with its two ends named when the question has both limits (0-10 pain),
// typed otherwise. Keyboard on the scale: the arrow keys, Home/End, a digit sets that number;
// Enter goes on.
ColumnLayout {
    id: root

    required property var block
    property var answer // a number; undefined while there is none
    property string questionText
    readonly property bool answered: answer !== undefined && answer !== null
    readonly property bool onScale: block.bounded && (block.max - block.min) / block.step <= 20

    signal choose(var value)
    signal advance()

    function focusAnswer() {
        if (root.onScale)
            scale.slider.forceActiveFocus(Qt.TabFocusReason)
        else
            field.forceActiveFocus(Qt.TabFocusReason)
    }
    function wordsFor(value) {
        if (value === root.block.min)
            return root.block.lowerLabel
        if (value === root.block.max)
            return root.block.upperLabel
        return ""
    }
    function endWords(value, words) {
        const number = Number(value).toLocaleString(Qt.locale(), "f", root.block.decimals)
        return words.length > 0 ? qsTr("%1: %2").arg(number).arg(words) : ""
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Keys.onReturnPressed: root.advance()
    Keys.onEnterPressed: root.advance()

    ScaleSlider {
        id: scale
        objectName: "scale_" + root.block.linkId
        visible: root.onScale
        label: root.questionText
        from: root.block.min
        to: root.block.max
        stepSize: root.block.step
        decimals: root.block.decimals
        value: root.answered ? root.answer : -1
        words: root.answered ? root.wordsFor(root.answer) : ""
        lowWords: root.endWords(root.block.min, root.block.lowerLabel)
        highWords: root.endWords(root.block.max, root.block.upperLabel)
        onMoved: value => root.choose(value)
        Keys.onPressed: event => {
            if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && event.modifiers === Qt.NoModifier) {
                const digit = event.key - Qt.Key_0
                if (digit >= root.block.min && digit <= root.block.max)
                    root.choose(digit)
                event.accepted = true
            }
        }
    }

    TextEntry {
        id: field
        objectName: "number_" + root.block.linkId
        visible: !root.onScale
        implicitWidth: Theme.bodySize * 8
        text: root.answered ? Number(root.answer).toLocaleString(Qt.locale(), "f", root.block.decimals) : ""
        inputMethodHints: root.block.decimals > 0 ? Qt.ImhFormattedNumbersOnly : Qt.ImhDigitsOnly
        Accessible.name: root.questionText
        function commit() {
            if (text.trim().length === 0)
                return
            const value = Number.fromLocaleString(Qt.locale(), text.trim())
            if (!isNaN(value))
                root.choose(value)
        }
        onEditingFinished: commit()
    }
}
