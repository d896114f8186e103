import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// One field of an exercise, drawn for its type: the patient's words in a box that grows (text),
// one line (string), a scale (a number with both ends, up to 100 steps), a number with − and +
// (minutes, counts), a day, a time, or choices. Everything is stored as it is given: words a
// moment after typing stops and when the field is left. Tab and Shift+Tab leave a text box (a
// new line is Enter).
ColumnLayout {
    id: root

    required property var field
    required property var exercise
    property string labelText: root.field.text
    property bool showHelp: true
    // What a day or time field shows until it is set (a Date, or "HH:mm").
    property var suggested: undefined
    readonly property string type: root.field.type
    // Ratings (0-10, 0-100) on a scale; counts and minutes in a number box.
    readonly property bool onScale: type === "integer" && root.field.min !== undefined
                                    && root.field.max !== undefined
                                    && (root.field.max - root.field.min === 10
                                        || root.field.max - root.field.min === 100)
    readonly property string error: root.exercise.errorLinkId === root.field.linkId ? root.exercise.errorMessage : ""

    function focusInput() {
        if (loader.item)
            loader.item.focusInput()
    }

    objectName: "field_" + root.field.linkId
    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Loader {
        id: loader
        Layout.fillWidth: true
        sourceComponent: {
            if (root.onScale)
                return ratingComponent
            switch (root.type) {
            case "text":
            case "string":
                return wordsComponent
            case "integer":
            case "decimal":
                return numberComponent
            case "date":
                return dateComponent
            case "time":
                return timeComponent
            case "choice":
            case "boolean":
                return choiceComponent
            }
            return wordsComponent
        }
    }

    BodyText {
        visible: root.showHelp && root.field.help.length > 0
        muted: true
        text: root.field.help
    }

    Component {
        id: ratingComponent
        RatingField {
            field: root.field
            exercise: root.exercise
            labelText: root.labelText
        }
    }
    Component {
        id: dateComponent
        DateField {
            field: root.field
            exercise: root.exercise
            labelText: root.labelText
            suggested: root.suggested !== undefined ? root.suggested : new Date()
        }
    }
    Component {
        id: timeComponent
        TimeField {
            field: root.field
            exercise: root.exercise
            labelText: root.labelText
            suggested: root.suggested !== undefined ? root.suggested : "22:00"
        }
    }

    Component {
        id: wordsComponent
        ColumnLayout {
            spacing: Theme.spacing / 2
            function focusInput() {
                if (root.type === "text")
                    area.forceActiveFocus(Qt.TabFocusReason)
                else
                    line.forceActiveFocus(Qt.TabFocusReason)
            }
            function commit(text) {
                pause.stop()
                root.exercise.setAnswer(root.field.linkId, text)
            }

            FieldLabel {
                text: root.labelText
                Accessible.ignored: true
            }
            TextEntry {
                id: line
                objectName: "input_" + root.field.linkId
                visible: root.type !== "text"
                Layout.fillWidth: true
                // Set once, not bound: the stored answer is trimmed and would move the cursor.
                Component.onCompleted: text = root.exercise.answers[root.field.linkId] ?? ""
                Accessible.name: root.labelText
                Accessible.description: root.error
                onTextEdited: pause.restart()
                onEditingFinished: parent.commit(text)
            }
            TextArea {
                id: area
                objectName: "input_" + root.field.linkId
                visible: root.type === "text"
                Layout.fillWidth: true
                Layout.preferredHeight: Math.max(implicitHeight, Theme.controlHeight * 2.2)
                Component.onCompleted: text = root.exercise.answers[root.field.linkId] ?? ""
                wrapMode: TextEdit.Wrap
                textFormat: TextEdit.PlainText
                font.pixelSize: Theme.bodySize
                color: Theme.text
                selectByMouse: true
                padding: Theme.spacing
                Accessible.name: root.labelText
                Accessible.description: root.error
                onTextChanged: if (activeFocus) pause.restart()
                onActiveFocusChanged: if (!activeFocus) parent.commit(text)
                Keys.onTabPressed: event => {
                    parent.commit(text)
                    nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason)
                }
                Keys.onBacktabPressed: event => {
                    parent.commit(text)
                    nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason)
                }
                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: area.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: area.activeFocus ? Theme.accent : Theme.border
                    FocusRing {
                        visible: area.activeFocus
                    }
                }
            }
            Timer {
                id: pause
                interval: 800
                onTriggered: root.exercise.setAnswer(root.field.linkId,
                                                     root.type === "text" ? area.text : line.text)
            }
            FieldError {
                text: root.error
            }
        }
    }

    Component {
        id: numberComponent
        ColumnLayout {
            id: numberBox
            spacing: Theme.spacing / 2
            readonly property var stored: root.exercise.answers[root.field.linkId]
            function focusInput() {
                number.forceActiveFocus(Qt.TabFocusReason)
            }

            FieldLabel {
                text: root.labelText
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                NumberField {
                    id: number
                    objectName: "number_" + root.field.linkId
                    from: root.field.min ?? 0
                    to: root.field.max ?? 9999
                    stepSize: to - from > 100 ? 5 : 1
                    value: numberBox.stored ?? from
                    Accessible.name: root.labelText
                    Accessible.description: numberBox.stored === undefined ? qsTr("Not filled in") : root.error
                    onValueModified: root.exercise.setAnswer(root.field.linkId, value)
                }
                Label {
                    visible: numberBox.stored === undefined
                    height: number.height
                    verticalAlignment: Text.AlignVCenter
                    text: qsTr("Not filled in")
                    color: Theme.mutedText
                    font.pixelSize: Theme.bodySize
                }
                ActionButton {
                    visible: numberBox.stored !== undefined && !root.field.required
                    text: qsTr("Clear")
                    Accessible.name: qsTr("Clear %1").arg(root.labelText)
                    onClicked: root.exercise.setAnswer(root.field.linkId, undefined)
                }
            }
            FieldError {
                text: root.error
            }
        }
    }

    Component {
        id: choiceComponent
        ColumnLayout {
            spacing: Theme.spacing / 2
            function focusInput() {
                if (choices.count > 0)
                    choices.itemAt(0).forceActiveFocus(Qt.TabFocusReason)
            }

            FieldLabel {
                text: root.labelText
                Accessible.ignored: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing
                Repeater {
                    id: choices
                    model: root.type === "boolean"
                           ? [{ code: true, display: qsTr("Yes") }, { code: false, display: qsTr("No") }]
                           : root.field.options
                    ChipButton {
                        required property var modelData
                        objectName: "choice_" + root.field.linkId + "_" + modelData.code
                        text: modelData.display
                        Accessible.name: qsTr("%1: %2").arg(root.labelText).arg(modelData.display)
                        checked: root.exercise.answers[root.field.linkId] === modelData.code
                        onToggled: root.exercise.setAnswer(root.field.linkId, modelData.code)
                    }
                }
            }
            FieldError {
                text: root.error
            }
        }
    }
}
