pragma Singleton
import QtQuick
import Pacewise.Components

// Sizes and colours of every screen. All sizes follow Appearance.textScale, so 200 % text makes
// the whole layout larger instead of cramming bigger letters into the same boxes.
// Colours meet WCAG AA on `background`: ratios are noted where they matter.
QtObject {
    readonly property real textScale: Appearance.textScale

    // Text sizes in pixels: body text is 18 px at 100 % (16 px is the floor we promise).
    readonly property int bodySize: Math.round(18 * textScale)
    readonly property int smallSize: Math.round(16 * textScale)
    readonly property int headingSize: Math.round(22 * textScale)
    readonly property int titleSize: Math.round(30 * textScale)

    // Spacing and controls. Controls are at least 48 px high (44 px is the usual minimum for
    // people with tremor or poor dexterity).
    readonly property int spacing: Math.round(12 * textScale)
    readonly property int margin: Math.round(24 * textScale)
    readonly property int controlHeight: Math.max(48, Math.round(bodySize * 2.4))
    readonly property int radius: 6
    readonly property int borderWidth: 2
    readonly property int focusWidth: 3
    // About 70 characters a line: long lines are hard to follow for tired eyes.
    readonly property int readableWidth: Math.round(38 * bodySize)
    // The navigation bar grows with the text, but leaves the page most of a small screen.
    readonly property int navigationWidth: Math.min(Math.round(220 * textScale), 340)
    // Wider only when a section's name needs it (a single word cannot wrap).
    readonly property int navigationMaxWidth: Math.round(220 * textScale)

    readonly property color background: "#ffffff"
    readonly property color surface: "#f1f4f8"        // cards and the navigation bar
    readonly property color text: "#1a1a1a"           // 17.4:1
    readonly property color mutedText: "#454545"      // 9.7:1
    readonly property color border: "#5c5c5c"         // 6.7:1: field edges are easy to find
    readonly property color accent: "#0a58a8"         // 7.0:1; white on it 7.0:1
    readonly property color accentHovered: "#084a8e"
    readonly property color accentPressed: "#063a70"
    readonly property color textOnAccent: "#ffffff"
    readonly property color accentTint: "#e3eefa"     // hovered or pressed secondary buttons
    readonly property color focusRing: "#b34700"      // 5.5:1, and unlike any other colour here
    readonly property color disabledBackground: "#dde1e6"
    readonly property color disabledText: "#4d4d4d"   // 7.1:1 on disabledBackground
    readonly property color errorBackground: "#fdecea"
    readonly property color errorBorder: "#b3261e"
    readonly property color errorText: "#5c1410"      // 13:1 on errorBackground
    readonly property color noticeBackground: "#e8f1fb"
    readonly property color noticeBorder: "#0a58a8"
    readonly property color successBackground: "#e6f4ea"
    readonly property color successBorder: "#1e6b3f"
    readonly property color successText: "#123d24"
    // The demo banner: unmistakable, and unlike any state colour.
    readonly property color demoBackground: "#5b2a86"
    readonly property color demoText: "#ffffff"       // 10.3:1

    // Charts: lines of at least 3:1 against the background, told apart by width and legend too.
    readonly property color chartPainDaily: "#6b8fbf"    // 3.4:1, thin: the day-to-day ups and downs
    readonly property color chartPainAverage: "#0a58a8"  // 7.0:1, thick: the 7-day average
    readonly property color chartMood: "#1e6b3f"
    readonly property color chartSleep: "#5b2a86"
    readonly property color chartActivity: "#8a5300"
    readonly property color chartGrid: "#d5d9df"
    // The pain calendar, from "under 2" to "8 to 10": light to dark, each with its number in a
    // text colour of at least 4.5:1 on it; days without an entry are white with a border.
    readonly property var heatColours: ["#fff4c7", "#fcd38a", "#f29a4a", "#c2410c", "#6f1d0b"]
    readonly property var heatText: ["#1a1a1a", "#1a1a1a", "#1a1a1a", "#ffffff", "#ffffff"]

    // Passphrase strength, weakest first; always shown with a word as well as a colour.
    readonly property var strengthColours: ["#b3261e", "#8a5300", "#1e6b3f", "#14532d"]
    readonly property color meterTrack: "#c9ced6"
}
