pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// Every exercise of the programme: what it is for, how often it was done, the homework it would
// check off, a button to start (or continue) one, and the recent ones to open again.
ScrollingPage {
    id: page
    objectName: "exercisesPage"
    title: qsTr("Exercises")

    readonly property alias exercises: exercises

    signal exerciseRequested(string exerciseId, string homeworkId, string recordId)

    StackView.onActivated: exercises.refresh()
    Component.onCompleted: focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const first = rows.count > 0 ? rows.itemAt(0) as Rectangle : null
            if (first)
                first.focusStart()
        }
    }

    ExerciseListModel {
        id: exercises
        session: ProfileSession
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        muted: true
        text: qsTr("Short worksheets and practices to use what you learn in the lessons. Use them as often as they help.")
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: exercises.errorMessage
        detail: exercises.errorDetail
    }

    Repeater {
        id: rows
        model: exercises

        Rectangle {
            id: row
            required property string exerciseId
            required property string title
            required property string description
            required property int doneCount
            required property string doneText
            required property bool hasDraft
            required property string homeworkId
            required property string homeworkText
            required property string accessibleText
            property bool showingRecent: false

            function focusStart() {
                startButton.forceActiveFocus(Qt.TabFocusReason)
            }

            objectName: "exercise_" + exerciseId
            Layout.fillWidth: true
            implicitHeight: column.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface

            ColumnLayout {
                id: column
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                Heading {
                    Layout.topMargin: 0
                    text: row.title
                }
                BodyText {
                    visible: text.length > 0
                    text: row.description
                }
                BodyText {
                    muted: true
                    text: row.doneText
                }
                Label {
                    objectName: "homeworkText"
                    visible: text.length > 0
                    Layout.fillWidth: true
                    text: row.homeworkText
                    wrapMode: Text.WordWrap
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing
                    ActionButton {
                        id: startButton
                        objectName: "start_" + row.exerciseId
                        primary: true
                        text: row.hasDraft ? qsTr("Continue")
                                           : row.exerciseId === "flare-up-plan" && row.doneCount > 0 ? qsTr("Open my plan")
                                                                                                      : qsTr("Start")
                        Accessible.name: qsTr("%1: %2").arg(text).arg(row.title)
                        Accessible.description: row.accessibleText
                        onClicked: page.exerciseRequested(row.exerciseId, row.homeworkId, "")
                    }
                    ActionButton {
                        objectName: "recent_" + row.exerciseId
                        visible: row.doneCount > 0 && row.exerciseId !== "flare-up-plan"
                        text: row.showingRecent ? qsTr("Hide recent ones") : qsTr("Show recent ones")
                        Accessible.name: row.showingRecent ? qsTr("Hide the recent %1 records").arg(row.title)
                                                           : qsTr("Show the recent %1 records").arg(row.title)
                        onClicked: row.showingRecent = !row.showingRecent
                    }
                }
                Loader {
                    Layout.fillWidth: true
                    active: row.showingRecent
                    visible: active
                    sourceComponent: ExerciseRecordList {
                        records: exercises.recentRecords(row.exerciseId, 5)
                        exerciseTitle: row.title
                        onOpenRecord: recordId => page.exerciseRequested(row.exerciseId, "", recordId)
                    }
                }
            }
        }
    }
}
