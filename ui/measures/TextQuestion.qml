import QtQuick
import QtQuick.Layouts
import Pacewise.Components

// An answer in the patient's own words. It is stored a moment after typing stops, and when the
// field is left; Enter goes on.
ColumnLayout {
    id: root

    required property var block
    property var answer
    property string questionText

    signal choose(var value)
    signal advance()

    function focusAnswer() {
        field.forceActiveFocus(Qt.TabFocusReason)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    TextEntry {
        id: field
        objectName: "text_" + root.block.linkId
        Layout.fillWidth: true
        // Set once, not bound: the stored answer is trimmed and would move the cursor while typing.
        Component.onCompleted: text = root.answer ?? ""
        maximumLength: root.block.maxLength > 0 ? root.block.maxLength : 32767
        Accessible.name: root.questionText
        onTextEdited: pause.restart()
        onEditingFinished: {
            pause.stop()
            root.choose(text)
        }
        Keys.onReturnPressed: {
            pause.stop()
            root.choose(text)
            root.advance()
        }
        Keys.onEnterPressed: {
            pause.stop()
            root.choose(text)
            root.advance()
        }
    }

    Timer {
        id: pause
        interval: 800
        onTriggered: root.choose(field.text)
    }
}
