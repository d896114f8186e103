import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// The locked profile: the passphrase opens it. After a wrong passphrase the field is emptied
// and a countdown shows how long until the next try.
ScrollingPage {
    id: page
    objectName: "unlockPage"
    title: qsTr("Unlock Pacewise")

    readonly property bool canUnlock: passphrase.text.length > 0 && !ProfileSession.busy
                                      && ProfileSession.retrySeconds === 0

    function unlock() {
        if (page.canUnlock)
            ProfileSession.unlock(passphrase.text)
    }

    Component.onCompleted: passphrase.focusField()
    StackView.onActivated: passphrase.focusField()

    Connections {
        target: ProfileSession
        function onFailed() {
            passphrase.clear()
            passphrase.focusField()
        }
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("Your profile is locked. Type your passphrase to open it.")
    }
    BodyText {
        muted: true
        text: qsTr("Profile folder:")
    }
    BodyText {
        objectName: "profileFolder"
        text: ProfileSession.profileDirectory
        wrapMode: Text.WrapAnywhere
        font.bold: true
    }

    FieldLabel {
        text: qsTr("Passphrase")
    }
    PassphraseField {
        id: passphrase
        objectName: "passphraseField"
        Layout.fillWidth: true
        accessibleName: qsTr("Passphrase")
        enabled: !ProfileSession.busy
        onAccepted: page.unlock()
    }

    ErrorBanner {
        objectName: "errorBanner"
        Layout.fillWidth: true
        message: ProfileSession.errorMessage
        detail: ProfileSession.errorDetail
    }
    BodyText {
        objectName: "countdown"
        visible: ProfileSession.retrySeconds > 0
        text: qsTr("You can try again in %n second(s).", "", ProfileSession.retrySeconds)
        font.bold: true
        Accessible.role: Accessible.StaticText
        Accessible.name: text
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "unlockButton"
            primary: true
            enabled: page.canUnlock
            text: qsTr("Unlock")
            Accessible.name: qsTr("Unlock your profile")
            onClicked: page.unlock()
        }
        BusyIndicator {
            running: ProfileSession.busy
            visible: running
            implicitWidth: Theme.controlHeight
            implicitHeight: Theme.controlHeight
            Accessible.name: qsTr("Opening your profile")
        }
        BodyText {
            visible: ProfileSession.busy
            text: qsTr("Opening your profile…")
        }
    }

    Heading {
        text: qsTr("A different profile")
    }
    BodyText {
        text: qsTr("If your profile is kept in another folder, choose that folder.")
    }
    ActionButton {
        objectName: "chooseFolderButton"
        text: qsTr("Use a different folder…")
        Accessible.name: qsTr("Use a profile in a different folder")
        enabled: !ProfileSession.busy
        onClicked: folderDialog.open()
    }

    FolderDialog {
        id: folderDialog
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        title: qsTr("Choose the folder of your Pacewise profile")
        onAccepted: ProfileSession.setProfileDirectory(String(selectedFolder))
    }
}
