pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// Activity pacing: setting up a plan in three steps (the activity → up to three tries of how
// long it can be done before it starts to be too much → the starting quota, the weekly increase
// and the start day), then the plan: this week's quota in one sentence, logging a day, the chart
// of planned and done minutes, and the days logged. With `recordId` it shows that plan; without,
// the newest plan, or the set-up when there is none.
ScrollingPage {
    id: page
    objectName: "pacingPlannerPage"
    title: qsTr("Activity pacing")
    maximumContentWidth: plan.hasPlan ? Math.round(Theme.readableWidth * 1.3) : Theme.readableWidth

    property string recordId
    property string homeworkId
    readonly property alias plan: plan
    // The set-up: 0 the activity, 1 the tries, 2 the plan's numbers.
    property int setupStep: 0
    // 0: today, 1: tomorrow, 2: next Monday
    property int startChoice: 0
    readonly property var tries: [try1.text, try2.text, try3.text]
    readonly property var previewed: plan.preview(page.tries)

    signal finished()

    function startDate() {
        const day = plan.today()
        if (page.startChoice === 1)
            day.setDate(day.getDate() + 1)
        else if (page.startChoice === 2)
            day.setDate(day.getDate() + ((8 - day.getDay()) % 7 || 7))
        return day
    }

    function focusStep() {
        if (plan.hasPlan) {
            logForm.minutesField.forceActiveFocus(Qt.OtherFocusReason)
            return
        }
        switch (page.setupStep) {
        case 0:
            activityField.forceActiveFocus(Qt.OtherFocusReason)
            break
        case 1:
            try1.forceActiveFocus(Qt.OtherFocusReason)
            break
        case 2:
            increaseField.forceActiveFocus(Qt.OtherFocusReason)
            break
        }
    }

    function save() {
        if (plan.savePlan(activityField.text, page.tries, increaseField.value, page.startDate()))
            Qt.callLater(page.focusStep)
    }

    Component.onCompleted: focusStep()
    onSetupStepChanged: Qt.callLater(focusStep)

    PacingPlanModel {
        id: plan
        session: ProfileSession
        recordId: page.recordId
        homeworkId: page.homeworkId
        onPlanChanged: {
            if (!plan.hasPlan)
                page.setupStep = 0
        }
    }

    Heading {
        level: 1
        text: plan.hasPlan ? plan.activity : page.title
    }
    ErrorBanner {
        objectName: "pacingError"
        Layout.fillWidth: true
        message: plan.errorMessage
        detail: plan.errorDetail
    }

    // ---- Set-up 1: the activity ------------------------------------------------------------------
    ColumnLayout {
        objectName: "pacingActivityStep"
        visible: !plan.hasPlan && page.setupStep === 0
        Layout.fillWidth: true
        spacing: Theme.spacing

        BodyText {
            text: qsTr("Pacing means doing a steady amount of an activity each day, on good days and bad days, and slowly doing a little more. It can help you avoid the cycle of doing too much, then paying for it.")
        }
        FieldLabel {
            text: qsTr("Which activity do you want to pace?")
        }
        TextEntry {
            id: activityField
            objectName: "pacingActivity"
            Layout.fillWidth: true
            placeholderText: qsTr("For example: Walk")
            Accessible.name: qsTr("Which activity do you want to pace?")
            Keys.onReturnPressed: if (text.trim().length > 0) page.setupStep = 1
            Keys.onEnterPressed: if (text.trim().length > 0) page.setupStep = 1
        }
        ActionButton {
            objectName: "pacingToTries"
            primary: true
            enabled: activityField.text.trim().length > 0
            text: qsTr("Next")
            onClicked: page.setupStep = 1
        }
    }

    // ---- Set-up 2: the tries ---------------------------------------------------------------------
    ColumnLayout {
        objectName: "pacingTriesStep"
        visible: !plan.hasPlan && page.setupStep === 1
        Layout.fillWidth: true
        spacing: Theme.spacing

        BodyText {
            text: qsTr("Over the next few days, try \"%1\" up to three times. Each time, do it until it starts to be too much, not until it hurts a lot. Then write down how many minutes you managed.").arg(activityField.text.trim())
        }
        FieldLabel {
            text: qsTr("First try, in minutes")
        }
        TextEntry {
            id: try1
            objectName: "pacingTry1"
            implicitWidth: Theme.bodySize * 8
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("First try, in minutes")
        }
        FieldLabel {
            text: qsTr("Second try, in minutes (if you have done it)")
        }
        TextEntry {
            id: try2
            objectName: "pacingTry2"
            implicitWidth: Theme.bodySize * 8
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Second try, in minutes")
        }
        FieldLabel {
            text: qsTr("Third try, in minutes (if you have done it)")
        }
        TextEntry {
            id: try3
            objectName: "pacingTry3"
            implicitWidth: Theme.bodySize * 8
            inputMethodHints: Qt.ImhFormattedNumbersOnly
            Accessible.name: qsTr("Third try, in minutes")
        }
        FieldError {
            objectName: "pacingTriesError"
            text: page.previewed.valid ? "" : (page.previewed.text ?? "")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "pacingToNumbers"
                primary: true
                enabled: page.previewed.valid
                text: qsTr("Next")
                onClicked: page.setupStep = 2
            }
            ActionButton {
                objectName: "pacingBackToActivity"
                text: qsTr("Back")
                onClicked: page.setupStep = 0
            }
        }
    }

    // ---- Set-up 3: the numbers -------------------------------------------------------------------
    ColumnLayout {
        objectName: "pacingNumbersStep"
        visible: !plan.hasPlan && page.setupStep === 2
        Layout.fillWidth: true
        spacing: Theme.spacing

        Notice {
            objectName: "pacingPreview"
            text: page.previewed.text ?? ""
        }
        FieldLabel {
            text: qsTr("Add this much each week (percent)")
        }
        NumberField {
            id: increaseField
            objectName: "pacingIncrease"
            from: 0
            to: 50
            value: 10
            Accessible.name: qsTr("Add this much each week, in percent")
            Accessible.description: qsTr("10 percent is a good start. Smaller steps are fine too.")
        }
        FieldLabel {
            text: qsTr("Start on")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: [qsTr("Today"), qsTr("Tomorrow"), qsTr("Next Monday")]
                ChipButton {
                    required property int index
                    required property string modelData
                    objectName: "pacingStart_" + index
                    text: modelData
                    checked: page.startChoice === index
                    onToggled: {
                        page.startChoice = index
                        checked = Qt.binding(() => page.startChoice === index)
                    }
                }
            }
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "pacingSavePlan"
                primary: true
                text: qsTr("Save my plan")
                onClicked: page.save()
            }
            ActionButton {
                objectName: "pacingBackToTries"
                text: qsTr("Back")
                onClicked: page.setupStep = 1
            }
        }
    }

    // ---- The plan ----------------------------------------------------------------------------------
    ColumnLayout {
        objectName: "pacingPlanView"
        visible: plan.hasPlan
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "pacingQuotaText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: plan.quotaText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        BodyText {
            objectName: "pacingSummary"
            muted: true
            text: plan.planSummary
        }
        Notice {
            objectName: "pacingSaved"
            visible: plan.savedMessage.length > 0
            kind: "success"
            text: plan.savedMessage
        }
        PacingLogForm {
            id: logForm
            objectName: "pacingLogForm"
            plan: page.plan
        }
        Heading {
            text: qsTr("Week by week")
        }
        PacingChart {
            objectName: "pacingChart"
            plan: page.plan
        }
        Heading {
            visible: plan.logs.length > 0
            text: qsTr("Days logged")
        }
        Repeater {
            model: plan.logs
            BodyText {
                required property var modelData
                text: modelData.text
            }
        }
        Flow {
            Layout.fillWidth: true
            Layout.topMargin: Theme.spacing
            spacing: Theme.spacing

            ActionButton {
                objectName: "pacingNewPlan"
                text: qsTr("Plan another activity")
                onClicked: plan.startNewPlan()
            }
            ActionButton {
                objectName: "pacingDone"
                primary: true
                text: qsTr("Done")
                onClicked: page.finished()
            }
        }
    }
}
