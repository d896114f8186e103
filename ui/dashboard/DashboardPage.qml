pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Dashboard
import Pacewise.Profile

// "Your progress": a summary in words first, then charts of pain, mood, sleep and activity, the
// questionnaire results, homework done, the pain calendar, and what goes with more or less pain,
// for a week up to all time.
ScrollingPage {
    id: page
    objectName: "dashboardPage"
    title: qsTr("Your progress")
    maximumContentWidth: Math.round(Theme.readableWidth * 1.5)

    readonly property alias dashboard: dashboard
    readonly property alias measureResults: measureResults
    readonly property alias adherence: adherence

    Component.onCompleted: rangeButtons.focusCurrent()

    DashboardModel {
        id: dashboard
        session: ProfileSession
    }
    MeasureResultsModel {
        id: measureResults
        session: ProfileSession
        range: dashboard.range
    }
    AdherenceModel {
        id: adherence
        session: ProfileSession
        range: dashboard.range
    }

    Heading {
        level: 1
        text: page.title
    }
    Flow {
        id: rangeButtons
        objectName: "rangeButtons"
        Layout.fillWidth: true
        spacing: Theme.spacing / 2
        Accessible.role: Accessible.Grouping
        Accessible.name: qsTr("Period")

        function focusCurrent() {
            for (let i = 0; i < ranges.count; ++i) {
                const item = ranges.itemAt(i)
                if (item.checked)
                    item.forceActiveFocus(Qt.OtherFocusReason)
            }
        }

        Repeater {
            id: ranges
            model: [
                { range: DashboardModel.Week, key: "week", label: qsTr("Week") },
                { range: DashboardModel.Month, key: "month", label: qsTr("Month") },
                { range: DashboardModel.ThreeMonths, key: "threeMonths", label: qsTr("3 months") },
                { range: DashboardModel.Year, key: "year", label: qsTr("Year") },
                { range: DashboardModel.AllTime, key: "allTime", label: qsTr("All time") },
            ]

            ChipButton {
                required property var modelData
                objectName: "range_" + modelData.key
                text: modelData.label
                Accessible.name: qsTr("Show %1").arg(modelData.label)
                checked: dashboard.range === modelData.range
                onToggled: dashboard.range = modelData.range
            }
        }
    }
    BodyText {
        objectName: "periodText"
        muted: true
        text: dashboard.periodText
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: dashboard.errorMessage
        detail: dashboard.errorDetail
    }

    Rectangle {
        objectName: "summaryCard"
        Layout.fillWidth: true
        implicitHeight: summary.implicitHeight + 2 * Theme.spacing
        radius: Theme.radius
        color: Theme.surface

        ColumnLayout {
            id: summary
            anchors.fill: parent
            anchors.margins: Theme.spacing
            spacing: Theme.spacing / 2

            Repeater {
                model: dashboard.summarySentences
                BodyText {
                    required property string modelData
                    text: modelData
                }
            }
        }
    }

    ColumnLayout {
        visible: dashboard.hasData
        Layout.fillWidth: true
        spacing: Theme.spacing

        Heading {
            text: qsTr("Pain")
        }
        TrendChart {
            objectName: "painChart"
            model: dashboard
            title: qsTr("Pain, day by day")
            valueTitle: qsTr("Pain (0 to 10)")
            series: DashboardModel.Pain
            seriesName: qsTr("Daily pain")
            seriesColour: Theme.chartPainDaily
            seriesWidth: 2
            secondSeries: DashboardModel.PainRolling
            secondSeriesName: qsTr("7-day average")
            description: dashboard.painChartText
        }
        Heading {
            text: qsTr("Mood")
        }
        TrendChart {
            objectName: "moodChart"
            model: dashboard
            title: qsTr("Mood, day by day")
            valueTitle: qsTr("Mood (0 to 10)")
            series: DashboardModel.Mood
            seriesName: qsTr("Mood")
            seriesColour: Theme.chartMood
            description: dashboard.moodChartText
        }
        Heading {
            text: qsTr("Sleep")
        }
        TrendChart {
            objectName: "sleepChart"
            model: dashboard
            title: qsTr("Hours of sleep, night by night")
            valueTitle: qsTr("Hours")
            valueMax: dashboard.sleepAxisMax
            valueTicks: dashboard.sleepAxisMax / 2 + 1
            series: DashboardModel.SleepHours
            seriesName: qsTr("Hours of sleep")
            seriesColour: Theme.chartSleep
            description: dashboard.sleepChartText
        }
        Heading {
            text: qsTr("Activity")
        }
        TrendChart {
            objectName: "activityChart"
            model: dashboard
            title: qsTr("Active minutes, day by day")
            valueTitle: qsTr("Minutes")
            valueMax: dashboard.activityAxisMax
            valueTicks: 5
            series: DashboardModel.ActiveMinutes
            seriesName: qsTr("Active minutes")
            seriesColour: Theme.chartActivity
            description: dashboard.activityChartText
        }
    }

    // Questionnaires are shown with or without diary entries.
    MeasureResults {
        objectName: "measureResults"
        results: measureResults
    }

    // Homework is shown with or without diary entries.
    Heading {
        text: qsTr("Homework")
    }
    BodyText {
        objectName: "adherenceText"
        text: adherence.overallText
    }
    BodyText {
        visible: text.length > 0
        muted: true
        text: adherence.openText
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: adherence.errorMessage
        detail: adherence.errorDetail
    }
    AdherenceChart {
        objectName: "adherenceChart"
        visible: adherence.hasData
        model: adherence
    }

    ColumnLayout {
        visible: dashboard.hasData
        Layout.fillWidth: true
        spacing: Theme.spacing

        Heading {
            text: qsTr("Pain calendar")
        }
        BodyText {
            visible: dashboard.heatMapNote.length > 0
            muted: true
            text: dashboard.heatMapNote
        }
        PainCalendar {
            objectName: "painCalendar"
            heatMap: dashboard.heatMap
        }

        Heading {
            text: qsTr("What goes with more or less pain")
        }
        BodyText {
            muted: true
            text: qsTr("Things you noted on the same days as higher or lower pain. They are patterns, not proof of cause: talk them over with your clinic.")
        }
        AssociationList {
            objectName: "higherPainList"
            title: qsTr("Noted on days with more pain")
            lines: dashboard.higherPainLines
            emptyText: qsTr("Nothing stands out in this period.")
        }
        AssociationList {
            objectName: "lowerPainList"
            title: qsTr("Noted on days with less pain")
            lines: dashboard.lowerPainLines
            emptyText: qsTr("Nothing stands out in this period.")
        }
    }
}
