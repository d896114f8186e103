pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// One night of the sleep diary on one page: which night (last night unless changed), when you
// went to bed, how long it took to fall asleep, how often you woke, when you woke and got up,
// how well you slept (0-10), naps and a note. Stored as given; "Save" finishes it.
ScrollingPage {
    id: page
    objectName: "sleepDiaryPage"
    title: sheet.title

    property alias homeworkId: sheet.homeworkId
    property alias recordId: sheet.recordId
    readonly property alias exercise: sheet

    signal finished()

    // Times the boxes start from before they are set: a usual night.
    readonly property var suggestedTimes: ({ bedtime: "22:30", "wake-time": "07:00", "out-of-bed": "07:30" })

    function yesterday() {
        const now = new Date()
        return new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1)
    }
    function fieldItem(linkId) {
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i) as ExerciseField
            if (item && item.field.linkId === linkId)
                return item
        }
        return null
    }
    function save() {
        saveButton.forceActiveFocus(Qt.TabFocusReason) // a text box commits as it loses the focus
        // The night is last night unless the patient chose another.
        if (sheet.answers["night-of"] === undefined)
            sheet.setAnswer("night-of", Qt.formatDate(page.yesterday(), "yyyy-MM-dd"))
        if (sheet.complete()) {
            doneButton.forceActiveFocus(Qt.TabFocusReason)
            return
        }
        const missing = page.fieldItem(sheet.errorLinkId)
        if (missing)
            missing.focusInput()
    }

    ExerciseSession {
        id: sheet
        session: ProfileSession
        exerciseId: "sleep-diary"
    }

    Component.onCompleted: focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const first = fields.count > 0 ? fields.itemAt(0) as ExerciseField : null
            if (first)
                first.focusInput()
        }
    }

    Heading {
        level: 1
        text: sheet.title
    }
    BodyText {
        visible: !sheet.completed && text.length > 0
        muted: true
        text: sheet.description
    }
    Notice {
        visible: sheet.resumed && !sheet.completed
        text: qsTr("Welcome back. What you filled in before is kept.")
    }

    Repeater {
        id: fields
        model: sheet.completed && !sheet.editing ? [] : sheet.fields
        ExerciseField {
            required property var modelData
            field: modelData
            exercise: sheet
            suggested: modelData.type === "date" ? page.yesterday() : page.suggestedTimes[modelData.linkId]
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        visible: message.length > 0 && sheet.errorLinkId.length === 0
        message: sheet.errorMessage
        detail: sheet.errorDetail
    }

    Flow {
        visible: sheet.loaded && !(sheet.completed && !sheet.editing)
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        ActionButton {
            id: saveButton
            objectName: "saveButton"
            primary: true
            text: qsTr("Save")
            Accessible.name: qsTr("Save this night")
            Accessible.description: sheet.missingReason
            onClicked: page.save()
        }
        ActionButton {
            objectName: "closeButton"
            text: qsTr("Finish later")
            Accessible.name: qsTr("Keep what you filled in and finish later")
            onClicked: page.finished()
        }
    }

    ColumnLayout {
        objectName: "sleepDiarySaved"
        visible: sheet.completed && !sheet.editing
        Layout.fillWidth: true
        spacing: Theme.spacing
        Notice {
            kind: "success"
            text: qsTr("Saved. Over a week or two, your diary shows patterns in your sleep.")
        }
        Notice {
            visible: sheet.homeworkMessage.length > 0
            kind: "success"
            text: sheet.homeworkMessage
        }
        ActionButton {
            id: doneButton
            objectName: "doneButton"
            primary: true
            text: qsTr("Done")
            Accessible.name: qsTr("Done: close the sleep diary")
            onClicked: page.finished()
        }
    }
}
