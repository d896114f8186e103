pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components

// A short list of sentences under a heading, or a line saying there is nothing to show.
ColumnLayout {
    id: root

    property string title
    property var lines: []
    property string emptyText

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Heading {
        text: root.title
        font.pixelSize: Theme.bodySize
    }
    BodyText {
        visible: root.lines.length === 0
        muted: true
        text: root.emptyText
    }
    Repeater {
        model: root.lines
        BodyText {
            required property string modelData
            // U+2022 BULLET
            text: "\u2022 " + modelData
            leftPadding: Theme.spacing
        }
    }
}
