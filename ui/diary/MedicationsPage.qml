pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary
import Pacewise.Profile

// "Your medications": the list the diary offers as one-tap choices. Add one, change one, or
// archive one that is no longer taken (old entries keep it).
ScrollingPage {
    id: page
    objectName: "medicationsPage"
    title: qsTr("Your medications")

    signal finished()

    // The medication being changed; empty while adding a new one.
    property string editingId

    function edit(id, name, dose, asNeeded) {
        page.editingId = id
        nameField.text = name
        doseField.text = dose
        asNeededBox.checked = asNeeded
        nameField.forceActiveFocus(Qt.OtherFocusReason)
    }
    function resetForm() {
        page.editingId = ""
        nameField.clear()
        doseField.clear()
        asNeededBox.checked = false
    }
    function submit() {
        if (editor.save(page.editingId, nameField.text, doseField.text, asNeededBox.checked)) {
            savedNotice.text = page.editingId.length > 0 ? qsTr("%1 is changed.").arg(nameField.text.trim())
                                                         : qsTr("%1 is on your list.").arg(nameField.text.trim())
            page.resetForm()
            nameField.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    Component.onCompleted: nameField.forceActiveFocus(Qt.OtherFocusReason)

    MedicationEditor {
        id: editor
        session: ProfileSession
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("The diary offers these medications, so that you only tick what you took.")
    }

    Heading {
        text: page.editingId.length > 0 ? qsTr("Change a medication") : qsTr("Add a medication")
    }
    FieldLabel {
        text: qsTr("Name")
    }
    TextEntry {
        id: nameField
        objectName: "medicationNameField"
        Layout.fillWidth: true
        placeholderText: qsTr("For example: Ibuprofen")
        Accessible.name: qsTr("Name of the medication")
        onAccepted: page.submit()
    }
    FieldLabel {
        text: qsTr("Dose (as on the label)")
    }
    TextEntry {
        id: doseField
        objectName: "medicationDoseField"
        Layout.fillWidth: true
        placeholderText: qsTr("For example: 400 mg")
        Accessible.name: qsTr("Dose of the medication")
        onAccepted: page.submit()
    }
    CheckBox {
        id: asNeededBox
        objectName: "asNeededBox"
        text: qsTr("I take it only when I need it (the diary then counts the doses)")
        font.pixelSize: Theme.bodySize
        Accessible.name: text
        Layout.fillWidth: true
        contentItem: Text {
            leftPadding: asNeededBox.indicator.width + asNeededBox.spacing
            text: asNeededBox.text
            font: asNeededBox.font
            wrapMode: Text.WordWrap
            verticalAlignment: Text.AlignVCenter
            color: Theme.text
        }
        indicator: Rectangle {
            x: asNeededBox.leftPadding
            y: asNeededBox.topPadding + (asNeededBox.availableHeight - height) / 2
            implicitWidth: Math.round(28 * Theme.textScale)
            implicitHeight: implicitWidth
            radius: 4
            color: asNeededBox.checked ? Theme.accent : Theme.background
            border.width: Theme.borderWidth
            border.color: asNeededBox.checked ? Theme.accent : Theme.border
            Text {
                anchors.centerIn: parent
                visible: asNeededBox.checked
                text: "\u2713"
                color: Theme.textOnAccent
                font.pixelSize: Theme.bodySize
                font.bold: true
            }
            FocusRing {
                visible: asNeededBox.visualFocus
            }
        }
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: editor.errorMessage
        detail: editor.errorDetail
    }
    Notice {
        id: savedNotice
        objectName: "medicationSavedNotice"
        kind: "success"
        visible: text.length > 0
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "saveMedicationButton"
            primary: true
            text: page.editingId.length > 0 ? qsTr("Save changes") : qsTr("Add to my list")
            Accessible.name: page.editingId.length > 0 ? qsTr("Save the changes to this medication")
                                                       : qsTr("Add this medication to your list")
            enabled: nameField.text.trim().length > 0
            onClicked: page.submit()
        }
        ActionButton {
            visible: page.editingId.length > 0
            text: qsTr("Cancel change")
            Accessible.name: qsTr("Stop changing this medication")
            onClicked: page.resetForm()
        }
    }

    Heading {
        text: qsTr("Your list")
    }
    BodyText {
        visible: editor.count === 0
        text: qsTr("No medications yet.")
    }
    Repeater {
        model: editor

        Rectangle {
            id: row
            required property string medicationId
            required property string name
            required property string dose
            required property bool asNeeded
            required property bool active
            required property string description

            Layout.fillWidth: true
            implicitHeight: rowColumn.implicitHeight + 2 * Theme.spacing
            radius: Theme.radius
            color: Theme.surface

            ColumnLayout {
                id: rowColumn
                anchors.fill: parent
                anchors.margins: Theme.spacing
                spacing: Theme.spacing / 2

                BodyText {
                    text: row.name
                    font.bold: true
                }
                BodyText {
                    muted: true
                    text: row.description
                }
                Flow {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ActionButton {
                        visible: row.active
                        text: qsTr("Change")
                        Accessible.name: qsTr("Change %1").arg(row.name)
                        onClicked: page.edit(row.medicationId, row.name, row.dose, row.asNeeded)
                    }
                    ActionButton {
                        text: row.active ? qsTr("Archive") : qsTr("Take again")
                        Accessible.name: row.active ? qsTr("Archive %1: no longer offered in the diary").arg(row.name)
                                                    : qsTr("Offer %1 in the diary again").arg(row.name)
                        onClicked: editor.setActive(row.medicationId, !row.active)
                    }
                }
            }
        }
    }

    ActionButton {
        objectName: "medicationsDoneButton"
        Layout.topMargin: Theme.spacing
        text: qsTr("Back to the diary entry")
        Accessible.name: text
        onClicked: page.finished()
    }
}
