pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary

// The parts of a diary entry that fold away, so that the common path stays short: last night's
// sleep, activity, medication and the note. Each header says what is in it.
ColumnLayout {
    id: root

    property DiaryEntryForm form
    readonly property alias sleepHoursSlider: sleepHours.slider
    readonly property alias sleepQualitySlider: sleepQuality.slider
    readonly property alias activeMinutesField: activeMinutes
    readonly property alias noteField: note

    signal manageMedicationsRequested()

    Layout.fillWidth: true
    spacing: Theme.spacing

    ExpandableSection {
        objectName: "sleepSection"
        title: qsTr("Sleep last night")
        summary: root.form.sleepHours < 0 && root.form.sleepQuality < 0 ? qsTr("not answered")
                 : [root.form.sleepHours >= 0 ? qsTr("%1 hours").arg(Number(root.form.sleepHours).toLocaleString(Qt.locale(), "f", 1)) : "",
                    root.form.sleepQuality >= 0 ? root.form.words(DiaryEntryForm.SleepQualityScale, root.form.sleepQuality) : ""]
                   .filter(part => part.length > 0).join(", ")
        forcedOpen: root.form.fieldErrors["sleepHours"] !== undefined || root.form.fieldErrors["sleepQuality"] !== undefined

        ScaleSlider {
            id: sleepHours
            objectName: "sleepHours"
            label: qsTr("Hours of sleep")
            optional: true
            from: 0
            to: 24
            stepSize: 0.5
            decimals: 1
            unit: qsTr("hours")
            value: root.form.sleepHours
            error: root.form.fieldErrors["sleepHours"] ?? ""
            onMoved: value => root.form.sleepHours = value
            onCleared: root.form.sleepHours = -1
        }
        ScaleSlider {
            id: sleepQuality
            objectName: "sleepQuality"
            label: qsTr("How well did you sleep?")
            optional: true
            value: root.form.sleepQuality
            words: root.form.words(DiaryEntryForm.SleepQualityScale, root.form.sleepQuality)
            lowWords: qsTr("0: Very poorly")
            highWords: qsTr("10: Very well")
            error: root.form.fieldErrors["sleepQuality"] ?? ""
            onMoved: value => root.form.sleepQuality = value
            onCleared: root.form.sleepQuality = -1
        }
    }

    ExpandableSection {
        objectName: "activitySection"
        title: qsTr("Activity today")
        summary: root.form.activeMinutes < 0 ? qsTr("not answered") : qsTr("%n minute(s)", "", root.form.activeMinutes)
        forcedOpen: root.form.fieldErrors["activeMinutes"] !== undefined

        FieldLabel {
            text: qsTr("Minutes of activity so far today (walking, exercise, chores)")
        }
        NumberField {
            id: activeMinutes
            objectName: "activeMinutes"
            from: 0
            to: 1440
            stepSize: 5
            value: Math.max(0, root.form.activeMinutes)
            Accessible.name: qsTr("Minutes of activity so far today")
            onValueModified: root.form.activeMinutes = value
        }
        FieldError {
            text: root.form.fieldErrors["activeMinutes"] ?? ""
        }
    }

    ExpandableSection {
        objectName: "medicationSection"
        title: qsTr("Medication")
        summary: root.form.medications.takenText.length > 0 ? root.form.medications.takenText : qsTr("none ticked")
        forcedOpen: root.form.fieldErrors["medications"] !== undefined

        MedicationDoses {
            doses: root.form.medications
            onManageRequested: root.manageMedicationsRequested()
        }
        FieldError {
            text: root.form.fieldErrors["medications"] ?? ""
        }
    }

    ExpandableSection {
        objectName: "noteSection"
        title: qsTr("Note")
        summary: root.form.note.length > 0 ? qsTr("written") : qsTr("empty")
        expanded: root.form.note.length > 0
        forcedOpen: root.form.fieldErrors["note"] !== undefined

        TextArea {
            id: note
            objectName: "noteField"
            Layout.fillWidth: true
            Layout.minimumHeight: Theme.controlHeight * 2
            text: root.form.note
            wrapMode: TextEdit.Wrap
            font.pixelSize: Theme.bodySize
            color: Theme.text
            placeholderText: qsTr("Anything you want to remember or tell your clinic")
            Accessible.name: qsTr("Note")
            // Tab leaves the note instead of typing a tab character.
            KeyNavigation.priority: KeyNavigation.BeforeItem
            Keys.onTabPressed: event => { nextItemInFocusChain(true).forceActiveFocus(Qt.TabFocusReason) }
            Keys.onBacktabPressed: event => { nextItemInFocusChain(false).forceActiveFocus(Qt.BacktabFocusReason) }
            // TextArea has no textEdited(): a change while it has the focus is the person typing.
            onTextChanged: {
                if (activeFocus)
                    root.form.note = text
            }
            background: Rectangle {
                radius: Theme.radius
                border.width: note.activeFocus ? Theme.focusWidth : Theme.borderWidth
                border.color: note.activeFocus ? Theme.accent : Theme.border
            }
        }
        BodyText {
            muted: true
            text: qsTr("%1 of %2 characters").arg(root.form.note.length).arg(root.form.maxNoteLength)
        }
        FieldError {
            text: root.form.fieldErrors["note"] ?? ""
        }
    }

}
