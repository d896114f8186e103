import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary
import Pacewise.Measures
import Pacewise.Profile
import Pacewise.Programme
import Pacewise.Sync

// The first page after unlocking: the diary one click away, the last entry in a line, the
// questionnaires due, the lesson to go on with and homework due soon, what has reached the
// clinic, and how the profile is protected.
ScrollingPage {
    id: page
    objectName: "homePage"
    title: qsTr("Home")

    signal newEntryRequested()
    signal historyRequested()
    signal progressRequested()
    signal settingsRequested()
    signal clinicConnectionRequested()
    signal questionnaireRequested(string measureId)
    signal questionnairesRequested()
    signal moduleRequested(string moduleId)
    signal exerciseRequested(string exerciseId, string homeworkId)
    signal homeworkRequested()

    // The window's one sync controller.
    required property SyncController syncController

    StackView.onActivated: {
        lastEntry.refresh()
        dueQuestionnaires.refresh()
        programmeCard.refresh()
        page.syncController.refresh()
    }
    Component.onCompleted: newEntryButton.forceActiveFocus(Qt.OtherFocusReason)

    LastDiaryEntry {
        id: lastEntry
        session: ProfileSession
    }

    Heading {
        level: 1
        text: qsTr("How are you now?")
    }
    BodyText {
        objectName: "lastEntry"
        text: lastEntry.exists ? qsTr("Your last entry: %1").arg(lastEntry.text) : lastEntry.text
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            id: newEntryButton
            objectName: "newEntryButton"
            primary: true
            text: qsTr("New diary entry")
            Accessible.name: qsTr("Write a new diary entry")
            onClicked: page.newEntryRequested()
        }
        ActionButton {
            objectName: "historyButton"
            text: qsTr("Diary history")
            Accessible.name: qsTr("Open your diary history")
            onClicked: page.historyRequested()
        }
        ActionButton {
            objectName: "progressButton"
            text: qsTr("Progress")
            Accessible.name: qsTr("See your progress: charts and a summary")
            onClicked: page.progressRequested()
        }
    }

    DueQuestionnairesCard {
        id: dueQuestionnaires
        objectName: "dueQuestionnairesCard"
        onStartRequested: measureId => page.questionnaireRequested(measureId)
        onAllRequested: page.questionnairesRequested()
    }

    ProgrammeCard {
        id: programmeCard
        objectName: "programmeCard"
        onModuleRequested: moduleId => page.moduleRequested(moduleId)
        onExerciseRequested: (exerciseId, homeworkId) => page.exerciseRequested(exerciseId, homeworkId)
        onHomeworkRequested: page.homeworkRequested()
    }

    SyncStatusCard {
        objectName: "homeSyncCard"
        controller: page.syncController
        onSettingsRequested: page.clinicConnectionRequested()
    }

    Heading {
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
            text: qsTr("Lock now")
            Accessible.name: qsTr("Lock Pacewise now")
            enabled: !ProfileSession.busy
            onClicked: ProfileSession.lock()
        }
    }
}
