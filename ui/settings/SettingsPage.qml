import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// Locking, the passphrase, and the way to the clinic connection.
ScrollingPage {
    id: page
    objectName: "settingsPage"
    title: qsTr("Settings")

    signal changePassphraseRequested()
    signal clinicConnectionRequested()

    StackView.onActivated: autoLockField.forceActiveFocus(Qt.OtherFocusReason)

    Connections {
        target: ProfileSession
        function onPassphraseChanged() {
            changedNotice.visible = true
        }
    }

    Heading {
        level: 1
        text: page.title
    }

    Heading {
        text: qsTr("Locking")
    }
    BodyText {
        text: qsTr("Pacewise locks itself when you have not used it for a while, so nobody else can read your diary.")
    }
    FieldLabel {
        text: qsTr("Lock after this many minutes without use")
    }
    RowLayout {
        spacing: Theme.spacing

        NumberField {
            id: autoLockField
            objectName: "autoLockField"
            from: ProfileSession.minAutoLockMinutes
            to: ProfileSession.maxAutoLockMinutes
            value: ProfileSession.autoLockMinutes
            Accessible.name: qsTr("Minutes without use before Pacewise locks itself")
            Accessible.description: qsTr("From %1 to %2 minutes").arg(from).arg(to)
            onValueModified: ProfileSession.autoLockMinutes = value
        }
        BodyText {
            Layout.fillWidth: false
            text: qsTr("minutes")
        }
    }
    ActionButton {
        objectName: "lockNowButton"
        text: qsTr("Lock now")
        Accessible.name: qsTr("Lock Pacewise now")
        enabled: !ProfileSession.busy
        onClicked: ProfileSession.lock()
    }

    Heading {
        text: qsTr("Passphrase")
    }
    BodyText {
        text: qsTr("You can change the passphrase that unlocks your profile. Your diary stays exactly as it is.")
    }
    Notice {
        id: changedNotice
        objectName: "passphraseChangedNotice"
        kind: "success"
        visible: false
        text: qsTr("Your passphrase has been changed. Use the new one next time you unlock Pacewise.")
    }
    ActionButton {
        objectName: "changePassphraseButton"
        text: qsTr("Change passphrase…")
        Accessible.name: qsTr("Change your passphrase")
        onClicked: page.changePassphraseRequested()
    }

    Heading {
        text: qsTr("Your clinic")
    }
    BodyText {
        text: qsTr("With the details your clinic gave you, Pacewise sends your diary to your care team.")
    }
    ActionButton {
        objectName: "clinicConnectionButton"
        text: qsTr("Clinic connection…")
        Accessible.name: qsTr("Open the clinic connection settings")
        onClicked: page.clinicConnectionRequested()
    }

    ErrorBanner {
        Layout.fillWidth: true
        message: ProfileSession.errorMessage
        detail: ProfileSession.errorDetail
    }
}
