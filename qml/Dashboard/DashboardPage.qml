pragma ComponentBehavior: Bound

import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The cars the account may see, each with its live state.
Item {
    id: root

    readonly property bool stale: AppState.vehicles.errorMessage.length > 0
    // Cards on screen whose forecast and totals are still on their way.
    property int cardsWaiting: 0

    // What the page shows is still on its way (screenshots and the tests wait for it).
    Binding {
        target: Navigation
        property: "pageBusy"
        value: (AppState.vehicles.loading && !AppState.vehicles.loaded) || root.cardsWaiting > 0
    }

    ColumnLayout {
        anchors.fill: parent
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

        // A manager sees one car here, the one opened last from the organisation's list.
        RowLayout {
            Layout.fillWidth: true
            Layout.leftMargin: 28
            Layout.rightMargin: 28
            visible: AppState.accountRole === "fleet"
            spacing: 16

            Label {
                Layout.fillWidth: true
                text: qsTr("One car at a time: the one you opened last. Every car of the organisation is under Vehicles.")
                wrapMode: Text.Wrap
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }

            Button {
                objectName: "chooseAnotherCar"
                text: qsTr("Choose another car")
                onClicked: Navigation.navigate(Navigation.FleetTable)
            }
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

        // Cards a row at a time in a list that makes only the rows on screen.
        ListView {
            id: list

            readonly property int columns: Math.max(1, Math.floor((list.width - 56) / 380))
            readonly property real cardWidth: (list.width - 56 - (list.columns - 1) * 20) / list.columns

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            spacing: 20
            bottomMargin: 28
            boundsBehavior: Flickable.StopAtBounds
            model: Math.ceil(AppState.vehicles.count / list.columns)
            ScrollBar.vertical: ScrollBar { }

            delegate: Row {
                id: cardRow

                required property int index

                x: 28
                spacing: 20

                Repeater {
                    model: RangeModel {
                        sourceModel: AppState.vehicles
                        first: cardRow.index * list.columns
                        length: list.columns
                    }

                    delegate: VehicleCard {
                        id: card

                        width: list.cardWidth
                        stale: root.stale
                        onSummarySettledChanged: root.cardsWaiting += card.summarySettled ? -1 : 1
                        Component.onCompleted: if (!card.summarySettled) root.cardsWaiting += 1
                        Component.onDestruction: if (!card.summarySettled) root.cardsWaiting -= 1
                    }
                }
            }
        }
    }
}
