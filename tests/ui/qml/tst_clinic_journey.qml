import QtQuick
import QtTest
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Shell
import Pacewise.TestSupport
import "readability.js" as Readability

// Connecting to a clinic by keyboard only, through the real window: the status card on Home,
// Settings, the clinic connection page; a mistyped address named under its field, the fixed
// address saved with Enter (the access code never shown back), then Forget with its confirmation.
// At 100 % and 200 % text on a 1366x768 window, every state passes the accessibility and layout
// audits. No server is needed: nothing listens at the address, and the test ends before the
// first automatic sync.
TestCase {
    id: testCase
    name: "ClinicJourney"
    when: windowShown

    readonly property string accessCode: "journey-access-code-42"
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

    function type(text) {
        for (const character of text)
            keyClick(character)
    }

    function press(button) {
        verify(button, "no button to press")
        verify(button.enabled, button.objectName + " should be enabled")
        button.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_Space)
    }

    function expectReadable(pageName) {
        Readability.expectReadable(testCase, app.contentItem, pageName)
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

    function test_connectAndForgetAClinic_data() {
        return [
            { tag: "100 % text", scale: 1 },
            { tag: "200 % text", scale: 2 },
        ]
    }

    function test_connectAndForgetAClinic(data) {
        Appearance.textScale = data.scale
        app = createTemporaryObject(mainComponent, testCase)
        verify(app)
        app.width = 1366
        app.height = 768
        tryCompare(app.contentItem, "width", 1366)
        app.requestActivate()
        tryVerify(() => app.active, 5000, "the window never became active")

        // Home says nothing leaves the computer and offers the way to connect.
        const home = visibleItem("homePage")
        const card = findChild(home, "homeSyncCard")
        verify(findChild(card, "syncStatusText").text.indexOf("not connected") >= 0)
        verify(!findChild(card, "sendNowButton").visible)
        verify(findChild(card, "clinicSettingsButton").visible)
        expectReadable("the home page without a clinic")

        // Settings, then the clinic page: the address field has the focus.
        press(findChild(app.contentItem, "nav_settings"))
        const settings = visibleItem("settingsPage")
        press(findChild(settings, "clinicConnectionButton"))
        const page = visibleItem("clinicConnectionPage")
        const urlField = findChild(page, "clinicUrlField")
        tryVerify(() => urlField.activeFocus, 5000, "the address field should have the focus")
        verify(!findChild(page, "clinicSyncCard").visible)
        expectReadable("the clinic page")

        // A mistyped address, the patient number, the access code; Enter saves.
        type("clinic dot example")
        keyClick(Qt.Key_Tab)
        verify(findChild(page, "clinicPatientField").activeFocus)
        type("pat-7")
        keyClick(Qt.Key_Tab)
        const tokenField = findChild(findChild(page, "clinicTokenField"), "field")
        verify(tokenField.activeFocus)
        verify(AccessibilityAudit.describe(tokenField).passwordEdit)
        compare(AccessibilityAudit.describe(tokenField).name, "Access code")
        type(accessCode)
        keyClick(Qt.Key_Return)
        const urlError = visibleItem("clinicUrlError")
        verify(urlError.text.length > 0)
        verify(!findChild(page, "clinicPatientError").visible)
        verify(visibleItem("clinicError").visible)
        expectReadable("the clinic page with a field error")

        // The address fixed (plain http is allowed to this computer only); Enter saves.
        urlField.forceActiveFocus(Qt.TabFocusReason)
        keyClick(Qt.Key_A, Qt.ControlModifier)
        type("http://127.0.0.1:9/fhir/R4")
        verify(!urlError.visible, "the problem goes as the address is corrected")
        keyClick(Qt.Key_Return)
        visibleItem("clinicSavedNotice")
        verify(findChild(page, "savedConnection").text.indexOf("pat-7") >= 0)
        verify(visibleItem("tokenSavedText").visible)
        compare(tokenField.text, "", "the access code is never shown back")
        const syncCard = visibleItem("clinicSyncCard")
        verify(findChild(syncCard, "sendNowButton").visible)
        verify(!findChild(syncCard, "clinicSettingsButton").visible)
        expectReadable("the clinic page once connected")

        // The Advanced part opens with Space and holds the certificate fields.
        const advanced = findChild(page, "clinicAdvancedHeader")
        press(advanced)
        visibleItem("clinicCaField")
        visibleItem("chooseCaFileButton")
        visibleItem("clinicPinField")
        expectReadable("the clinic page with Advanced open")

        // Forget asks first; Keep it changes nothing, Yes forgets.
        press(visibleItem("forgetClinicButton"))
        visibleItem("forgetConfirmation")
        verify(findChild(page, "confirmForgetButton").activeFocus)
        expectReadable("the clinic page asking before it forgets")
        press(findChild(page, "keepClinicButton"))
        verify(findChild(page, "forgetClinicButton").activeFocus)
        press(findChild(page, "forgetClinicButton"))
        keyClick(Qt.Key_Space)
        visibleItem("clinicForgottenNotice")
        verify(!findChild(page, "forgetClinicButton").visible)
        compare(urlField.text, "")
        expectReadable("the clinic page after forgetting")

        // Back to the settings.
        press(findChild(page, "clinicBackButton"))
        visibleItem("settingsPage")
    }
}
