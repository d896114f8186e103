import QtQuick
import QtTest
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport
import "readability.js" as Readability

// The programme by keyboard only, through the real window, on a fresh profile: Home offers the
// first module; the side bar's Programme lists the ten modules, the first ready and the second
// saying what it waits for; the caregivers' summary opens; the reader turns pages with Right,
// Space, Page Down, Left, Page Up, Home and End, is left and opened again on the same page, and
// past the last page shows the module done with its homework; the homework list ticks one time
// off and takes it back. At 100 % and 200 % text on a 1366x768 window, every screen passes the
// accessibility and layout audits.
TestCase {
    id: testCase
    name: "ProgrammeJourney"
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

    function focusOn(prefix) {
        tryVerify(() => focused() && focused().objectName.startsWith(prefix), 5000,
                  "the focus should be on " + prefix + ", not on " + (focused() ? focused().objectName : "nothing"))
        return focused()
    }

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

    function test_readingAModuleByKeyboard_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_readingAModuleByKeyboard(data) {
        openWindow(data.scale)

        // Home offers the first module.
        visibleItem("homePage")
        const card = visibleItem("programmeCard")
        compare(findChild(card, "continueModuleButton").text, "Start")
        verify(findChild(card, "nextModuleText").text.startsWith("Module 1: "))

        // The overview: module 1 ready (its button has the focus), module 2 waiting for it.
        press(findChild(app.contentItem, "nav_programme"))
        const overview = visibleItem("programmePage")
        compare(overview.modules.count, 10)
        focusOn("open_understanding-pain")
        const waiting = findChild(overview, "module_goals")
        verify(findChild(waiting, "stateText").text.indexOf("Opens when you finish Module 1: ") >= 0)
        verify(!findChild(waiting, "open_goals").visible, "a locked module has no button")
        const family = findChild(overview, "family_understanding-painHeader")
        press(family)
        verify(findChild(overview, "family_understanding-pain").open)
        expectReadable("the programme overview")
        shot("programme-overview")

        // The reader, on the first page; the paging keys.
        press(findChild(overview, "open_understanding-pain"))
        let lesson = visibleItem("lessonPage")
        let reader = lesson.reader
        focusOn("pageHeading")
        compare(reader.pageIndex, 0)
        verify(findChild(lesson, "paragraph_0").text.length > 0)
        compare(reader.modulePageText, "Page 1 of " + reader.pageCount + " of the module")
        compare(findChild(lesson, "pagePosition").text,
                reader.lessonPageText + " \u00B7 " + reader.modulePageText)
        expectReadable("a lesson page")
        shot("lesson-page")
        keyClick(Qt.Key_Right)
        tryCompare(reader, "pageIndex", 1)
        keyClick(Qt.Key_Space)
        tryCompare(reader, "pageIndex", 2)
        keyClick(Qt.Key_Left)
        tryCompare(reader, "pageIndex", 1)
        keyClick(Qt.Key_End)
        tryCompare(reader, "pageIndex", reader.pageCount - 1)
        verify(reader.atLast)
        compare(findChild(lesson, "nextButton").text, "Finish the module")
        keyClick(Qt.Key_Home)
        tryCompare(reader, "pageIndex", 0)
        keyClick(Qt.Key_PageDown)
        tryCompare(reader, "pageIndex", 1)
        keyClick(Qt.Key_PageUp)
        tryCompare(reader, "pageIndex", 0)
        keyClick(Qt.Key_PageDown)
        tryCompare(reader, "pageIndex", 1)

        // Left and opened again: the same page; the overview says how far it is.
        const pageCount = reader.pageCount
        press(findChild(lesson, "closeLessonButton"))
        const overviewAgain = visibleItem("programmePage")
        const first = findChild(overviewAgain, "module_understanding-pain")
        compare(findChild(first, "open_understanding-pain").text, "Continue")
        verify(findChild(first, "progressText").text.startsWith("4 of " + pageCount + " pages read"),
               "pages 1, 2, 3 and the last were opened: " + findChild(first, "progressText").text)
        press(findChild(first, "open_understanding-pain"))
        lesson = visibleItem("lessonPage")
        reader = lesson.reader
        compare(reader.pageIndex, 1)

        // The lesson list jumps to the second lesson.
        press(findChild(lesson, "lessonListHeader"))
        const secondLesson = visibleItem("lesson_" + reader.lessons[1].lessonId)
        press(secondLesson)
        tryCompare(reader, "lessonId", reader.lessons[1].lessonId)

        // Every page from the first, then past the last: the end of the module.
        focusOn("pageHeading")
        keyClick(Qt.Key_Home)
        for (let i = 0; i <= pageCount && !reader.showingEnd; ++i)
            keyClick(Qt.Key_Right)
        tryVerify(() => reader.showingEnd, 5000, "Right on the last page shows the end")
        verify(reader.moduleDone)
        verify(visibleItem("endText").text.startsWith("You have finished Module 1: "))
        verify(visibleItem("nextText").text.startsWith("Next: Module 2: "))
        expectReadable("the end of a module")
        shot("lesson-end")

        // Its homework: one time ticked off, then taken back.
        press(visibleItem("homeworkButton"))
        const homework = visibleItem("homeworkPage")
        verify(homework.homework.count >= 1)
        const row = visibleItem("homework_0")
        const dueText = findChild(row, "dueText")
        verify(dueText.text.indexOf("0 of ") >= 0)
        press(findChild(row, "checkOff_0"))
        tryVerify(() => findChild(visibleItem("homework_0"), "dueText").text.indexOf("1 of ") >= 0)
        const undo = visibleItem("undoNotice")
        expectReadable("the homework list")
        shot("homework")
        press(findChild(undo, "undoButton"))
        tryVerify(() => !findChild(app.contentItem, "undoNotice").visible)
        tryVerify(() => findChild(visibleItem("homework_0"), "dueText").text.indexOf("0 of ") >= 0)
    }

    function test_anEmptyHomeworkList() {
        openWindow(1)
        visibleItem("homePage")
        press(findChild(app.contentItem, "nav_homework"))
        const homework = visibleItem("homeworkPage")
        compare(homework.homework.count, 0)
        verify(findChild(homework, "summaryText").text.startsWith("No homework to do now."))
        expectReadable("an empty homework list")
    }
}
