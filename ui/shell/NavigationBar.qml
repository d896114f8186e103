pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components

// The side bar of the unlocked app: one button per section, and Lock at the bottom. It scrolls
// when the sections do not fit (large text on a small screen).
Rectangle {
    id: root

    // [{ key, title }] in display order; `current` is the key of the section shown.
    property var sections: []
    property string current
    property bool lockEnabled: true

    signal sectionChosen(string key)
    signal lockRequested()

    // The usual width, or enough for the longest section name on one line when large text needs
    // more ("Progress" at 200 % was cut off): a name of one word cannot wrap.
    implicitWidth: Math.min(Math.max(Theme.navigationWidth,
                                     buttons.implicitWidth + 2 * flickable.ringRoom + layout.anchors.leftMargin
                                     + layout.anchors.rightMargin),
                            Theme.navigationMaxWidth)
    color: Theme.surface

    Accessible.role: Accessible.PageTabList
    Accessible.name: qsTr("Sections")

    ColumnLayout {
        id: layout
        anchors.fill: parent
        anchors.margins: Theme.spacing
        // Narrower at the sides: "Questionnaires" is one long word, and every pixel the bar
        // takes at large text is one the page does not have.
        anchors.leftMargin: Theme.spacing / 2
        anchors.rightMargin: Theme.spacing / 2
        spacing: Theme.spacing

        Label {
            Layout.fillWidth: true
            Layout.leftMargin: flickable.ringRoom
            text: qsTr("Pacewise")
            font.pixelSize: Theme.headingSize
            font.bold: true
            color: Theme.text
            wrapMode: Text.WordWrap
            Accessible.ignored: true
        }

        Flickable {
            id: flickable
            Layout.fillWidth: true
            Layout.fillHeight: true
            readonly property int ringRoom: Theme.focusWidth + 3 // the focus ring is drawn outside

            contentWidth: width
            contentHeight: buttons.implicitHeight + 2 * ringRoom

            // Keyboard focus on a section the bar has scrolled away from brings it into view.
            function reveal(item) {
                const top = buttons.y + item.y - ringRoom
                const bottom = buttons.y + item.y + item.height + ringRoom
                if (top < contentY)
                    contentY = Math.max(0, top)
                else if (bottom > contentY + height)
                    contentY = Math.min(contentHeight - height, bottom - height)
            }
            boundsBehavior: Flickable.StopAtBounds
            clip: true

            ColumnLayout {
                id: buttons
                x: flickable.ringRoom
                y: flickable.ringRoom
                width: flickable.width - 2 * flickable.ringRoom
                spacing: Theme.spacing / 2

                Repeater {
                    model: root.sections

                    NavigationButton {
                        required property var modelData

                        objectName: "nav_" + modelData.key
                        Layout.fillWidth: true
                        text: modelData.title
                        current: modelData.key === root.current
                        Accessible.role: Accessible.PageTab
                        Accessible.name: modelData.title
                        Accessible.description: current ? qsTr("The page you are on") : ""
                        Accessible.selected: current
                        onClicked: root.sectionChosen(modelData.key)
                        onActiveFocusChanged: {
                            if (activeFocus)
                                flickable.reveal(this)
                        }
                    }
                }
            }
        }

        ActionButton {
            objectName: "navLockButton"
            Layout.fillWidth: true
            Layout.leftMargin: flickable.ringRoom
            Layout.rightMargin: flickable.ringRoom
            text: qsTr("Lock")
            Accessible.name: qsTr("Lock Pacewise now")
            enabled: root.lockEnabled
            onClicked: root.lockRequested()
        }
    }
}
