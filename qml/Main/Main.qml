import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components
import Idlefleet.Dashboard

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
                anchors.fill: parent
                active: AppState.phase === AppState.Ready
                sourceComponent: dashboardPage
            }

            StatusOverlay {
                anchors.fill: parent
                visible: AppState.phase !== AppState.Ready
            }
        }
    }

    Component {
        id: dashboardPage

        DashboardPage {}
    }
}
