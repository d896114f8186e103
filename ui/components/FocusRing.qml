import QtQuick

// The keyboard focus outline. It is drawn just outside the control, against the page, so it is
// visible on filled and outlined controls alike.
Rectangle {
    anchors.fill: parent
    anchors.margins: -(Theme.focusWidth + 2)
    radius: Theme.radius + Theme.focusWidth
    color: "transparent"
    border.width: Theme.focusWidth
    border.color: Theme.focusRing
}
