pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// How strong a new passphrase is: four bars, a word and a hint, so colour is never the only
// signal. `assessment` is what ProfileSession.assessPassphrase() returns.
ColumnLayout {
    id: root

    property var assessment: ({ acceptable: false, strength: 0, label: "", hint: "" })
    readonly property int strength: assessment.strength

    spacing: Theme.spacing / 2

    Accessible.role: Accessible.Indicator
    Accessible.name: qsTr("Passphrase strength: %1. %2").arg(assessment.label).arg(assessment.hint)

    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Repeater {
            model: 4

            Rectangle {
                required property int index
                Layout.fillWidth: true
                implicitHeight: Math.round(8 * Theme.textScale)
                radius: height / 2
                color: index <= root.strength ? Theme.strengthColours[root.strength] : Theme.meterTrack
            }
        }
    }

    Label {
        objectName: "strengthLabel"
        Layout.fillWidth: true
        text: root.assessment.label
        font.pixelSize: Theme.bodySize
        font.bold: true
        color: Theme.strengthColours[root.strength]
        wrapMode: Text.WordWrap
    }

    Label {
        objectName: "strengthHint"
        Layout.fillWidth: true
        text: root.assessment.hint
        font.pixelSize: Theme.bodySize
        color: Theme.text
        wrapMode: Text.WordWrap
    }
}
