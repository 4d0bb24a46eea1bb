import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// A support engineer's diagnostics of the selected car: connectivity and versions, the event
// timeline, why it did or did not contribute at a chosen minute, its policy versions and the
// redacted support bundle.
Item {
    id: root

    // What the page shows is still on its way (screenshots and the tests wait for it).
    Binding {
        target: Navigation
        property: "pageBusy"
        value: diagnostics.loading || timeline.loading
    }

    readonly property bool narrow: scroll.availableWidth < 1000

    DiagnosticsModel {
        id: diagnostics

        client: AppState.fleetClient
        localClient: AppState.localClient
        vehicleId: AppState.selectedVehicleId
    }
    EventTimelineModel {
        id: timeline

        client: AppState.fleetClient
        vehicleId: AppState.selectedVehicleId
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: scroll.availableWidth
            spacing: 20

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 0
                spacing: Theme.spacing

                PageHeader {
                    Layout.fillWidth: true
                    title: qsTr("Diagnostics")
                    subtitle: diagnostics.errorMessage.length > 0
                              ? diagnostics.errorMessage
                              : diagnostics.timeZone.length > 0
                                ? qsTr("%1, times on the car's clock (%2)").arg(diagnostics.vehicleId).arg(diagnostics.timeZone)
                                : diagnostics.vehicleId
                    subtitleColor: diagnostics.errorMessage.length > 0 ? Theme.negative : Theme.secondaryText
                }
                ComboBox {
                    Layout.preferredWidth: 200
                    visible: AppState.vehicles.count > 1
                    model: AppState.vehicles
                    textRole: "name"
                    valueRole: "vehicleId"
                    Accessible.name: qsTr("Car")
                    Component.onCompleted: currentIndex = indexOfValue(AppState.selectedVehicleId)
                    onActivated: AppState.selectedVehicleId = currentValue
                }
                Button {
                    text: qsTr("Refresh")
                    enabled: !diagnostics.loading && !timeline.loading
                    Accessible.name: qsTr("Refresh the diagnostics and the timeline")
                    onClicked: {
                        diagnostics.reload()
                        timeline.reload()
                    }
                }
            }

            // A support engineer sees the cars granted to them, each with the time left.
            Flow {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                visible: AppState.accountRole === "support"
                spacing: 8

                Label {
                    text: qsTr("Your support access:")
                    color: Theme.secondaryText
                    height: 28
                    verticalAlignment: Text.AlignVCenter
                }
                GrantListModel {
                    id: myGrants

                    client: AppState.fleetClient
                    mine: AppState.accountRole === "support"
                }
                Timer {
                    interval: 60000
                    repeat: true
                    running: myGrants.mine
                    onTriggered: myGrants.refresh()
                }
                Repeater {
                    model: myGrants

                    delegate: StatusChip {
                        required property string vehicleId
                        required property string status
                        required property bool active

                        visible: active
                        text: vehicleId + " · " + status
                        tone: Theme.accent
                    }
                }
            }

            ConnectivityCard {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                model: diagnostics
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                columns: root.narrow ? 1 : 2
                columnSpacing: 20
                rowSpacing: 20

                EventTimeline {
                    Layout.fillWidth: true
                    Layout.preferredHeight: 560
                    Layout.rowSpan: root.narrow ? 1 : 3
                    Layout.alignment: Qt.AlignTop
                    model: timeline
                }
                TraceCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    model: diagnostics
                }
                PolicyVersionsCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    model: diagnostics
                }
                BundleCard {
                    Layout.fillWidth: true
                    Layout.alignment: Qt.AlignTop
                    model: diagnostics
                }
            }

            Item {
                Layout.preferredHeight: 8
            }
        }
    }
}
