pragma Singleton
import QtQuick
import Examroom.Kiosk

// Colours and sizes of every screen; follows the candidate's contrast and font settings.
QtObject {
    readonly property bool contrast: Kiosk.highContrast
    readonly property real factor: Kiosk.fontFactor
    readonly property color background: contrast ? "#000000" : "#eef2f7"
    readonly property color surface: contrast ? "#000000" : "#ffffff"
    readonly property color text: contrast ? "#ffffff" : "#1d2733"
    readonly property color muted: contrast ? "#ffff00" : "#556270"
    readonly property color accent: contrast ? "#ffff00" : "#1f5fbf"
    readonly property color accentText: contrast ? "#000000" : "#ffffff"
    readonly property color answered: contrast ? "#00e000" : "#2e8b57"
    readonly property color flagged: contrast ? "#ff66ff" : "#d97706"
    readonly property color danger: contrast ? "#ff6666" : "#c0392b"
    readonly property color border: contrast ? "#ffffff" : "#c8d0da"
    readonly property color selected: contrast ? "#333300" : "#dce8fb"
    readonly property int small: Math.round(18 * factor)
    readonly property int body: Math.round(24 * factor)
    readonly property int title: Math.round(34 * factor)
    readonly property int huge: Math.round(60 * factor)
    // The smallest touch target, in pixels, whatever the font size.
    readonly property int touch: 64
    readonly property string fontFamily: "Noto Sans CJK SC"
    // Fingerprints and codes: every character the same width, easy to compare.
    readonly property string monoFamily: "Noto Sans Mono CJK SC"
}
