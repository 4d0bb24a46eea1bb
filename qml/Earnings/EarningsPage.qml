import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Energy and earnings of the selected car: totals, charts, sessions and the monthly statement.
Item {
    id: root

    // What the page shows is still on its way (screenshots and the tests wait for it).
    Binding {
        target: Navigation
        property: "pageBusy"
        // The car's time zone is looked up first; the figures are fetched once it is known.
        value: earnings.loading || sessions.loading || payouts.loading
               || (range.vehicleId.length > 0 && !range.ready && range.errorMessage.length === 0)
    }

    readonly property bool narrow: scroll.availableWidth < 900

    EarningsRange {
        id: range

        client: AppState.fleetClient
        vehicleId: AppState.selectedVehicleId
    }
    EarningsModel {
        id: earnings

        client: AppState.fleetClient
        range: range
    }
    SessionsModel {
        id: sessions

        client: AppState.fleetClient
        range: range
    }
    PayoutsModel {
        id: payouts

        client: AppState.fleetClient
        range: range
    }
    StatementExporter {
        id: exporter

        client: AppState.fleetClient
        range: range
        account: AppState.accountEmail
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
                    title: qsTr("Energy and earnings")
                    subtitle: range.errorMessage.length > 0
                              ? range.errorMessage
                              : qsTr("%1, %2 (%3)").arg(range.vehicleName).arg(range.label).arg(range.timeZone)
                    subtitleColor: range.errorMessage.length > 0 ? Theme.negative : Theme.secondaryText
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
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                spacing: Theme.spacing

                RangeBar {
                    Layout.fillWidth: true
                    range: range
                }
                LoadStatus {
                    Layout.maximumWidth: 420
                    loading: earnings.loading
                    errorMessage: earnings.errorMessage
                    lastUpdated: earnings.lastUpdated
                    hasData: earnings.lastUpdated.getTime() > 0
                    onRetryRequested: {
                        if (range.errorMessage.length > 0)
                            range.reloadVehicle()
                        earnings.reload()
                    }
                }
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                columns: root.narrow ? 3 : (earnings.hasWear ? 7 : 6)
                columnSpacing: Theme.spacing
                rowSpacing: Theme.spacing

                TotalTile {
                    Layout.fillWidth: true
                    label: qsTr("Compute")
                    value: earnings.totalHours
                }
                TotalTile {
                    Layout.fillWidth: true
                    label: qsTr("Energy")
                    value: earnings.totalEnergy
                }
                TotalTile {
                    Layout.fillWidth: true
                    label: qsTr("Electricity cost")
                    value: earnings.totalCost
                }
                TotalTile {
                    Layout.fillWidth: true
                    visible: earnings.hasWear
                    label: qsTr("Battery wear")
                    value: earnings.totalWear
                }
                TotalTile {
                    Layout.fillWidth: true
                    label: qsTr("Gross earnings")
                    value: earnings.totalGross
                }
                TotalTile {
                    Layout.fillWidth: true
                    // Whose share it is, as the person reading it says it.
                    label: AppState.accountRole === "owner"
                           ? (earnings.sharePercent.length > 0
                              ? qsTr("Your share (%1)").arg(earnings.sharePercent) : qsTr("Your share"))
                           : (earnings.sharePercent.length > 0
                              ? qsTr("The owner's share (%1)").arg(earnings.sharePercent) : qsTr("The owner's share"))
                    value: earnings.totalShare
                }
                TotalTile {
                    Layout.fillWidth: true
                    label: earnings.hasWear ? qsTr("Net, after electricity and wear")
                                            : qsTr("Net, after electricity")
                    value: earnings.totalNet
                    tone: earnings.netNegative ? Theme.negative : Theme.positive
                }
            }

            EarningsChart {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                Layout.preferredHeight: 400
                model: earnings
            }

            ColumnLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                Layout.bottomMargin: 28
                spacing: 20

                StatementCard {
                    Layout.fillWidth: true
                    exporter: exporter
                }
                // An organisation's cars are paid under its contract: no payouts of their own.
                PayoutsCard {
                    Layout.fillWidth: true
                    visible: AppState.accountRole !== "fleet"
                    payouts: payouts
                }
                SessionsTable {
                    Layout.fillWidth: true
                    model: sessions
                }
            }
        }
    }
}
