pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Programme

// Home's card of the programme: the lesson to go on with, and homework that is late or due in
// the next days, each with its button. Hidden when there is neither.
Rectangle {
    id: root

    readonly property alias modules: modules
    readonly property alias homework: homework

    signal moduleRequested(string moduleId)
    signal exerciseRequested(string exerciseId, string homeworkId)
    signal homeworkRequested()

    function refresh() {
        modules.refresh()
        homework.refresh()
    }

    visible: modules.nextModuleId.length > 0 || homework.count > 0
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Your programme")

    ProgrammeModel {
        id: modules
        session: ProfileSession
    }
    HomeworkListModel {
        id: homework
        session: ProfileSession
        dueSoonOnly: true
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Heading {
            Layout.topMargin: 0
            text: qsTr("Your programme")
        }

        ColumnLayout {
            visible: modules.nextModuleId.length > 0
            Layout.fillWidth: true
            spacing: Theme.spacing / 2

            BodyText {
                objectName: "nextModuleText"
                font.bold: true
                text: modules.nextModuleText
            }
            BodyText {
                visible: text.length > 0
                text: modules.nextLessonText
            }
            ActionButton {
                objectName: "continueModuleButton"
                primary: true
                text: modules.nextActionText
                Accessible.name: qsTr("%1: %2").arg(modules.nextActionText).arg(modules.nextModuleText)
                onClicked: root.moduleRequested(modules.nextModuleId)
            }
        }

        Heading {
            visible: homework.count > 0
            text: qsTr("Homework due soon")
        }
        Repeater {
            model: homework

            HomeworkRow {
                compact: true
                onCheckOffRequested: homeworkId => homework.checkOff(homeworkId)
                onExerciseRequested: (exerciseId, homeworkId) => root.exerciseRequested(exerciseId, homeworkId)
            }
        }
        ActionButton {
            objectName: "allHomeworkButton"
            visible: homework.count > 0
            text: qsTr("All homework")
            Accessible.name: qsTr("Open all your homework")
            onClicked: root.homeworkRequested()
        }
    }
}
