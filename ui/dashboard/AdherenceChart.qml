pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import QtCharts
import Pacewise.Components
import Pacewise.Dashboard

// Homework done per week (per month over a year or more), as stacked bars: done on time, done
// late, not done. The values come from the AdherenceModel (the screen does no arithmetic);
// assistive technology gets the chart in words.
ColumnLayout {
    id: root

    property AdherenceModel model

    readonly property color onTimeColour: Theme.chartMood
    readonly property color lateColour: "#6b8fbf"
    readonly property color notDoneColour: Theme.meterTrack

    function fill() {
        if (root.model)
            root.model.fillBars(onTime, late, notDone)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.Chart
    Accessible.name: root.model ? root.model.chartTitle : ""
    Accessible.description: root.model ? root.model.chartText : ""

    Connections {
        target: root.model
        function onFiguresChanged() {
            root.fill()
        }
    }
    Component.onCompleted: fill()

    ChartView {
        id: chart
        Layout.fillWidth: true
        implicitHeight: Math.round(260 * Math.min(Theme.textScale, 1.6))
        antialiasing: true
        backgroundColor: Theme.background
        backgroundRoundness: 0
        legend.visible: false // the legend below wraps at large text
        margins.left: 0
        margins.right: Theme.spacing
        margins.top: Theme.spacing / 2
        margins.bottom: 0
        Accessible.ignored: true

        StackedBarSeries {
            id: bars
            barWidth: 0.8
            axisX: BarCategoryAxis {
                categories: root.model ? root.model.categories : []
                labelsFont.pixelSize: Theme.smallSize
                labelsColor: Theme.text
                labelsVisible: root.model ? root.model.categories.length <= chart.fittingLabels : true
                gridVisible: false
                color: Theme.border
            }
            axisY: ValueAxis {
                min: 0
                max: root.model ? root.model.valueMax : 1
                tickType: ValueAxis.TicksDynamic
                tickAnchor: 0
                tickInterval: root.model ? Math.max(1, Math.ceil(root.model.valueMax / 5)) : 1
                labelFormat: "%d"
                titleText: qsTr("Homework due")
                titleFont.pixelSize: Theme.smallSize
                titleFont.bold: false
                titleBrush: Theme.text
                labelsFont.pixelSize: Theme.smallSize
                labelsColor: Theme.text
                gridLineColor: Theme.chartGrid
                color: Theme.border
            }

            BarSet {
                id: onTime
                label: qsTr("Done on time")
                color: root.onTimeColour
                borderColor: Theme.background
            }
            BarSet {
                id: late
                label: qsTr("Done late")
                color: root.lateColour
                borderColor: Theme.background
            }
            BarSet {
                id: notDone
                label: qsTr("Not done")
                color: root.notDoneColour
                borderColor: Theme.background
            }
        }

        // How many bar labels fit side by side without overlapping.
        readonly property int fittingLabels: {
            const characters = root.model && root.model.byMonth ? 9 : 7
            return Math.max(1, Math.floor(plotArea.width / (Theme.smallSize * 0.7 * characters)))
        }
    }

    // The legend, which wraps at large text; each colour also has its name.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing
        Accessible.ignored: true

        Repeater {
            model: [
                { label: qsTr("Done on time"), colour: root.onTimeColour },
                { label: qsTr("Done late"), colour: root.lateColour },
                { label: qsTr("Not done"), colour: root.notDoneColour },
            ]

            Row {
                id: entry
                required property var modelData
                spacing: Theme.spacing / 2

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: Theme.smallSize
                    height: Theme.smallSize
                    color: entry.modelData.colour
                    border.width: 1
                    border.color: Theme.border
                }
                Text {
                    text: entry.modelData.label
                    font.pixelSize: Theme.smallSize
                    color: Theme.text
                }
            }
        }
    }
}
