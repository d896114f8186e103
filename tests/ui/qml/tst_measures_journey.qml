import QtQuick
import QtTest
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport
import "readability.js" as Readability

// Questionnaires by keyboard only, through the real window. The PHQ-9 from the side bar: the
// answers' keys and Enter; a "Several days" to item 9 brings the crisis screen before the next
// question, naming the emergency number and saying that nobody watches the answers, and the
// clinic's outbox holds the safety Flag and Communication at the top priority; back to the
// questionnaire, on to the result. The PEG from Home's card: saved and closed halfway, resumed
// at the same question, finished. At 100 % and 200 % text on a 1366x768 window, every screen
// passes the accessibility and layout audits.
TestCase {
    id: testCase
    name: "MeasuresJourney"
    when: windowShown

    property var app: null

    Component {
        id: mainComponent
        Main {}
    }

    function visibleItem(objectName) {
        let item = null
        tryVerify(() => {
            item = findChild(app.contentItem, objectName)
            return item !== null && item.visible
        }, 5000, "nothing visible is called " + objectName)
        return item
    }

    function focused() {
        return app.activeFocusItem
    }

    function currentPage() {
        return findChild(app.contentItem, "pageStack").currentItem
    }

    function press(button) {
        verify(button, "no button to press")
        verify(button.enabled, button.objectName + " should be enabled")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }

    // Waits for the keyboard focus on an item whose objectName starts with `prefix`.
    function focusOn(prefix) {
        tryVerify(() => focused() && focused().objectName.startsWith(prefix), 5000,
                  "the focus should be on " + prefix + ", not on " + (focused() ? focused().objectName : "nothing"))
        return focused()
    }

    // A picture of the window when PACEWISE_SCREENSHOTS asks for them.
    function shot(name) {
        waitForRendering(app.contentItem)
        Screenshots.take(app.contentItem, name + "-" + Math.round(Appearance.textScale * 100))
    }

    function expectReadable(pageName) {
        Readability.expectReadable(testCase, app.contentItem, pageName)
    }

    function openWindow(scale) {
        Appearance.textScale = scale
        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.width = 1366
        app.height = 768
        tryCompare(app.contentItem, "width", 1366)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")
    }

    function init() {
        ProfileSession.lock()
        Scratch.openProfileWithDiary(ProfileSession, 10)
        compare(ProfileSession.state, ProfileSession.Unlocked)
    }

    function cleanup() {
        ProfileSession.lock()
        Appearance.textScale = 1
    }

    function test_phq9WithTheCrisisScreen_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_phq9WithTheCrisisScreen(data) {
        openWindow(data.scale)

        // Home lists what is due.
        const home = visibleItem("homePage")
        const card = visibleItem("dueQuestionnairesCard")
        verify(card.measures.count >= 4)
        expectReadable("the home page with questionnaires due")
        shot("home-due")

        // The side bar, then the PHQ-9's Start.
        press(findChild(app.contentItem, "nav_questionnaires"))
        const list = visibleItem("questionnairesPage")
        verify(!findChild(list, "problemsNotice").visible)
        expectReadable("the questionnaires")
        shot("questionnaires-list")
        press(findChild(list, "start_phq-9"))
        const page = visibleItem("questionnairePage")
        const session = page.session
        compare(session.progressText, "Question 1 of 9") // until a problem is ticked
        verify(findChild(page, "leadIn").text.startsWith("Over the last 2 weeks"))
        focusOn("option_1_0")
        verify(!findChild(page, "nextButton").enabled)
        verify(findChild(page, "nextBlockedReason").visible)
        expectReadable("the first question")
        shot("questionnaire-phq9-item1")

        // Items 1-8: the key of the answer, then Enter.
        const answers = [1, 0, 2, 1, 0, 1, 0, 1]
        for (let i = 0; i < answers.length; ++i) {
            const item = String(i + 1)
            focusOn("option_" + item + "_")
            keyClick(Qt.Key_0 + answers[i])
            compare(focused().objectName, "option_" + item + "_" + answers[i])
            verify(focused().checked)
            keyClick(Qt.Key_Return)
            tryCompare(session, "progressText", "Question " + (i + 2) + " of 10")
        }

        // Item 9, "Several days": the crisis screen, before any other question.
        focusOn("option_9_")
        keyClick(Qt.Key_1)
        const crisisPage = visibleItem("crisisPage")
        compare(currentPage(), crisisPage)
        compare(session.progressText, "Question 9 of 10", "the questionnaire waits at item 9")
        const crisis = crisisPage.crisis
        verify(crisis.emergencyNumber.length > 0)
        verify(findChild(crisisPage, "urgentText").text.indexOf("call " + crisis.emergencyNumber + " now") >= 0,
               "the first sentence names the emergency number")
        verify(findChild(crisisPage, "urgentText").text.startsWith("You are not alone."))
        const monitoring = findChild(crisisPage, "monitoringText").text
        verify(monitoring.startsWith("Nobody at your clinic sees your answers as you give them."))
        verify(monitoring.indexOf("not connected to a clinic") >= 0)
        visibleItem("crisisLine_0")
        const rows = OutboxProbe.rows(ProfileSession, "safety-")
        compare(rows.length, 2)
        compare(rows[0].kind, "safety-communication")
        compare(rows[0].priority, 100)
        compare(rows[1].kind, "safety-flag")
        compare(rows[1].priority, 100)
        expectReadable("the crisis screen")
        shot("crisis")

        // Back to the questionnaire: the answer is kept; Enter goes on to item 10.
        press(findChild(crisisPage, "crisisBackButton"))
        compare(currentPage(), page)
        const chosen = focusOn("option_9_1")
        verify(chosen.checked)
        keyClick(Qt.Key_Return)
        tryCompare(session, "progressText", "Question 10 of 10")
        focusOn("option_10_")
        compare(findChild(page, "nextButton").text, "Finish")
        expectReadable("the last question")
        keyClick(Qt.Key_1)
        keyClick(Qt.Key_Return)

        // The result, then back to the list with a calm confirmation.
        tryVerify(() => session.completed, 5000, "Enter on the last answer should finish")
        const result = visibleItem("questionnaireResult")
        compare(findChild(result, "scoreText").text, "7 out of 27: Mild")
        verify(findChild(result, "changeText").text.startsWith("This is your first result"))
        focusOn("resultDoneButton")
        expectReadable("the result")
        shot("questionnaire-result")
        keyClick(Qt.Key_Space)
        const listAgain = visibleItem("questionnairesPage")
        compare(findChild(visibleItem("statusNotice"), "statusText").text,
                "Saved. Thank you for filling in the questionnaire.")
        const row = listAgain.measures.rowOf("phq-9")
        verify(row >= 0)
        compare(listAgain.measures.data(listAgain.measures.index(row, 0), 256 + 3), "done") // StateRole
        expectReadable("the questionnaires after one is done")
    }

    function test_pegFromHomeSavedAndResumed_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_pegFromHomeSavedAndResumed(data) {
        openWindow(data.scale)
        const card = visibleItem("dueQuestionnairesCard")
        press(findChild(card, "start_peg"))
        let page = visibleItem("questionnairePage")
        compare(page.session.progressText, "Question 1 of 3")

        // A scale: a digit sets the number, Enter goes on.
        focusOn("slider")
        keyClick(Qt.Key_6)
        compare(page.session.answers["pain"], 6)
        expectReadable("a question on a 0-10 scale")
        shot("questionnaire-peg-scale")
        keyClick(Qt.Key_Return)
        tryCompare(page.session, "progressText", "Question 2 of 3")

        // Saved and closed halfway; Home offers to continue.
        press(findChild(page, "saveAndCloseButton"))
        visibleItem("homePage")
        const again = findChild(visibleItem("dueQuestionnairesCard"), "start_peg")
        compare(again.text, "Continue")
        press(again)
        page = visibleItem("questionnairePage")
        visibleItem("resumedNotice")
        compare(page.session.progressText, "Question 2 of 3")
        expectReadable("a resumed questionnaire")

        // Arrow keys this time; Enter finishes on the last question.
        focusOn("slider")
        keyClick(Qt.Key_Home)
        keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Right)
        compare(page.session.answers["enjoyment"], 2)
        keyClick(Qt.Key_Return)
        tryCompare(page.session, "progressText", "Question 3 of 3")
        focusOn("slider")
        keyClick(Qt.Key_4)
        keyClick(Qt.Key_Return)
        tryVerify(() => page.session.completed, 5000, "Enter on the last question should finish")
        visibleItem("questionnaireResult")
        expectReadable("the PEG result")
    }

    function test_questionsAllOnOnePage() {
        openWindow(1)
        visibleItem("homePage")
        press(findChild(app.contentItem, "nav_questionnaires"))
        press(findChild(visibleItem("questionnairesPage"), "start_gad-7"))
        const page = visibleItem("questionnairePage")
        press(findChild(page, "allOnOnePageToggle"))
        tryCompare(page.session, "pageCount", 1)
        const firstCell = visibleItem("cell_1_0")
        firstCell.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_2)
        compare(page.session.answers["1"], "LA6570-1")
        // Down to the next row, same column; Space chooses.
        focusOn("cell_1_2")
        keyClick(Qt.Key_Down)
        compare(focused().objectName, "cell_2_2")
        keyClick(Qt.Key_Space)
        compare(page.session.answers["2"], "LA6570-1")
        compare(page.session.progressText, "2 of 8 answered")
        expectReadable("all questions on one page")
        shot("questionnaire-grid")
    }
}
