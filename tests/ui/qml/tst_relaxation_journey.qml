import QtQuick
import QtQuick.Window
import QtTest
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile
import Pacewise.TestSupport
import "readability.js" as Readability

// The relaxation and pacing screens by keyboard only, each in a 1366x768 window as the exercise
// screen shows them. A breathing practice from the choice to the saved result: the length
// chosen, the tension rated with the keys, the pacer started, paused and resumed with Space,
// shown in its simple view, stopped with Escape, the tension after rated and the record saved
// ("Tension 7 → 4"). A pacing plan set up from typed tries, and one day logged against it, with
// its chart. At 100 % and 200 % text every step passes the accessibility and layout audits.
TestCase {
    id: testCase
    name: "RelaxationJourney"
    when: windowShown

    property var window: null

    Component {
        id: relaxationWindow
        Window {
            property alias page: page
            width: 1366
            height: 768
            visible: true
            color: Theme.background

            RelaxationPage {
                id: page
                anchors.fill: parent
                focus: true
            }
        }
    }

    Component {
        id: pacingWindow
        Window {
            property alias page: page
            width: 1366
            height: 768
            visible: true
            color: Theme.background

            PacingPlannerPage {
                id: page
                anchors.fill: parent
                focus: true
            }
        }
    }

    function focused() {
        return window.activeFocusItem
    }

    function focusOn(name) {
        tryVerify(() => focused() && focused().objectName === name, 5000,
                  "the focus should be on " + name + ", not on " + (focused() ? focused().objectName : "nothing"))
        return focused()
    }

    function visibleItem(objectName) {
        let item = null
        tryVerify(() => {
            item = findChild(window.contentItem, objectName)
            return item !== null && item.visible
        }, 5000, "nothing visible is called " + objectName)
        return item
    }

    function type(text) {
        for (let i = 0; i < text.length; ++i)
            keyClick(text[i])
    }

    // Tab until the focus is on `objectName` (at most `limit` presses).
    function tabTo(objectName, limit) {
        for (let i = 0; i < (limit || 8); ++i) {
            if (focused() && focused().objectName === objectName)
                return
            keyClick(Qt.Key_Tab)
        }
        compare(focused() ? focused().objectName : "nothing", objectName, "Tab never reached " + objectName)
    }

    function shot(name) {
        waitForRendering(window.contentItem)
        Screenshots.take(window.contentItem, name + "-" + Math.round(Appearance.textScale * 100))
    }

    function expectReadable(what) {
        Readability.expectReadable(testCase, window.contentItem, what)
    }

    function open(component, scale) {
        Appearance.textScale = scale
        window = createTemporaryObject(component, testCase)
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window never became active")
        return window.page
    }

    function init() {
        ProfileSession.lock()
        Scratch.openProfileWithDiary(ProfileSession, 3)
        compare(ProfileSession.state, ProfileSession.Unlocked)
    }

    function cleanup() {
        ProfileSession.lock()
        Appearance.textScale = 1
    }

    function test_breathingByKeyboard_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_breathingByKeyboard(data) {
        const page = open(relaxationWindow, data.scale)
        const practice = page.practice
        verify(practice.loaded, practice.errorMessage)

        // 1. The choice: slow breathing is chosen; 3 minutes by Tab and Space.
        focusOn("technique_breathing")
        verify(findChild(page, "technique_breathing").checked)
        expectReadable("the choice of practice")
        tabTo("length_3")
        keyClick(Qt.Key_Space)
        compare(practice.lengthMinutes, 3)
        tabTo("relaxationNext")
        keyClick(Qt.Key_Space)

        // 2. The tension before, with the keys: End is 10, three down is 7.
        focusOn("slider")
        verify(!findChild(page, "relaxationStart").enabled)
        keyClick(Qt.Key_End)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        keyClick(Qt.Key_Down)
        compare(practice.tensionBefore, 7)
        expectReadable("the tension before")
        tabTo("relaxationStart")
        keyClick(Qt.Key_Space)

        // 3. The pacer: the cue is the name screen readers hear; the circle grows on the in-breath.
        tryCompare(practice, "stage", RelaxationPractice.Practising)
        focusOn("pauseBreathing")
        const cue = visibleItem("breathingCue")
        const circle = visibleItem("breathingCircle")
        tryVerify(() => practice.phase === "in" && practice.phaseProgress > 0.45 && practice.phaseProgress < 0.7,
                  12000, "never mid in-breath")
        compare(cue.Accessible.name, "Breathe in slowly")
        verify(circle.scale > 0.55 && circle.scale < 0.95, "the circle is between small and full: " + circle.scale)
        shot("relaxation-breathing")
        expectReadable("the breathing pacer")
        tryVerify(() => practice.phase === "out", 6000, "never on the out-breath")
        compare(cue.Accessible.name, "Breathe out slowly")

        // Space pauses (the time stands still) and goes on.
        keyClick(Qt.Key_Space)
        verify(practice.paused)
        compare(cue.text, "Paused")
        const elapsed = practice.elapsedSeconds
        wait(1200)
        compare(practice.elapsedSeconds, elapsed)
        keyClick(Qt.Key_Space)
        verify(!practice.paused)

        // The simple view: a bar instead of the circle.
        tabTo("simpleView")
        keyClick(Qt.Key_Space)
        verify(visibleItem("breathingSimpleView"))
        verify(!findChild(page, "breathingCircleArea").visible)
        expectReadable("the simple view")

        // Escape stops; what was done can still be saved.
        keyClick(Qt.Key_Escape)
        tryCompare(practice, "stage", RelaxationPractice.Finished)
        verify(practice.stoppedEarly)
        verify(visibleItem("stoppedEarlyNotice"))
        focusOn("slider")
        keyClick(Qt.Key_End)
        for (let i = 0; i < 6; ++i)
            keyClick(Qt.Key_Down)
        compare(practice.tensionAfter, 4)
        expectReadable("the tension after")
        tabTo("relaxationSave")
        keyClick(Qt.Key_Space)

        // 4. Saved, with the result in a few words.
        tryCompare(practice, "stage", RelaxationPractice.Saved)
        compare(visibleItem("relaxationResult").text, "Tension 7 \u2192 4")
        verify(practice.savedRecordId.length > 0)
        focusOn("relaxationAgain")
        shot("relaxation-saved")
        expectReadable("the saved practice")
        let finished = false
        page.finished.connect(() => finished = true)
        tabTo("relaxationDone")
        keyClick(Qt.Key_Space)
        verify(finished)
    }

    function test_pacingPlanByKeyboard_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_pacingPlanByKeyboard(data) {
        const page = open(pacingWindow, data.scale)
        const plan = page.plan
        verify(!plan.hasPlan, plan.errorMessage)

        // 1. The activity, typed; Enter goes on.
        focusOn("pacingActivity")
        expectReadable("the pacing activity")
        type("Walk")
        keyClick(Qt.Key_Return)

        // 2. Three tries: Next waits for a number.
        focusOn("pacingTry1")
        verify(!findChild(page, "pacingToNumbers").enabled)
        type("10")
        tabTo("pacingTry2")
        type("12")
        tabTo("pacingTry3")
        type("8")
        expectReadable("the pacing tries")
        tabTo("pacingToNumbers")
        keyClick(Qt.Key_Space)

        // 3. The numbers: 80 % of the average of 10, 10 % more a week, from today.
        // The number field is a spin box: its text input inside it holds the focus.
        const increase = findChild(page, "pacingIncrease")
        tryVerify(() => increase.activeFocus, 5000, "the focus should be in pacingIncrease")
        compare(increase.value, 10)
        verify(visibleItem("pacingPreview").text.indexOf("8 minutes") >= 0)
        expectReadable("the pacing numbers")
        tabTo("pacingSavePlan")
        keyClick(Qt.Key_Space)

        // The plan, then a day logged: minutes typed, Enter saves.
        tryVerify(() => plan.hasPlan, 5000, plan.errorMessage)
        compare(visibleItem("pacingQuotaText").text, "Walk for 8 minutes, then rest.")
        focusOn("logMinutes")
        type("8")
        keyClick(Qt.Key_Return)
        tryVerify(() => plan.logs.length === 1, 5000, plan.errorMessage)
        compare(plan.errorMessage, "")
        verify(visibleItem("pacingSaved").text.length > 0)
        const chart = visibleItem("pacingChart")
        verify(chart.Accessible.description.indexOf("Week 1: planned 8 minutes") >= 0)
        shot("pacing-plan")
        expectReadable("the pacing plan with a day logged")
    }
}
