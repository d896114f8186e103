import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Dashboard

// One questionnaire on the progress screen: the latest score with its band and what the band
// means, the change since the first answer in words, the chart, and a legend for its marks.
// A delegate of MeasureResults' Repeater over a MeasureResultsModel.
Rectangle {
    id: card

    required property int index
    required property string measureId
    required property string title
    required property string scoreTitle
    required property string latestText
    required property string latestMeaning
    required property string latestDateText
    required property string baselineText
    required property string changeText
    required property int changeKind
    required property string scaleText
    required property string chartText
    required property real valueMin
    required property real valueMax
    required property real tickInterval
    required property string labelFormat
    required property var bands
    required property bool hasBetter
    required property bool hasWorse
    required property bool startInPeriod
    property MeasureResultsModel results

    readonly property bool better: changeKind === MeasureResultsModel.Better
    readonly property bool worse: changeKind === MeasureResultsModel.Worse
    // Without a threshold (PGIC) nothing is compared with the first answer: no level line.
    readonly property bool compared: changeKind !== MeasureResultsModel.NoThreshold

    objectName: "measureCard_" + measureId
    Layout.fillWidth: true
    implicitHeight: column.implicitHeight + 2 * Theme.spacing
    radius: Theme.radius
    color: Theme.surface
    Accessible.role: Accessible.Grouping
    Accessible.name: card.title

    ColumnLayout {
        id: column
        anchors.fill: parent
        anchors.margins: Theme.spacing
        spacing: Theme.spacing / 2

        Heading {
            text: card.title
            font.pixelSize: Theme.bodySize
            Layout.topMargin: 0
        }
        Label {
            objectName: "latestText"
            Layout.fillWidth: true
            wrapMode: Text.WordWrap
            textFormat: Text.PlainText
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.bold: true
            text: card.latestText
            Accessible.name: qsTr("Latest score: %1").arg(card.latestText)
        }
        BodyText {
            visible: text.length > 0
            text: card.latestMeaning
        }
        BodyText {
            muted: true
            text: card.latestDateText
        }
        BodyText {
            objectName: "changeText"
            visible: card.changeText.length > 0
            // U+2605 BLACK STAR and U+25C6 BLACK DIAMOND: the marks of the chart; the words say it
            // too, so colour and shape are never the only sign.
            text: (card.better ? "\u2605 " : card.worse ? "\u25c6 " : "") + card.changeText
            color: card.better ? chart.betterColour : card.worse ? chart.worseColour : Theme.text
            font.bold: card.better || card.worse
            Accessible.name: card.changeText
        }
        BodyText {
            muted: true
            text: card.baselineText
        }

        MeasureChart {
            id: chart
            objectName: "measureChart_" + card.measureId
            model: card.results
            row: card.index
            title: qsTr("%1, answer by answer").arg(card.title)
            valueTitle: card.scoreTitle
            valueMin: card.valueMin
            valueMax: card.valueMax
            tickInterval: card.tickInterval
            labelFormat: card.labelFormat
            bands: card.bands
            showStartLevel: card.compared
            description: card.chartText
        }

        // The chart's marks; the bands are named beside the chart.
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing
            Accessible.ignored: true

            LegendEntry {
                swatch: "line"
                maximumWidth: column.width
                colour: chart.scoreColour
                text: qsTr("Your scores")
            }
            LegendEntry {
                visible: card.startInPeriod
                swatch: "\u25a0" // BLACK SQUARE
                maximumWidth: column.width
                colour: chart.startColour
                text: qsTr("Your first answer")
            }
            LegendEntry {
                visible: card.compared
                swatch: "dashes"
                maximumWidth: column.width
                colour: chart.startColour
                text: qsTr("The level of your first answer")
            }
            LegendEntry {
                visible: card.hasBetter
                swatch: "\u2605"
                maximumWidth: column.width
                colour: chart.betterColour
                text: qsTr("A meaningful improvement since your first answer")
            }
            LegendEntry {
                visible: card.hasWorse
                swatch: "\u25c6"
                maximumWidth: column.width
                colour: chart.worseColour
                text: qsTr("A meaningful change for the worse since your first answer")
            }
        }
        BodyText {
            muted: true
            font.pixelSize: Theme.smallSize
            text: card.scaleText
        }
    }

    component LegendEntry: Row {
        id: entry
        property string swatch
        property color colour
        property string text
        property real maximumWidth: 400

        spacing: Theme.spacing / 2
        Item {
            width: Theme.smallSize * 1.6
            height: label.height
            Rectangle {
                visible: entry.swatch === "line"
                anchors.verticalCenter: parent.verticalCenter
                width: parent.width
                height: 3
                color: entry.colour
            }
            Row {
                visible: entry.swatch === "dashes"
                anchors.verticalCenter: parent.verticalCenter
                spacing: parent.width / 9
                Repeater {
                    model: 3
                    Rectangle {
                        width: entry.parent ? Theme.smallSize * 1.6 / 4 : 0
                        height: 2
                        color: entry.colour
                    }
                }
            }
            Text {
                visible: entry.swatch !== "line" && entry.swatch !== "dashes"
                anchors.centerIn: parent
                text: entry.swatch
                color: entry.colour
                font.pixelSize: Theme.bodySize
            }
        }
        Label {
            id: label
            text: entry.text
            color: Theme.text
            font.pixelSize: Theme.smallSize
            wrapMode: Text.WordWrap
            width: Math.min(implicitWidth, entry.maximumWidth - Theme.smallSize * 2.5)
        }
    }
}
