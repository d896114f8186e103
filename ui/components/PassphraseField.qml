import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A passphrase entry with a Show/Hide switch that never lets assistive technology speak what was
// typed. The field itself always stays a password field: that is what makes Qt report the
// password role and state, so screen readers neither echo nor read its content, and what makes
// its accessible value and text the mask (installPasswordAccessibility(), PasswordAccessibility.h:
// Qt 6.4 alone would hand the text to any client that asked). "Show" writes the passphrase in a
// line under the field instead, hidden from assistive technology.
// (Qt 6.4's attached `Accessible.passwordEdit: true` would blank the field's accessible name and
// leave the state unset, so the state comes from echoMode instead.)
FocusScope {
    id: root

    property alias text: field.text
    property string accessibleName
    property string accessibleDescription
    // What the Show/Hide button says to assistive technology (other secrets than a passphrase,
    // e.g. the clinic's access code, say so).
    property string showAccessibleName: qsTr("Show the passphrase on screen")
    property string hideAccessibleName: qsTr("Hide the passphrase")
    property string showAccessibleDescription: qsTr("Screen readers never read the passphrase out")
    signal accepted()

    function clear() {
        field.clear()
    }
    function focusField() {
        field.forceActiveFocus(Qt.OtherFocusReason)
    }

    implicitWidth: column.implicitWidth
    implicitHeight: column.implicitHeight

    ColumnLayout {
        id: column
        anchors.fill: parent
        spacing: Theme.spacing / 2

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            TextField {
                id: field
                objectName: "field"
                Layout.fillWidth: true
                Layout.minimumWidth: Theme.bodySize * 8
                implicitHeight: Theme.controlHeight
                focus: true
                font.pixelSize: Theme.bodySize
                color: Theme.text
                leftPadding: Theme.spacing
                rightPadding: Theme.spacing
                echoMode: TextInput.Password
                inputMethodHints: Qt.ImhSensitiveData | Qt.ImhNoPredictiveText | Qt.ImhNoAutoUppercase
                selectByMouse: true

                Accessible.name: root.accessibleName
                Accessible.description: root.accessibleDescription

                onAccepted: root.accepted()

                background: Rectangle {
                    radius: Theme.radius
                    color: Theme.background
                    border.width: field.activeFocus ? Theme.focusWidth : Theme.borderWidth
                    border.color: field.activeFocus ? Theme.accent : Theme.border

                    FocusRing {
                        visible: field.activeFocus
                    }
                }
            }

            ActionButton {
                id: showToggle
                objectName: "showToggle"
                checkable: true
                text: checked ? qsTr("Hide") : qsTr("Show")
                Accessible.name: checked ? root.hideAccessibleName : root.showAccessibleName
                Accessible.description: root.showAccessibleDescription
            }
        }

        Label {
            id: shownText
            objectName: "shownText"
            Layout.fillWidth: true
            visible: showToggle.checked && field.text.length > 0
            text: field.text
            textFormat: Text.PlainText
            wrapMode: Text.WrapAnywhere
            font.pixelSize: Theme.bodySize
            font.family: "monospace"
            color: Theme.text
            padding: Theme.spacing / 2
            Accessible.ignored: true
            background: Rectangle {
                color: Theme.surface
                radius: Theme.radius
            }
        }
    }
}
