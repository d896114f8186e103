pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Layouts
import Pacewise.Components
import Pacewise.Dashboard

// The questionnaires part of the progress screen: a card per questionnaire answered in the
// period, or one line saying there is none yet and where to find them.
ColumnLayout {
    id: root

    property MeasureResultsModel results

    Layout.fillWidth: true
    spacing: Theme.spacing

    Heading {
        text: qsTr("Questionnaires")
    }
    BodyText {
        objectName: "measuresPeriodText"
        visible: text.length > 0
        muted: true
        text: root.results ? root.results.periodText : ""
    }
    BodyText {
        visible: text.length > 0
        muted: true
        text: root.results ? root.results.periodNote : ""
    }
    BodyText {
        objectName: "measuresEmptyText"
        visible: text.length > 0
        text: root.results ? root.results.emptyText : ""
    }
    ErrorBanner {
        Layout.fillWidth: true
        message: root.results ? root.results.errorMessage : ""
        detail: root.results ? root.results.errorDetail : ""
    }
    Repeater {
        model: root.results
        MeasureCard {
            results: root.results
        }
    }
}
