import QtQuick
import QtQuick.Controls.Basic
import Pacewise.Components
import Pacewise.Profile

// Across the top of every page of the demo: nobody should mistake made-up data for their own.
Rectangle {
    id: root

    implicitHeight: label.implicitHeight + Theme.spacing
    color: Theme.demoBackground
    Accessible.role: Accessible.StaticText
    Accessible.name: label.text

    Label {
        id: label
        anchors.fill: parent
        anchors.margins: Theme.spacing / 2
        anchors.leftMargin: Theme.margin
        anchors.rightMargin: Theme.margin
        wrapMode: Text.WordWrap
        textFormat: Text.PlainText
        verticalAlignment: Text.AlignVCenter
        color: Theme.demoText
        font.pixelSize: Theme.bodySize
        font.bold: true
        text: ProfileSession.state === ProfileSession.Unlocked
              ? qsTr("DEMO \u2014 made-up data; nothing is saved.")
              : qsTr("DEMO \u2014 made-up data; nothing is saved. The passphrase is: %1").arg(ProfileSession.demoPassphrase)
    }
}
