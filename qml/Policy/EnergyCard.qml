import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Energy-aware contribution: only on the home's solar surplus, not on a dirty grid, what the
// surplus would earn exported, and the battery's wear charged against the net (with a helper
// that works it out from the pack; its fields are not the policy's, so they report no errors to
// the editor: the button says when they cannot make a figure).
SectionCard {
    id: root

    required property PolicyEditor editor
    property alias solarFrame: solarFrame
    property alias carbonFrame: carbonFrame
    property alias feedInFrame: feedInFrame
    property alias wearFrame: wearFrame

    // The helper's figures: a 75 kWh pack at 12,000 in the tariff's currency, rated for 1,500
    // full cycles, until the owner types their own.
    property double packPriceMicros: 12000000000
    property double usableWh: 75000
    property int ratedCycles: 1500
    readonly property double helperWear: root.editor.wearFromPack(root.packPriceMicros, root.usableWh,
                                                                  root.ratedCycles)

    title: qsTr("Energy")
    subtitle: qsTr("Sunshine, the grid's carbon and the battery's wear.")

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

    FieldFrame {
        id: solarFrame

        fieldKey: "solarOnly"
        focusTarget: solarSwitch
        error: root.errorOf("solarOnly")
        help: qsTr("Only while the solar panels at home make more than the house uses and cover the computer's whole draw. The car must be plugged in at home.")

        SettingSwitch {
            id: solarSwitch

            text: qsTr("Only on my own solar surplus")
            value: root.editor.solarOnly
            onEdited: (on) => root.editor.solarOnly = on
        }
    }
    FieldFrame {
        id: carbonFrame

        fieldKey: "maxCarbonGramsPerKwh"
        focusTarget: carbonSwitch
        error: root.errorOf("maxCarbonGramsPerKwh")
        help: qsTr("The grid's carbon intensity changes by the hour. Solar surplus is never limited.")

        SettingSwitch {
            id: carbonSwitch

            text: qsTr("Not when the grid is dirtier than")
            value: root.editor.maxCarbonGramsPerKwh !== 0
            onEdited: (on) => root.editor.maxCarbonGramsPerKwh = on ? 300 : 0
        }
        ValueField {
            enabled: carbonSwitch.checked
            value: root.editor.maxCarbonGramsPerKwh
            unit: qsTr("g CO₂ per kWh")
            editor: root.editor
            inputKey: "maxCarbonGramsPerKwh"
            accessibleName: qsTr("Carbon limit, grams of CO₂ per kilowatt-hour")
            onValueEdited: (value) => root.editor.maxCarbonGramsPerKwh = value
        }
    }
    FieldFrame {
        id: feedInFrame

        fieldKey: "tariff.feedInMicrosPerKwh"
        focusTarget: feedInField.field
        label: qsTr("What your exported power earns")
        error: root.errorOf("tariff.feedInMicrosPerKwh")
        help: root.editor.hasTariff
              ? qsTr("Surplus the computer uses is not exported: it costs you this instead of the grid price.")
              : qsTr("Set your tariff above first: the feed-in price is part of it.")

        ValueField {
            id: feedInField

            kind: ValueField.Money
            enabled: root.editor.hasTariff
            value: root.editor.feedInMicrosPerKwh
            unit: qsTr("%1 per kWh").arg(root.editor.hasTariff ? root.editor.currency : "")
            editor: root.editor
            inputKey: "tariff.feedInMicrosPerKwh"
            accessibleName: qsTr("Feed-in price per kWh")
            onValueEdited: (value) => root.editor.feedInMicrosPerKwh = value
        }
    }
    FieldFrame {
        id: wearFrame

        fieldKey: "batteryWearMicrosPerKwh"
        focusTarget: wearSwitch
        error: root.errorOf("batteryWearMicrosPerKwh")
        help: root.editor.hasTariff
              ? qsTr("Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.")
              : qsTr("Set your tariff above first: the wear is counted in its currency.")

        SettingSwitch {
            id: wearSwitch

            text: qsTr("Count the battery's wear")
            enabled: root.editor.hasTariff
            value: root.editor.batteryWearMicrosPerKwh !== 0
            onEdited: (on) => root.editor.batteryWearMicrosPerKwh = on ? Math.max(1, root.helperWear) : 0
        }
        ValueField {
            kind: ValueField.Money
            enabled: wearSwitch.checked
            value: root.editor.batteryWearMicrosPerKwh
            unit: qsTr("%1 per kWh").arg(root.editor.currency)
            editor: root.editor
            inputKey: "batteryWearMicrosPerKwh"
            accessibleName: qsTr("Battery wear per kWh")
            onValueEdited: (value) => root.editor.batteryWearMicrosPerKwh = value
        }
        GridLayout {
            Layout.fillWidth: true
            visible: wearSwitch.checked
            columns: 2
            columnSpacing: 8
            rowSpacing: 4

            Label {
                Layout.columnSpan: 2
                Layout.fillWidth: true
                text: qsTr("Work it out from the battery:")
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Label {
                text: qsTr("Pack price")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            ValueField {
                kind: ValueField.Money
                value: root.packPriceMicros
                unit: root.editor.currency
                accessibleName: qsTr("Battery pack price")
                onValueEdited: (value) => root.packPriceMicros = value
            }
            Label {
                text: qsTr("Usable energy")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            ValueField {
                kind: ValueField.KilowattHours
                value: root.usableWh
                unit: qsTr("kWh")
                accessibleName: qsTr("Usable battery energy, kilowatt-hours")
                onValueEdited: (value) => root.usableWh = value
            }
            Label {
                text: qsTr("Rated full cycles")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            ValueField {
                value: root.ratedCycles
                accessibleName: qsTr("Rated full charge cycles")
                onValueEdited: (value) => root.ratedCycles = value
            }
            Button {
                Layout.columnSpan: 2
                enabled: root.helperWear > 0
                text: root.helperWear > 0
                      ? qsTr("Use %1 %2 per kWh").arg(PolicyFormat.money(root.helperWear)).arg(root.editor.currency)
                      : qsTr("Enter a price, energy and cycles above 0")
                onClicked: root.editor.batteryWearMicrosPerKwh = root.helperWear
            }
        }
    }
}
