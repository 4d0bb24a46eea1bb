import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// One car at a glance: charge, charger, whether it is lending its computer, and how warm it is.
Pane {
    id: root

    required property string vehicleId
    required property string name
    required property string timeZone
    required property bool online
    required property var reasonItems
    required property string model
    required property real socPercent
    required property bool pluggedIn
    required property bool driving
    required property bool contributing
    required property real chipTempC
    required property int computePowerWatts
    required property double energyTodayWh
    required property date lastSeen
    required property string marketRate
    property bool stale: false
    // Its forecast and totals have arrived, or failed to and say so.
    readonly property bool summarySettled: summary.loaded || summary.errorMessage.length > 0
    property date now: AppState.worldNow()
    // How long ago the car last reached the backend (not when its row was fetched).
    readonly property bool everSeen: !isNaN(root.lastSeen.getTime())
    readonly property int ageMinutes: root.everSeen
                                      ? Math.max(0, Math.floor((root.now - root.lastSeen) / 60000)) : 0
    readonly property bool paused: root.reasonItems.some(item => item.code === "paused")
    // This computer's last pause or resume of the car, on its way there.
    readonly property PolicyChange pauseChange: PauseActions.change(root.vehicleId)
    // While a pause or resume is on its way, the button offers the way back from it.
    readonly property bool pausedOrPausing: root.pauseChange.busy
                                            ? root.pauseChange.kind === PolicyChange.PauseKind
                                            : root.paused
    readonly property bool pauseRefused: root.pauseChange.state === PolicyChange.Rejected
                                         || root.pauseChange.state === PolicyChange.Failed

    function openSetting(field: string): void {
        AppState.selectedVehicleId = root.vehicleId
        Navigation.navigate(Navigation.Policy, field)
    }

    // Where the last pause or resume is: waiting, out of reach, or refused and why.
    function pauseStatus(): string {
        const change = root.pauseChange
        const pausing = change.kind === PolicyChange.PauseKind
        let text = ""
        switch (change.state) {
        case PolicyChange.Pending:
            text = pausing ? qsTr("Pause saved on this computer; sending it to the car…")
                           : qsTr("Resume saved on this computer; sending it to the car…")
            break
        case PolicyChange.Sent:
            if (!root.online)
                text = pausing ? qsTr("Pause on its way: %1 is out of reach and pauses when it is back online.").arg(root.name)
                               : qsTr("Resume on its way: %1 is out of reach and resumes when it is back online.").arg(root.name)
            else
                text = pausing ? qsTr("Pause sent; waiting for the car to confirm.")
                               : qsTr("Resume sent; waiting for the car to confirm.")
            break
        case PolicyChange.Rejected:
        case PolicyChange.Failed:
            if (change.state === PolicyChange.Rejected && change.pairingNeeded)
                text = pausing ? qsTr("Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.").arg(root.name)
                               : qsTr("Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.").arg(root.name)
            else
                text = pausing ? qsTr("Not paused: %1").arg(change.message)
                               : qsTr("Not resumed: %1").arg(change.message)
            break
        default:
            return ""
        }
        return change.deliveryProblem.length > 0 && change.busy
                ? text + " " + change.deliveryProblem : text
    }

    function timeRange(start: var, end: var): string {
        const sameDay = start.toDateString() === end.toDateString()
        const from = start.toLocaleString(Theme.locale, "ddd " + Theme.locale.timeFormat(Locale.ShortFormat))
        const to = sameDay ? end.toLocaleTimeString(Theme.locale, Locale.ShortFormat)
                           : end.toLocaleString(Theme.locale, "ddd " + Theme.locale.timeFormat(Locale.ShortFormat))
        return qsTr("%1 – %2").arg(from).arg(to)
    }

    padding: 20
    Accessible.role: Accessible.Grouping
    Accessible.name: root.name

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    VehicleSummary {
        id: summary

        client: AppState.fleetClient
        vehicleId: root.vehicleId
        timeZone: root.timeZone
    }

    Timer {
        interval: 30000
        running: true
        repeat: true
        onTriggered: root.now = AppState.worldNow()
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: Theme.spacing

        RowLayout {
            Layout.fillWidth: true

            ColumnLayout {
                Layout.fillWidth: true
                spacing: 2

                Label {
                    text: root.name
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
                Label {
                    text: root.model
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                    Layout.fillWidth: true
                }
            }
            Label {
                text: qsTr("%1 %").arg(Number(root.socPercent).toLocaleString(Theme.locale, 'f', 0))
                color: root.socPercent < 20 ? Theme.negative : Theme.text
                font.pixelSize: 34
                font.weight: Font.Light
                Accessible.name: qsTr("State of charge %1 percent").arg(Math.round(root.socPercent))
            }
        }

        ProgressBar {
            Layout.fillWidth: true
            from: 0
            to: 100
            value: root.socPercent
            Accessible.name: qsTr("State of charge")
        }

        Flow {
            Layout.fillWidth: true
            spacing: 8

            StatusChip {
                text: root.driving ? qsTr("Driving")
                                   : root.contributing ? qsTr("Contributing")
                                                       : qsTr("Not contributing")
                tone: root.contributing ? Theme.positive : (root.driving ? Theme.warning : Theme.neutral)
                active: root.contributing || root.driving
            }
            StatusChip {
                text: root.pluggedIn ? qsTr("Plugged in") : qsTr("Not plugged in")
                tone: root.pluggedIn ? Theme.accent : Theme.neutral
                active: root.pluggedIn
            }
            StatusChip {
                visible: !root.online || root.stale
                text: !root.everSeen ? qsTr("Offline, not seen yet")
                      : root.ageMinutes < 1 ? qsTr("Offline, last seen just now")
                      : root.ageMinutes < 90 ? qsTr("Offline, last seen %n minute(s) ago", "", root.ageMinutes)
                      : qsTr("Offline since %1").arg(root.lastSeen.toLocaleString(Theme.locale, Locale.ShortFormat))
                tone: Theme.warning
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.contributing
            // The owner's share of what the jobs pay now, before the electricity it uses.
            text: AppState.accountRole === "owner"
                  ? qsTr("Your share of the jobs: about %1 an hour, before electricity").arg(root.marketRate)
                  : qsTr("The owner's share of the jobs: about %1 an hour, before electricity").arg(root.marketRate)
            color: Theme.positive
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }

        ColumnLayout {
            Layout.fillWidth: true
            visible: !root.contributing && root.reasonItems.length > 0
            spacing: 4

            Label {
                text: qsTr("Why it is not contributing now")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                font.weight: Font.DemiBold
            }
            Repeater {
                model: root.reasonItems

                delegate: RowLayout {
                    id: reasonRow

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 8

                    Label {
                        Layout.fillWidth: true
                        text: "• " + reasonRow.modelData.text
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    Button {
                        visible: reasonRow.modelData.field.length > 0
                        flat: true
                        padding: 4
                        topInset: 0
                        bottomInset: 0
                        text: reasonRow.modelData.action + " ›"
                        font.pixelSize: Theme.captionSize
                        Material.foreground: Theme.accentText
                        palette.buttonText: Theme.accentText
                        Accessible.name: reasonRow.modelData.action
                        onClicked: {
                            AppState.selectedVehicleId = reasonRow.modelData.vehicleId
                            Navigation.navigate(reasonRow.modelData.page, reasonRow.modelData.field)
                        }
                    }
                }
            }
        }

        Rectangle {
            Layout.fillWidth: true
            implicitHeight: nextColumn.implicitHeight + 20
            radius: 8
            color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.08)
            visible: summary.loaded

            ColumnLayout {
                id: nextColumn

                anchors.fill: parent
                anchors.margins: 10
                spacing: 2

                Label {
                    text: root.contributing ? qsTr("Contributing now") : qsTr("Next contribution window")
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: !summary.hasNextWindow
                          ? (AppState.accountRole === "owner"
                             ? qsTr("None in the next %n day(s) under your settings.", "", summary.forecastDays)
                             : qsTr("None in the next %n day(s) under its settings.", "", summary.forecastDays))
                          : root.contributing
                            ? qsTr("Until %1").arg(summary.nextWindowEnd.toLocaleString(Theme.locale, "ddd " + Theme.locale.timeFormat(Locale.ShortFormat)))
                            : root.timeRange(summary.nextWindowStart, summary.nextWindowEnd)
                }
                Label {
                    Layout.fillWidth: true
                    visible: summary.hasNextWindow
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    text: qsTr("About %1 kWh · electricity %2 · earns %3 · net %4")
                        .arg(Number(summary.nextWindowEnergyWh / 1000).toLocaleString(Theme.locale, 'f', 1))
                        .arg(summary.nextWindowCost).arg(summary.nextWindowEarnings).arg(summary.nextWindowNet)
                }
            }
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 3
            columnSpacing: Theme.spacing
            rowSpacing: 0
            visible: summary.loaded

            Repeater {
                model: [
                    { label: qsTr("Today"), net: summary.todayNet, wh: summary.todayEnergyWh },
                    { label: qsTr("This month"), net: summary.monthNet, wh: summary.monthEnergyWh },
                    { label: AppState.accountRole === "owner" ? qsTr("Since you joined") : qsTr("Since it joined"),
                      net: summary.lifetimeNet, wh: summary.lifetimeEnergyWh }
                ]

                delegate: ColumnLayout {
                    id: total

                    required property var modelData

                    Layout.fillWidth: true
                    spacing: 0
                    Accessible.role: Accessible.StaticText
                    Accessible.name: qsTr("%1: net %2, %3 kWh").arg(total.modelData.label).arg(total.modelData.net)
                        .arg(Number(total.modelData.wh / 1000).toLocaleString(Theme.locale, 'f', 1))

                    Label {
                        text: total.modelData.label
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                    }
                    Label {
                        text: total.modelData.net
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                    }
                    Label {
                        text: qsTr("%1 kWh").arg(Number(total.modelData.wh / 1000).toLocaleString(Theme.locale, 'f', 1))
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                    }
                }
            }
        }

        Label {
            Layout.fillWidth: true
            visible: summary.errorMessage.length > 0
            text: qsTr("Forecast and totals are not up to date: %1").arg(summary.errorMessage)
            color: Theme.warning
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }

        GridLayout {
            Layout.fillWidth: true
            columns: 2
            columnSpacing: Theme.spacing
            rowSpacing: 6

            Label {
                text: qsTr("Computer")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                text: root.contributing
                      ? qsTr("%1 °C, %2 W").arg(Number(root.chipTempC).toLocaleString(Theme.locale, 'f', 0))
                                          .arg(root.computePowerWatts)
                      : qsTr("%1 °C, idle").arg(Number(root.chipTempC).toLocaleString(Theme.locale, 'f', 0))
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("Compute energy today")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                // The ledger's figure (the same as the "Today" total below), once it has loaded.
                text: summary.loaded
                      ? qsTr("%1 kWh").arg(Number(summary.todayEnergyWh / 1000).toLocaleString(Theme.locale, 'f', 2))
                      : "…"
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("On sunshine today")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                visible: summary.todaySunshine.length > 0
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                visible: summary.todaySunshine.length > 0
                text: summary.todaySunshine
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("CO₂ today")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                visible: summary.todayCarbon.length > 0
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                visible: summary.todayCarbon.length > 0
                text: summary.todayCarbon
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("Reported")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Label {
                Layout.fillWidth: true
                horizontalAlignment: Text.AlignRight
                // When the car last reported: it stands still while the car is out of reach.
                text: !root.everSeen ? qsTr("Not yet")
                      : root.ageMinutes < 720
                      ? root.lastSeen.toLocaleTimeString(Theme.locale, Locale.ShortFormat)
                      : root.lastSeen.toLocaleString(Theme.locale, Locale.ShortFormat)
                color: root.stale ? Theme.warning : Theme.text
                font.pixelSize: Theme.bodySize
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            Button {
                objectName: "pauseButton"
                text: root.pausedOrPausing ? qsTr("Resume") : qsTr("Pause for 2 hours")
                Accessible.name: root.pausedOrPausing ? qsTr("Resume contributing of %1").arg(root.name)
                                                      : qsTr("Pause contributing of %1 for two hours").arg(root.name)
                onClicked: root.pausedOrPausing ? PauseActions.resume(root.vehicleId) : PauseActions.pause(root.vehicleId, 2)
            }
            Button {
                // It opens the car's policy: named as the navigation names that page.
                text: qsTr("When it may contribute")
                flat: true
                Accessible.name: qsTr("When %1 may contribute").arg(root.name)
                onClicked: root.openSetting("")
            }
            Item {
                Layout.fillWidth: true
            }
        }

        // Beside the button that sent it: where the pause is, or why the car refused it.
        RowLayout {
            Layout.fillWidth: true
            visible: pauseStatusLabel.text.length > 0
            spacing: 8

            Label {
                id: pauseStatusLabel

                objectName: "pauseStatus"
                Layout.fillWidth: true
                text: root.pauseStatus()
                color: root.pauseRefused ? Theme.negative : Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
                Accessible.role: root.pauseRefused ? Accessible.AlertMessage : Accessible.StaticText
                Accessible.name: text
            }
            Button {
                objectName: "pairButton"
                // Pairing is the way out only when the car refused this computer's key.
                visible: root.pauseChange.state === PolicyChange.Rejected && root.pauseChange.pairingNeeded
                text: qsTr("Pair this computer")
                Accessible.name: qsTr("Pair this computer with %1").arg(root.name)
                onClicked: {
                    AppState.selectedVehicleId = root.vehicleId
                    Navigation.navigate(Navigation.Onboarding)
                }
            }
        }
    }
}
