pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls.Basic
import QtQuick.Layouts

// An answer on a scale (0 to 10 by default) with a large slider that shows the number and what
// it means ("6, Moderate pain"). The arrow keys (all four), Page Up/Down, Home and End change
// it; an optional answer can be cleared with Delete. The owner keeps the value: bind `value`
// (-1 while not answered) and `words`, and act on `moved` and `cleared`.
ColumnLayout {
    id: root

    property string label
    property real value: -1
    property real from: 0
    property real to: 10
    property real stepSize: 1
    property int decimals: 0
    property string unit // after the number, e.g. "hours"
    property string words // for the current value
    property string lowWords // under the left end
    property string highWords // under the right end
    property bool optional: false
    property string error
    property bool showSteps: (to - from) / stepSize <= 10
    readonly property bool answered: value >= 0
    readonly property string valueText: answered ? Number(value).toLocaleString(Qt.locale(), "f", decimals) : "\u2013"
    readonly property alias slider: slider

    signal moved(real value)
    signal cleared()

    function set(v) {
        const clamped = Math.max(from, Math.min(to, v))
        root.moved(clamped)
    }

    Layout.fillWidth: true
    spacing: Theme.spacing / 2

    // The question on the left and the answer on the right; one under the other when they do
    // not fit side by side (large text), so that neither is squeezed.
    GridLayout {
        id: header
        readonly property bool sideBySide:
            questionLabel.implicitWidth + valueLabel.implicitWidth + columnSpacing <= root.width
        Layout.fillWidth: true
        columns: sideBySide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 0

        Label {
            id: questionLabel
            Layout.fillWidth: true
            text: root.label
            wrapMode: Text.WordWrap
            color: Theme.text
            font.pixelSize: Theme.bodySize
            font.bold: true
            Accessible.ignored: true
        }
        Label {
            id: valueLabel
            objectName: "valueLabel"
            Layout.fillWidth: !header.sideBySide
            horizontalAlignment: header.sideBySide ? Text.AlignRight : Text.AlignLeft
            text: root.answered ? (root.unit.length > 0 ? root.valueText + " " + root.unit : root.valueText)
                                  + (root.words.length > 0 ? "  \u00B7  " + root.words : "")
                                : qsTr("Not answered")
            wrapMode: Text.WordWrap
            color: root.answered ? Theme.text : Theme.mutedText
            font.pixelSize: Theme.headingSize
            font.bold: root.answered
            Accessible.ignored: true
        }
    }

    Slider {
        id: slider
        objectName: "slider"
        Layout.fillWidth: true
        implicitHeight: Theme.controlHeight
        from: root.from
        to: root.to
        stepSize: root.stepSize
        snapMode: Slider.SnapAlways
        value: root.answered ? root.value : root.from
        focusPolicy: Qt.StrongFocus
        leftPadding: Theme.controlHeight / 2 // half the handle: its centre reaches both ends
        rightPadding: Theme.controlHeight / 2

        Accessible.name: root.label
        Accessible.description: {
            let text = root.answered ? root.words : qsTr("Not answered")
            if (root.error.length > 0)
                text += ". " + root.error
            return text
        }

        onMoved: root.moved(value)

        Keys.onUpPressed: root.set((root.answered ? root.value : root.from - root.stepSize) + root.stepSize)
        Keys.onDownPressed: root.set((root.answered ? root.value : root.from) - root.stepSize)
        Keys.onPressed: event => {
            switch (event.key) {
            case Qt.Key_Home:
                root.set(root.from)
                break
            case Qt.Key_End:
                root.set(root.to)
                break
            case Qt.Key_PageUp:
                root.set((root.answered ? root.value : root.from) + 5 * root.stepSize)
                break
            case Qt.Key_PageDown:
                root.set((root.answered ? root.value : root.from) - 5 * root.stepSize)
                break
            case Qt.Key_Delete:
            case Qt.Key_Backspace:
                if (!root.optional)
                    return
                root.cleared()
                break
            default:
                return
            }
            event.accepted = true
        }

        background: Item {
            x: slider.leftPadding
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            width: slider.availableWidth
            height: Math.round(10 * Theme.textScale)

            Rectangle {
                anchors.fill: parent
                radius: height / 2
                color: Theme.meterTrack
            }
            Rectangle {
                visible: root.answered
                width: slider.visualPosition * parent.width
                height: parent.height
                radius: height / 2
                color: Theme.accent
            }
        }

        handle: Rectangle {
            x: slider.leftPadding + slider.visualPosition * slider.availableWidth - width / 2
            y: slider.topPadding + slider.availableHeight / 2 - height / 2
            implicitWidth: Theme.controlHeight
            implicitHeight: Theme.controlHeight
            radius: width / 2
            color: !root.answered ? Theme.background : slider.pressed ? Theme.accentPressed : Theme.accent
            border.width: Theme.borderWidth
            border.color: root.answered ? Theme.accentPressed : Theme.border

            Text {
                anchors.centerIn: parent
                text: root.answered ? root.valueText : "?"
                font.pixelSize: root.decimals > 0 ? Theme.smallSize : Theme.bodySize
                font.bold: true
                color: root.answered ? Theme.textOnAccent : Theme.text
                Accessible.ignored: true
            }

            FocusRing {
                visible: slider.activeFocus
                radius: width / 2
            }
        }
    }

    // The steps as numbers to click, under the positions they stand for.
    Item {
        visible: root.showSteps
        Layout.fillWidth: true
        implicitHeight: Theme.smallSize * 1.6

        Repeater {
            model: root.showSteps ? Math.round((root.to - root.from) / root.stepSize) + 1 : 0

            Label {
                required property int index
                readonly property real stepValue: root.from + index * root.stepSize
                readonly property real travel: slider.availableWidth
                x: slider.leftPadding + travel * index / Math.max(1, (root.to - root.from) / root.stepSize) - width / 2
                width: Theme.smallSize * 2
                horizontalAlignment: Text.AlignHCenter
                text: Number(stepValue).toLocaleString(Qt.locale(), "f", root.decimals)
                color: stepValue === root.value ? Theme.text : Theme.mutedText
                font.pixelSize: Theme.smallSize
                font.bold: stepValue === root.value
                Accessible.ignored: true

                TapHandler {
                    onTapped: root.set(parent.stepValue)
                }
            }
        }
    }

    // What the two ends mean, under them; one under the other when they do not fit.
    GridLayout {
        id: ends
        readonly property bool sideBySide:
            lowLabel.implicitWidth + highLabel.implicitWidth + columnSpacing <= root.width
        visible: root.lowWords.length > 0 || root.highWords.length > 0
        Layout.fillWidth: true
        columns: sideBySide ? 2 : 1
        columnSpacing: Theme.spacing
        rowSpacing: 0

        Label {
            id: lowLabel
            Layout.fillWidth: true
            text: root.lowWords
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            Accessible.ignored: true
        }
        Label {
            id: highLabel
            Layout.fillWidth: !ends.sideBySide
            horizontalAlignment: ends.sideBySide ? Text.AlignRight : Text.AlignLeft
            text: root.highWords
            wrapMode: Text.WordWrap
            color: Theme.mutedText
            font.pixelSize: Theme.smallSize
            Accessible.ignored: true
        }
    }

    FieldError {
        objectName: "fieldError"
        text: root.error
    }
}
