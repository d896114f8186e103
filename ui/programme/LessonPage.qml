pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Programme

// The lesson reader: one page at a time in a centred column of comfortable line length, in
// larger text that follows the app's text scale, opened where the patient left off. Right,
// Page Down and Space turn to the next page, Left and Page Up back, Home and End to the first
// and last page. Past the last page: what comes next and the module's homework.
ScrollingPage {
    id: page
    objectName: "lessonPage"
    title: reader.moduleTitle
    // About 65 characters a line at the reader's size.
    maximumContentWidth: Math.round(34 * page.textSize)

    required property string moduleId
    readonly property alias reader: reader
    readonly property int textSize: Math.round(Theme.bodySize * 1.12)

    signal exerciseRequested(string exerciseId)
    signal moduleRequested(string moduleId)
    signal homeworkRequested()
    signal finished()

    // After every turn the page's title takes the focus: the page starts at the top, a screen
    // reader reads the new title, and the paging keys keep working.
    function turned() {
        pageHeading.forceActiveFocus(Qt.OtherFocusReason)
    }

    LessonReader {
        id: reader
        session: ProfileSession
        moduleId: page.moduleId
        onPageChanged: page.turned()
    }

    StackView.onActivated: reader.resume()
    StackView.onDeactivated: reader.leave()
    Component.onDestruction: reader.leave()
    Component.onCompleted: page.turned()

    Keys.onPressed: event => {
        if (reader.showingEnd && event.key !== Qt.Key_Left && event.key !== Qt.Key_PageUp)
            return
        switch (event.key) {
        case Qt.Key_Right:
        case Qt.Key_PageDown:
        case Qt.Key_Space:
            reader.next()
            break
        case Qt.Key_Left:
        case Qt.Key_PageUp:
            reader.previous()
            break
        case Qt.Key_Home:
            reader.first()
            break
        case Qt.Key_End:
            reader.last()
            break
        default:
            return
        }
        event.accepted = true
    }

    Label {
        objectName: "lessonTitle"
        Layout.fillWidth: true
        text: reader.showingEnd ? reader.moduleTitle : reader.moduleTitle + " \u00B7 " + reader.lessonTitle
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
    }
    Heading {
        id: pageHeading
        objectName: "pageHeading"
        level: 1
        text: reader.showingEnd ? qsTr("End of the module") : reader.pageTitle
        activeFocusOnTab: true
        Accessible.role: Accessible.Heading
        Accessible.name: reader.showingEnd ? text : text + ". " + reader.lessonPageText

        FocusRing {
            visible: pageHeading.activeFocus
        }
    }
    Label {
        objectName: "pagePosition"
        visible: !reader.showingEnd && reader.pageCount > 0
        Layout.fillWidth: true
        text: reader.lessonPageText + " \u00B7 " + reader.modulePageText
        wrapMode: Text.WordWrap
        color: Theme.mutedText
        font.pixelSize: Theme.bodySize
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: reader.errorMessage
        detail: reader.errorDetail
    }

    LessonText {
        visible: !reader.showingEnd && reader.pageCount > 0
        reader: reader
        textSize: page.textSize
        onExerciseRequested: exerciseId => page.exerciseRequested(exerciseId)
    }

    LessonEnd {
        visible: reader.showingEnd
        reader: reader
        onModuleRequested: moduleId => page.moduleRequested(moduleId)
        onHomeworkRequested: page.homeworkRequested()
    }

    Flow {
        Layout.fillWidth: true
        Layout.topMargin: Theme.spacing
        spacing: Theme.spacing

        ActionButton {
            objectName: "previousButton"
            visible: reader.pageCount > 0
            enabled: !reader.atFirst || reader.showingEnd
            text: qsTr("Previous page")
            onClicked: reader.previous()
        }
        ActionButton {
            objectName: "nextButton"
            visible: reader.pageCount > 0 && !reader.showingEnd
            primary: true
            text: reader.atLast ? qsTr("Finish the module") : qsTr("Next page")
            onClicked: reader.next()
        }
        ActionButton {
            objectName: "closeLessonButton"
            primary: reader.showingEnd
            text: qsTr("Back to the programme")
            onClicked: page.finished()
        }
    }

    ExpandableSection {
        objectName: "lessonList"
        visible: reader.pageCount > 0
        title: qsTr("Lessons in this module")

        Repeater {
            model: reader.lessons

            ActionButton {
                required property var modelData
                objectName: "lesson_" + modelData.lessonId
                Layout.fillWidth: true
                primary: modelData.current
                text: qsTr("%1. %2 (%3)").arg(modelData.number).arg(modelData.title).arg(modelData.minutesText)
                Accessible.name: modelData.accessibleText
                onClicked: reader.goToLesson(modelData.lessonId)
            }
        }
    }
}
