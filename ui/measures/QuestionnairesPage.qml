pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures
import Pacewise.Profile

// The questionnaires: what is due or overdue first, then the rest, each with Start (or Continue
// when one was started), when it was last filled in and its result. A questionnaire file that
// could not be read is named in a calm note; the others work as usual.
ScrollingPage {
    id: page
    objectName: "questionnairesPage"
    title: qsTr("Questionnaires")

    readonly property alias measures: measures

    signal startRequested(string measureId)
    signal crisisRequested()

    StackView.onActivated: measures.refresh()
    Component.onCompleted: focusLater.restart()

    // The first Start button takes the focus once the list is built.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const first = rows.itemAt(0) as MeasureRow
            if (first)
                first.startButton.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    MeasureListModel {
        id: measures
        session: ProfileSession
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: measures.dueCount > 1
              ? qsTr("%1 questionnaires to fill in now. Each takes a few minutes; you can stop at any point and go on later.").arg(measures.dueCount)
              : measures.dueCount === 1
                ? qsTr("One questionnaire to fill in now. It takes a few minutes; you can stop at any point and go on later.")
                : qsTr("Nothing is due now. You can fill in any of these whenever you like.")
    }
    Notice {
        objectName: "problemsNotice"
        visible: measures.problemsText.length > 0
        text: measures.problemsText
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: measures.errorMessage
        detail: measures.errorDetail
    }

    Repeater {
        id: rows
        model: measures

        MeasureRow {
            onStartRequested: measureId => page.startRequested(measureId)
        }
    }

    Heading {
        text: qsTr("If you are struggling")
    }
    BodyText {
        text: qsTr("If you feel you cannot go on, or might harm yourself, help is there now.")
    }
    ActionButton {
        objectName: "crisisHelpButton"
        text: qsTr("Help in a crisis")
        Accessible.name: qsTr("Show who to call for help in a crisis")
        onClicked: page.crisisRequested()
    }
}
