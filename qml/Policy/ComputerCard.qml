import QtQuick
import Idlefleet.App

// The limits on the computer's temperature and the energy of a day.
SectionCard {
    id: root

    required property PolicyEditor editor
    property alias chipFrame: chipFrame
    property alias energyFrame: energyFrame

    title: qsTr("Computer")
    subtitle: qsTr("Limits that spare the car's computer and your energy.")

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

    FieldFrame {
        id: chipFrame

        fieldKey: "maxChipTempC"
        focusTarget: chipSwitch
        error: root.errorOf("maxChipTempC")
        help: qsTr("It stops at this temperature and starts again 5 °C below it.")

        SettingSwitch {
            id: chipSwitch

            text: qsTr("Limit the computer's temperature")
            value: root.editor.maxChipTempC !== 0
            onEdited: (on) => root.editor.maxChipTempC = on ? 85 : 0
        }
        ValueField {
            enabled: chipSwitch.checked
            value: root.editor.maxChipTempC
            unit: "°C"
            editor: root.editor
            inputKey: "maxChipTempC"
            accessibleName: qsTr("Temperature limit, degrees Celsius")
            onValueEdited: (value) => root.editor.maxChipTempC = value
        }
    }
    FieldFrame {
        id: energyFrame

        fieldKey: "maxDailyWh"
        focusTarget: energySwitch
        error: root.errorOf("maxDailyWh")
        help: qsTr("Energy used for compute on one local day.")

        SettingSwitch {
            id: energySwitch

            text: qsTr("Cap the energy a day")
            value: root.editor.maxDailyWh !== 0
            onEdited: (on) => root.editor.maxDailyWh = on ? 8000 : 0
        }
        ValueField {
            kind: ValueField.KilowattHours
            enabled: energySwitch.checked
            value: root.editor.maxDailyWh
            unit: qsTr("kWh")
            editor: root.editor
            inputKey: "maxDailyWh"
            accessibleName: qsTr("Daily energy cap, kilowatt-hours")
            onValueEdited: (value) => root.editor.maxDailyWh = value
        }
    }
}
