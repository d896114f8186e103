pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary

// The medications of an entry: one toggle per medication on the person's list, and for those
// taken as needed a dose count.
ColumnLayout {
    id: root

    property MedicationDoseModel doses
    signal manageRequested()

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    BodyText {
        visible: root.doses && root.doses.count === 0
        text: qsTr("Your medication list is empty. Add your medications once; then you tick them here.")
    }

    Repeater {
        model: root.doses

        Flow {
            id: row
            required property string medicationId
            required property string label
            required property bool asNeeded
            required property bool taken
            required property int doseCount

            Layout.fillWidth: true
            spacing: Theme.spacing

            ChipButton {
                objectName: "medication_" + row.medicationId
                text: row.label
                checked: row.taken
                Accessible.description: row.asNeeded ? qsTr("Taken as needed") : qsTr("Taken regularly")
                onToggled: root.doses.toggle(row.medicationId)
            }
            RowLayout {
                visible: row.asNeeded && row.taken
                spacing: Theme.spacing / 2

                NumberField {
                    objectName: "doseCount_" + row.medicationId
                    from: 1
                    to: 20
                    value: row.doseCount
                    Accessible.name: qsTr("Doses of %1").arg(row.label)
                    onValueModified: root.doses.setCount(row.medicationId, value)
                }
                BodyText {
                    Layout.fillWidth: false
                    text: qsTr("dose(s)", "", row.doseCount)
                }
            }
        }
    }

    ActionButton {
        objectName: "manageMedicationsButton"
        text: qsTr("Manage medications…")
        Accessible.name: qsTr("Add, change or archive your medications")
        onClicked: root.manageRequested()
    }
}
