import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures

// One block of a questionnaire page: a question with the control its type needs, words on
// their own, or a grid of questions. Answers go straight to the session, which stores them.
ColumnLayout {
    id: root

    required property var block
    required property QuestionnaireSession session
    // On a page of one question it is the page's heading; with all questions, a smaller one.
    property bool single: true
    property real availableWidth: width
    readonly property bool isGrid: block.kind === "grid"
    readonly property string type: isGrid ? "grid" : block.type
    readonly property string questionText: isGrid || type === "display" ? ""
        : (block.prefix.length > 0 ? block.prefix + " " : "") + block.text
    readonly property var answer: !isGrid && root.session.answers ? root.session.answers[block.linkId] : undefined
    readonly property var control: loader.item

    // Enter on an answer: the page goes on if it can.
    signal advanceRequested()

    function focusAnswer() {
        if (root.control && root.control.focusAnswer)
            root.control.focusAnswer()
    }
    // Focuses the answer of question `linkId` if this block holds it.
    function focusLink(linkId) {
        if (root.isGrid) {
            for (let i = 0; i < root.block.rows.length; ++i) {
                if (root.block.rows[i].linkId === linkId) {
                    root.control.rowAt(i).focusAnswer()
                    return true
                }
            }
            return false
        }
        if (root.block.linkId !== linkId)
            return false
        root.focusAnswer()
        return true
    }
    readonly property bool focusable: root.type !== "display"

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Label {
        objectName: "questionText"
        // A number on a scale names its question on the scale itself.
        visible: root.questionText.length > 0 && !(root.control && root.control.onScale === true)
        Layout.fillWidth: true
        text: root.questionText
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        color: Theme.text
        font.pixelSize: root.single ? Theme.titleSize : Theme.headingSize
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    BodyText {
        visible: !root.isGrid && root.type !== "display" && !root.block.required
        muted: true
        text: qsTr("You can leave this one out.")
    }

    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            switch (root.type) {
            case "choice":
            case "boolean":
                return choiceComponent
            case "integer":
            case "decimal":
                return numberComponent
            case "string":
                return textComponent
            case "grid":
                return gridComponent
            default:
                return displayComponent
            }
        }
    }

    Component {
        id: choiceComponent
        ChoiceQuestion {
            block: root.block
            answer: root.answer
            questionText: root.questionText
            onChoose: code => root.session.setAnswer(root.block.linkId, code)
            onChooseByKey: key => {
                if (root.session.answerByKey(root.block.linkId, key))
                    focusAnswer()
            }
            onChooseAndAdvance: code => {
                if (root.session.setAnswer(root.block.linkId, code))
                    root.advanceRequested()
            }
        }
    }
    Component {
        id: numberComponent
        NumberQuestion {
            block: root.block
            answer: root.answer
            questionText: root.questionText
            onChoose: value => root.session.setAnswer(root.block.linkId, value)
            onAdvance: root.advanceRequested()
        }
    }
    Component {
        id: textComponent
        TextQuestion {
            block: root.block
            answer: root.answer
            questionText: root.questionText
            onChoose: value => root.session.setAnswer(root.block.linkId, value)
            onAdvance: root.advanceRequested()
        }
    }
    Component {
        id: gridComponent
        GridQuestion {
            block: root.block
            availableWidth: root.availableWidth
            answers: root.session.answers
            onChoose: (linkId, code) => root.session.setAnswer(linkId, code)
            onChooseByKey: (linkId, key) => {
                if (root.session.answerByKey(linkId, key)) {
                    const row = findRow(linkId)
                    if (row)
                        row.focusAnswer()
                }
            }
            function findRow(linkId) {
                for (let i = 0; i < root.block.rows.length; ++i) {
                    if (root.block.rows[i].linkId === linkId)
                        return rowAt(i)
                }
                return null
            }
        }
    }
    Component {
        id: displayComponent
        BodyText {
            text: root.block.text
        }
    }
}
