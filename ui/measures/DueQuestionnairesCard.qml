pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures
import Pacewise.Profile

// Home's card of questionnaires due or overdue, each with its Start (or Continue) button.
// Hidden while nothing is due.
Rectangle {
    id: root

    readonly property alias measures: due

    signal startRequested(string measureId)
    signal allRequested()

    function refresh() {
        due.refresh()
    }

    visible: due.count > 0
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Questionnaires to fill in")

    MeasureListModel {
        id: due
        session: ProfileSession
        dueOnly: true
    }

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Heading {
            Layout.topMargin: 0
            text: qsTr("Questionnaires to fill in")
        }
        BodyText {
            text: qsTr("Your care team uses these to see how you are doing. Each takes a few minutes.")
        }
        Repeater {
            model: due

            MeasureRow {
                showLast: false
                onStartRequested: measureId => root.startRequested(measureId)
            }
        }
        ActionButton {
            objectName: "allQuestionnairesButton"
            text: qsTr("All questionnaires")
            Accessible.name: qsTr("Open all questionnaires")
            onClicked: root.allRequested()
        }
    }
}
