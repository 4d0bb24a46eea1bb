import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The owner's cars with their live state.
Item {
    id: root

    readonly property bool stale: AppState.vehicles.errorMessage.length > 0

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 0
                // Whose cars these are, as the person reading says it.
                title: AppState.accountRole === "fleet" ? qsTr("The organisation's cars")
                     : AppState.accountRole === "support" ? qsTr("Cars you may diagnose")
                     : qsTr("Your cars")
                subtitle: root.stale
                          ? qsTr("Showing what the cars reported at %1. %2")
                              .arg(AppState.vehicles.lastUpdated.toLocaleTimeString(Theme.locale, Locale.ShortFormat))
                              .arg(AppState.vehicles.errorMessage)
                          : qsTr("Live from the fleet backend, updated %1")
                              .arg(AppState.vehicles.lastUpdated.toLocaleTimeString(Theme.locale, Locale.LongFormat))
                subtitleColor: root.stale ? Theme.warning : Theme.secondaryText
            }

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                visible: AppState.storeError.length > 0
                text: AppState.storeError
                wrapMode: Text.Wrap
                color: Theme.warning
                font.pixelSize: Theme.bodySize
            }

            Label {
                Layout.margins: 28
                visible: AppState.vehicles.loaded && AppState.vehicles.count === 0
                text: qsTr("No cars are paired with this account yet.")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.topMargin: 0
                columns: Math.max(1, Math.floor((scroll.availableWidth - 56) / 380))
                columnSpacing: 20
                rowSpacing: 20

                Repeater {
                    model: AppState.vehicles

                    delegate: VehicleCard {
                        Layout.alignment: Qt.AlignTop
                        Layout.fillWidth: true
                        Layout.preferredWidth: 380
                        stale: AppState.vehicles.errorMessage.length > 0
                    }
                }
            }
        }
    }
}
