import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// The first start: a welcome, where the profile will be kept, and a passphrase to lock it (or
// a backup to restore into the folder).
ScrollingPage {
    id: page
    objectName: "firstRunPage"
    title: qsTr("Welcome to Pacewise")

    readonly property var assessment: ProfileSession.assessPassphrase(passphrase.text)
    readonly property bool matches: passphrase.text === confirmation.text
    readonly property bool canCreate: assessment.acceptable && matches && !ProfileSession.busy

    function create() {
        if (page.canCreate)
            ProfileSession.createProfile(ProfileSession.profileDirectory, passphrase.text,
                                         confirmation.text)
    }

    readonly property bool canRestore: restoreSection.backupFile.length > 0
                                       && backupPassphrase.text.length > 0 && !ProfileSession.busy

    function restore() {
        if (page.canRestore)
            ProfileSession.restoreBackup(restoreSection.backupFile, backupPassphrase.text)
    }

    Component.onCompleted: passphrase.focusField()
    StackView.onActivated: passphrase.focusField()

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("Pacewise keeps your pain diary and your programme on this computer. Everything is locked with a passphrase that only you know.")
    }
    // Someone moving to a new computer should not have to find the restore section at the
    // bottom of the page: this opens it and takes them there.
    ActionButton {
        objectName: "haveBackupButton"
        text: qsTr("I have a backup to restore")
        Accessible.name: qsTr("Restore your profile from a backup file")
        Accessible.description: qsTr("Opens the restore section further down this page")
        enabled: !ProfileSession.busy
        onClicked: {
            restoreSection.expanded = true
            chooseBackupButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }

    Heading {
        text: qsTr("Choose a passphrase")
    }
    BodyText {
        text: qsTr("A passphrase is like a password, only longer. A short sentence that means something to you works well.")
    }

    FieldLabel {
        text: qsTr("Passphrase")
    }
    PassphraseField {
        id: passphrase
        objectName: "passphraseField"
        Layout.fillWidth: true
        accessibleName: qsTr("Passphrase")
        accessibleDescription: qsTr("At least 8 characters")
        onAccepted: confirmation.focusField()
    }
    StrengthMeter {
        objectName: "strengthMeter"
        Layout.fillWidth: true
        visible: passphrase.text.length > 0
        assessment: page.assessment
    }

    FieldLabel {
        text: qsTr("Type the passphrase again")
    }
    PassphraseField {
        id: confirmation
        objectName: "confirmationField"
        Layout.fillWidth: true
        accessibleName: qsTr("Type the passphrase again")
        onAccepted: page.create()
    }
    BodyText {
        objectName: "mismatchHint"
        visible: confirmation.text.length > 0 && !page.matches
        text: qsTr("The two passphrases are not the same yet.")
        color: Theme.errorText
    }

    Notice {
        text: qsTr("Keep your passphrase somewhere safe. If you forget it, nobody can recover it, not even your clinic, and your diary cannot be opened. Pacewise never deletes anything because of a forgotten or mistyped passphrase.")
    }

    Heading {
        text: qsTr("Where your profile is kept")
    }
    BodyText {
        text: qsTr("Pacewise will keep two files, pacewise.key and pacewise.db, in this folder:")
    }
    BodyText {
        objectName: "profileFolder"
        text: ProfileSession.profileDirectory
        wrapMode: Text.WrapAnywhere
        font.bold: true
    }
    ActionButton {
        objectName: "chooseFolderButton"
        text: qsTr("Choose another folder…")
        Accessible.name: qsTr("Choose another folder for your profile")
        enabled: !ProfileSession.busy
        onClicked: folderDialog.open()
    }

    ExpandableSection {
        id: restoreSection
        objectName: "restoreSection"
        title: qsTr("Restore from a backup")

        property string backupFile: "" // a file: URL from the dialog

        BodyText {
            text: qsTr("If you made a backup of your profile, you can bring it back into this folder. You will need the passphrase your profile had when you made the backup.")
        }
        ActionButton {
            id: chooseBackupButton
            objectName: "chooseBackupButton"
            text: qsTr("Choose the backup file…")
            Accessible.name: qsTr("Choose the backup file to restore")
            enabled: !ProfileSession.busy
            onClicked: backupDialog.open()
        }
        BodyText {
            objectName: "backupFile"
            visible: restoreSection.backupFile.length > 0
            text: decodeURIComponent(restoreSection.backupFile.substring(restoreSection.backupFile.lastIndexOf("/") + 1))
            wrapMode: Text.WrapAnywhere
            font.bold: true
        }
        FieldLabel {
            text: qsTr("Passphrase of the backup")
        }
        PassphraseField {
            id: backupPassphrase
            objectName: "backupPassphraseField"
            Layout.fillWidth: true
            accessibleName: qsTr("Passphrase of the backup")
            onAccepted: page.restore()
        }
        ActionButton {
            objectName: "restoreButton"
            text: qsTr("Restore and unlock")
            enabled: page.canRestore
            Accessible.description: page.canRestore ? "" : qsTr("Choose the backup file and type its passphrase first")
            onClicked: page.restore()
        }
    }

    ErrorBanner {
        objectName: "errorBanner"
        Layout.fillWidth: true
        message: ProfileSession.errorMessage
        detail: ProfileSession.errorDetail
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "createButton"
            primary: true
            enabled: page.canCreate
            text: qsTr("Create my profile")
            Accessible.description: page.canCreate ? "" : qsTr("Choose an acceptable passphrase and type it twice first")
            onClicked: page.create()
        }
        BusyIndicator {
            running: ProfileSession.busy
            visible: running
            implicitWidth: Theme.controlHeight
            implicitHeight: Theme.controlHeight
            Accessible.name: qsTr("Creating your profile")
        }
        BodyText {
            visible: ProfileSession.busy
            text: qsTr("Creating your profile…")
        }
    }

    FileDialog {
        id: backupDialog
        title: qsTr("Choose a Pacewise backup to restore")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Pacewise backups (*.pacewise-backup)"), qsTr("All files (*)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: restoreSection.backupFile = String(selectedFile)
    }

    FolderDialog {
        id: folderDialog
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        title: qsTr("Choose a folder for your Pacewise profile")
        onAccepted: ProfileSession.setProfileDirectory(String(selectedFolder))
    }
}
