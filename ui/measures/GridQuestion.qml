pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// Several questions with the same answers as one grid: a row per question, a column per answer.
// Keyboard: Tab reaches each row once; Left and Right move between its answers, Up and Down to
// the same answer of the row above or below; Space chooses; the key of an answer (0-9) chooses
// it for the row with the focus. When the grid does not fit (large text, narrow window), each
// question is shown on its own with its answers under it.
ColumnLayout {
    id: root

    required property var block
    property var answers // linkId → code
    // A column must hold its heading's longest word and a round mark.
    readonly property int columnWidth: Math.round(Theme.bodySize * 5.5)
    // The width the page gives its content, known before the layout runs (so the grid is not
    // built narrow first and then rebuilt under the keyboard focus).
    property real availableWidth: width
    readonly property bool fits: availableWidth >= block.options.length * columnWidth + Theme.bodySize * 12

    signal choose(string linkId, var code)
    signal chooseByKey(string linkId, int key)

    function answerOf(linkId) {
        return root.answers ? root.answers[linkId] : undefined
    }
    function focusAnswer() {
        const row = rows.itemAt(0)
        if (row)
            row.focusAnswer()
    }
    function rowAt(index) {
        return rows.itemAt(index)
    }

    Layout.fillWidth: true
    spacing: 0

    // The answers' names over their columns.
    RowLayout {
        visible: root.fits
        Layout.fillWidth: true
        spacing: 0

        Item {
            Layout.fillWidth: true
        }
        Repeater {
            model: root.block.options

            Label {
                required property var modelData
                Layout.preferredWidth: root.columnWidth
                Layout.alignment: Qt.AlignBottom
                horizontalAlignment: Text.AlignHCenter
                text: modelData.key.length > 0 ? modelData.display + "\n(" + modelData.key + ")" : modelData.display
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.smallSize
                font.bold: true
                color: Theme.text
                Accessible.ignored: true
            }
        }
    }

    Repeater {
        id: rows
        model: root.block.rows

        ColumnLayout {
            id: row
            required property var modelData
            required property int index
            readonly property var answer: root.answerOf(modelData.linkId)
            readonly property string questionText: (modelData.prefix.length > 0 ? modelData.prefix + " " : "") + modelData.text

            function focusAnswer() {
                if (!root.fits) {
                    stacked.focusAnswer()
                    return
                }
                let at = 0
                for (let i = 0; i < root.block.options.length; ++i) {
                    if (root.block.options[i].code === row.answer)
                        at = i
                }
                focusColumn(at)
            }
            function focusColumn(column) {
                const item = cells.itemAt(Math.max(0, Math.min(cells.count - 1, column)))
                if (item)
                    item.forceActiveFocus(Qt.TabFocusReason)
            }

            objectName: "gridRow_" + modelData.linkId
            Layout.fillWidth: true
            spacing: 0

            Rectangle {
                visible: root.fits
                Layout.fillWidth: true
                implicitHeight: Math.max(Theme.controlHeight, rowText.implicitHeight + Theme.spacing)
                color: row.index % 2 === 0 ? Theme.surface : Theme.background
                Accessible.role: Accessible.Grouping
                Accessible.name: row.questionText

                RowLayout {
                    anchors.fill: parent
                    spacing: 0

                    Label {
                        id: rowText
                        Layout.fillWidth: true
                        Layout.leftMargin: Theme.spacing / 2
                        text: row.questionText + (row.modelData.required ? "" : " " + qsTr("(optional)"))
                        wrapMode: Text.WordWrap
                        font.pixelSize: Theme.bodySize
                        color: Theme.text
                        Accessible.ignored: true
                    }
                    Repeater {
                        id: cells
                        model: root.fits ? root.block.options : []

                        ChoiceOption {
                            required property var modelData
                            required property int index

                            objectName: "cell_" + row.modelData.linkId + "_" + index
                            compact: true
                            Layout.preferredWidth: root.columnWidth
                            Layout.fillHeight: true
                            text: modelData.display
                            key: modelData.key
                            checked: row.answer !== undefined && row.answer === modelData.code
                            Accessible.description: row.questionText
                            activeFocusOnTab: true
                            onChosen: root.choose(row.modelData.linkId, modelData.code)

                            Keys.onLeftPressed: row.focusColumn(index - 1)
                            Keys.onRightPressed: row.focusColumn(index + 1)
                            Keys.onUpPressed: {
                                const above = rows.itemAt(row.index - 1)
                                if (above)
                                    above.focusColumn(index)
                            }
                            Keys.onDownPressed: {
                                const below = rows.itemAt(row.index + 1)
                                if (below)
                                    below.focusColumn(index)
                            }
                            Keys.onReturnPressed: root.choose(row.modelData.linkId, modelData.code)
                            Keys.onEnterPressed: root.choose(row.modelData.linkId, modelData.code)
                            Keys.onPressed: event => {
                                if (event.key >= Qt.Key_0 && event.key <= Qt.Key_9 && event.modifiers === Qt.NoModifier) {
                                    root.chooseByKey(row.modelData.linkId, event.key - Qt.Key_0)
                                    event.accepted = true
                                }
                            }
                        }
                    }
                }
            }

            // Too narrow for a grid: the question, then its answers.
            Label {
                visible: !root.fits
                Layout.fillWidth: true
                Layout.topMargin: Theme.spacing
                text: row.questionText + (row.modelData.required ? "" : " " + qsTr("(optional)"))
                wrapMode: Text.WordWrap
                font.pixelSize: Theme.bodySize
                font.bold: true
                color: Theme.text
            }
            ChoiceQuestion {
                id: stacked
                visible: !root.fits
                block: ({ linkId: row.modelData.linkId, options: root.fits ? [] : root.block.options })
                answer: row.answer
                questionText: row.questionText
                onChoose: code => root.choose(row.modelData.linkId, code)
                onChooseAndAdvance: code => root.choose(row.modelData.linkId, code)
                onChooseByKey: key => root.chooseByKey(row.modelData.linkId, key)
            }
        }
    }
}
