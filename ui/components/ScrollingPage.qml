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

    Accessible.role: Accessible.Pane
    Accessible.name: title

    function ensureVisible(item) {
        let inside = item
        while (inside && inside !== column)
            inside = inside.parent
        if (!inside)
            return
        const top = item.mapToItem(column, 0, 0).y + column.y
        const bottom = top + item.height
        const margin = Theme.margin
        if (top - margin < flickable.contentY)
            flickable.contentY = Math.max(0, top - margin)
        else if (bottom + margin > flickable.contentY + flickable.height)
            flickable.contentY = Math.min(flickable.contentHeight - flickable.height,
                                          bottom + margin - flickable.height)
    }

    Connections {
        target: page.Window.window
        function onActiveFocusItemChanged() {
            const item = page.Window.window ? page.Window.window.activeFocusItem : null
            if (item)
                page.ensureVisible(item)
        }
    }

    Flickable {
        id: flickable
        anchors.fill: parent
        contentWidth: width
        contentHeight: column.implicitHeight + 2 * Theme.margin
        boundsBehavior: Flickable.StopAtBounds
        clip: true

        ScrollBar.vertical: ScrollBar {
            policy: flickable.contentHeight > flickable.height ? ScrollBar.AlwaysOn : ScrollBar.AsNeeded
            minimumSize: 0.1
            Accessible.name: qsTr("Scroll the page")
        }

        ColumnLayout {
            id: column
            x: Math.max(Theme.margin, (flickable.width - width) / 2)
            y: Theme.margin
            width: Math.min(flickable.width - 2 * Theme.margin, Theme.readableWidth)
            spacing: Theme.spacing
        }
    }
}
