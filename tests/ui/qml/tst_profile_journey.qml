import QtQuick
import QtTest
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport

// A patient's first session, through the real window and the real profile session: create a
// profile, see the home page, lock, mistype the passphrase, wait, unlock. On every page each
// visible control must have an accessible name.
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

    function expectEveryControlNamed(pageName) {
        compare(AccessibilityAudit.unnamedControls(app.contentItem), [],
                "controls without an accessible name on " + pageName)
    }

    function init() {
        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")
    }

    function test_firstRunLockWrongPassphraseAndUnlock() {
        // First run: the passphrase field has the focus.
        const firstRun = visibleItem("firstRunPage")
        expectEveryControlNamed("the first-run page")
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
        mouseClick(findChild(passphraseField, "showToggle"))
        verify(shown.visible)
        compare(shown.text, passphrase)
        verify(shown.Accessible.ignored)
        verify(AccessibilityAudit.describe(field).passwordEdit)
        compare(AccessibilityAudit.describe(field).name, "Passphrase")

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
        verify(findChild(home, "profileId").text.length > 0)
        expectEveryControlNamed("the home page")

        // Settings and the passphrase change page are reachable and labelled.
        press(findChild(app.contentItem, "nav_settings"))
        const settings = visibleItem("settingsPage")
        expectEveryControlNamed("the settings page")
        press(findChild(settings, "changePassphraseButton"))
        const change = visibleItem("changePassphrasePage")
        expectEveryControlNamed("the change passphrase page")
        press(findChild(change, "cancelButton"))
        visibleItem("settingsPage")

        // Lock: back to the unlock page, with the navigation gone.
        press(findChild(settings, "lockNowButton"))
        const unlockPage = visibleItem("unlockPage")
        compare(ProfileSession.state, ProfileSession.Locked)
        verify(!findChild(app.contentItem, "navigationBar").visible)
        expectEveryControlNamed("the unlock page")

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
        type(passphrase)
        verify(!findChild(unlockPage, "unlockButton").enabled)

        // The first wait is one second; then Enter unlocks.
        tryCompare(ProfileSession, "retrySeconds", 0, 5000)
        verify(!countdown.visible)
        verify(findChild(unlockPage, "unlockButton").enabled)
        keyClick(Qt.Key_Return)
        visibleItem("homePage")
        compare(ProfileSession.state, ProfileSession.Unlocked)

        ProfileSession.lock()
        visibleItem("unlockPage")
    }
}
