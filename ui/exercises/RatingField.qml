import QtQuick
import QtQuick.Layouts
import Pacewise.Components

// A rating on a scale (0-10 sleep quality, 0-100 how strong a feeling is) stored the moment it
// moves. 0-100 moves in fives: nobody can tell 63 from 64, and the keyboard gets there sooner.
ScaleSlider {
    id: root

    required property var field
    required property var exercise
    property string labelText: root.field.text
    readonly property var stored: root.exercise.answers[root.field.linkId]

    function focusInput() {
        root.slider.forceActiveFocus(Qt.TabFocusReason)
    }

    objectName: "rating_" + root.field.linkId
    label: root.labelText
    from: root.field.min ?? 0
    to: root.field.max ?? 10
    stepSize: (to - from) > 20 ? 5 : 1
    value: root.stored !== undefined ? root.stored : -1
    lowWords: root.field.lowerLabel.length > 0 ? qsTr("%1: %2").arg(from).arg(root.field.lowerLabel) : ""
    highWords: root.field.upperLabel.length > 0 ? qsTr("%1: %2").arg(to).arg(root.field.upperLabel) : ""
    optional: !root.field.required
    error: root.exercise.errorLinkId === root.field.linkId ? root.exercise.errorMessage : ""
    onMoved: value => root.exercise.setAnswer(root.field.linkId, value)
    onCleared: root.exercise.setAnswer(root.field.linkId, undefined)
}
