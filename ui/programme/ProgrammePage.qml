pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Profile
import Pacewise.Programme

// The programme's overview: the ten modules in order, each with what it is for, where it stands
// (locked with the reason, ready, in progress, done), its reading time, the button to start,
// continue or read it again, and a summary for family and caregivers.
ScrollingPage {
    id: page
    objectName: "programmePage"
    title: qsTr("Programme")

    readonly property alias modules: modules

    signal moduleRequested(string moduleId)

    StackView.onActivated: modules.refresh()
    Component.onCompleted: focusLater.restart()

    // The button of the module to go on with takes the focus once the list is built.
    Timer {
        id: focusLater
        interval: 0
        onTriggered: {
            const row = Math.max(0, modules.rowOf(modules.nextModuleId))
            const card = cards.itemAt(row) as ModuleCard
            if (card && card.actionButton.visible)
                card.actionButton.forceActiveFocus(Qt.OtherFocusReason)
        }
    }

    ProgrammeModel {
        id: modules
        session: ProfileSession
    }

    Heading {
        level: 1
        text: qsTr("Your programme")
    }
    BodyText {
        text: qsTr("Short lessons about living with pain, with things to try. Take them at your own pace: you can stop on any page and go on later from the same place.")
    }
    BodyText {
        objectName: "overallText"
        visible: text.length > 0
        text: modules.overallText
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: modules.errorMessage
        detail: modules.errorDetail
    }

    Repeater {
        id: cards
        model: modules

        ModuleCard {
            onOpenRequested: moduleId => page.moduleRequested(moduleId)
        }
    }
}
