import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// A new passphrase for the profile: the current one, then the new one twice.
ScrollingPage {
    id: page
    objectName: "changePassphrasePage"
    title: qsTr("Change passphrase")

    // The page is done: changed, or cancelled.
    signal finished()

    readonly property var assessment: ProfileSession.assessPassphrase(next.text)
    readonly property bool matches: next.text === confirmation.text
    readonly property bool canChange: current.text.length > 0 && assessment.acceptable && matches
                                      && !ProfileSession.busy && ProfileSession.retrySeconds === 0

    function change() {
        if (page.canChange)
            ProfileSession.changePassphrase(current.text, next.text, confirmation.text)
    }

    Component.onCompleted: current.focusField()
    StackView.onActivated: current.focusField()

    Connections {
        target: ProfileSession
        function onPassphraseChanged() {
            page.finished()
        }
        function onFailed() {
            current.clear()
            current.focusField()
        }
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("Only the passphrase changes. Your diary and everything else in your profile stay as they are.")
    }

    FieldLabel {
        text: qsTr("Current passphrase")
    }
    PassphraseField {
        id: current
        objectName: "currentField"
        Layout.fillWidth: true
        accessibleName: qsTr("Current passphrase")
        enabled: !ProfileSession.busy
        onAccepted: next.focusField()
    }

    FieldLabel {
        text: qsTr("New passphrase")
    }
    PassphraseField {
        id: next
        objectName: "nextField"
        Layout.fillWidth: true
        accessibleName: qsTr("New passphrase")
        accessibleDescription: qsTr("At least 8 characters")
        enabled: !ProfileSession.busy
        onAccepted: confirmation.focusField()
    }
    StrengthMeter {
        Layout.fillWidth: true
        visible: next.text.length > 0
        assessment: page.assessment
    }

    FieldLabel {
        text: qsTr("Type the new passphrase again")
    }
    PassphraseField {
        id: confirmation
        objectName: "confirmationField"
        Layout.fillWidth: true
        accessibleName: qsTr("Type the new passphrase again")
        enabled: !ProfileSession.busy
        onAccepted: page.change()
    }
    BodyText {
        visible: confirmation.text.length > 0 && !page.matches
        text: qsTr("The two new passphrases are not the same yet.")
        color: Theme.errorText
    }

    Notice {
        text: qsTr("Write the new passphrase down somewhere safe. If you forget it, nobody can recover it.")
    }

    ErrorBanner {
        Layout.fillWidth: true
        message: ProfileSession.errorMessage
        detail: ProfileSession.errorDetail
    }
    BodyText {
        visible: ProfileSession.retrySeconds > 0
        text: qsTr("You can try again in %n second(s).", "", ProfileSession.retrySeconds)
        font.bold: true
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "changeButton"
            primary: true
            enabled: page.canChange
            text: ProfileSession.busy ? qsTr("Changing…") : qsTr("Change passphrase")
            Accessible.name: qsTr("Change the passphrase")
            onClicked: page.change()
        }
        ActionButton {
            objectName: "cancelButton"
            text: qsTr("Cancel")
            Accessible.name: qsTr("Cancel and go back to the settings")
            enabled: !ProfileSession.busy
            onClicked: page.finished()
        }
    }
}
