import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// The problem-solving worksheet in its seven steps, one a screen: the problem, the goal, every
// option, pros and cons, the choice, the steps to carry it out, and how it went. Stored as
// typed; the end shows the plan.
ScrollingPage {
    id: page
    objectName: "problemSolvingPage"
    title: sheet.title

    property alias homeworkId: sheet.homeworkId
    property alias recordId: sheet.recordId
    readonly property alias exercise: sheet

    signal finished()

    ExerciseSession {
        id: sheet
        session: ProfileSession
        exerciseId: "problem-solving"
    }

    Component.onCompleted: focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: sheet.completed && !sheet.editing ? doneButton.forceActiveFocus(Qt.TabFocusReason)
                                                            : steps.focusFirst()
    }

    Label {
        Layout.fillWidth: true
        text: sheet.title
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.headingSize
        font.bold: true
        Accessible.role: Accessible.Heading
        Accessible.name: text
    }
    Notice {
        visible: sheet.resumed && !sheet.completed
        text: qsTr("Welcome back. What you wrote before is kept.")
    }
    ErrorBanner {
        Layout.fillWidth: true
        visible: !sheet.loaded && message.length > 0
        message: sheet.errorMessage
        detail: sheet.errorDetail
    }

    ExerciseSteps {
        id: steps
        visible: sheet.loaded && !sheet.completed
        exercise: sheet
        steps: [
            { title: qsTr("The problem"),
              help: qsTr("Describe one problem, as clearly and simply as you can. Pick one that is small enough to work on."),
              linkIds: ["problem"] },
            { title: qsTr("Your goal"),
              help: qsTr("What would be different if it were solved? Make it something you can see or do."),
              linkIds: ["goal"] },
            { title: qsTr("Your options"),
              help: qsTr("Write down every way you can think of, even the odd ones. Do not judge them yet."),
              linkIds: ["options"] },
            { title: qsTr("Pros and cons"),
              help: qsTr("For each option, what is good about it and what is not? Think about your pain and energy too."),
              linkIds: ["pros-cons"] },
            { title: qsTr("Your choice"),
              help: qsTr("Choose the option that looks best for now. It does not need to be perfect."),
              linkIds: ["chosen"] },
            { title: qsTr("The steps"),
              help: qsTr("Break it into small steps: what, when, and who could help."),
              linkIds: ["steps"] },
            { title: qsTr("How did it go?"),
              help: qsTr("Come back after trying it. What worked? What would you change? You can fill this in later."),
              linkIds: ["review"] },
        ]
        onFinished: focusLater.restart()
        onCloseRequested: page.finished()
    }

    ColumnLayout {
        objectName: "problemSolvingSummary"
        visible: sheet.completed
        Layout.fillWidth: true
        spacing: Theme.spacing

        Heading {
            level: 1
            text: qsTr("Your worksheet is saved")
        }
        Notice {
            visible: sheet.homeworkMessage.length > 0
            kind: "success"
            text: sheet.homeworkMessage
        }
        Repeater {
            model: sheet.completed ? sheet.fields : []
            ColumnLayout {
                required property var modelData
                visible: sheet.answers[modelData.linkId] !== undefined
                Layout.fillWidth: true
                spacing: 0
                Heading {
                    text: modelData.text
                }
                BodyText {
                    text: sheet.answers[modelData.linkId] ?? ""
                }
            }
        }
        ActionButton {
            id: doneButton
            objectName: "doneButton"
            primary: true
            text: qsTr("Done")
            Accessible.name: qsTr("Done: close the worksheet")
            onClicked: page.finished()
        }
    }
}
