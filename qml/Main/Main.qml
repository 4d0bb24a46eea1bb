import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The main window: navigation on the left, the current page on the right.
ApplicationWindow {
    id: root

    width: 1280
    height: 800
    minimumWidth: 720
    minimumHeight: 480
    visible: true
    title: qsTr("Idlefleet")
    color: Theme.window

    Material.theme: Preferences.darkTheme ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Without OpenGL the app draws in the Fusion style, which takes its colours from the
    // palette: the theme's colours, so that dark is dark there too (Material ignores these).
    palette.window: Theme.window
    palette.windowText: Theme.text
    palette.base: Theme.surface
    palette.alternateBase: Theme.window
    palette.text: Theme.text
    palette.button: Theme.dark ? "#343e47" : "#eef1f4"
    palette.buttonText: Theme.text
    palette.brightText: Theme.text
    palette.highlight: Theme.accent
    palette.highlightedText: "#ffffff"
    palette.placeholderText: Theme.secondaryText
    palette.link: Theme.accentText
    palette.toolTipBase: Theme.surface
    palette.toolTipText: Theme.text
    palette.light: Theme.dark ? "#3a444d" : "#ffffff"
    palette.midlight: Theme.dark ? "#323b43" : "#f4f6f8"
    palette.mid: Theme.dark ? "#4a555f" : "#b8c0c7"
    palette.dark: Theme.dark ? "#0d1012" : "#8a949c"
    palette.shadow: Theme.dark ? "#000000" : "#5b6770"
    palette.disabled.windowText: Theme.secondaryText
    palette.disabled.text: Theme.secondaryText
    palette.disabled.buttonText: Theme.secondaryText

    // Ctrl+1, Ctrl+2... open the pages in the order of the navigation.
    Repeater {
        model: Navigation.pages

        delegate: Item {
            id: shortcutItem

            required property int modelData
            required property int index

            Shortcut {
                sequence: "Ctrl+" + (shortcutItem.index + 1)
                context: Qt.ApplicationShortcut
                onActivated: Navigation.navigate(shortcutItem.modelData)
            }
        }
    }

    RowLayout {
        anchors.fill: parent
        spacing: 0

        NavigationRail {
            Layout.fillHeight: true
            Layout.preferredWidth: 220
        }

        Item {
            Layout.fillWidth: true
            Layout.fillHeight: true

            Loader {
                id: pageLoader

                anchors.fill: parent
                active: AppState.phase === AppState.Ready
                focus: true
                // Each page's module loads when the page is first opened, not at start (the first
                // frame comes 1.3 times as late as a bare window's, against 1.9 with every page
                // made known up front): one address per page, here only.
                source: {
                    switch (Navigation.page) {
                    case Navigation.Onboarding: return "qrc:/Idlefleet/Onboarding/OnboardingPage.qml"
                    case Navigation.Policy: return "qrc:/Idlefleet/Policy/PolicyPage.qml"
                    case Navigation.Earnings: return "qrc:/Idlefleet/Earnings/EarningsPage.qml"
                    case Navigation.Access: return "qrc:/Idlefleet/Settings/AccessPage.qml"
                    case Navigation.Settings: return "qrc:/Idlefleet/Settings/SettingsPage.qml"
                    case Navigation.Fleet: return "qrc:/Idlefleet/Fleet/FleetPage.qml"
                    case Navigation.FleetTable: return "qrc:/Idlefleet/Fleet/FleetTablePage.qml"
                    case Navigation.FleetBulk: return "qrc:/Idlefleet/Fleet/FleetBulkPage.qml"
                    case Navigation.Diagnostics: return "qrc:/Idlefleet/Support/DiagnosticsPage.qml"
                    }
                    return "qrc:/Idlefleet/Dashboard/DashboardPage.qml"
                }
            }

            StatusOverlay {
                anchors.fill: parent
                visible: AppState.phase !== AppState.Ready
            }
        }
    }
}
