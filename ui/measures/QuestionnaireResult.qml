import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Measures

// What a finished questionnaire means: the score with its band in words, and how it compares
// with the first time. Plain and calm; the numbers are there for those who want them.
ColumnLayout {
    id: root

    required property QuestionnaireSession session

    signal done()

    function focusFirst() {
        doneButton.forceActiveFocus(Qt.TabFocusReason)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        objectName: "resultHeading"
        level: 1
        text: qsTr("Thank you. Your answers are saved.")
    }

    Rectangle {
        visible: root.session.hasScore
        Layout.fillWidth: true
        implicitHeight: scoreColumn.implicitHeight + 2 * Theme.margin
        radius: Theme.radius
        color: Theme.surface
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Your result")

        ColumnLayout {
            id: scoreColumn
            anchors.fill: parent
            anchors.margins: Theme.margin
            spacing: Theme.spacing / 2

            FieldLabel {
                Layout.topMargin: 0
                text: root.session.scoreTitle
            }
            Label {
                objectName: "scoreText"
                Layout.fillWidth: true
                text: root.session.bandLabel.length > 0
                      ? qsTr("%1: %2").arg(root.session.scoreText).arg(root.session.bandLabel)
                      : root.session.scoreText
                wrapMode: Text.WordWrap
                color: Theme.text
                font.pixelSize: Theme.titleSize
                font.bold: true
            }
            BodyText {
                objectName: "bandMeaning"
                visible: text.length > 0
                text: root.session.bandMeaning
            }
            BodyText {
                objectName: "changeText"
                visible: text.length > 0
                font.bold: root.session.meaningfulChange
                text: root.session.changeText
            }
        }
    }

    BodyText {
        visible: !root.session.hasScore
        text: qsTr("This questionnaire has no score to show here.")
    }
    BodyText {
        muted: true
        text: qsTr("A score is a guide, not a diagnosis. Your care team looks at it with everything else you tell them.")
    }

    ActionButton {
        id: doneButton
        objectName: "resultDoneButton"
        primary: true
        text: qsTr("Done")
        Accessible.name: qsTr("Done: back to the questionnaires")
        onClicked: root.done()
    }
}
