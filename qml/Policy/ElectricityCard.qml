import QtQuick
import QtQuick.Layouts
import Idlefleet.App

// The tariff, off-peak only, the price limit and the profit guard.
SectionCard {
    id: root

    required property PolicyEditor editor
    property alias tariffFrame: tariffFrame
    property alias offPeakFrame: offPeakFrame
    property alias priceFrame: priceFrame
    property alias profitFrame: profitFrame

    title: qsTr("Electricity")
    subtitle: qsTr("Your tariff and what the car may spend on power.")

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

    FieldFrame {
        id: tariffFrame

        fieldKey: "tariff"
        focusTarget: tariffEditor.switchControl

        TariffEditor {
            id: tariffEditor

            Layout.fillWidth: true
            editor: root.editor
        }
    }
    FieldFrame {
        id: offPeakFrame

        fieldKey: "offPeakOnly"
        focusTarget: offPeakSwitch
        help: root.editor.hasTariff ? "" : qsTr("Without a tariff no time is off-peak, so the car would never contribute.")

        SettingSwitch {
            id: offPeakSwitch

            text: qsTr("Only at off-peak times")
            value: root.editor.offPeakOnly
            onEdited: (on) => root.editor.offPeakOnly = on
        }
    }
    FieldFrame {
        id: priceFrame

        fieldKey: "maxPriceMicrosPerKwh"
        focusTarget: priceSwitch
        error: root.errorOf("maxPriceMicrosPerKwh")

        SettingSwitch {
            id: priceSwitch

            text: qsTr("Not when power costs more than")
            value: root.editor.maxPriceMicrosPerKwh !== 0
            onEdited: (on) => root.editor.maxPriceMicrosPerKwh =
                      on ? Math.max(1, root.editor.defaultPriceMicrosPerKwh || 300000) : 0
        }
        ValueField {
            kind: ValueField.Money
            enabled: priceSwitch.checked
            value: root.editor.maxPriceMicrosPerKwh
            unit: qsTr("%1 per kWh").arg(root.editor.hasTariff ? root.editor.currency : "")
            editor: root.editor
            inputKey: "maxPriceMicrosPerKwh"
            accessibleName: qsTr("Price limit per kWh")
            onValueEdited: (value) => root.editor.maxPriceMicrosPerKwh = value
        }
    }
    FieldFrame {
        id: profitFrame

        fieldKey: "requireProfitable"
        focusTarget: profitSwitch
        help: qsTr("Contribute only when the jobs pay you at least what the power costs.")

        SettingSwitch {
            id: profitSwitch

            text: qsTr("Only when profitable")
            value: root.editor.requireProfitable
            onEdited: (on) => root.editor.requireProfitable = on
        }
    }
}
