pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// A worksheet taken one step at a time (the thought record, the problem-solving worksheet): the
// step's title, a few plain words of help, its fields, and Back / Next (Finish on the last).
// Every answer is already stored, so "Save and close" only leaves; a worksheet opened again
// starts at its first step with a required answer missing. Alt+Left goes back.
ColumnLayout {
    id: root

    required property var exercise
    // [{title, help, linkIds: [..], labels: {linkId: words}}]: labels replace a field's question
    // where the step's title already asks it.
    required property var steps
    property int current: 0
    readonly property var step: root.steps[root.current] ?? { title: "", help: "", linkIds: [] }
    readonly property bool lastStep: root.current === root.steps.length - 1
    readonly property string stepMissing: root.missingIn(root.step)

    // The exercise is finished (stored as completed).
    signal finished()
    // The patient leaves it for now.
    signal closeRequested()

    function fieldFor(linkId) {
        const fields = root.exercise.fields
        for (let i = 0; i < fields.length; ++i) {
            if (fields[i].linkId === linkId)
                return fields[i]
        }
        return null
    }
    function missingIn(step) {
        const answers = root.exercise.answers
        for (let i = 0; i < step.linkIds.length; ++i) {
            const field = root.fieldFor(step.linkIds[i])
            if (field && field.required && answers[field.linkId] === undefined)
                return qsTr("Please fill in \u201c%1\u201d to go on.").arg(root.labelFor(step, field))
        }
        return ""
    }
    function labelFor(step, field) {
        return step.labels && step.labels[field.linkId] ? step.labels[field.linkId] : field.text
    }
    // The first step with a required answer missing (a worksheet opened again starts there).
    function resume() {
        for (let i = 0; i < root.steps.length; ++i) {
            if (root.missingIn(root.steps[i]).length > 0) {
                root.current = i
                return
            }
        }
        root.current = root.exercise.resumed ? root.steps.length - 1 : 0
    }
    function focusFirst() {
        const first = fields.count > 0 ? fields.itemAt(0) as ExerciseField : null
        if (first)
            first.focusInput()
        else
            nextButton.forceActiveFocus(Qt.TabFocusReason)
    }
    function go(index) {
        root.current = Math.max(0, Math.min(root.steps.length - 1, index))
        focusLater.restart()
    }
    function goNext() {
        // A text box commits when it loses the focus: take it first.
        nextButton.forceActiveFocus(Qt.TabFocusReason)
        if (root.stepMissing.length > 0)
            return
        if (!root.lastStep) {
            root.go(root.current + 1)
            return
        }
        if (root.exercise.complete())
            root.finished()
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    Component.onCompleted: if (root.exercise.loaded) root.resume()
    Connections {
        target: root.exercise
        function onLoadedChanged() {
            if (root.exercise.loaded)
                root.resume()
        }
    }

    Timer {
        id: focusLater
        interval: 0
        onTriggered: root.focusFirst()
    }

    Shortcut {
        sequence: "Alt+Left"
        enabled: root.visible && root.current > 0
        onActivated: root.go(root.current - 1)
    }

    Label {
        objectName: "stepProgress"
        Layout.fillWidth: true
        text: qsTr("Step %1 of %2").arg(root.current + 1).arg(root.steps.length)
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.bodySize
    }
    ProgressBar {
        id: bar
        Layout.fillWidth: true
        from: 0
        to: root.steps.length
        value: root.current + 1
        Accessible.name: qsTr("Step %1 of %2").arg(root.current + 1).arg(root.steps.length)
        background: Rectangle {
            implicitHeight: Math.round(10 * Theme.textScale)
            radius: height / 2
            color: Theme.meterTrack
        }
        contentItem: Item {
            implicitHeight: Math.round(10 * Theme.textScale)
            Rectangle {
                width: bar.visualPosition * parent.width
                height: parent.height
                radius: height / 2
                color: Theme.accent
            }
        }
    }

    Heading {
        objectName: "stepTitle"
        level: 1
        text: root.step.title
    }
    BodyText {
        objectName: "stepHelp"
        visible: text.length > 0
        muted: true
        text: root.step.help
    }

    Repeater {
        id: fields
        model: root.step.linkIds
        ExerciseField {
            required property string modelData
            field: root.fieldFor(modelData) ?? { linkId: modelData, text: "", type: "string", help: "" }
            exercise: root.exercise
            labelText: root.labelFor(root.step, field)
        }
    }

    BodyText {
        objectName: "stepMissing"
        visible: text.length > 0
        muted: true
        text: root.stepMissing
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: root.exercise.errorLinkId.length === 0 ? root.exercise.errorMessage : ""
        detail: root.exercise.errorDetail
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "stepBackButton"
            visible: root.current > 0
            text: qsTr("Back")
            Accessible.name: qsTr("Back to the previous step")
            Accessible.description: qsTr("Shortcut: Alt+Left")
            onClicked: root.go(root.current - 1)
        }
        ActionButton {
            id: nextButton
            objectName: "stepNextButton"
            primary: true
            text: root.lastStep ? qsTr("Finish") : qsTr("Next")
            Accessible.name: root.lastStep ? qsTr("Finish and see the summary") : qsTr("Next step")
            Accessible.description: root.stepMissing
            onClicked: root.goNext()
        }
        ActionButton {
            objectName: "stepCloseButton"
            text: qsTr("Save and close")
            Accessible.name: qsTr("Save what you wrote and close: finish it later")
            onClicked: {
                nextButton.forceActiveFocus(Qt.TabFocusReason)
                root.closeRequested()
            }
        }
    }
}
