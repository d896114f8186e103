pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Dashboard

// The calendar of daily pain: a month per block, a day per cell, coloured by band and carrying
// its (rounded) number, so colour is never the only sign. Each cell says its date and pain to
// assistive technology; each month says how many days have entries.
ColumnLayout {
    id: root

    property HeatMapModel heatMap
    readonly property int cell: Math.round(Theme.bodySize * 2.3)
    readonly property int gap: 3

    Layout.fillWidth: true
    spacing: Theme.spacing

    // The legend: what each colour stands for.
    Flow {
        objectName: "heatMapLegend"
        Layout.fillWidth: true
        spacing: Theme.spacing

        Repeater {
            model: root.heatMap ? root.heatMap.legend : []

            RowLayout {
                id: legendItem
                required property var modelData
                spacing: Theme.spacing / 2
                Rectangle {
                    implicitWidth: root.cell * 0.7
                    implicitHeight: root.cell * 0.7
                    color: Theme.heatColours[legendItem.modelData.band]
                    border.width: 1
                    border.color: Theme.border
                }
                Label {
                    text: legendItem.modelData.text
                    font.pixelSize: Theme.smallSize
                    color: Theme.text
                }
            }
        }
        RowLayout {
            spacing: Theme.spacing / 2
            Rectangle {
                implicitWidth: root.cell * 0.7
                implicitHeight: root.cell * 0.7
                color: Theme.background
                border.width: 1
                border.color: Theme.meterTrack
            }
            Label {
                text: qsTr("no entry")
                font.pixelSize: Theme.smallSize
                color: Theme.text
            }
        }
    }

    Flow {
        objectName: "heatMapMonths"
        Layout.fillWidth: true
        spacing: Theme.spacing * 2

        Repeater {
            model: root.heatMap

            ColumnLayout {
                id: month
                required property string title
                required property int leadingBlanks
                required property var days
                required property string summary

                spacing: Theme.spacing / 2
                Accessible.role: Accessible.Table
                Accessible.name: summary

                Label {
                    text: month.title
                    font.pixelSize: Theme.bodySize
                    font.bold: true
                    color: Theme.text
                    Accessible.ignored: true
                }
                Grid {
                    columns: 7
                    spacing: root.gap

                    Repeater {
                        model: root.heatMap ? root.heatMap.weekdayNames : []
                        Label {
                            required property string modelData
                            width: root.cell
                            horizontalAlignment: Text.AlignHCenter
                            text: modelData
                            font.pixelSize: Theme.smallSize
                            color: Theme.mutedText
                            fontSizeMode: Text.HorizontalFit
                            minimumPixelSize: Theme.smallSize
                            Accessible.ignored: true
                        }
                    }
                    Repeater {
                        model: month.leadingBlanks
                        Item {
                            width: root.cell
                            height: root.cell
                        }
                    }
                    Repeater {
                        model: month.days

                        Rectangle {
                            id: day
                            required property var modelData
                            width: root.cell
                            height: root.cell
                            radius: 3
                            color: modelData.band >= 0 ? Theme.heatColours[modelData.band] : Theme.background
                            border.width: 1
                            border.color: modelData.band >= 0 ? Theme.border : Theme.meterTrack
                            Accessible.role: Accessible.Cell
                            Accessible.name: modelData.name

                            Label {
                                anchors.centerIn: parent
                                text: day.modelData.text
                                font.pixelSize: Theme.smallSize
                                font.bold: true
                                color: day.modelData.band >= 0 ? Theme.heatText[day.modelData.band] : Theme.text
                                Accessible.ignored: true
                            }
                        }
                    }
                }
            }
        }
    }
}
