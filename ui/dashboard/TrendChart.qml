import QtQuick
import QtQuick.Layouts
import QtCharts
import Pacewise.Components
import Pacewise.Dashboard

// One chart of daily values over the chosen period, with a labelled date axis and value axis.
// The points come from the DashboardModel (the screen does no arithmetic); assistive technology
// gets the chart in words.
Item {
    id: root

    property DashboardModel model
    property string title
    property string valueTitle
    property real valueMax: 10
    property int valueTicks: 6
    property int series: DashboardModel.Pain
    property string seriesName
    property color seriesColour: Theme.chartPainAverage
    property real seriesWidth: 3
    // An optional second line (the 7-day average of pain); -1 for none.
    property int secondSeries: -1
    property string secondSeriesName
    property color secondSeriesColour: Theme.chartPainAverage
    property string description

    readonly property bool dense: model ? model.dense : false

    function fill() {
        if (!root.model)
            return
        // Over months and years a line through every day is a scribble: dots show the spread.
        root.model.fillSeries(root.dense ? firstDots : first, root.series)
        if (root.dense)
            first.clear()
        else
            firstDots.clear()
        if (root.secondSeries >= 0)
            root.model.fillSeries(second, root.secondSeries)
    }

    Layout.fillWidth: true
    implicitHeight: Math.round(280 * Math.min(Theme.textScale, 1.6))
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: description

    Connections {
        target: root.model
        function onFiguresChanged() {
            root.fill()
        }
    }
    Component.onCompleted: fill()

    ChartView {
        id: chart
        // As many date labels as fit side by side without being cut (about 0.8 of the font size
        // a character, and a gap), never more than the model asks for.
        readonly property int fittingTicks: {
            const characters = root.model ? root.model.axisFormat.length + 2 : 8
            return Math.max(2, Math.floor(plotArea.width / (Theme.smallSize * 0.8 * characters)) + 1)
        }

        anchors.fill: parent
        antialiasing: true
        backgroundColor: Theme.background
        backgroundRoundness: 0
        legend.visible: root.secondSeries >= 0
        legend.alignment: Qt.AlignBottom
        legend.font.pixelSize: Theme.smallSize
        legend.labelColor: Theme.text
        margins.left: 0
        margins.right: Theme.spacing
        margins.top: Theme.spacing / 2
        margins.bottom: 0
        Accessible.ignored: true

        DateTimeAxis {
            id: xAxis
            min: root.model ? root.model.axisFrom : new Date()
            max: root.model ? root.model.axisTo : new Date()
            format: root.model ? root.model.axisFormat : "d MMM"
            tickCount: Math.min(root.model ? root.model.axisTickCount : 6, chart.fittingTicks)
            labelsFont.pixelSize: Theme.smallSize
            labelsColor: Theme.text
            gridLineColor: Theme.chartGrid
            lineVisible: true
            color: Theme.border
        }
        // (qmllint of Qt 6.4 does not know ValueAxis: its type file lists QValueAxis twice, the
        // second time under the old name ValuesAxis. The program knows it.)
        ValueAxis {
            id: yAxis
            min: 0
            max: root.valueMax
            tickCount: root.valueTicks
            labelFormat: "%d"
            titleText: root.valueTitle
            titleFont.pixelSize: Theme.smallSize
            titleFont.bold: false
            titleBrush: Theme.text
            labelsFont.pixelSize: Theme.smallSize
            labelsColor: Theme.text
            gridLineColor: Theme.chartGrid
            color: Theme.border
        }
        LineSeries {
            id: first
            name: root.seriesName
            visible: !root.dense
            axisX: xAxis
            axisY: yAxis
            color: root.seriesColour
            width: root.seriesWidth
            pointsVisible: root.model ? root.model.showPoints : false
        }
        ScatterSeries {
            id: firstDots
            name: root.seriesName
            visible: root.dense
            axisX: xAxis
            axisY: yAxis
            color: root.seriesColour
            borderColor: root.seriesColour
            borderWidth: 0
            markerSize: Math.round(4 * Math.min(Theme.textScale, 1.5))
        }
        LineSeries {
            id: second
            name: root.secondSeriesName
            visible: root.secondSeries >= 0
            axisX: xAxis
            axisY: yAxis
            color: root.secondSeriesColour
            width: 4
        }
    }
}
