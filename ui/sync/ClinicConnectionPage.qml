import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Sync

// Where Pacewise sends the diary: the clinic's server address, the patient number there and the
// access code, as the clinic gave them; for clinics with their own certificates an Advanced part.
// Save, the sync status, and Forget this clinic (asked twice).
ScrollingPage {
    id: page
    objectName: "clinicConnectionPage"
    title: qsTr("Clinic connection")

    required property SyncController controller

    // The page is done (Back).
    signal finished()

    property bool confirmingForget: false

    function submit() {
        form.baseUrl = urlField.text
        form.patientId = patientField.text
        form.accessToken = tokenField.text
        form.caFile = caField.text
        form.pinnedPublicKey = pinField.text
        form.save()
    }

    Component.onCompleted: urlField.forceActiveFocus(Qt.OtherFocusReason)
    StackView.onActivated: urlField.forceActiveFocus(Qt.OtherFocusReason)

    ClinicSettingsForm {
        id: form
        session: ProfileSession
        sync: page.controller
        onSaved: {
            tokenField.clear()
            forgottenNotice.visible = false
            savedNotice.visible = true
        }
        onForgotten: {
            tokenField.clear()
            page.confirmingForget = false
            savedNotice.visible = false
            forgottenNotice.visible = true
            urlField.forceActiveFocus(Qt.OtherFocusReason)
        }
        onFailed: savedNotice.visible = false
    }

    FileDialog {
        id: caDialog
        title: qsTr("Choose the certificate file your clinic gave you")
        nameFilters: [qsTr("Certificate files (*.pem *.crt *.cer)"), qsTr("All files (*)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        onAccepted: form.caFile = String(selectedFile)
    }

    Heading {
        level: 1
        text: page.title
    }
    BodyText {
        text: qsTr("Your clinic gives you these details. With them, Pacewise sends your diary to your care team over an encrypted connection. Without them, nothing leaves this computer.")
    }
    Notice {
        objectName: "savedConnection"
        text: form.savedText
    }
    Notice {
        id: savedNotice
        objectName: "clinicSavedNotice"
        kind: "success"
        visible: false
        text: qsTr("Saved. Pacewise sends your diary to your clinic from now on.")
    }
    Notice {
        id: forgottenNotice
        objectName: "clinicForgottenNotice"
        kind: "success"
        visible: false
        text: qsTr("Pacewise has forgotten the clinic. Your diary is still here, on this computer.")
    }

    SyncStatusCard {
        objectName: "clinicSyncCard"
        visible: form.enrolled
        controller: page.controller
        showSettingsButton: false
    }

    Heading {
        text: qsTr("Your clinic's details")
    }
    FieldLabel {
        text: qsTr("Clinic server address")
    }
    TextEntry {
        id: urlField
        objectName: "clinicUrlField"
        Layout.fillWidth: true
        text: form.baseUrl
        placeholderText: qsTr("For example: https://fhir.clinic.example/fhir/R4")
        inputMethodHints: Qt.ImhUrlCharactersOnly | Qt.ImhNoAutoUppercase
        Accessible.name: qsTr("Clinic server address")
        onTextEdited: form.baseUrl = text
        onAccepted: page.submit()
    }
    FieldError {
        objectName: "clinicUrlError"
        text: form.fieldErrors["baseUrl"] ?? ""
    }

    FieldLabel {
        text: qsTr("Your patient number at the clinic")
    }
    TextEntry {
        id: patientField
        objectName: "clinicPatientField"
        Layout.fillWidth: true
        text: form.patientId
        inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
        Accessible.name: qsTr("Your patient number at the clinic")
        onTextEdited: form.patientId = text
        onAccepted: page.submit()
    }
    FieldError {
        objectName: "clinicPatientError"
        text: form.fieldErrors["patientId"] ?? ""
    }

    FieldLabel {
        text: qsTr("Access code")
    }
    BodyText {
        objectName: "tokenSavedText"
        visible: form.tokenSaved
        muted: true
        text: qsTr("An access code is saved. Type a new one only if your clinic gave you a new code.")
    }
    PassphraseField {
        id: tokenField
        objectName: "clinicTokenField"
        Layout.fillWidth: true
        accessibleName: qsTr("Access code")
        accessibleDescription: form.tokenSaved ? qsTr("An access code is saved; type a new one to replace it")
                                               : qsTr("The access code your clinic gave you")
        showAccessibleName: qsTr("Show the access code on screen")
        hideAccessibleName: qsTr("Hide the access code")
        showAccessibleDescription: qsTr("Screen readers never read the access code out")
        onAccepted: page.submit()
    }
    FieldError {
        objectName: "clinicTokenError"
        text: form.fieldErrors["accessToken"] ?? ""
    }

    ExpandableSection {
        id: advanced
        objectName: "clinicAdvanced"
        title: qsTr("Advanced")
        summary: form.hasAdvanced ? qsTr("the clinic's own certificate is set")
                                  : qsTr("only if your clinic asks for it")
        forcedOpen: (form.fieldErrors["caFile"] ?? "").length > 0
                    || (form.fieldErrors["pinnedPublicKey"] ?? "").length > 0

        BodyText {
            text: qsTr("Some clinics use their own certificates. Fill these in only if your clinic gave you a certificate file or a server key.")
        }
        FieldLabel {
            text: qsTr("Certificate file from your clinic")
        }
        TextEntry {
            id: caField
            objectName: "clinicCaField"
            Layout.fillWidth: true
            text: form.caFile
            placeholderText: qsTr("A .pem file")
            Accessible.name: qsTr("Certificate file from your clinic")
            onTextEdited: form.caFile = text
            onAccepted: page.submit()
        }
        ActionButton {
            objectName: "chooseCaFileButton"
            text: qsTr("Choose file…")
            Accessible.name: qsTr("Choose the certificate file from your clinic")
            onClicked: caDialog.open()
        }
        FieldError {
            objectName: "clinicCaError"
            text: form.fieldErrors["caFile"] ?? ""
        }
        FieldLabel {
            text: qsTr("Server key (pinned)")
        }
        TextEntry {
            id: pinField
            objectName: "clinicPinField"
            Layout.fillWidth: true
            text: form.pinnedPublicKey
            placeholderText: qsTr("sha256//…")
            inputMethodHints: Qt.ImhNoAutoUppercase | Qt.ImhNoPredictiveText
            Accessible.name: qsTr("Pinned server key")
            onTextEdited: form.pinnedPublicKey = text
            onAccepted: page.submit()
        }
        FieldError {
            objectName: "clinicPinError"
            text: form.fieldErrors["pinnedPublicKey"] ?? ""
        }
    }

    ErrorBanner {
        objectName: "clinicError"
        Layout.fillWidth: true
        message: form.errorMessage
        detail: form.errorDetail
    }

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            objectName: "saveClinicButton"
            primary: true
            text: qsTr("Save")
            Accessible.name: qsTr("Save the clinic connection")
            onClicked: page.submit()
        }
        ActionButton {
            objectName: "clinicBackButton"
            text: qsTr("Back")
            Accessible.name: qsTr("Go back to the settings")
            onClicked: page.finished()
        }
    }

    Heading {
        visible: form.enrolled
        text: qsTr("Stop sending to this clinic")
    }
    BodyText {
        visible: form.enrolled
        text: qsTr("Forgetting the clinic removes its address and your access code from Pacewise. Your diary stays on this computer.")
    }
    ActionButton {
        id: forgetButton
        objectName: "forgetClinicButton"
        visible: form.enrolled && !page.confirmingForget
        text: qsTr("Forget this clinic…")
        Accessible.name: qsTr("Forget this clinic")
        onClicked: {
            page.confirmingForget = true
            confirmForgetButton.forceActiveFocus(Qt.TabFocusReason)
        }
    }
    Rectangle {
        objectName: "forgetConfirmation"
        Layout.fillWidth: true
        visible: form.enrolled && page.confirmingForget
        implicitHeight: confirmColumn.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.errorBackground
        border.width: Theme.borderWidth
        border.color: Theme.errorBorder

        ColumnLayout {
            id: confirmColumn
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing

            BodyText {
                text: qsTr("Forget this clinic? Pacewise will stop sending your diary to it until you connect again.")
                color: Theme.errorText
                font.bold: true
            }
            Flow {
                Layout.fillWidth: true
                spacing: Theme.spacing

                ActionButton {
                    id: confirmForgetButton
                    objectName: "confirmForgetButton"
                    primary: true
                    text: qsTr("Yes, forget this clinic")
                    Accessible.name: text
                    onClicked: form.forget()
                }
                ActionButton {
                    objectName: "keepClinicButton"
                    text: qsTr("Keep it")
                    Accessible.name: qsTr("Keep the clinic connection")
                    onClicked: {
                        page.confirmingForget = false
                        forgetButton.forceActiveFocus(Qt.TabFocusReason)
                    }
                }
            }
        }
    }
}
