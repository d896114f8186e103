import QtQuick
import QtQuick.Window
import QtTest
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile
import Pacewise.TestSupport
import "readability.js" as Readability

// The exercise screens by keyboard only, as the shell shows them (ExerciseScreen in a 1366x768
// window). A thought record from the situation to the summary: typed words, Tab to Next and
// Space, the feeling rated with the keys before and after, the summary showing both ratings and
// the record stored as completed. The flare-up plan filled in, saved and written as a PDF. At
// 100 % and 200 % text every step passes the accessibility and layout audits.
TestCase {
    id: testCase
    name: "ExercisesJourney"
    when: windowShown

    property var window: null

    Component {
        id: windowComponent
        Window {
            id: win
            property alias screen: screen
            property string exerciseId
            width: 1366
            height: 768
            visible: true
            color: Theme.background

            ExerciseScreen {
                id: screen
                anchors.fill: parent
                focus: true
                exerciseId: win.exerciseId
            }
        }
    }

    function focused() {
        return window.activeFocusItem
    }

    function focusOn(prefix) {
        tryVerify(() => focused() && focused().objectName.startsWith(prefix), 5000,
                  "the focus should be on " + prefix + ", not on " + (focused() ? focused().objectName : "nothing"))
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
        for (let i = 0; i < (limit || 6); ++i) {
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

    function openExercise(exerciseId, scale) {
        Appearance.textScale = scale
        window = createTemporaryObject(windowComponent, testCase, { exerciseId: exerciseId })
        verify(window)
        window.requestActivate()
        tryVerify(() => window.active, 5000, "the window never became active")
        return window.screen
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

    function test_thoughtRecordByKeyboard_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_thoughtRecordByKeyboard(data) {
        const screen = openExercise("thought-record", data.scale)
        const page = visibleItem("thoughtRecordPage")
        const exercise = page.exercise
        verify(exercise.loaded, exercise.errorMessage)
        const progress = visibleItem("stepProgress")
        compare(progress.text, "Step 1 of 7")

        // 1. The situation: typed, then Tab to Next and Space.
        focusOn("input_situation")
        type("Stairs")
        expectReadable("the situation step")
        tabTo("stepNextButton")
        keyClick(Qt.Key_Space)
        tryCompare(progress, "text", "Step 2 of 7")
        compare(exercise.answers["situation"], "Stairs")

        // 2. Next waits for the required thought, and says why.
        focusOn("input_automatic-thought")
        verify(visibleItem("stepMissing").text.length > 0)
        type("I cannot")
        tabTo("stepNextButton")
        keyClick(Qt.Key_Return)
        tryCompare(progress, "text", "Step 3 of 7")

        // 3. The feeling and how strong: End is 100, Page Down takes off 5 steps of 5.
        focusOn("input_emotion")
        type("Worried")
        keyClick(Qt.Key_Tab)
        focusOn("slider")
        keyClick(Qt.Key_End)
        keyClick(Qt.Key_PageDown)
        keyClick(Qt.Key_Up)
        compare(exercise.answers["emotion-before"], 80)
        expectReadable("the feeling step")
        shot("thought-record-step3")
        tabTo("stepNextButton")
        keyClick(Qt.Key_Space)
        tryCompare(progress, "text", "Step 4 of 7")

        // 4-6. The evidence both ways and the balanced thought.
        const words = ["It hurt", "I did it before", "Hard but I manage"]
        const links = ["evidence-for", "evidence-against", "balanced-thought"]
        for (let i = 0; i < words.length; ++i) {
            focusOn("input_" + links[i])
            type(words[i])
            tabTo("stepNextButton")
            keyClick(Qt.Key_Space)
            tryCompare(progress, "text", "Step " + (5 + i) + " of 7")
            compare(exercise.answers[links[i]], words[i])
        }

        // 7. Rated again, then Finish.
        focusOn("slider")
        keyClick(Qt.Key_Home)
        for (let j = 0; j < 8; ++j)
            keyClick(Qt.Key_Right)
        compare(exercise.answers["emotion-after"], 40)
        const next = findChild(page, "stepNextButton")
        compare(next.text, "Finish")
        expectReadable("the last step")
        tabTo("stepNextButton")
        keyClick(Qt.Key_Space)

        // The summary: both ratings, the balanced thought, the focus on Done.
        tryVerify(() => exercise.completed, 5000, "Finish should complete the record")
        visibleItem("thoughtRecordSummary")
        compare(visibleItem("ratingBefore").text, "Before: 80 out of 100")
        compare(visibleItem("ratingAfter").text, "After: 40 out of 100")
        compare(visibleItem("balancedThought").text, "Hard but I manage")
        focusOn("doneButton")
        expectReadable("the summary")
        shot("thought-record-summary")
        const rows = OutboxProbe.rows(ProfileSession, "exercise-record")
        compare(rows.length, 1)

        let finished = false
        screen.finished.connect(() => { finished = true })
        keyClick(Qt.Key_Space)
        verify(finished, "Done should close the exercise")
    }

    function test_halfDoneThoughtRecordResumes() {
        openExercise("thought-record", 1)
        let page = visibleItem("thoughtRecordPage")
        focusOn("input_situation")
        type("Queue")
        tabTo("stepNextButton")
        keyClick(Qt.Key_Space)
        tryCompare(visibleItem("stepProgress"), "text", "Step 2 of 7")
        window.destroy()
        wait(0)

        openExercise("thought-record", 1)
        page = visibleItem("thoughtRecordPage")
        visibleItem("resumedNotice")
        compare(page.exercise.answers["situation"], "Queue")
        compare(visibleItem("stepProgress").text, "Step 2 of 7")
        focusOn("input_automatic-thought")
    }

    function test_flareUpPlanFilledAndSaved_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_flareUpPlanFilledAndSaved(data) {
        openExercise("flare-up-plan", data.scale)
        const page = visibleItem("flareUpPlanPage")
        const exercise = page.exercise
        verify(exercise.loaded, exercise.errorMessage)
        verify(!findChild(page, "planKeptNotice").visible)

        focusOn("input_early-signs")
        type("Stiff back")
        keyClick(Qt.Key_Tab)
        focusOn("input_what-helps")
        type("Heat pad")
        expectReadable("the flare-up plan")
        tabTo("saveButton", 12)
        keyClick(Qt.Key_Space)
        tryVerify(() => exercise.completed, 5000, "Save should store the plan")
        compare(exercise.answers["early-signs"], "Stiff back")
        compare(exercise.answers["what-helps"], "Heat pad")
        visibleItem("savedNotice")

        // The PDF (the file dialog is the system's; the page hands its choice on like this).
        const path = Scratch.newFolder() + ".pdf"
        verify(page.document.savePdf(path), page.document.errorMessage)
        verify(visibleItem("savedNotice").text.indexOf(".pdf") >= 0)
        expectReadable("the saved flare-up plan")
        shot("flare-up-plan-saved")

        // Opened again, it is the same plan, ready to change.
        const planId = exercise.currentRecordId
        window.destroy()
        wait(0)
        openExercise("flare-up-plan", data.scale)
        const again = visibleItem("flareUpPlanPage")
        visibleItem("planKeptNotice")
        compare(again.exercise.currentRecordId, planId)
        compare(again.exercise.answers["what-helps"], "Heat pad")
    }
}
