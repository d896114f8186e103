import QtQuick
import QtTest
import Pacewise.Components
import Pacewise.Diary
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport
import "readability.js" as Readability

// A day with the diary, by keyboard only, through the real window: from Home to the entry screen,
// pain set with the arrow keys, a body area and a trigger ticked with Space, Ctrl+S; the entry in
// the history; delete and Undo; the progress screen in every range. At 100 % and 200 % text on a
// 1366x768 window, every page must pass the accessibility and layout audits.
TestCase {
    id: testCase
    name: "DiaryJourney"
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

    // Presses a button the way a keyboard user does: focus it, then Space.
    function press(button) {
        verify(button, "no button to press")
        verify(button.enabled, button.objectName + " should be enabled")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }

    // Tab until the focus is on an item whose objectName starts with `prefix`.
    function tabTo(prefix, limit) {
        for (let i = 0; i < (limit ?? 30); ++i) {
            keyClick(Qt.Key_Tab)
            const item = focused()
            if (item && item.objectName.startsWith(prefix))
                return item
        }
        fail("Tab never reached " + prefix + "; the focus is on " + focused())
        return null
    }

    function expectReadable(pageName) {
        Readability.expectReadable(testCase, app.contentItem, pageName)
    }

    function init() {
        ProfileSession.lock()
        Scratch.openProfileWithDiary(ProfileSession, 60)
        compare(ProfileSession.state, ProfileSession.Unlocked)
    }

    function cleanup() {
        ProfileSession.lock()
        Appearance.textScale = 1
    }

    function test_entryHistoryAndProgress_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_entryHistoryAndProgress(data) {
        Appearance.textScale = data.scale
        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.width = 1366
        app.height = 768
        tryCompare(app.contentItem, "width", 1366)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")

        // Home: "New diary entry" has the focus; one key press opens the entry screen.
        const home = visibleItem("homePage")
        verify(findChild(home, "lastEntry").text.indexOf("Pain 3 (average 3, worst 8)") >= 0)
        expectReadable("the home page")
        const newEntry = findChild(home, "newEntryButton")
        tryVerify(() => newEntry.activeFocus, 5000, "New diary entry should have the focus")
        keyClick(Qt.Key_Space)
        const entry = visibleItem("diaryEntryPage")
        const form = entry.form
        compare(form.painNow, 3) // from the last entry
        compare(form.painWorst, 8)
        expectReadable("the entry screen")

        // Pain now: the slider has the focus; Home, then the arrow keys.
        const painSlider = findChild(findChild(entry, "painNow"), "slider")
        tryVerify(() => painSlider.activeFocus, 5000, "the pain slider should have the focus")
        keyClick(Qt.Key_Home)
        compare(form.painNow, 0)
        for (let i = 0; i < 5; ++i)
            keyClick(Qt.Key_Right)
        keyClick(Qt.Key_Up)
        compare(form.painNow, 6)
        const painDescription = AccessibilityAudit.describe(painSlider)
        compare(painDescription.name, "Pain now")
        verify(findChild(findChild(entry, "painNow"), "valueLabel").text.indexOf("Moderate pain") >= 0)

        // The body map: one Tab stop per view; the arrow keys move, Space marks.
        const firstRegion = tabTo("region_")
        keyClick(Qt.Key_Right)
        const region = focused()
        verify(region !== firstRegion && region.objectName.startsWith("region_"),
               "the arrow key should move to the next area")
        const code = region.objectName.substring("region_".length)
        verify(!region.checked)
        keyClick(Qt.Key_Space)
        verify(form.bodyRegions.selectedCodes.indexOf(code) >= 0, code + " should be marked")
        const regionDescription = AccessibilityAudit.describe(region)
        compare(regionDescription.name, region.label)
        verify(regionDescription.checked, "assistive technology should hear the area is marked")
        verify(findChild(entry, "selectedRegionsText").text.indexOf(region.label) >= 0)
        expectReadable("the entry screen with an area marked")

        // A trigger chip: Tab to the group, Right to the second tag, Space.
        tabTo("chip_")
        keyClick(Qt.Key_Right)
        const chip = focused()
        const trigger = chip.objectName.substring("chip_".length)
        verify(findChild(entry, "triggerChips").chipAt(1) === chip, "the focus should be on the second trigger")
        keyClick(Qt.Key_Space)
        verify(form.triggers.selectedCodes.indexOf(trigger) >= 0, trigger + " should be ticked")
        verify(AccessibilityAudit.describe(chip).checked)

        // The optional parts open and stay readable.
        press(findChild(entry, "sleepSectionHeader"))
        verify(findChild(entry, "sleepHours").visible)
        waitForRendering(entry) // the opened part is laid out on the next frame
        expectReadable("the entry screen with sleep open")

        // The medication list is one page away; back, the entry is as it was, with the new
        // medication offered.
        press(findChild(entry, "medicationSectionHeader"))
        press(visibleItem("manageMedicationsButton"))
        const medications = visibleItem("medicationsPage")
        expectReadable("the medication list")
        const nameField = findChild(medications, "medicationNameField")
        tryVerify(() => nameField.activeFocus, 5000, "the name field should have the focus")
        for (const character of "Naproxen")
            keyClick(character)
        keyClick(Qt.Key_Return)
        visibleItem("medicationSavedNotice")
        press(findChild(medications, "medicationsDoneButton"))
        visibleItem("diaryEntryPage")
        compare(form.painNow, 6)
        compare(form.medications.count, 1)

        // Ctrl+S saves from anywhere; back home with a calm confirmation.
        keySequence(StandardKey.Save)
        visibleItem("homePage")
        const status = visibleItem("statusNotice")
        compare(findChild(status, "statusText").text, "Saved. Thank you for filling in your diary.")
        verify(findChild(app.contentItem, "lastEntry").text.indexOf("Pain 6") >= 0)
        expectReadable("the home page after saving")

        // The history shows it first; delete it and undo.
        press(findChild(app.contentItem, "nav_diary"))
        const historyPage = visibleItem("diaryHistoryPage")
        const history = historyPage.history
        compare(history.count, 50) // a page: 61 entries in all
        verify(history.hasMore)
        const savedId = history.entryIdAt(0)
        const painRole = 256 + 4 // Qt.UserRole + 4: DiaryHistoryModel::PainRole
        compare(history.data(history.index(0, 0), painRole), 6) // the new entry comes first
        expectReadable("the history")

        press(visibleItem("deleteButton_0"))
        compare(history.count, 49)
        verify(history.entryIdAt(0) !== savedId)
        const undoNotice = visibleItem("undoNotice")
        verify(undoNotice.undoButton.visible)
        tryVerify(() => focused() && focused().objectName === "editButton_0", 5000,
                  "after a delete the focus should go to the next entry")
        expectReadable("the history with Undo offered")
        press(undoNotice.undoButton)
        compare(history.count, 50)
        compare(history.entryIdAt(0), savedId)
        verify(!undoNotice.visible)

        // Filters: the last 7 days, then all again.
        press(findChild(historyPage, "range_7"))
        compare(history.lastDays, 7)
        verify(history.count <= 8)
        press(findChild(historyPage, "range_0"))
        compare(history.lastDays, 0)

        // Progress, in every range.
        press(findChild(app.contentItem, "nav_progress"))
        const dashboardPage = visibleItem("dashboardPage")
        const dashboard = dashboardPage.dashboard
        const ranges = [["week", 0], ["month", 1], ["threeMonths", 2], ["year", 3], ["allTime", 4]]
        for (const [key, value] of ranges) {
            press(findChild(dashboardPage, "range_" + key))
            compare(dashboard.range, value)
            verify(dashboard.hasData)
            verify(dashboard.summarySentences.length > 0)
            verify(findChild(dashboardPage, "painChart").visible)
            expectReadable("the progress page (" + key + ")")
        }
    }
}
