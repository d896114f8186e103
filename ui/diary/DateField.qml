import QtQuick
import Pacewise.Components

// A date typed in the UI language's short format (the history model reads it).
TextEntry {
    implicitWidth: Theme.bodySize * 9
    inputMethodHints: Qt.ImhDate
}
