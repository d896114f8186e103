pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// The recent finished records of one exercise, each with its day and the start of its first
// answer, to open again. `records` is ExerciseListModel.recentRecords().
ColumnLayout {
    id: root

    property var records: []
    property string exerciseTitle

    signal openRecord(string recordId)

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    BodyText {
        visible: root.records.length === 0
        muted: true
        text: qsTr("Nothing finished yet.")
    }

    Repeater {
        model: root.records
        ActionButton {
            required property var modelData
            required property int index
            objectName: "record_" + index
            Layout.fillWidth: true
            text: modelData.summary.length > 0 ? qsTr("%1: %2").arg(modelData.dateText).arg(modelData.summary)
                                               : modelData.dateText
            Accessible.name: qsTr("Open the %1 of %2").arg(root.exerciseTitle).arg(modelData.dateText)
            Accessible.description: modelData.summary
            contentItem: Text {
                text: parent.text
                font: parent.font
                wrapMode: Text.WordWrap
                horizontalAlignment: Text.AlignLeft
                verticalAlignment: Text.AlignVCenter
                color: Theme.accent
            }
            onClicked: root.openRecord(modelData.recordId)
        }
    }
}
