import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// A relaxation practice from start to end: choose how to relax (slow breathing, muscle
// relaxation, a calm place) and for how long → how tense you feel now → the practice → how tense
// you feel after → saved, with a short result ("Tension 7 → 4"). Stopping early still offers to
// save what was done. Keyboard everywhere: Tab between controls, Space and Enter press, arrow keys
// rate; during the practice Space pauses and Escape stops.
ScrollingPage {
    id: page
    objectName: "relaxationPage"
    title: qsTr("Relaxation")

    property string homeworkId
    readonly property alias practice: practice
    // Before the practice: 0 choose, 1 rate the tension.
    property int setupStep: 0

    signal finished()

    function tensionWords(value) {
        if (value < 0)
            return ""
        if (value === 0)
            return qsTr("Not tense at all")
        if (value <= 3)
            return qsTr("A little tense")
        if (value <= 6)
            return qsTr("Quite tense")
        if (value <= 9)
            return qsTr("Very tense")
        return qsTr("As tense as can be")
    }

    function focusStage() {
        switch (practice.stage) {
        case RelaxationPractice.Ready:
            if (page.setupStep === 0)
                techniqueChips.itemAt(0).forceActiveFocus(Qt.OtherFocusReason)
            else
                before.slider.forceActiveFocus(Qt.OtherFocusReason)
            break
        case RelaxationPractice.Practising:
            practiceLoader.item.forceActiveFocus(Qt.OtherFocusReason)
            break
        case RelaxationPractice.Finished:
            after.slider.forceActiveFocus(Qt.OtherFocusReason)
            break
        case RelaxationPractice.Saved:
            againButton.forceActiveFocus(Qt.OtherFocusReason)
            break
        }
    }

    Component.onCompleted: focusStage()
    onSetupStepChanged: Qt.callLater(focusStage)

    RelaxationPractice {
        id: practice
        session: ProfileSession
        homeworkId: page.homeworkId
        onStageChanged: Qt.callLater(page.focusStage)
    }

    Heading {
        level: 1
        text: practice.stage === RelaxationPractice.Ready ? page.title : practice.techniqueTitle
    }
    ErrorBanner {
        objectName: "relaxationError"
        Layout.fillWidth: true
        message: practice.errorMessage
        detail: practice.errorDetail
    }

    // ---- 1. Choose -----------------------------------------------------------------------------
    ColumnLayout {
        objectName: "relaxationChoose"
        visible: practice.stage === RelaxationPractice.Ready && page.setupStep === 0
        Layout.fillWidth: true
        spacing: Theme.spacing

        BodyText {
            text: qsTr("Take a few minutes for yourself. Sit or lie somewhere comfortable. There is no right or wrong way to do this.")
        }
        FieldLabel {
            text: qsTr("How would you like to relax?")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                id: techniqueChips
                model: [
                    { code: "breathing", label: qsTr("Slow breathing") },
                    { code: "pmr", label: qsTr("Muscle relaxation") },
                    { code: "imagery", label: qsTr("A calm place") },
                ]
                ChipButton {
                    required property var modelData
                    objectName: "technique_" + modelData.code
                    text: modelData.label
                    checked: practice.technique === modelData.code
                    onToggled: {
                        practice.technique = modelData.code
                        checked = Qt.binding(() => practice.technique === modelData.code)
                    }
                }
            }
        }
        BodyText {
            muted: true
            text: practice.technique === "breathing"
                  ? qsTr("Follow a circle that grows as you breathe in and shrinks as you breathe out.")
                  : practice.technique === "pmr"
                    ? qsTr("Tense one group of muscles gently, then let go, one group after another. Steps: %1.").arg(practice.stepCount)
                    : qsTr("Read a short script and picture a calm, safe place.")
        }
        FieldLabel {
            visible: practice.technique === "breathing"
            text: qsTr("How long?")
        }
        Flow {
            visible: practice.technique === "breathing"
            Layout.fillWidth: true
            spacing: Theme.spacing

            Repeater {
                model: practice.lengthChoices
                ChipButton {
                    required property int modelData
                    objectName: "length_" + modelData
                    text: qsTr("Minutes: %1").arg(modelData)
                    checked: practice.lengthMinutes === modelData
                    onToggled: {
                        practice.lengthMinutes = modelData
                        checked = Qt.binding(() => practice.lengthMinutes === modelData)
                    }
                }
            }
        }
        ActionButton {
            objectName: "relaxationNext"
            primary: true
            text: qsTr("Next")
            onClicked: page.setupStep = 1
        }
    }

    // ---- 2. Before -----------------------------------------------------------------------------
    ColumnLayout {
        objectName: "relaxationBefore"
        visible: practice.stage === RelaxationPractice.Ready && page.setupStep === 1
        Layout.fillWidth: true
        spacing: Theme.spacing

        ScaleSlider {
            id: before
            objectName: "tensionBefore"
            label: qsTr("How tense do you feel now?")
            value: practice.tensionBefore
            words: page.tensionWords(practice.tensionBefore)
            lowWords: qsTr("0: Not tense at all")
            highWords: qsTr("10: As tense as can be")
            onMoved: value => practice.tensionBefore = value
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "relaxationStart"
                primary: true
                enabled: practice.tensionBefore >= 0
                text: qsTr("Start")
                onClicked: practice.start()
            }
            ActionButton {
                objectName: "relaxationChooseAgain"
                text: qsTr("Back")
                onClicked: page.setupStep = 0
            }
        }
    }

    // ---- 3. The practice -------------------------------------------------------------------------
    Loader {
        id: practiceLoader
        objectName: "practiceLoader"
        Layout.fillWidth: true
        active: practice.stage === RelaxationPractice.Practising
        visible: active
        sourceComponent: practice.technique === "pmr" ? pmrComponent
                         : practice.technique === "imagery" ? imageryComponent : breathingComponent
    }
    Component {
        id: breathingComponent
        BreathingPacerView {
            objectName: "breathingPacer"
            practice: page.practice
        }
    }
    Component {
        id: pmrComponent
        PmrView {
            objectName: "pmrView"
            practice: page.practice
        }
    }
    Component {
        id: imageryComponent
        ImageryView {
            objectName: "imageryView"
            practice: page.practice
        }
    }

    // ---- 4. After --------------------------------------------------------------------------------
    ColumnLayout {
        objectName: "relaxationAfter"
        visible: practice.stage === RelaxationPractice.Finished
        Layout.fillWidth: true
        spacing: Theme.spacing

        Notice {
            objectName: "stoppedEarlyNotice"
            visible: practice.stoppedEarly
            text: qsTr("You stopped early. That is fine: every minute counts. You can still save what you did.")
        }
        Notice {
            visible: !practice.stoppedEarly
            kind: "success"
            text: qsTr("Well done. Take a moment before you get up.")
        }
        ScaleSlider {
            id: after
            objectName: "tensionAfter"
            label: qsTr("How tense do you feel now?")
            optional: true
            value: practice.tensionAfter
            words: page.tensionWords(practice.tensionAfter)
            lowWords: qsTr("0: Not tense at all")
            highWords: qsTr("10: As tense as can be")
            onMoved: value => practice.tensionAfter = value
            onCleared: practice.tensionAfter = -1
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "relaxationSave"
                primary: true
                text: qsTr("Save")
                onClicked: practice.save()
            }
            ActionButton {
                objectName: "relaxationDiscard"
                text: qsTr("Close without saving")
                onClicked: page.finished()
            }
        }
    }

    // ---- 5. Saved --------------------------------------------------------------------------------
    ColumnLayout {
        objectName: "relaxationSaved"
        visible: practice.stage === RelaxationPractice.Saved
        Layout.fillWidth: true
        spacing: Theme.spacing

        Label {
            objectName: "relaxationResult"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            text: practice.resultText
            color: Theme.text
            font.pixelSize: Theme.titleSize
            font.bold: true
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Notice {
            objectName: "relaxationSavedNotice"
            kind: "success"
            text: practice.minutesText + " "
                  + (practice.homeworkCheckedOff ? qsTr("Saved, and your homework is ticked off.") : qsTr("Saved."))
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                id: againButton
                objectName: "relaxationAgain"
                text: qsTr("Practise again")
                onClicked: {
                    practice.reset()
                    page.setupStep = 0
                }
            }
            ActionButton {
                objectName: "relaxationDone"
                primary: true
                text: qsTr("Done")
                onClicked: page.finished()
            }
        }
    }
}
