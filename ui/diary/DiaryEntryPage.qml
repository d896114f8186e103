pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary
import Pacewise.Profile

// "How are you now?": one screen for a diary entry. The common answers (pain, mood, where,
// what made it worse, what helped) come first; sleep, activity, medication and the note fold
// away. A new entry starts from the last one, so on most days only the changes need touching.
// Keyboard: Tab between the answers, arrow keys change a value or move within a group, Space
// ticks, Ctrl+S saves from anywhere on the screen.
ScrollingPage {
    id: page
    objectName: "diaryEntryPage"
    title: form.editing ? qsTr("Change diary entry") : qsTr("How are you now?")

    property alias entryId: form.entryId
    readonly property alias form: form

    signal finished(bool saved)
    signal manageMedicationsRequested()

    function save() {
        if (form.save()) {
            page.finished(true)
            return
        }
        // To the first answer with a problem; the banner at the top says what to do.
        const fields = [["painNow", painNow.slider], ["painAverage", painAverage.slider],
                        ["painWorst", painWorst.slider], ["mood", mood.slider],
                        ["sleepHours", details.sleepHoursSlider],
                        ["sleepQuality", details.sleepQualitySlider],
                        ["activeMinutes", details.activeMinutesField], ["note", details.noteField]]
        for (const [field, item] of fields) {
            if (form.fieldErrors[field] !== undefined) {
                item.forceActiveFocus(Qt.OtherFocusReason)
                return
            }
        }
    }

    StackView.onActivated: {
        form.reloadMedications()
        if (!page.focusedItem)
            painNow.slider.forceActiveFocus(Qt.OtherFocusReason)
    }
    Component.onCompleted: painNow.slider.forceActiveFocus(Qt.OtherFocusReason)

    Shortcut {
        sequence: "Ctrl+S" // Command+S on macOS
        enabled: page.StackView.status === StackView.Active
        onActivated: page.save()
    }

    DiaryEntryForm {
        id: form
        session: ProfileSession
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        objectName: "whenText"
        muted: true
        text: form.prefilled ? qsTr("%1. Filled in from your last entry: change what is different today.").arg(form.whenText)
                             : form.whenText
    }
    ErrorBanner {
        id: errorBanner
        objectName: "entryErrorBanner"
        Layout.fillWidth: true
        message: form.errorMessage
        detail: form.errorDetail
    }

    ScaleSlider {
        id: painNow
        objectName: "painNow"
        label: qsTr("Pain now")
        value: form.painNow
        words: form.words(DiaryEntryForm.PainScale, form.painNow)
        lowWords: qsTr("0: No pain")
        highWords: qsTr("10: Worst pain imaginable")
        error: form.fieldErrors["painNow"] ?? ""
        onMoved: value => form.painNow = value
    }
    ScaleSlider {
        id: painAverage
        objectName: "painAverage"
        label: qsTr("Average pain today")
        optional: true
        value: form.painAverage
        words: form.words(DiaryEntryForm.PainScale, form.painAverage)
        error: form.fieldErrors["painAverage"] ?? ""
        onMoved: value => form.painAverage = value
        onCleared: form.painAverage = -1
    }
    ScaleSlider {
        id: painWorst
        objectName: "painWorst"
        label: qsTr("Worst pain today")
        optional: true
        value: form.painWorst
        words: form.words(DiaryEntryForm.PainScale, form.painWorst)
        error: form.fieldErrors["painWorst"] ?? ""
        onMoved: value => form.painWorst = value
        onCleared: form.painWorst = -1
    }
    ScaleSlider {
        id: mood
        objectName: "mood"
        label: qsTr("Mood")
        optional: true
        value: form.mood
        words: form.words(DiaryEntryForm.MoodScale, form.mood)
        lowWords: qsTr("0: Very low")
        highWords: qsTr("10: Very good")
        error: form.fieldErrors["mood"] ?? ""
        onMoved: value => form.mood = value
        onCleared: form.mood = -1
    }

    Heading {
        text: qsTr("Where is the pain?")
    }
    BodyText {
        muted: true
        text: qsTr("Click the areas, or Tab to a figure, move with the arrow keys and press Space.")
    }
    BodyMap {
        objectName: "bodyMap"
        regions: form.bodyRegions
        views: form.bodyViews
        mapWidth: form.bodyMapWidth
        mapHeight: form.bodyMapHeight
        onToggled: code => form.bodyRegions.toggle(code)
    }
    FieldError {
        text: form.fieldErrors["bodyLocations"] ?? ""
    }

    Heading {
        text: qsTr("What may have made it worse?")
    }
    ChipGroup {
        objectName: "triggerChips"
        choices: form.triggers
        accessibleName: qsTr("Triggers")
        onToggled: code => form.triggers.toggle(code)
    }
    FieldLabel {
        text: qsTr("Something else? Add it in your own words:")
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        TextEntry {
            id: customTag
            objectName: "customTriggerField"
            Layout.fillWidth: true
            maximumLength: 80
            Accessible.name: qsTr("Another trigger, in your own words")
            onAccepted: addTag.clicked()
        }
        ActionButton {
            id: addTag
            objectName: "addTriggerButton"
            text: qsTr("Add")
            Accessible.name: qsTr("Add this trigger")
            enabled: customTag.text.trim().length > 0
            onClicked: {
                if (form.addCustomTrigger(customTag.text))
                    customTag.clear()
            }
        }
    }
    FieldError {
        text: form.fieldErrors["triggers"] ?? ""
    }

    Heading {
        text: qsTr("What did you do to cope?")
    }
    ChipGroup {
        objectName: "copingChips"
        choices: form.copingSkills
        accessibleName: qsTr("Coping skills")
        onToggled: code => form.copingSkills.toggle(code)
    }
    FieldError {
        text: form.fieldErrors["copingSkills"] ?? ""
    }

    EntryDetails {
        id: details
        form: form
        onManageMedicationsRequested: page.manageMedicationsRequested()
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "saveButton"
            primary: true
            text: form.editing ? qsTr("Save changes") : qsTr("Save entry")
            Accessible.name: form.editing ? qsTr("Save the changes to this entry") : qsTr("Save this diary entry")
            Accessible.description: qsTr("Shortcut: Control+S")
            enabled: !form.busy
            onClicked: page.save()
        }
        ActionButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Leave without saving")
            onClicked: page.finished(false)
        }
    }
}
