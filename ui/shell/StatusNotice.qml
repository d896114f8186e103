import QtQuick
import QtQuick.Controls.Basic
import Pacewise.Components

// A calm confirmation above the page ("Saved."), announced to screen readers. It goes with the
// next page change, or after `seconds`.
Rectangle {
    id: root

    property int seconds: 8
    property alias text: label.text

    function show(message) {
        label.text = message
        hideTimer.restart()
    }
    function clear() {
        label.text = ""
        hideTimer.stop()
    }

    visible: label.text.length > 0
    implicitHeight: label.implicitHeight + Theme.spacing
    color: Theme.successBackground
    Accessible.role: Accessible.AlertMessage
    Accessible.name: label.text

    Rectangle {
        anchors.bottom: parent.bottom
        width: parent.width
        height: Theme.borderWidth
        color: Theme.successBorder
    }

    Timer {
        id: hideTimer
        interval: root.seconds * 1000
        onTriggered: root.clear()
    }

    Label {
        id: label
        objectName: "statusText"
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        verticalAlignment: Text.AlignVCenter
        color: Theme.successText
        font.pixelSize: Theme.bodySize
        font.bold: true
    }
}
