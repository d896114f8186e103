import QtQuick
import QtQuick.Layouts
import QtCharts
import Pacewise.Components
import Pacewise.Dashboard

// One questionnaire's answers over the period: its bands shaded across the chart and named on
// the right, the scores as a line, the first answer (a square, and a dashed line at its level
// when the measure has a threshold of meaningful change),
// and the answers whose change since the first one is meaningful (a star for better, a diamond
// for worse). The series are made here in drawing order, bands first so that they lie behind,
// and filled by the MeasureResultsModel (the screen does no arithmetic). Assistive technology
// gets the chart in words.
Item {
    id: root

    property MeasureResultsModel model
    property int row: -1
    property string title
    property string valueTitle
    property real valueMin: 0
    property real valueMax: 10
    property real tickInterval: 2
    property string labelFormat: "%d"
    // [{ label, lower, upper, middle, rank }], lowest scores first
    property var bands: []
    property bool showStartLevel: true
    property string description

    // Light tints, the best band first: told apart by hue and lightness, none of them alarming.
    readonly property var bandColours: ["#e3f1e6", "#e4edf8", "#f6efd6", "#f6e3d3", "#ece2f3",
                                        "#e6e9ed", "#f1e7de"]
    readonly property color scoreColour: Theme.accent
    readonly property color startColour: "#3d3d3d"
    readonly property color betterColour: "#1e6b3f"
    readonly property color worseColour: "#8a5300"
    readonly property bool dense: model ? model.dense : false
    readonly property int markerSize: Math.round((dense ? 9 : 13) * Math.min(Theme.textScale, 1.5))

    function fill() {
        chart.removeAllSeries()
        if (!root.model || root.row < 0)
            return
        for (let i = 0; i < root.bands.length; ++i) {
            const area = chart.createSeries(ChartView.SeriesTypeArea, root.bands[i].label, xAxis, yAxis)
            root.model.fillBand(area, root.row, i)
            area.color = root.bandColours[Math.min(root.bands[i].rank, root.bandColours.length - 1)]
            area.borderWidth = 0
        }

        if (root.showStartLevel) {
            const level = chart.createSeries(ChartView.SeriesTypeLine, qsTr("Your first answer"), xAxis, yAxis)
            level.color = root.startColour
            level.width = 2
            level.style = Qt.DashLine
            root.model.fillStartLevel(level, root.row)
        }

        const scores = chart.createSeries(ChartView.SeriesTypeLine, qsTr("Your scores"), xAxis, yAxis)
        scores.color = root.scoreColour
        scores.width = root.dense ? 2 : 3
        scores.pointsVisible = !root.dense
        root.model.fillScores(scores, root.row)

        const start = chart.createSeries(ChartView.SeriesTypeScatter, qsTr("Your first answer"), xAxis, yAxis)
        start.markerShape = ScatterSeries.MarkerShapeRectangle
        start.markerSize = root.markerSize
        start.color = root.startColour
        start.borderColor = Theme.background
        start.borderWidth = 1
        root.model.fillStart(start, root.row)

        const better = chart.createSeries(ChartView.SeriesTypeScatter, qsTr("Meaningful improvement"), xAxis, yAxis)
        better.markerShape = ScatterSeries.MarkerShapeStar
        better.markerSize = Math.round(root.markerSize * 1.5)
        better.color = root.betterColour
        better.borderColor = Theme.background
        better.borderWidth = 1
        root.model.fillMeaningful(better, root.row, true)

        const worse = chart.createSeries(ChartView.SeriesTypeScatter, qsTr("Meaningful change for the worse"), xAxis, yAxis)
        worse.markerShape = ScatterSeries.MarkerShapeRotatedRectangle
        worse.markerSize = Math.round(root.markerSize * 1.2)
        worse.color = root.worseColour
        worse.borderColor = Theme.background
        worse.borderWidth = 1
        root.model.fillMeaningful(worse, root.row, false)
    }

    Layout.fillWidth: true
    implicitHeight: Math.round(300 * Math.min(Theme.textScale, 1.6))
    Accessible.role: Accessible.Chart
    Accessible.name: title
    Accessible.description: description

    // Cards are made anew when the results change (a model reset), so one fill is enough.
    Component.onCompleted: fill()

    ChartView {
        id: chart
        // As many date labels as fit side by side (as in TrendChart).
        readonly property int fittingTicks: {
            const characters = root.model ? root.model.axisFormat.length + 2 : 8
            return Math.max(2, Math.floor(plotArea.width / (Theme.smallSize * 0.8 * characters)) + 1)
        }

        anchors.fill: parent
        antialiasing: true
        backgroundColor: Theme.background
        backgroundRoundness: 0
        legend.visible: false // MeasureCard draws a legend that wraps at large text
        margins.left: 0
        margins.right: root.bandLabelWidth > 0 ? root.bandLabelWidth + Theme.spacing : Theme.spacing
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
        // (qmllint of Qt 6.4 does not know ValueAxis: see TrendChart.)
        ValueAxis {
            id: yAxis
            min: root.valueMin
            max: root.valueMax
            tickType: ValueAxis.TicksDynamic
            tickAnchor: root.valueMin
            tickInterval: root.tickInterval
            labelFormat: root.labelFormat
            titleText: root.valueTitle
            titleFont.pixelSize: Theme.smallSize
            titleFont.bold: false
            titleBrush: Theme.text
            labelsFont.pixelSize: Theme.smallSize
            labelsColor: Theme.text
            gridVisible: false // the band edges are the guides
            color: Theme.border
        }
    }

    // The band names beside the shading, each at the middle of its band.
    readonly property real bandLabelWidth: {
        let widest = 0
        for (let i = 0; i < bandLabels.count; ++i) {
            const label = bandLabels.itemAt(i)
            if (label)
                widest = Math.max(widest, label.implicitWidth)
        }
        return widest
    }
    Repeater {
        id: bandLabels
        model: root.bands
        Text {
            required property var modelData
            x: chart.plotArea.x + chart.plotArea.width + Theme.spacing / 2
            y: chart.plotArea.y + chart.plotArea.height
               * (root.valueMax - modelData.middle) / Math.max(1e-9, root.valueMax - root.valueMin)
               - height / 2
            text: modelData.label
            font.pixelSize: Theme.smallSize
            color: Theme.text
            Accessible.ignored: true
        }
    }
}
