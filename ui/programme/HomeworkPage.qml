pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Programme

// The homework: what is still to do first (late ones first, then by due date), each with how far
// along it is, a button to tick one time off by hand (with undo), and "Do it now" when an
// exercise goes with it; then what is done. Homework from the clinic says so.
ScrollingPage {
    id: page
    objectName: "homeworkPage"
    title: qsTr("Homework")

    readonly property alias homework: homework

    signal exerciseRequested(string exerciseId, string homeworkId)

    StackView.onActivated: homework.refresh()
    Component.onCompleted: focusLater.restart()

    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const first = rows.itemAt(0) as HomeworkRow
            if (first && first.section === "open")
                first.mainButton.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    HomeworkListModel {
        id: homework
        session: ProfileSession
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        objectName: "summaryText"
        text: homework.summaryText
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: homework.errorMessage
        detail: homework.errorDetail
    }

    // "Ticked off: … [Undo]" after a tick by hand.
    Rectangle {
        objectName: "undoNotice"
        Layout.fillWidth: true
        visible: homework.undoText.length > 0
        implicitHeight: undoLayout.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.noticeBackground
        border.width: Theme.borderWidth
        border.color: Theme.noticeBorder
        Accessible.role: Accessible.AlertMessage
        Accessible.name: homework.undoText

        RowLayout {
            id: undoLayout
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            BodyText {
                text: homework.undoText
                Accessible.ignored: true
            }
            ActionButton {
                objectName: "undoButton"
                text: qsTr("Undo")
                Accessible.name: qsTr("Undo: take the tick back")
                onClicked: homework.undo()
            }
        }
    }

    // Homework more than four weeks late is folded away; this shows it.
    ActionButton {
        objectName: "olderButton"
        visible: homework.olderCount > 0
        text: homework.showOlder ? qsTr("Hide older homework")
                                 : qsTr("Show older homework (%1)").arg(homework.olderCount)
        onClicked: homework.showOlder = !homework.showOlder
    }

    Repeater {
        id: rows
        model: homework

        HomeworkRow {
            onCheckOffRequested: homeworkId => homework.checkOff(homeworkId)
            onExerciseRequested: (exerciseId, homeworkId) => page.exerciseRequested(exerciseId, homeworkId)
        }
    }
}
