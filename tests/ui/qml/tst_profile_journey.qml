import QtQuick
import QtTest
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport
import "readability.js" as Readability

// A patient's first session, through the real window and the real profile session: create a
// profile, see the home page, visit the settings, lock, mistype the passphrase, wait, unlock.
// It runs at 100 % and at 200 % text on a 1366x768 window; on every page each visible control
// must have an accessible name, no text may be smaller than 16 px, cut off, or stick out.
TestCase {
    id: testCase
    name: "ProfileJourney"
    when: windowShown

    readonly property string passphrase: "quiet river walk 42"
    readonly property string wrongPassphrase: "loud mountain run 7"
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

    function textField(passphraseField) {
        return findChild(passphraseField, "field")
    }

    function type(text) {
        for (const character of text)
            keyClick(character)
    }

    // Presses a button the way a keyboard user does: focus it (the page scrolls it into view),
    // then Space.
    function press(button) {
        verify(button.enabled, button.objectName + " should be enabled")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }

    function expectReadable(pageName) {
        Readability.expectReadable(testCase, app.contentItem, pageName)
    }

    // Nothing a screen reader can reach on the page (names, values, descriptions, text content)
    // holds the passphrase, whether it is shown on screen or not: not the copy shown under the
    // field, not any label, and not the field itself, which is a password field whose value and
    // text are the mask, one character for each typed (Qt 6.4 would hand out the text itself;
    // components/PasswordAccessibility.h).
    function expectPassphraseNotReadable(field, secret, how) {
        const texts = AccessibilityAudit.readableTexts(app.contentItem, field)
        verify(texts.length > 5, "the accessibility tree should be readable")
        for (const text of texts)
            verify(!text.includes(secret), "a screen reader could read the passphrase (" + how + ")")
        const described = AccessibilityAudit.describe(field)
        verify(described.passwordEdit)
        verify(described.name.length > 0, "the field keeps its accessible name")
        verify(field.passwordCharacter.length === 1)
        compare(described.value, field.passwordCharacter.repeat(field.text.length),
                "the field's accessible value is the mask (" + how + ")")
        compare(described.text, described.value, "its text interface is the mask too")
    }

    function init() {
        // Every run starts on a fresh, empty folder.
        ProfileSession.lock()
        ProfileSession.setProfileDirectory(Scratch.newFolder())
        compare(ProfileSession.state, ProfileSession.NeedsSetup)
    }

    function cleanup() {
        ProfileSession.lock()
        Appearance.textScale = 1
    }

    function test_firstRunLockWrongPassphraseAndUnlock_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_firstRunLockWrongPassphraseAndUnlock(data) {
        Appearance.textScale = data.scale
        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.width = 1366
        app.height = 768
        tryCompare(app.contentItem, "width", 1366)
        tryCompare(app.contentItem, "height", 768)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")

        // First run: the passphrase field has the focus.
        const firstRun = visibleItem("firstRunPage")
        expectReadable("the first-run page")
        const passphraseField = findChild(firstRun, "passphraseField")
        const field = textField(passphraseField)
        tryVerify(() => field.activeFocus, 5000, "the passphrase field should have the focus")
        type(passphrase)
        compare(findChild(firstRun, "strengthLabel").text, "Strong")

        // Shown or hidden, the field stays a named password field, and the shown copy of the
        // passphrase is hidden from assistive technology.
        const shown = findChild(passphraseField, "shownText")
        verify(AccessibilityAudit.describe(field).passwordEdit)
        compare(AccessibilityAudit.describe(field).name, "Passphrase")
        verify(!shown.visible)
        press(findChild(passphraseField, "showToggle"))
        verify(shown.visible)
        compare(shown.text, passphrase)
        verify(shown.Accessible.ignored)
        verify(AccessibilityAudit.describe(field).passwordEdit)
        compare(AccessibilityAudit.describe(field).name, "Passphrase")
        expectPassphraseNotReadable(field, passphrase, "shown on screen")
        press(findChild(passphraseField, "showToggle"))
        verify(!shown.visible)
        expectPassphraseNotReadable(field, passphrase, "hidden")
        press(findChild(passphraseField, "showToggle"))
        expectReadable("the first-run page with the passphrase shown")

        // Tab from the Show button reaches the confirmation; Enter there creates the profile.
        keyClick(Qt.Key_Tab)
        const confirmationField = findChild(firstRun, "confirmationField")
        verify(textField(confirmationField).activeFocus)
        verify(!findChild(firstRun, "createButton").enabled)
        type(passphrase)
        verify(findChild(firstRun, "createButton").enabled)
        keyClick(Qt.Key_Return)

        // Home: the profile is open, encrypted, and says when it locks itself.
        const home = visibleItem("homePage")
        compare(ProfileSession.state, ProfileSession.Unlocked)
        verify(findChild(home, "autoLock").text.indexOf("10 minutes") >= 0)
        verify(findChild(home, "protection").text.indexOf("Encrypted") >= 0)
        verify(findChild(home, "profileId").text.length > 0)
        expectReadable("the home page")

        // Settings and the passphrase change page are reachable and readable.
        press(findChild(app.contentItem, "nav_settings"))
        const settings = visibleItem("settingsPage")
        expectReadable("the settings page")
        press(findChild(settings, "changePassphraseButton"))
        const change = visibleItem("changePassphrasePage")
        expectReadable("the change passphrase page")
        press(findChild(change, "cancelButton"))
        visibleItem("settingsPage")

        // Lock: back to the unlock page, with the navigation gone.
        press(findChild(settings, "lockNowButton"))
        const unlockPage = visibleItem("unlockPage")
        compare(ProfileSession.state, ProfileSession.Locked)
        verify(!findChild(app.contentItem, "navigationBar").visible)
        expectReadable("the unlock page")

        // A wrong passphrase: the message, a countdown, an empty and focused field, no Unlock.
        const unlockField = findChild(unlockPage, "passphraseField")
        tryVerify(() => textField(unlockField).activeFocus, 5000,
                  "the passphrase field should have the focus")
        type(wrongPassphrase)
        keyClick(Qt.Key_Return)
        const errorMessage = findChild(unlockPage, "errorMessage")
        tryCompare(errorMessage, "text", "The passphrase is not correct.", 10000)
        verify(findChild(unlockPage, "errorBanner").visible)
        verify(ProfileSession.retrySeconds > 0)
        const countdown = findChild(unlockPage, "countdown")
        verify(countdown.visible)
        compare(countdown.text, "You can try again in 1 second.")
        compare(textField(unlockField).text, "")
        verify(textField(unlockField).activeFocus)
        expectReadable("the unlock page with an error")
        type(passphrase)
        verify(!findChild(unlockPage, "unlockButton").enabled)

        // The first wait is one second; then Enter unlocks.
        tryCompare(ProfileSession, "retrySeconds", 0, 5000)
        verify(!countdown.visible)
        verify(findChild(unlockPage, "unlockButton").enabled)
        keyClick(Qt.Key_Return)
        visibleItem("homePage")
        compare(ProfileSession.state, ProfileSession.Unlocked)
    }

    // Whether `item` lies inside the window, as far as the page has scrolled.
    function inView(item) {
        const top = item.mapToItem(app.contentItem, 0, 0).y
        return item.visible && top >= 0 && top + item.height <= app.contentItem.height
    }

    // Someone on a new computer with a backup: the way to restore it is on the first screen,
    // without scrolling; it opens the restore section and takes the focus there; the backup
    // and its passphrase open the profile.
    function test_restoreFromBackupOnFirstRun() {
        Scratch.openProfileWithDiary(ProfileSession, 20)
        const backupFile = Scratch.newFolder() + ".pacewise-backup"
        verify(ProfileSession.backUp(backupFile))
        tryCompare(ProfileSession, "busy", false, 10000)
        compare(ProfileSession.errorMessage, "")
        ProfileSession.lock()
        ProfileSession.setProfileDirectory(Scratch.newFolder())
        compare(ProfileSession.state, ProfileSession.NeedsSetup)

        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.width = 1366
        app.height = 768
        tryCompare(app.contentItem, "height", 768)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")

        const firstRun = visibleItem("firstRunPage")
        const haveBackup = findChild(firstRun, "haveBackupButton")
        verify(inView(haveBackup), "the way to restore a backup needs no scrolling")
        Screenshots.take(app.contentItem, "first-run")
        const section = findChild(firstRun, "restoreSection")
        verify(!section.open)
        press(haveBackup)
        verify(section.open)
        const choose = findChild(firstRun, "chooseBackupButton")
        tryVerify(() => choose.activeFocus, 5000, "Choose the backup file should have the focus")
        tryVerify(() => inView(choose), 5000, "the page should scroll to the restore section")
        expectReadable("the first-run page with the restore section open")
        Screenshots.take(app.contentItem, "first-run-restore")

        // The file dialog cannot be driven on the offscreen platform: what it would hand over.
        section.backupFile = "file://" + backupFile
        const restoreButton = findChild(firstRun, "restoreButton")
        verify(!restoreButton.enabled)
        textField(findChild(firstRun, "backupPassphraseField")).forceActiveFocus()
        type(passphrase)
        press(restoreButton)
        visibleItem("homePage")
        compare(ProfileSession.state, ProfileSession.Unlocked)
        expectReadable("the home page after a restore")
    }
}
