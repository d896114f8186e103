pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary

// The body map: front and back side by side (or one under the other in a narrow window), so
// nothing is hidden behind a switch. Under it, in words: the area under the keyboard focus and
// the areas marked.
ColumnLayout {
    id: root

    property ChoiceModel regions
    property var views: [] // [{code, label, outline}]
    property real mapWidth: 200
    property real mapHeight: 440

    signal toggled(string code)

    function view(code) {
        for (let i = 0; i < viewRepeater.count; ++i) {
            const item = viewRepeater.itemAt(i)
            if (item && item.viewCode === code)
                return item.map
        }
        return null
    }

    // Large targets for unsteady hands, growing with the text, but the whole figure stays on a
    // 768-pixel screen.
    readonly property real scaleFactor: Math.max(0.6, Math.min(1.25 * Theme.textScale, 1.5,
        (width - Theme.spacing * 2) / (2 * mapWidth),
        (Window.height - 2 * Theme.controlHeight - 2 * Theme.margin) / mapHeight))
    // The area under the keyboard focus, if any: its code, name and whether it is marked.
    readonly property string focusedCode: {
        const item = Window.activeFocusItem
        return item && item.objectName.startsWith("region_") ? item.objectName.substring(7) : ""
    }
    readonly property var markedCodes: regions ? regions.selectedCodes : []
    readonly property bool focusedMarked: markedCodes.indexOf(focusedCode) >= 0

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing * 2

        Repeater {
            id: viewRepeater
            model: root.views

            ColumnLayout {
                id: column
                required property var modelData
                readonly property string viewCode: modelData.code
                readonly property alias map: map
                spacing: Theme.spacing / 2

                Label {
                    Layout.alignment: Qt.AlignHCenter
                    text: column.modelData.label
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.ignored: true
                }
                BodyMapView {
                    id: map
                    objectName: "bodyMap_" + column.modelData.code
                    viewCode: column.modelData.code
                    viewLabel: column.modelData.label
                    outline: column.modelData.outline
                    regions: root.regions
                    mapWidth: root.mapWidth
                    mapHeight: root.mapHeight
                    scaleFactor: root.scaleFactor
                    onToggled: code => root.toggled(code)
                }
            }
        }
    }

    BodyText {
        objectName: "focusedRegionText"
        visible: root.focusedCode.length > 0
        font.bold: true
        text: visible ? (root.focusedMarked ? qsTr("%1: marked. Space unmarks it.")
                                            : qsTr("%1: not marked. Space marks it.")).arg(root.regions.labelOf(root.focusedCode))
                      : ""
    }
    BodyText {
        objectName: "selectedRegionsText"
        text: root.regions && root.regions.selectedText.length > 0
              ? qsTr("Marked: %1").arg(root.regions.selectedText)
              : qsTr("No areas marked.")
    }
}
