import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// Locking, the passphrase, backups, and the way to the clinic connection.
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
        function onBackedUp(message) {
            backupNotice.text = message
            backupNotice.visible = true
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
        text: qsTr("Backup")
    }
    BodyText {
        text: qsTr("A backup is one file with your whole profile, locked with your passphrase. Keep it somewhere other than this computer, such as a USB drive. If this computer breaks, you can restore your diary from it.")
    }
    Notice {
        id: backupNotice
        objectName: "backupNotice"
        kind: "success"
        visible: false
    }
    ActionButton {
        objectName: "backUpButton"
        text: qsTr("Back up now…")
        Accessible.name: qsTr("Back up your profile to a file")
        Accessible.description: qsTr("Opens a dialog to choose where to save the backup file")
        enabled: !ProfileSession.busy
        onClicked: {
            backupNotice.visible = false
            backupDialog.open()
        }
    }
    BodyText {
        objectName: "backupProgress"
        // The only job that runs while this page shows: a backup on its own thread.
        visible: ProfileSession.busy
        text: qsTr("Making the backup… You can go on using Pacewise meanwhile.")
    }
    FileDialog {
        id: backupDialog
        title: qsTr("Save a backup of your profile")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pacewise-backup"
        nameFilters: [qsTr("Pacewise backups (*.pacewise-backup)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        selectedFile: currentFolder + "/pacewise-" + Qt.formatDate(new Date(), "yyyy-MM-dd") + ".pacewise-backup"
        onAccepted: ProfileSession.backUp(String(selectedFile))
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
