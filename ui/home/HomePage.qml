import QtQuick
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile

// The first page after unlocking: which profile is open and how it is protected.
ScrollingPage {
    id: page
    objectName: "homePage"
    title: qsTr("Home")

    signal settingsRequested()

    Heading {
        level: 1
        text: qsTr("Your profile is open")
    }

    Rectangle {
        Layout.fillWidth: true
        implicitHeight: facts.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: facts
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing

            FieldLabel {
                text: qsTr("Profile folder")
            }
            BodyText {
                objectName: "profileFolder"
                text: ProfileSession.profileDirectory
                wrapMode: Text.WrapAnywhere
            }

            FieldLabel {
                text: qsTr("Protection")
            }
            BodyText {
                objectName: "protection"
                text: qsTr("Encrypted on this computer. Unlocked now: only you can see it while you use Pacewise.")
            }

            FieldLabel {
                text: qsTr("Automatic lock")
            }
            BodyText {
                objectName: "autoLock"
                text: qsTr("Pacewise locks itself after %n minute(s) without use.", "",
                           ProfileSession.autoLockMinutes)
            }

            FieldLabel {
                text: qsTr("Profile number")
            }
            BodyText {
                objectName: "profileId"
                muted: true
                text: ProfileSession.profileId
                wrapMode: Text.WrapAnywhere
            }
        }
    }

    BodyText {
        text: qsTr("When you step away, lock Pacewise. Your passphrase opens it again.")
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "settingsButton"
            text: qsTr("Settings")
            Accessible.name: qsTr("Open the settings")
            onClicked: page.settingsRequested()
        }
        ActionButton {
            objectName: "lockButton"
            primary: true
            text: qsTr("Lock now")
            Accessible.name: qsTr("Lock Pacewise now")
            enabled: !ProfileSession.busy
            onClicked: ProfileSession.lock()
        }
    }
}
