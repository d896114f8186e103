import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// A time of day as hours and minutes, each with large − and + buttons, the arrow keys or typed
// digits. Stored as soon as either changes; until then the boxes show `suggested` and the field
// says it is not filled in. An optional time can be cleared.
ColumnLayout {
    id: root

    required property var field
    required property var exercise
    property string labelText: root.field.text
    property string suggested: "22:00"
    readonly property var stored: root.exercise.answers[root.field.linkId]
    readonly property bool answered: root.stored !== undefined
    readonly property string shown: root.answered ? root.stored : root.suggested

    function focusInput() {
        hours.forceActiveFocus(Qt.TabFocusReason)
    }
    function store(h, m) {
        const text = String(h).padStart(2, "0") + ":" + String(m).padStart(2, "0")
        root.exercise.setAnswer(root.field.linkId, text)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    FieldLabel {
        text: root.labelText
        Accessible.ignored: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        NumberField {
            id: hours
            objectName: "hours_" + root.field.linkId
            from: 0
            to: 23
            wrap: true
            value: Number(root.shown.split(":")[0])
            textFromValue: (v, locale) => String(v).padStart(2, "0")
            Accessible.name: qsTr("%1: hour").arg(root.labelText)
            Accessible.description: root.answered ? "" : qsTr("Not filled in")
            onValueModified: root.store(value, minutes.value)
        }
        Label {
            text: ":"
            height: hours.height
            verticalAlignment: Text.AlignVCenter
            font.pixelSize: Theme.headingSize
            color: Theme.text
            Accessible.ignored: true
        }
        NumberField {
            id: minutes
            objectName: "minutes_" + root.field.linkId
            from: 0
            to: 59
            stepSize: 5
            wrap: true
            value: Number(root.shown.split(":")[1])
            textFromValue: (v, locale) => String(v).padStart(2, "0")
            Accessible.name: qsTr("%1: minutes").arg(root.labelText)
            Accessible.description: root.answered ? "" : qsTr("Not filled in")
            onValueModified: root.store(hours.value, value)
        }
        Label {
            visible: !root.answered
            height: hours.height
            verticalAlignment: Text.AlignVCenter
            text: qsTr("Not filled in")
            color: Theme.mutedText
            font.pixelSize: Theme.bodySize
        }
        ActionButton {
            objectName: "clear_" + root.field.linkId
            visible: root.answered && !root.field.required
            text: qsTr("Clear")
            Accessible.name: qsTr("Clear %1").arg(root.labelText)
            onClicked: root.exercise.setAnswer(root.field.linkId, undefined)
        }
    }
    FieldError {
        text: root.exercise.errorLinkId === root.field.linkId ? root.exercise.errorMessage : ""
    }
}
