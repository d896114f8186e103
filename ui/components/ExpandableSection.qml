import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A part of a form that can be folded away: a large header button that says what is inside
// (`summary`, e.g. the current answers) and whether it is open. The content goes in as children.
ColumnLayout {
    id: root

    property string title
    property string summary
    property bool expanded: false // the person's choice
    property bool forcedOpen: false // e.g. while a field inside has a problem
    readonly property bool open: expanded || forcedOpen
    default property alias content: body.data
    readonly property alias header: header

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Button {
        id: header
        objectName: root.objectName.length > 0 ? root.objectName + "Header" : ""
        Layout.fillWidth: true
        focusPolicy: Qt.StrongFocus
        implicitHeight: Math.max(Theme.controlHeight, implicitContentHeight + topPadding + bottomPadding)
        topPadding: Theme.spacing / 2
        bottomPadding: Theme.spacing / 2
        leftPadding: Theme.spacing
        rightPadding: Theme.spacing
        font.pixelSize: Theme.bodySize
        text: root.title
        Accessible.name: root.summary.length > 0 ? root.title + ": " + root.summary : root.title
        Accessible.description: root.open ? qsTr("Open. Press to close.") : qsTr("Closed. Press to open.")
        Accessible.checkable: true
        Accessible.checked: root.open
        onClicked: root.expanded = !root.open
        Keys.onReturnPressed: root.expanded = !root.open
        Keys.onEnterPressed: root.expanded = !root.open

        contentItem: RowLayout {
            spacing: Theme.spacing

            Text {
                // U+25BC and U+25B6: triangles pointing down (open) and right (closed)
                text: root.open ? "\u25BC" : "\u25B6"
                font.pixelSize: Theme.smallSize
                color: Theme.accent
                Accessible.ignored: true
            }
            Text {
                Layout.fillWidth: true
                text: root.summary.length > 0 ? root.title + " \u2014 " + root.summary : root.title
                font.pixelSize: Theme.bodySize
                font.bold: true
                wrapMode: Text.WordWrap
                color: Theme.text
                Accessible.ignored: true
            }
        }

        background: Rectangle {
            radius: Theme.radius
            color: header.down || header.hovered ? Theme.accentTint : Theme.surface
            border.width: 1
            border.color: Theme.meterTrack

            FocusRing {
                visible: header.visualFocus
            }
        }
    }

    ColumnLayout {
        id: body
        Layout.fillWidth: true
        Layout.leftMargin: Theme.spacing
        visible: root.open
        spacing: Theme.spacing
    }
}
