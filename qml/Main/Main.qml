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

    Material.theme: AppState.darkTheme ? Material.Dark : Material.Light
    Material.accent: Theme.accent
    Material.primary: Theme.accent

    // Ctrl+1, Ctrl+2... open the pages in the order of the navigation.
    Repeater {
        model: AppState.pages

        delegate: Item {
            id: shortcutItem

            required property string modelData
            required property int index

            Shortcut {
                sequence: "Ctrl+" + (shortcutItem.index + 1)
                context: Qt.ApplicationShortcut
                onActivated: AppState.navigate(shortcutItem.modelData)
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
                    switch (AppState.currentPage) {
                    case "Onboarding": return onboardingPage
                    case "Policy": return policyPage
                    case "Earnings": return earningsPage
                    case "Access": return accessPage
                    case "Settings": return settingsPage
                    case "Fleet": return fleetPage
                    case "FleetTable": return fleetTablePage
                    case "FleetBulk": return fleetBulkPage
                    case "Diagnostics": return diagnosticsPage
                    default: return dashboardPage
                    }
                }
            }

            StatusOverlay {
                anchors.fill: parent
                visible: AppState.phase !== AppState.Ready
            }
        }
    }

    Component {
        id: onboardingPage

        OnboardingPage {}
    }
    Component {
        id: dashboardPage

        DashboardPage {}
    }
    Component {
        id: policyPage

        PolicyPage {}
    }
    Component {
        id: earningsPage

        EarningsPage {}
    }
    Component {
        id: accessPage

        AccessPage {}
    }
    Component {
        id: settingsPage

        SettingsPage {}
    }
    Component {
        id: fleetPage

        FleetPage {}
    }
    Component {
        id: fleetTablePage

        FleetTablePage {}
    }
    Component {
        id: fleetBulkPage

        FleetBulkPage {}
    }
    Component {
        id: diagnosticsPage

        DiagnosticsPage {}
    }
}
