pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures
import Pacewise.Profile

// One questionnaire, one question at a time (or all on one page), for every instrument: the
// bundled ones and those a clinic sends. Every answer is kept the moment it is given, so Save
// and close (or closing the window) loses nothing and the next visit starts where this one
// stopped. An answer that needs the care team's attention asks for the crisis screen at once.
// Keyboard: the answers' keys (0-9) or the arrow keys and Space; Enter answers and goes on;
// Alt+Left goes back.
ScrollingPage {
    id: page
    objectName: "questionnairePage"
    title: questionnaire.title

    property alias measureId: questionnaire.measureId
    readonly property alias session: questionnaire
    // The first block of the page, for tests and for the focus.
    readonly property Item firstBlock: blocks.count > 0 ? blocks.itemAt(0) : null

    // The patient is done here (finished or saved for later).
    signal closed(bool completed)
    // An answer broke a safety rule: show the crisis resources now.
    signal crisisRequested()

    function focusQuestion() {
        if (questionnaire.completed) {
            result.focusFirst()
            return
        }
        const target = questionnaire.allOnOnePage ? questionnaire.lastAnsweredLinkId : ""
        let first = null
        for (let i = 0; i < blocks.count; ++i) {
            const block = blocks.itemAt(i) as QuestionBlock
            if (!block)
                continue
            if (target.length > 0 && block.focusLink(target))
                return
            if (!first && block.focusable)
                first = block
        }
        if (first)
            first.focusAnswer()
        else
            nextButton.forceActiveFocus(Qt.TabFocusReason)
    }
    function goNext() {
        if (questionnaire.lastPage) {
            if (questionnaire.finish())
                focusLater.restart()
        } else {
            questionnaire.next()
        }
    }

    QuestionnaireSession {
        id: questionnaire
        session: ProfileSession
        onSafetyConcernRaised: page.crisisRequested()
        onPageChanged: focusLater.restart()
    }

    Component.onCompleted: focusLater.restart()
    StackView.onActivated: focusLater.restart()

    Timer {
        id: advanceLater
        interval: 0
        onTriggered: {
            if (questionnaire.canGoNext)
                page.goNext()
        }
    }

    // The focus goes to the question once its page is built.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: page.focusQuestion()
    }

    Shortcut {
        sequence: "Alt+Left"
        enabled: page.StackView.status === StackView.Active && !questionnaire.firstPage && !questionnaire.completed
        onActivated: questionnaire.back()
    }

    ColumnLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Label {
            objectName: "questionnaireTitle"
            Layout.fillWidth: true
            text: questionnaire.title
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.headingSize
            font.bold: true
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            objectName: "progressText"
            visible: !questionnaire.completed
            Layout.fillWidth: true
            text: questionnaire.progressText
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
        }
        ProgressBar {
            id: bar
            visible: !questionnaire.completed
            Layout.fillWidth: true
            from: 0
            to: 1
            value: questionnaire.progress
            Accessible.name: questionnaire.progressText
            background: Rectangle {
                implicitHeight: Math.round(10 * Theme.textScale)
                radius: height / 2
                color: Theme.meterTrack
            }
            contentItem: Item {
                implicitHeight: Math.round(10 * Theme.textScale)
                Rectangle {
                    width: bar.visualPosition * parent.width
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent
                }
            }
        }
    }

    Notice {
        objectName: "resumedNotice"
        visible: questionnaire.resumed && !questionnaire.completed
        text: qsTr("Welcome back. Your earlier answers are kept: you are where you left off.")
    }
    ErrorBanner {
        objectName: "questionnaireError"
        Layout.fillWidth: true
        message: questionnaire.errorMessage
        detail: questionnaire.errorDetail
    }

    QuestionnaireResult {
        id: result
        objectName: "questionnaireResult"
        visible: questionnaire.completed
        session: questionnaire
        onDone: page.closed(true)
    }

    BodyText {
        objectName: "leadIn"
        visible: !questionnaire.completed && text.length > 0
        muted: true
        text: questionnaire.leadIn
    }

    Repeater {
        id: blocks
        model: questionnaire.completed ? [] : questionnaire.page

        QuestionBlock {
            required property var modelData
            required property int index
            objectName: "block_" + index
            block: modelData
            session: questionnaire
            single: !questionnaire.allOnOnePage
            availableWidth: Math.min(page.width - 2 * Theme.margin, page.maximumContentWidth)
            // After the key's handler: going on rebuilds the page this block is part of.
            onAdvanceRequested: advanceLater.restart()
        }
    }

    BodyText {
        objectName: "nextBlockedReason"
        visible: !questionnaire.completed && questionnaire.loaded && !questionnaire.canGoNext
        muted: true
        text: questionnaire.nextBlockedReason
    }

    Flow {
        visible: !questionnaire.completed && questionnaire.loaded
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "backButton"
            visible: !questionnaire.firstPage
            text: qsTr("Back")
            Accessible.name: qsTr("Back to the previous question")
            Accessible.description: qsTr("Shortcut: Alt+Left")
            onClicked: questionnaire.back()
        }
        ActionButton {
            id: nextButton
            objectName: "nextButton"
            primary: true
            text: questionnaire.lastPage ? qsTr("Finish") : qsTr("Next")
            Accessible.name: questionnaire.lastPage ? qsTr("Finish and see the result") : qsTr("Next question")
            Accessible.description: questionnaire.canGoNext ? "" : questionnaire.nextBlockedReason
            enabled: questionnaire.canGoNext
            onClicked: page.goNext()
        }
        ActionButton {
            objectName: "saveAndCloseButton"
            text: qsTr("Save and close")
            Accessible.name: qsTr("Save your answers and close: finish it later")
            onClicked: page.closed(false)
        }
    }

    ChipButton {
        objectName: "allOnOnePageToggle"
        visible: !questionnaire.completed && questionnaire.loaded
        text: qsTr("Show all questions on one page")
        checked: questionnaire.allOnOnePage
        onToggled: questionnaire.allOnOnePage = checked
    }

    BodyText {
        visible: questionnaire.copyright.length > 0
        muted: true
        text: questionnaire.copyright
    }
}
