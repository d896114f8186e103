pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Shapes
import Pacewise.Components
import Pacewise.Diary

// One view of the body map (front or back), drawn from the catalogue's SVG paths. Each region is
// a toggle button shaped like the region: it takes clicks only inside its outline, has the
// region's name for assistive technology, and shows keyboard focus as a thick outline. The view
// is one stop for Tab; the arrow keys move between its regions and Space marks one.
Item {
    id: view

    property string viewCode
    property string viewLabel
    property string outline
    property ChoiceModel regions
    property real mapWidth: 200
    property real mapHeight: 440
    property real scaleFactor: 1
    // The region that Tab reaches: the last one focused, at first the first of this view.
    property int currentIndex: -1

    signal toggled(string code)

    function regionAt(index) {
        return shapes.itemAt(index)
    }
    function step(from, delta) {
        for (let i = from + delta; i >= 0 && i < shapes.count; i += delta) {
            const item = shapes.itemAt(i)
            if (item && item.inView)
                return item
        }
        return null
    }
    function focusStep(from, delta) {
        const item = step(from, delta)
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }
    function focusEnd(delta) {
        const item = step(delta > 0 ? -1 : shapes.count, delta)
        if (item)
            item.forceActiveFocus(Qt.TabFocusReason)
    }

    implicitWidth: mapWidth * scaleFactor
    implicitHeight: mapHeight * scaleFactor
    Accessible.role: Accessible.Grouping
    Accessible.name: qsTr("Body map, %1").arg(viewLabel)

    Component.onCompleted: {
        const first = step(-1, 1)
        if (first && currentIndex < 0)
            currentIndex = first.index
    }

    Shape {
        id: silhouette
        width: view.mapWidth
        height: view.mapHeight
        transform: Scale { xScale: view.scaleFactor; yScale: view.scaleFactor }

        ShapePath {
            fillColor: Theme.surface
            strokeColor: Theme.border
            strokeWidth: 1.5 / view.scaleFactor
            PathSvg { path: view.outline }
        }
    }

    Repeater {
        id: shapes
        model: view.regions

        AbstractButton {
            id: region

            required property int index
            required property string code
            required property string label
            required property string group
            required property string path
            required property bool selected
            readonly property bool inView: group === view.viewCode

            objectName: "region_" + code
            visible: inView
            width: view.mapWidth * view.scaleFactor
            height: view.mapHeight * view.scaleFactor
            checkable: true
            checked: selected
            focusPolicy: index === view.currentIndex ? Qt.StrongFocus : Qt.ClickFocus
            containmentMask: regionShape
            hoverEnabled: true
            z: activeFocus ? 2 : selected ? 1 : 0 // the focus outline is never under a neighbour
            Accessible.role: Accessible.CheckBox
            Accessible.name: label
            Accessible.description: qsTr("Space marks or unmarks this area. Arrow keys move to the next area.")

            onActiveFocusChanged: {
                if (activeFocus)
                    view.currentIndex = index
            }
            onToggled: view.toggled(code)
            Keys.onRightPressed: view.focusStep(index, 1)
            Keys.onDownPressed: view.focusStep(index, 1)
            Keys.onLeftPressed: view.focusStep(index, -1)
            Keys.onUpPressed: view.focusStep(index, -1)
            Keys.onReturnPressed: { region.toggle(); region.toggled() }
            Keys.onEnterPressed: { region.toggle(); region.toggled() }
            Keys.onPressed: event => {
                if (event.key === Qt.Key_Home)
                    view.focusEnd(1)
                else if (event.key === Qt.Key_End)
                    view.focusEnd(-1)
                else
                    return
                event.accepted = true
            }

            ToolTip.visible: hovered
            ToolTip.text: label
            ToolTip.delay: 300

            contentItem: Item {}
            background: Item {}

            Shape {
                id: regionShape
                width: view.mapWidth
                height: view.mapHeight
                containsMode: Shape.FillContains
                transform: Scale { xScale: view.scaleFactor; yScale: view.scaleFactor }

                ShapePath {
                    fillColor: region.selected ? Theme.accent
                                               : region.hovered ? Theme.accentTint : Theme.background
                    strokeColor: region.activeFocus ? Theme.focusRing : region.selected ? Theme.accentPressed : Theme.border
                    strokeWidth: (region.activeFocus ? Theme.focusWidth + 1 : 1.5) / view.scaleFactor
                    joinStyle: ShapePath.RoundJoin
                    PathSvg { path: region.path }
                }
            }
        }
    }
}
