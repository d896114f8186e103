pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Home
import Pacewise.Profile
import Pacewise.Settings

// The window, and the one place that decides which page is shown: while the profile is not open,
// its state picks the page; once it is open, the navigation bar picks the section. Pages only
// emit intents (signals) and call the session; they never navigate themselves.
ApplicationWindow {
    id: window

    // The sections of the unlocked app, in navigation order. A new capability adds its page here.
    readonly property var sections: [
        { key: "home", title: qsTr("Home"), page: homePage },
        { key: "settings", title: qsTr("Settings"), page: settingsPage },
    ]
    property string currentSection: "home"

    function show(component) {
        ProfileSession.clearError()
        stack.replace(null, component, {}, StackView.Immediate)
        stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
    }

    function showSection(key) {
        const section = sections.find(s => s.key === key)
        if (!section)
            return
        currentSection = key
        show(section.page)
    }

    function showState() {
        switch (ProfileSession.state) {
        case ProfileSession.NeedsSetup:
            show(firstRunPage)
            break
        case ProfileSession.Locked:
            show(unlockPage)
            break
        case ProfileSession.KeyFileMissing:
            show(missingKeyPage)
            break
        case ProfileSession.Unlocked:
            showSection("home")
            break
        }
    }

    // Fits a 1366x768 screen with a task bar; smaller screens get a smaller window.
    width: Math.min(1200, Screen.desktopAvailableWidth)
    height: Math.min(740, Screen.desktopAvailableHeight)
    minimumWidth: 480
    minimumHeight: 360
    visible: true
    title: qsTr("Pacewise")
    color: Theme.background
    font.pixelSize: Theme.bodySize

    // A light, high-contrast palette whatever the desktop theme is.
    palette.window: Theme.background
    palette.windowText: Theme.text
    palette.base: Theme.background
    palette.text: Theme.text
    palette.button: Theme.background
    palette.buttonText: Theme.accent
    palette.highlight: Theme.accent
    palette.highlightedText: Theme.textOnAccent
    palette.placeholderText: Theme.mutedText
    palette.toolTipBase: Theme.text
    palette.toolTipText: Theme.background

    Component.onCompleted: showState()

    Connections {
        target: ProfileSession
        function onStateChanged() {
            window.showState()
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationBar {
            objectName: "navigationBar"
            Layout.fillHeight: true
            visible: ProfileSession.state === ProfileSession.Unlocked
            sections: window.sections
            current: window.currentSection
            lockEnabled: !ProfileSession.busy
            onSectionChosen: key => window.showSection(key)
            onLockRequested: ProfileSession.lock()
        }

        StackView {
            id: stack
            objectName: "pageStack"
            Layout.fillWidth: true
            Layout.fillHeight: true
        }
    }

    Component {
        id: firstRunPage
        FirstRunPage {}
    }
    Component {
        id: unlockPage
        UnlockPage {}
    }
    Component {
        id: missingKeyPage
        MissingKeyPage {}
    }
    Component {
        id: homePage
        HomePage {
            onSettingsRequested: window.showSection("settings")
        }
    }
    Component {
        id: settingsPage
        SettingsPage {
            onChangePassphraseRequested: {
                ProfileSession.clearError()
                stack.push(changePassphrasePage, {}, StackView.Immediate)
                stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
            }
        }
    }
    Component {
        id: changePassphrasePage
        ChangePassphrasePage {
            onFinished: {
                ProfileSession.clearError()
                stack.pop(StackView.Immediate)
                stack.currentItem.forceActiveFocus(Qt.OtherFocusReason)
            }
        }
    }
}
