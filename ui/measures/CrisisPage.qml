pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures
import Pacewise.Profile

// Help now, in plain words: the emergency number first, then the crisis lines of the patient's
// country (data from resources/crisis/, or the clinic's own list), and the truth about who sees
// the answers: nobody watches them as they are given. No alarm colours and nothing to click
// through: the numbers are large, and can be selected and copied.
ScrollingPage {
    id: page
    objectName: "crisisPage"
    title: qsTr("Help is available")

    // Where the person came from: the questionnaire offers to go back to it.
    property bool fromQuestionnaire: true
    readonly property alias crisis: crisis

    signal finished()

    CrisisResources {
        id: crisis
        session: ProfileSession
    }

    Component.onCompleted: focusLater.restart()

    // The first sentence takes the focus once the page is shown, so it is read out first.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: urgent.forceActiveFocus(Qt.TabFocusReason)
    }
    StackView.onActivated: crisis.refresh()

    Heading {
        level: 1
        text: page.title
    }

    // The sentence that matters most, first, and the first thing a screen reader reads.
    Rectangle {
        id: urgent
        objectName: "urgentBox"
        Layout.fillWidth: true
        implicitHeight: urgentText.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.noticeBackground
        border.width: Theme.borderWidth
        border.color: Theme.noticeBorder
        activeFocusOnTab: true
        Accessible.role: Accessible.StaticText
        Accessible.name: crisis.urgentText

        Label {
            id: urgentText
            objectName: "urgentText"
            anchors.fill: parent
            anchors.margins: Theme.margin
            text: crisis.urgentText
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            Accessible.ignored: true
        }
        FocusRing {
            visible: urgent.activeFocus
        }
    }

    SelectableNumber {
        objectName: "emergencyNumber"
        visible: crisis.emergencyNumber.length > 0
        label: qsTr("Emergency number")
        number: crisis.emergencyNumber
    }

    // Said before the lines: the person must not wait for the clinic to call.
    Heading {
        text: qsTr("Who sees your answers")
    }
    BodyText {
        objectName: "monitoringText"
        text: crisis.monitoringText
    }

    Heading {
        visible: lines.count > 0
        text: qsTr("People you can talk to now")
    }

    Repeater {
        id: lines
        model: crisis.lines

        Rectangle {
            id: card
            required property var modelData
            required property int index
            objectName: "crisisLine_" + index
            Layout.fillWidth: true
            implicitHeight: cardColumn.implicitHeight + 2 * Theme.margin
            radius: Theme.radius
            color: Theme.surface
            Accessible.role: Accessible.Grouping
            Accessible.name: modelData.name

            ColumnLayout {
                id: cardColumn
                anchors.fill: parent
                anchors.margins: Theme.margin
                spacing: Theme.spacing / 2

                Heading {
                    Layout.topMargin: 0
                    text: card.modelData.name
                }
                SelectableNumber {
                    visible: card.modelData.phone.length > 0
                    label: qsTr("Call")
                    number: card.modelData.phone
                }
                SelectableNumber {
                    visible: card.modelData.sms.length > 0
                    label: qsTr("Send a text message to")
                    number: card.modelData.sms
                }
                BodyText {
                    visible: card.modelData.text.length > 0
                    text: card.modelData.text
                }
                BodyText {
                    visible: card.modelData.hours.length > 0
                    text: card.modelData.hours
                }
                BodyText {
                    visible: card.modelData.description.length > 0
                    muted: true
                    text: card.modelData.description
                }
                SelectableNumber {
                    visible: card.modelData.url.length > 0
                    label: qsTr("Website")
                    number: card.modelData.url
                    small: true
                }
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "crisisBackButton"
            primary: true
            text: page.fromQuestionnaire ? qsTr("Back to the questionnaire") : qsTr("Back")
            Accessible.name: page.fromQuestionnaire ? qsTr("Back to the questionnaire: your answers are kept")
                                                    : qsTr("Back to the questionnaires")
            onClicked: page.finished()
        }
    }
}
