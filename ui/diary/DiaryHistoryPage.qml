pragma ComponentBehavior: Bound
import QtCore
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Dialogs
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Diary
import Pacewise.Profile

// The diary history: newest first, with quick date ranges, typed dates and trigger filters;
// change or delete an entry (with Undo for a few seconds); export the whole diary as CSV.
ScrollingPage {
    id: page
    objectName: "diaryHistoryPage"
    title: qsTr("Diary history")

    readonly property alias history: history
    // Away at the entry screen: on return, the changed entry (`changingId`) or the whole first
    // page (a new entry) is read again.
    property bool away: false
    property string changingId

    signal newEntryRequested()
    signal editRequested(string entryId)

    // After a delete or an undo, the focus goes to the row now at `row` (once the list has
    // caught up), or to "New diary entry" when the list is empty.
    function focusRow(row) {
        focusTimer.row = row
        focusTimer.restart()
    }
    Timer {
        id: focusTimer
        property int row
        interval: 0
        onTriggered: {
            if (rows.count === 0) {
                newEntryButton.forceActiveFocus(Qt.OtherFocusReason)
                return
            }
            const item = rows.itemAt(Math.max(0, Math.min(rows.count - 1, row))) as HistoryRow
            if (item)
                item.editButton.forceActiveFocus(Qt.TabFocusReason) // with its focus ring
        }
    }

    StackView.onActivated: {
        if (!page.away)
            return
        if (page.changingId.length > 0)
            history.refreshEntry(page.changingId)
        else
            history.reload()
        page.away = false
        page.changingId = ""
    }
    Component.onCompleted: newEntryButton.forceActiveFocus(Qt.OtherFocusReason)

    DiaryHistoryModel {
        id: history
        session: ProfileSession
        autoFetch: false // the Repeater would load the whole diary: "Show older entries" pages
        onRemoved: row => page.focusRow(row)
        onRestored: row => page.focusRow(row)
    }

    FileDialog {
        id: exportDialog
        title: qsTr("Export the diary as a CSV file")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "csv"
        nameFilters: [qsTr("CSV files (*.csv)")]
        currentFolder: StandardPaths.writableLocation(StandardPaths.DocumentsLocation)
        selectedFile: currentFolder + "/" + history.suggestedExportName
        onAccepted: history.exportCsv(String(selectedFile))
    }

    Heading {
        level: 1
        text: page.title
    }
    Flow {
        Layout.fillWidth: true
        spacing: Theme.spacing

        ActionButton {
            id: newEntryButton
            objectName: "historyNewEntryButton"
            primary: true
            text: qsTr("New diary entry")
            Accessible.name: qsTr("Write a new diary entry")
            onClicked: {
                page.away = true
                page.newEntryRequested()
            }
        }
        ActionButton {
            objectName: "exportButton"
            text: qsTr("Export CSV…")
            Accessible.name: qsTr("Export the whole diary as a CSV file for a spreadsheet")
            onClicked: {
                history.clearExportMessage()
                exportDialog.open()
            }
        }
    }
    Notice {
        objectName: "exportNotice"
        kind: "success"
        visible: history.exportSucceeded && history.exportMessage.length > 0
        text: history.exportSucceeded ? history.exportMessage : ""
    }
    ErrorBanner {
        objectName: "exportError"
        Layout.fillWidth: true
        message: history.exportSucceeded ? "" : history.exportMessage
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: history.errorMessage
        detail: history.errorDetail
    }

    Heading {
        text: qsTr("Which entries")
    }
    Flow {
        objectName: "rangeButtons"
        Layout.fillWidth: true
        spacing: Theme.spacing / 2

        Repeater {
            model: [
                { days: 0, label: qsTr("All") },
                { days: 7, label: qsTr("Last 7 days") },
                { days: 30, label: qsTr("Last 30 days") },
                { days: 91, label: qsTr("Last 3 months") },
                { days: 365, label: qsTr("Last year") },
            ]

            ChipButton {
                required property var modelData
                objectName: "range_" + modelData.days
                text: modelData.label
                checked: history.lastDays === modelData.days
                onToggled: history.showLastDays(modelData.days)
            }
        }
    }
    ExpandableSection {
        objectName: "datesSection"
        title: qsTr("Choose dates")
        summary: history.lastDays < 0 ? history.fromText + " \u2013 " + history.toText : ""
        forcedOpen: history.filterError.length > 0

        BodyText {
            muted: true
            text: history.dateFormatHint
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ColumnLayout {
                spacing: Theme.spacing / 2
                FieldLabel {
                    Layout.fillWidth: false
                    text: qsTr("From")
                }
                DateField {
                    id: fromField
                    objectName: "fromField"
                    text: history.fromText
                    Accessible.name: qsTr("From this date")
                    onAccepted: applyDates.clicked()
                }
            }
            ColumnLayout {
                spacing: Theme.spacing / 2
                FieldLabel {
                    Layout.fillWidth: false
                    text: qsTr("To")
                }
                DateField {
                    id: toField
                    objectName: "toField"
                    text: history.toText
                    Accessible.name: qsTr("Up to this date")
                    onAccepted: applyDates.clicked()
                }
            }
        }
        ActionButton {
            id: applyDates
            objectName: "applyDatesButton"
            text: qsTr("Show these dates")
            Accessible.name: qsTr("Show the entries between these dates")
            onClicked: history.setDateRange(fromField.text, toField.text)
        }
        FieldError {
            text: history.filterError
        }
    }
    ExpandableSection {
        objectName: "tagSection"
        title: qsTr("Only with these triggers")
        summary: history.tagFilter.selectedText

        ChipGroup {
            objectName: "tagFilterChips"
            choices: history.tagFilter
            accessibleName: qsTr("Show only entries with these triggers")
            onToggled: code => history.toggleTag(code)
        }
    }
    RowLayout {
        Layout.fillWidth: true
        spacing: Theme.spacing

        BodyText {
            objectName: "filterText"
            text: history.filterText
        }
        ActionButton {
            visible: history.filtered
            text: qsTr("Show all")
            Accessible.name: qsTr("Clear the filters and show every entry")
            onClicked: history.clearFilters()
        }
    }

    UndoNotice {
        objectName: "undoNotice"
        history: history
    }

    BodyText {
        objectName: "emptyHistory"
        visible: history.count === 0
        text: history.filtered ? qsTr("No entries match. Try other dates or triggers.")
                               : qsTr("No diary entries yet. Your first one takes less than a minute.")
    }

    Repeater {
        id: rows
        model: history

        HistoryRow {
            onEditRequested: entryId => {
                page.away = true
                page.changingId = entryId
                page.editRequested(entryId)
            }
            onDeleteRequested: row => history.remove(row)
        }
    }

    ActionButton {
        objectName: "moreButton"
        visible: history.hasMore
        text: qsTr("Show older entries")
        Accessible.name: text
        onClicked: history.loadMore()
    }
}
