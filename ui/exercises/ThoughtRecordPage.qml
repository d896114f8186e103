import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// The thought record, one step a screen: what happened, the thought that came, the feeling and
// how strong it was, the evidence both ways, a more balanced thought, and the feeling rated
// again. The end shows the two ratings side by side. Every answer is stored as it is given.
ScrollingPage {
    id: page
    objectName: "thoughtRecordPage"
    title: sheet.title

    property alias homeworkId: sheet.homeworkId
    property alias recordId: sheet.recordId
    readonly property alias exercise: sheet
    readonly property alias steps: steps

    signal finished()

    function rating(linkId) {
        const value = sheet.answers[linkId]
        return value === undefined ? qsTr("not rated") : qsTr("%1 out of 100").arg(value)
    }

    ExerciseSession {
        id: sheet
        session: ProfileSession
        exerciseId: "thought-record"
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
        objectName: "resumedNotice"
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
            { title: qsTr("What happened?"),
              help: qsTr("Write down the situation in a few words: where you were, what you were doing, who was there. Just the facts."),
              linkIds: ["situation"], labels: { situation: qsTr("The situation") } },
            { title: qsTr("What went through your mind?"),
              help: qsTr("Write the thought as it came, even if it seems silly now. For example: \u201cThis pain will never stop.\u201d"),
              linkIds: ["automatic-thought"], labels: { "automatic-thought": qsTr("The thought") } },
            { title: qsTr("How did you feel?"),
              help: qsTr("Name the feeling in one or two words, such as worried, sad or angry. Then rate how strong it was: 0 is not at all, 100 is as strong as it gets."),
              linkIds: ["emotion", "emotion-before"],
              labels: { emotion: qsTr("The feeling"), "emotion-before": qsTr("How strong it was, 0 to 100") } },
            { title: qsTr("What supports the thought?"),
              help: qsTr("List the facts that fit the thought. Facts, not guesses: what would a camera have seen?"),
              linkIds: ["evidence-for"], labels: { "evidence-for": qsTr("Facts that support it") } },
            { title: qsTr("What does not fit the thought?"),
              help: qsTr("List facts that do not fit it. What would you tell a friend who had this thought? Has it always been this way?"),
              linkIds: ["evidence-against"], labels: { "evidence-against": qsTr("Facts that do not fit it") } },
            { title: qsTr("A more balanced thought"),
              help: qsTr("Put both sides together in one fair sentence. It does not have to be positive, just more balanced."),
              linkIds: ["balanced-thought"], labels: { "balanced-thought": qsTr("The balanced thought") } },
            { title: qsTr("Rate the feeling again"),
              help: qsTr("Think of the balanced thought. How strong is the feeling now, 0 to 100? Any change counts, and no change is fine too."),
              linkIds: ["emotion-after"], labels: { "emotion-after": qsTr("How strong it is now, 0 to 100") } },
        ]
        onFinished: focusLater.restart()
        onCloseRequested: page.finished()
    }

    // The summary once it is finished.
    ColumnLayout {
        objectName: "thoughtRecordSummary"
        visible: sheet.completed
        Layout.fillWidth: true
        spacing: Theme.spacing

        Heading {
            level: 1
            text: qsTr("Well done: your thought record is saved")
        }
        Notice {
            objectName: "homeworkNotice"
            visible: sheet.homeworkMessage.length > 0
            kind: "success"
            text: sheet.homeworkMessage
        }
        Heading {
            text: sheet.answers["emotion"] !== undefined
                  ? qsTr("How strong \u201c%1\u201d felt").arg(sheet.answers["emotion"])
                  : qsTr("How strong the feeling was")
        }
        GridLayout {
            Layout.fillWidth: true
            columns: Theme.textScale > 1.5 ? 1 : 2
            columnSpacing: Theme.margin
            rowSpacing: Theme.spacing / 2

            Label {
                objectName: "ratingBefore"
                Layout.fillWidth: true
                text: qsTr("Before: %1").arg(page.rating("emotion-before"))
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
            Label {
                objectName: "ratingAfter"
                Layout.fillWidth: true
                text: qsTr("After: %1").arg(page.rating("emotion-after"))
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.bold: true
            }
        }
        Heading {
            visible: sheet.answers["balanced-thought"] !== undefined
            text: qsTr("Your balanced thought")
        }
        BodyText {
            objectName: "balancedThought"
            visible: text.length > 0
            text: sheet.answers["balanced-thought"] ?? ""
        }
        BodyText {
            muted: true
            text: qsTr("Noticing a thought and looking at it again is a skill. It gets easier with practice.")
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            ActionButton {
                id: doneButton
                objectName: "doneButton"
                primary: true
                text: qsTr("Done")
                Accessible.name: qsTr("Done: close the thought record")
                onClicked: page.finished()
            }
            ActionButton {
                objectName: "anotherButton"
                text: qsTr("Write another")
                Accessible.name: qsTr("Write another thought record")
                onClicked: {
                    sheet.startNew()
                    steps.go(0)
                }
            }
        }
    }
}
