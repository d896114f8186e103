import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Sync

// What has reached the clinic, in plain words: the status, when it was last sent, a progress bar
// while a sync runs, and Send now / Cancel. Shown on Home and on the clinic connection page.
Rectangle {
    id: root

    required property SyncController controller
    // Home offers the way to the clinic settings; the clinic page itself does not.
    property bool showSettingsButton: true

    signal settingsRequested()

    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.margin
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Your clinic")

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.margin
        spacing: Theme.spacing

        Heading {
            Layout.topMargin: 0
            text: qsTr("Your clinic")
        }

        BodyText {
            objectName: "syncStatusText"
            visible: root.controller.busy || root.controller.errorMessage.length === 0
            text: root.controller.statusText
        }
        ErrorBanner {
            objectName: "syncError"
            Layout.fillWidth: true
            visible: !root.controller.busy && root.controller.errorMessage.length > 0
            message: root.controller.errorMessage
            detail: root.controller.errorDetail
        }
        BodyText {
            objectName: "syncHeldText"
            visible: text.length > 0
            text: root.controller.heldText
        }
        BodyText {
            objectName: "lastSyncText"
            visible: root.controller.enrolled
            muted: true
            text: root.controller.lastSyncText
        }

        ProgressBar {
            id: bar
            objectName: "syncProgress"
            Layout.fillWidth: true
            visible: root.controller.busy
            from: 0
            to: 1
            value: root.controller.progress
            indeterminate: !root.controller.progressKnown
            Accessible.name: root.controller.progressText

            background: Rectangle {
                implicitHeight: Math.round(14 * Theme.textScale)
                radius: height / 2
                color: Theme.meterTrack
            }
            contentItem: Item {
                implicitHeight: Math.round(14 * Theme.textScale)
                clip: true

                Rectangle {
                    visible: !bar.indeterminate
                    width: bar.visualPosition * parent.width
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent
                }
                // Unknown amount: a block that slides across, so the bar still shows life.
                Rectangle {
                    visible: bar.indeterminate
                    width: bar.availableWidth / 4
                    height: parent.height
                    radius: height / 2
                    color: Theme.accent

                    XAnimator on x {
                        running: bar.indeterminate && bar.visible
                        loops: Animation.Infinite
                        from: -bar.availableWidth / 4
                        to: bar.availableWidth
                        duration: 1400
                    }
                }
            }
        }
        BodyText {
            objectName: "syncProgressText"
            visible: root.controller.busy
            text: root.controller.progressText
        }

        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ActionButton {
                objectName: "sendNowButton"
                visible: root.controller.enrolled && !root.controller.busy
                text: qsTr("Send now")
                Accessible.name: qsTr("Send what is waiting to your clinic now")
                onClicked: root.controller.syncNow()
            }
            ActionButton {
                objectName: "cancelSyncButton"
                visible: root.controller.busy
                text: qsTr("Stop sending")
                Accessible.name: qsTr("Stop sending to your clinic")
                Accessible.description: qsTr("Nothing is lost: what was not sent is sent next time")
                onClicked: root.controller.cancel()
            }
            ActionButton {
                objectName: "clinicSettingsButton"
                visible: root.showSettingsButton
                         && (!root.controller.enrolled || root.controller.needsAttention)
                text: root.controller.enrolled ? qsTr("Check the clinic connection")
                                               : qsTr("Connect to your clinic")
                Accessible.name: text
                onClicked: root.settingsRequested()
            }
        }
    }
}
