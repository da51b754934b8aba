pragma Singleton
import QtQuick

// Colours and sizes of every console screen: large, clear, calm.
QtObject {
    readonly property color background: "#eef2f7"
    readonly property color surface: "#ffffff"
    readonly property color nav: "#1d2f4a"
    readonly property color navText: "#dfe7f2"
    readonly property color text: "#1d2733"
    readonly property color muted: "#556270"
    readonly property color accent: "#1f5fbf"
    readonly property color accentText: "#ffffff"
    readonly property color good: "#2e8b57"
    readonly property color warning: "#d97706"
    readonly property color danger: "#c0392b"
    readonly property color border: "#c8d0da"
    readonly property color selected: "#dce8fb"
    readonly property int small: 16
    readonly property int body: 20
    readonly property int title: 28
    readonly property int touch: 48
    readonly property string fontFamily: "Noto Sans CJK SC"
}
