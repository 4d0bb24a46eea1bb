import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components
import Idlefleet.Dashboard
import Idlefleet.Earnings
import Idlefleet.Fleet
import Idlefleet.Onboarding
import Idlefleet.Policy
import Idlefleet.Settings
import Idlefleet.Support

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
                sourceComponent: {
                    switch (Navigation.page) {
                    case Navigation.Onboarding: return onboardingPage
                    case Navigation.Policy: return policyPage
                    case Navigation.Earnings: return earningsPage
                    case Navigation.Access: return accessPage
                    case Navigation.Settings: return settingsPage
                    case Navigation.Fleet: return fleetPage
                    case Navigation.FleetTable: return fleetTablePage
                    case Navigation.FleetBulk: return fleetBulkPage
                    case Navigation.Diagnostics: return diagnosticsPage
                    }
                    return dashboardPage
                }
            }

            StatusOverlay {
                anchors.fill: parent
                visible: AppState.phase !== AppState.Ready
            }
        }
    }

    // The pages, made when opened (one at a time, in the Loader above).
    Component { id: dashboardPage; DashboardPage { } }
    Component { id: policyPage; PolicyPage { } }
    Component { id: earningsPage; EarningsPage { } }
    Component { id: accessPage; AccessPage { } }
    Component { id: onboardingPage; OnboardingPage { } }
    Component { id: settingsPage; SettingsPage { } }
    Component { id: fleetPage; FleetPage { } }
    Component { id: fleetTablePage; FleetTablePage { } }
    Component { id: fleetBulkPage; FleetBulkPage { } }
    Component { id: diagnosticsPage; DiagnosticsPage { } }
}
