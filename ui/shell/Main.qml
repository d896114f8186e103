pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Dashboard
import Pacewise.Diary
import Pacewise.Exercises
import Pacewise.Home
import Pacewise.Measures
import Pacewise.Profile
import Pacewise.Programme
import Pacewise.Settings
import Pacewise.Sync

// The window, and the one place that decides which page is shown: while the profile is not open,
// its state picks the page; once it is open, the navigation bar picks the section, and pages ask
// for other pages (a diary entry, the medication list) through their signals. Pages only emit
// intents (signals) and call their view-models; they never navigate themselves.
ApplicationWindow {
    id: window

    // The sections of the unlocked app, in navigation order. A new capability adds its page here.
    readonly property var sections: [
        { key: "home", title: qsTr("Home"), page: homePage },
        { key: "diary", title: qsTr("Diary"), page: historyPage },
        { key: "questionnaires", title: qsTr("Questionnaires"), page: questionnairesPage },
        { key: "programme", title: qsTr("Programme"), page: programmePage },
        { key: "homework", title: qsTr("Homework"), page: homeworkPage },
        { key: "exercises", title: qsTr("Exercises"), page: exercisesPage },
        { key: "progress", title: qsTr("Progress"), page: dashboardPage },
        { key: "settings", title: qsTr("Settings"), page: settingsPage },
    ]
    property string currentSection: "home"

    function show(component) {
        ProfileSession.clearError()
        stack.replace(null, component, {}, StackView.Immediate)
        stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
    }

    function showSection(key) {
        const section = sections.find(s => s.key === key)
        if (!section)
            return
        currentSection = key
        status.clear()
        show(section.page)
    }

    function showState() {
        switch (ProfileSession.state) {
        case ProfileSession.NeedsSetup:
            show(firstRunPage)
            break
        case ProfileSession.Locked:
            show(unlockPage)
            break
        case ProfileSession.KeyFileMissing:
            show(missingKeyPage)
            break
        case ProfileSession.Unlocked:
            showSection("home")
            // A diary reminder clicked while the profile was locked.
            if (DiaryIntents.takePendingNewEntry())
                openEntry("")
            break
        }
    }

    // A page on top of the current one; back() returns to it as it was.
    function push(component, properties) {
        status.clear()
        stack.push(component, properties ?? {}, StackView.Immediate)
        stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
    }
    function back() {
        stack.pop(StackView.Immediate)
        stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
    }

    // The diary entry screen, for a new entry (empty id) or to change one.
    function openEntry(entryId) {
        if (stack.currentItem && stack.currentItem.objectName === "diaryEntryPage")
            return
        push(entryPage, { entryId: entryId })
    }

    // A questionnaire, new or resumed where it was left.
    function openQuestionnaire(measureId) {
        if (stack.currentItem && stack.currentItem.objectName === "questionnairePage")
            return
        push(questionnairePage, { measureId: measureId })
    }
    // The crisis resources, on top of whatever asked for them; back() returns to it.
    function openCrisis(fromQuestionnaire) {
        if (stack.currentItem && stack.currentItem.objectName === "crisisPage")
            return
        push(crisisPage, { fromQuestionnaire: fromQuestionnaire })
    }

    // A module of the programme, opened where it was left.
    function openModule(moduleId) {
        if (stack.currentItem && stack.currentItem.objectName === "lessonPage")
            back()
        push(lessonPage, { moduleId: moduleId })
    }
    // An exercise, from a lesson's "Try it now", a homework's "Do it now" or the exercise list:
    // new, for a homework, or a finished record opened again.
    function openExercise(exerciseId, homeworkId, recordId) {
        push(exerciseScreen, { exerciseId: exerciseId, homeworkId: homeworkId ?? "",
                               recordId: recordId ?? "" })
    }

    // Fits a 1366x768 screen with a task bar; smaller screens get a smaller window.
    width: Math.min(1200, Screen.desktopAvailableWidth)
    height: Math.min(740, Screen.desktopAvailableHeight)
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: ProfileSession.demo ? qsTr("Pacewise \u2014 DEMO: made-up data, nothing is saved") : qsTr("Pacewise")
    color: Theme.background
    font.pixelSize: Theme.bodySize

    // A light, high-contrast palette whatever the desktop theme is.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.background
    palette.text: Theme.text
    palette.button: Theme.background
    palette.buttonText: Theme.accent
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.background

    Component.onCompleted: showState()

    // The one sync with the clinic of this window: automatic while the profile is open, stopped
    // before it locks. Pages that show it get it as a property.
    SyncController {
        id: clinicSync
        objectName: "syncController"
        session: ProfileSession
    }

    Connections {
        target: ProfileSession
        function onStateChanged() {
            window.showState()
        }
    }
    Connections {
        target: DiaryIntents
        function onNewEntryRequested() {
            if (ProfileSession.state !== ProfileSession.Unlocked)
                return // kept pending: showState() opens the entry after unlocking
            DiaryIntents.takePendingNewEntry()
            window.openEntry("")
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationBar {
            objectName: "navigationBar"
            Layout.fillHeight: true
            visible: ProfileSession.state === ProfileSession.Unlocked
            sections: window.sections
            current: window.currentSection
            lockEnabled: !ProfileSession.busy
            onSectionChosen: key => window.showSection(key)
            onLockRequested: ProfileSession.lock()
        }

        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            spacing: 0

            DemoBanner {
                objectName: "demoBanner"
                Layout.fillWidth: true
                visible: ProfileSession.demo
            }
            StatusNotice {
                id: status
                objectName: "statusNotice"
                Layout.fillWidth: true
            }
            StackView {
                id: stack
                objectName: "pageStack"
                Layout.fillWidth: true
                Layout.fillHeight: true
            }
        }
    }

    Component {
        id: firstRunPage
        FirstRunPage {}
    }
    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: missingKeyPage
        MissingKeyPage {}
    }
    Component {
        id: homePage
        HomePage {
            syncController: clinicSync
            onNewEntryRequested: window.openEntry("")
            onHistoryRequested: window.showSection("diary")
            onProgressRequested: window.showSection("progress")
            onSettingsRequested: window.showSection("settings")
            onClinicConnectionRequested: window.push(clinicConnectionPage)
            onQuestionnaireRequested: measureId => window.openQuestionnaire(measureId)
            onQuestionnairesRequested: window.showSection("questionnaires")
            onModuleRequested: moduleId => window.openModule(moduleId)
            onExerciseRequested: (exerciseId, homeworkId) => window.openExercise(exerciseId, homeworkId, "")
            onHomeworkRequested: window.showSection("homework")
        }
    }
    Component {
        id: programmePage
        ProgrammePage {
            onModuleRequested: moduleId => window.openModule(moduleId)
        }
    }
    Component {
        id: lessonPage
        LessonPage {
            onExerciseRequested: exerciseId => window.openExercise(exerciseId, "", "")
            onModuleRequested: moduleId => window.openModule(moduleId)
            onHomeworkRequested: window.showSection("homework")
            onFinished: window.back()
        }
    }
    Component {
        id: homeworkPage
        HomeworkPage {
            onExerciseRequested: (exerciseId, homeworkId) => window.openExercise(exerciseId, homeworkId, "")
        }
    }
    Component {
        id: exercisesPage
        ExercisesPage {
            onExerciseRequested: (exerciseId, homeworkId, recordId) => window.openExercise(exerciseId, homeworkId, recordId)
        }
    }
    Component {
        id: exerciseScreen
        ExerciseScreen {
            onFinished: window.back()
            onExerciseRequested: (exerciseId, homeworkId, recordId) => window.openExercise(exerciseId, homeworkId, recordId)
        }
    }
    Component {
        id: questionnairesPage
        QuestionnairesPage {
            onStartRequested: measureId => window.openQuestionnaire(measureId)
            onCrisisRequested: window.openCrisis(false)
        }
    }
    Component {
        id: questionnairePage
        QuestionnairePage {
            onClosed: completed => {
                window.back()
                status.show(completed ? qsTr("Saved. Thank you for filling in the questionnaire.")
                                      : qsTr("Saved. Your answers are kept: you can go on later from Questionnaires."))
            }
            onCrisisRequested: window.openCrisis(true)
        }
    }
    Component {
        id: crisisPage
        CrisisPage {
            onFinished: window.back()
        }
    }
    Component {
        id: historyPage
        DiaryHistoryPage {
            onNewEntryRequested: window.openEntry("")
            onEditRequested: entryId => window.openEntry(entryId)
        }
    }
    Component {
        id: dashboardPage
        DashboardPage {}
    }
    Component {
        id: entryPage
        DiaryEntryPage {
            onFinished: saved => {
                window.back()
                if (saved)
                    status.show(qsTr("Saved. Thank you for filling in your diary."))
            }
            onManageMedicationsRequested: window.push(medicationsPage)
        }
    }
    Component {
        id: medicationsPage
        MedicationsPage {
            onFinished: window.back()
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onChangePassphraseRequested: {
                ProfileSession.clearError()
                window.push(changePassphrasePage)
            }
            onClinicConnectionRequested: window.push(clinicConnectionPage)
        }
    }
    Component {
        id: clinicConnectionPage
        ClinicConnectionPage {
            controller: clinicSync
            onFinished: window.back()
        }
    }
    Component {
        id: changePassphrasePage
        ChangePassphrasePage {
            onFinished: {
                ProfileSession.clearError()
                window.back()
            }
        }
    }
}
