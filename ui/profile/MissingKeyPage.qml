import QtCore
import QtQuick
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// The folder holds a database but not its key file. Nothing here changes or deletes a file: the
// person can restore the key file and look again, or use another folder.
ScrollingPage {
    id: page
    objectName: "missingKeyPage"
    title: qsTr("The key file is missing")

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("This folder holds a Pacewise diary (pacewise.db) but not the key file that unlocks it (pacewise.key). Without the key file the diary cannot be opened.")
    }
    BodyText {
        objectName: "profileFolder"
        text: ProfileSession.profileDirectory
        wrapMode: Text.WrapAnywhere
        font.bold: true
    }
    BodyText {
        text: qsTr("If you have a backup, copy pacewise.key back into this folder, then choose Check again. Pacewise has not changed or deleted anything.")
    }

    ErrorBanner {
        Layout.fillWidth: true
        message: ProfileSession.errorMessage
        detail: ProfileSession.errorDetail
    }

    ActionButton {
        objectName: "checkAgainButton"
        primary: true
        focus: true
        text: qsTr("Check again")
        Accessible.name: qsTr("Check the folder again")
        onClicked: ProfileSession.refresh()
    }
    ActionButton {
        text: qsTr("Use a different folder…")
        Accessible.name: qsTr("Use a profile in a different folder")
        onClicked: folderDialog.open()
    }

    FolderDialog {
        id: folderDialog
        currentFolder: StandardPaths.writableLocation(StandardPaths.HomeLocation)
        title: qsTr("Choose the folder of your Pacewise profile")
        onAccepted: ProfileSession.setProfileDirectory(String(selectedFolder))
    }
}
