import QtQuick
import QtQuick.Controls.Basic

// The page the shell pushes for one exercise: it shows that exercise's screen. `recordId` opens a
// finished record again, `homeworkId` is the homework it is done for, `parentId` the pacing plan a
// log belongs to. The shell pops it on finished().
FocusScope {
    id: screen
    objectName: "exerciseScreen"

    property string exerciseId
    property string homeworkId
    property string recordId
    property string parentId
    readonly property Item page: loader.item

    signal finished()
    signal exerciseRequested(string exerciseId, string homeworkId, string recordId)

    Loader {
        id: loader
        anchors.fill: parent
        focus: true
        onLoaded: {
            const page = loader.item
            if (sourceComponent !== relaxation && sourceComponent !== pacing)
                return
            if ("homeworkId" in page)
                page.homeworkId = screen.homeworkId
            // A pacing log is recorded inside the planner: it opens on the plan (its parent).
            if ("recordId" in page)
                page.recordId = screen.exerciseId === "pacing-log" ? screen.parentId : screen.recordId
        }
        sourceComponent: {
            switch (screen.exerciseId) {
            case "thought-record":
                return thoughtRecord
            case "sleep-diary":
                return sleepDiary
            case "problem-solving":
                return problemSolving
            case "flare-up-plan":
                return flareUpPlan
            case "relaxation":
                return relaxation
            case "pacing-plan":
            case "pacing-log":
                return pacing
            }
            return null
        }
    }

    Component {
        id: thoughtRecord
        ThoughtRecordPage {
            homeworkId: screen.homeworkId
            recordId: screen.recordId
        }
    }
    Component {
        id: sleepDiary
        SleepDiaryPage {
            homeworkId: screen.homeworkId
            recordId: screen.recordId
        }
    }
    Component {
        id: problemSolving
        ProblemSolvingPage {
            homeworkId: screen.homeworkId
            recordId: screen.recordId
        }
    }
    Component {
        id: flareUpPlan
        FlareUpPlanPage {
            homeworkId: screen.homeworkId
            recordId: screen.recordId
        }
    }
    // The relaxation and pacing pages are built alongside these ones: they get their record and
    // homework once loaded, through the API they promise (RelaxationPage { homeworkId },
    // PacingPlannerPage { recordId; homeworkId }, both with finished()).
    Component {
        id: relaxation
        RelaxationPage {}
    }
    Component {
        id: pacing
        PacingPlannerPage {}
    }
    Connections {
        target: loader.item
        ignoreUnknownSignals: true
        function onFinished() {
            screen.finished()
        }
    }
}
