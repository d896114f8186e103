import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// A day, shown in words and moved a day at a time with two large buttons (or the arrow keys on
// either); never later than today. Until it is set the field shows `suggested` and stores it with
// the first change, or when the owner calls storeSuggested().
ColumnLayout {
    id: root

    required property var field
    required property var exercise
    property string labelText: root.field.text
    property date suggested: new Date()
    readonly property var stored: root.exercise.answers[root.field.linkId]
    readonly property date shown: root.stored !== undefined ? root.parseDay(root.stored) : root.suggested
    readonly property bool canGoLater: root.isoDay(root.shown) < root.isoDay(new Date())

    function parseDay(text) {
        const parts = String(text).split("-")
        return new Date(Number(parts[0]), Number(parts[1]) - 1, Number(parts[2]))
    }
    function isoDay(day) {
        return day.getFullYear() + "-" + String(day.getMonth() + 1).padStart(2, "0") + "-"
                + String(day.getDate()).padStart(2, "0")
    }
    function move(days) {
        const day = new Date(root.shown.getFullYear(), root.shown.getMonth(), root.shown.getDate() + days)
        root.exercise.setAnswer(root.field.linkId, root.isoDay(day))
    }
    function storeSuggested() {
        if (root.stored === undefined)
            root.exercise.setAnswer(root.field.linkId, root.isoDay(root.suggested))
    }
    function focusInput() {
        earlier.forceActiveFocus(Qt.TabFocusReason)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    FieldLabel {
        text: root.labelText
        Accessible.ignored: true
    }
    Label {
        objectName: "dayText_" + root.field.linkId
        Layout.fillWidth: true
        text: root.shown.toLocaleDateString(Qt.locale(), Locale.LongFormat)
        wrapMode: Text.WordWrap
        color: Theme.text
        font.pixelSize: Theme.headingSize
        font.bold: true
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            id: earlier
            objectName: "earlier_" + root.field.linkId
            text: qsTr("\u2190 Day before")
            Accessible.name: qsTr("%1: one day earlier than %2").arg(root.labelText)
                                 .arg(root.shown.toLocaleDateString(Qt.locale(), Locale.LongFormat))
            onClicked: root.move(-1)
            Keys.onLeftPressed: root.move(-1)
            Keys.onRightPressed: if (root.canGoLater) root.move(1)
        }
        ActionButton {
            objectName: "later_" + root.field.linkId
            enabled: root.canGoLater
            text: qsTr("Day after \u2192")
            Accessible.name: qsTr("%1: one day later than %2").arg(root.labelText)
                                 .arg(root.shown.toLocaleDateString(Qt.locale(), Locale.LongFormat))
            onClicked: root.move(1)
            Keys.onLeftPressed: root.move(-1)
        }
    }
    FieldError {
        text: root.exercise.errorLinkId === root.field.linkId ? root.exercise.errorMessage : ""
    }
}
