import QtQuick
import QtQuick.Layouts
import QtCharts
import Pacewise.Components
import Pacewise.Exercises

// The pacing plan week by week: the planned minutes (the quota) as a step line that rises each
// week, and the minutes logged as dots on their days. The points come from the PacingPlanModel
// (the chart does no arithmetic); assistive technology gets the chart in words. The legend is
// drawn here, under the chart, so that it wraps at large text.
ColumnLayout {
    id: root

    required property PacingPlanModel plan

    readonly property color quotaColour: Theme.accent
    readonly property color logColour: Theme.chartActivity
    // About five labelled values on the minutes axis, on round numbers.
    readonly property real minuteStep: {
        const raw = root.plan.chartMaxMinutes / 5
        for (const step of [1, 2, 5, 10, 15, 20, 30, 60, 120])
            if (raw <= step)
                return step
        return 240
    }

    function fill() {
        root.plan.fillQuota(quotaLine)
        root.plan.fillLogs(logDots)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2
    Accessible.role: Accessible.Chart
    Accessible.name: qsTr("Your pacing plan, week by week")
    Accessible.description: root.plan.chartDescription

    Connections {
        target: root.plan
        function onLogsChanged() {
            root.fill()
        }
        function onPlanChanged() {
            root.fill()
        }
    }
    Component.onCompleted: fill()

    ChartView {
        id: chart
        objectName: "pacingChartView"
        Layout.fillWidth: true
        implicitHeight: Math.round(280 * Math.min(Theme.textScale, 1.6))
        antialiasing: true
        backgroundColor: Theme.background
        backgroundRoundness: 0
        legend.visible: false
        margins.left: 0
        margins.right: Theme.spacing
        margins.top: Theme.spacing / 2
        margins.bottom: 0
        Accessible.ignored: true

        // (qmllint of Qt 6.4 does not know ValueAxis: see dashboard/TrendChart.qml.)
        ValueAxis {
            id: xAxis
            min: 0
            max: Math.max(1, root.plan.chartWeeks)
            tickType: ValueAxis.TicksDynamic
            tickAnchor: 0
            tickInterval: root.plan.chartWeeks > 12 ? 4 : 1
            labelFormat: "%d"
            titleText: qsTr("Weeks since the start")
            titleFont.pixelSize: Theme.smallSize
            titleFont.bold: false
            titleBrush: Theme.text
            labelsFont.pixelSize: Theme.smallSize
            labelsColor: Theme.text
            gridLineColor: Theme.chartGrid
            color: Theme.border
        }
        ValueAxis {
            id: yAxis
            min: 0
            max: Math.ceil(root.plan.chartMaxMinutes / root.minuteStep) * root.minuteStep
            tickType: ValueAxis.TicksDynamic
            tickAnchor: 0
            tickInterval: root.minuteStep
            labelFormat: "%d"
            titleText: qsTr("Minutes")
            titleFont.pixelSize: Theme.smallSize
            titleFont.bold: false
            titleBrush: Theme.text
            labelsFont.pixelSize: Theme.smallSize
            labelsColor: Theme.text
            gridLineColor: Theme.chartGrid
            color: Theme.border
        }
        LineSeries {
            id: quotaLine
            name: qsTr("Planned minutes")
            axisX: xAxis
            axisY: yAxis
            color: root.quotaColour
            width: 3
        }
        ScatterSeries {
            id: logDots
            name: qsTr("Minutes you did")
            axisX: xAxis
            axisY: yAxis
            color: root.logColour
            borderColor: Theme.background
            borderWidth: 1
            markerSize: Math.round(14 * Math.min(Theme.textScale, 1.5))
        }
    }

    // The legend: a line for the plan, a dot for what was done.
    Flow {
        Layout.fillWidth: true
        spacing: Theme.margin
        Accessible.ignored: true

        Row {
            spacing: Theme.spacing / 2
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Theme.bodySize * 1.5
                height: 3
                color: root.quotaColour
            }
            Text {
                text: qsTr("Planned minutes")
                font.pixelSize: Theme.smallSize
                color: Theme.text
            }
        }
        Row {
            spacing: Theme.spacing / 2
            Rectangle {
                anchors.verticalCenter: parent.verticalCenter
                width: Math.round(14 * Math.min(Theme.textScale, 1.5))
                height: width
                radius: width / 2
                color: root.logColour
            }
            Text {
                text: qsTr("Minutes you did")
                font.pixelSize: Theme.smallSize
                color: Theme.text
            }
        }
    }
}
