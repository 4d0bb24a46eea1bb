import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The app's name, its pages and where its data comes from.
Rectangle {
    id: root

    color: Theme.rail

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            spacing: 10
            Layout.bottomMargin: 16

            Image {
                source: "qrc:/Idlefleet/Components/icons/idlefleet.svg"
                sourceSize.width: 36
                sourceSize.height: 36
                Accessible.ignored: true
            }
            Label {
                text: qsTr("Idlefleet")
                color: Theme.text
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
        }

        Repeater {
            model: [
                { page: "Dashboard", label: qsTr("Dashboard") },
                { page: "Policy", label: qsTr("When it may contribute") },
                { page: "Earnings", label: qsTr("Energy and earnings") },
                { page: "Access", label: qsTr("Keys and access") },
                { page: "Onboarding", label: qsTr("Pair a car") },
                { page: "Settings", label: qsTr("Settings") }
            ]

            delegate: ItemDelegate {
                required property var modelData
                required property int index

                Layout.fillWidth: true
                text: modelData.label
                highlighted: AppState.currentPage === modelData.page
                focus: index === 0
                Accessible.name: modelData.label
                onClicked: AppState.navigate(modelData.page)
            }
        }

        Item {
            Layout.fillHeight: true
        }

        StatusChip {
            visible: AppState.demoMode
            text: qsTr("Demo mode")
            tone: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            text: AppState.serverUrl.length > 0 ? AppState.serverUrl : qsTr("No fleet backend yet")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            elide: Text.ElideMiddle
        }
        Label {
            text: qsTr("Version %1").arg(AppState.version)
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
    }
}
