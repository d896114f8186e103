pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises

// Logging a day of the pacing plan: which day (today or yesterday), the minutes done, the pain
// afterwards (optional) and a note (optional). It becomes a pacing-log record whose parent is the
// plan.
ColumnLayout {
    id: root

    required property PacingPlanModel plan
    // 0: today, 1: yesterday
    property int daysAgo: 0
    readonly property alias minutesField: minutesField

    signal logged()

    function painWords(value) {
        if (value < 0)
            return ""
        if (value === 0)
            return qsTr("No pain")
        if (value <= 3)
            return qsTr("Mild pain")
        if (value <= 6)
            return qsTr("Moderate pain")
        return qsTr("Severe pain")
    }

    function save() {
        const text = minutesField.text.trim()
        let minutes = Number.NaN
        try {
            minutes = text.length > 0 ? Number.fromLocaleString(Qt.locale(), text) : Number.NaN
        } catch (e) {
            minutes = Number.NaN // not a number: the model says what to write
        }
        const day = root.plan.today()
        day.setDate(day.getDate() - root.daysAgo)
        if (root.plan.logDay(day, minutes, pain.value, note.text)) {
            minutesField.text = ""
            note.text = ""
            pain.value = -1
            root.logged()
        } else {
            minutesField.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        text: qsTr("Log a day")
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ChipButton {
            objectName: "logToday"
            text: qsTr("Today")
            checked: root.daysAgo === 0
            onToggled: {
                root.daysAgo = 0
                checked = Qt.binding(() => root.daysAgo === 0)
            }
        }
        ChipButton {
            objectName: "logYesterday"
            text: qsTr("Yesterday")
            checked: root.daysAgo === 1
            onToggled: {
                root.daysAgo = 1
                checked = Qt.binding(() => root.daysAgo === 1)
            }
        }
    }
    FieldLabel {
        text: qsTr("Minutes done")
    }
    TextEntry {
        id: minutesField
        objectName: "logMinutes"
        implicitWidth: Theme.bodySize * 8
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        Accessible.name: qsTr("Minutes done")
        Accessible.description: qsTr("Your plan for today: %1 minutes.").arg(Number(root.plan.quotaToday).toLocaleString(Qt.locale(), "f", 1))
        Keys.onReturnPressed: root.save()
        Keys.onEnterPressed: root.save()
    }
    ScaleSlider {
        id: pain
        objectName: "logPain"
        label: qsTr("Pain afterwards")
        optional: true
        value: -1
        words: root.painWords(value)
        lowWords: qsTr("0: No pain")
        highWords: qsTr("10: Worst pain imaginable")
        onMoved: v => pain.value = v
        onCleared: pain.value = -1
    }
    FieldLabel {
        text: qsTr("Note (if you like)")
    }
    TextEntry {
        id: note
        objectName: "logNote"
        Layout.fillWidth: true
        Accessible.name: qsTr("Note")
        Keys.onReturnPressed: root.save()
        Keys.onEnterPressed: root.save()
    }
    ActionButton {
        objectName: "saveLog"
        primary: true
        text: qsTr("Save this day")
        onClicked: root.save()
    }
}
