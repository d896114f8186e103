pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Exercises
import Pacewise.Profile

// The flare-up plan: six short answers to have ready for a bad day. It is one living plan:
// opening it again changes the same plan, and every change is stored as it is typed (and sent to
// the clinic once the plan is saved). "Save as PDF" writes it on one A4 page to a place the
// patient picks; "Print" opens the system's print dialog.
ScrollingPage {
    id: page
    objectName: "flareUpPlanPage"
    title: sheet.title

    property alias homeworkId: sheet.homeworkId
    property alias recordId: sheet.recordId
    readonly property alias exercise: sheet
    readonly property alias document: document

    signal finished()

    function fieldItem(linkId) {
        for (let i = 0; i < fields.count; ++i) {
            const item = fields.itemAt(i) as ExerciseField
            if (item && item.field.linkId === linkId)
                return item
        }
        return null
    }
    // Stores the plan (completes it the first time). False when something is missing.
    function save() {
        saveButton.forceActiveFocus(Qt.TabFocusReason) // a text box commits as it loses the focus
        if (sheet.complete())
            return true
        const missing = page.fieldItem(sheet.errorLinkId)
        if (missing)
            missing.focusInput()
        return false
    }

    ExerciseSession {
        id: sheet
        session: ProfileSession
        exerciseId: "flare-up-plan"
    }
    FlareUpPlanDocument {
        id: document
        exercise: sheet
    }
    FileDialog {
        id: pdfDialog
        title: qsTr("Save your flare-up plan as a PDF")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "pdf"
        nameFilters: [qsTr("PDF files (*.pdf)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        selectedFile: document.defaultPdfUrl
        onAccepted: document.savePdf(String(selectedFile))
    }

    Component.onCompleted: focusLater.restart()
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const first = fields.count > 0 ? fields.itemAt(0) as ExerciseField : null
            if (first)
                first.focusInput()
        }
    }

    Heading {
        level: 1
        text: sheet.title
    }
    BodyText {
        visible: text.length > 0
        muted: true
        text: sheet.description
    }
    Notice {
        objectName: "planKeptNotice"
        visible: sheet.editing
        text: qsTr("This is your plan. Change anything that no longer fits: each change is kept at once.")
    }

    Repeater {
        id: fields
        model: sheet.fields
        ExerciseField {
            required property var modelData
            field: modelData
            exercise: sheet
        }
    }

    ErrorBanner {
        Layout.fillWidth: true
        visible: message.length > 0 && sheet.errorLinkId.length === 0
        message: sheet.errorMessage
        detail: sheet.errorDetail
    }
    ErrorBanner {
        objectName: "documentError"
        Layout.fillWidth: true
        message: document.errorMessage
        detail: document.errorDetail
    }
    Notice {
        objectName: "savedNotice"
        visible: sheet.completed && text.length > 0
        kind: "success"
        text: document.statusMessage.length > 0 ? document.statusMessage
                                                 : sheet.homeworkMessage.length > 0 ? sheet.homeworkMessage
                                                                                        : qsTr("Your plan is saved.")
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing
        ActionButton {
            id: saveButton
            objectName: "saveButton"
            primary: true
            text: qsTr("Save the plan")
            Accessible.name: qsTr("Save your flare-up plan")
            onClicked: page.save()
        }
        ActionButton {
            objectName: "pdfButton"
            text: qsTr("Save as PDF\u2026")
            Accessible.name: qsTr("Save the plan as a PDF file to keep or share")
            onClicked: {
                if (page.save())
                    pdfDialog.open()
            }
        }
        ActionButton {
            objectName: "printButton"
            text: qsTr("Print\u2026")
            Accessible.name: qsTr("Print the plan on one page")
            onClicked: {
                if (page.save())
                    document.print()
            }
        }
        ActionButton {
            objectName: "closeButton"
            text: qsTr("Close")
            Accessible.name: qsTr("Close the plan: what you typed is kept")
            onClicked: {
                saveButton.forceActiveFocus(Qt.TabFocusReason)
                page.finished()
            }
        }
    }
}
