import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// A page whose content scrolls instead of being clipped (at 200 % text most pages are taller
// than a 1366x768 screen), in a column of readable width. Tabbing to a control scrolls it into
// view.
FocusScope {
    id: page

    default property alias content: column.data
    property string title
    // Text pages keep lines readable; pages of charts may ask for more room.
    property int maximumContentWidth: Theme.readableWidth

    Accessible.role: Accessible.Pane
    Accessible.name: title

    // The control with the keyboard focus, when it is on this page.
    property Item focusedItem: null

    function contains(item) {
        for (let inside = item; inside; inside = inside.parent) {
            if (inside === column)
                return true
        }
        return false
    }

    function ensureVisible(item) {
        if (!item || !item.visible)
            return
        const top = item.mapToItem(column, 0, 0).y + column.y
        const bottom = top + item.height
        const margin = Theme.margin
        if (top - margin < flickable.contentY)
            flickable.contentY = Math.max(0, top - margin)
        else if (bottom + margin > flickable.contentY + flickable.height)
            flickable.contentY = Math.max(0, Math.min(flickable.contentHeight - flickable.height,
                                                      bottom + margin - flickable.height))
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.window ? page.Window.window.activeFocusItem : null
            page.focusedItem = page.contains(item) ? item : null
            if (page.focusedItem)
                page.ensureVisible(page.focusedItem)
        }
    }

    Timer {
        id: settle
        interval: 0
        onTriggered: page.ensureVisible(page.focusedItem)
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true
        // Layouts settle after the focus moved, and text appears under fields as people type:
        // keep the focused control in view through both.
        onContentHeightChanged: settle.restart()
        onHeightChanged: settle.restart()

        // A wide, dark scroll bar that is always shown when the page is longer than the window:
        // the sign that there is more below.
        ScrollBar.vertical: ScrollBar {
            id: scrollBar
            visible: flickable.contentHeight > flickable.height
            policy: ScrollBar.AlwaysOn
            minimumSize: 0.1
            padding: 3
            Accessible.name: qsTr("Scroll the page")
            contentItem: Rectangle {
                implicitWidth: Math.round(10 * Theme.textScale)
                radius: width / 2
                color: scrollBar.pressed ? Theme.text : Theme.border
            }
            background: Rectangle {
                color: Theme.surface
            }
        }

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flickable.width - width) / 2)
            y: Theme.margin
            width: Math.min(flickable.width - 2 * Theme.margin, page.maximumContentWidth)
            spacing: Theme.spacing
        }
    }
}
