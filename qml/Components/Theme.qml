pragma Singleton
import QtQuick
import Idlefleet.App

// Colours and sizes shared by every page; follows the light or dark theme.
QtObject {
    id: root

    readonly property bool dark: Preferences.darkTheme
    // The locale of the language in use: bindings that format with it follow a switch of
    // language at once (Qt.locale() alone is read once).
    readonly property var locale: Preferences.language.length > 0 ? Qt.locale(Preferences.language)
                                                               : Qt.locale()
    readonly property color window: dark ? "#15191d" : "#f4f6f8"
    readonly property color surface: dark ? "#1f252b" : "#ffffff"
    readonly property color rail: dark ? "#101417" : "#e9eef2"
    readonly property color text: dark ? "#e8ecef" : "#1c2329"
    readonly property color secondaryText: dark ? "#9aa7b2" : "#5b6770"
    readonly property color divider: dark ? "#2d353c" : "#dce2e7"
    readonly property color accent: "#1b7f6b"
    // The accent as the colour of text and lines on the page: lighter on dark, so that it reads
    // (4.5:1 on the surface, WCAG AA); Theme.accent stays the fill behind white text.
    readonly property color accentText: dark ? "#5cc8a8" : "#1b7f6b"
    /// The background of a chosen row.
    readonly property color selection: dark ? "#1d3b35" : "#dcefe9"
    readonly property color positive: dark ? "#4cc38a" : "#1a7f4e"
    readonly property color warning: dark ? "#f0b44c" : "#a86400"
    readonly property color negative: dark ? "#ff7b72" : "#c62828"
    readonly property color neutral: dark ? "#7d8a95" : "#6b7780"

    readonly property int spacing: 12
    readonly property int radius: 10
    readonly property int titleSize: 24
    readonly property int headingSize: 17
    readonly property int bodySize: 14
    readonly property int captionSize: 12
}
