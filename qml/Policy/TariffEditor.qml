pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The owner's electricity tariff: a preset of a real shape to start from, the currency, the
// price outside any period, and the periods, the first of which that covers an instant sets it.
ColumnLayout {
    id: root

    required property PolicyEditor editor
    property alias switchControl: useTariff

    spacing: 12

    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

    SettingSwitch {
        id: useTariff

        text: qsTr("Use my electricity tariff")
        value: root.editor.hasTariff
        onEdited: (on) => root.editor.hasTariff = on
    }

    ColumnLayout {
        Layout.fillWidth: true
        visible: root.editor.hasTariff
        spacing: 12

        Label {
            text: qsTr("Start from")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
        Flow {
            Layout.fillWidth: true
            spacing: 8

            Repeater {
                model: root.editor.tariffPresets

                delegate: Button {
                    id: presetButton

                    required property var modelData

                    text: presetButton.modelData.name.replace("&", "&&") // not a mnemonic
                    flat: true
                    Accessible.name: qsTr("Use the %1 tariff").arg(presetButton.modelData.name)
                    Accessible.description: presetButton.modelData.description
                    ToolTip.visible: presetButton.hovered || presetButton.visualFocus
                    ToolTip.text: presetButton.modelData.description
                    ToolTip.delay: 400
                    onClicked: root.editor.applyTariffPreset(presetButton.modelData.id)
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                Layout.preferredWidth: 150
                text: qsTr("Currency")
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            TextField {
                placeholderTextColor: Theme.secondaryText
                id: currencyField

                Layout.preferredWidth: 72
                text: root.editor.currency
                maximumLength: 3
                font.capitalization: Font.AllUppercase
                Accessible.name: qsTr("Currency, ISO 4217 code")
                onTextEdited: root.editor.currency = currencyField.text.toUpperCase()
            }
        }
        FieldError {
            Layout.fillWidth: true
            text: root.errorOf("tariff.currency")
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Label {
                Layout.preferredWidth: 150
                text: qsTr("Price at other times")
                color: Theme.text
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
            ValueField {
                kind: ValueField.Money
                value: root.editor.defaultPriceMicrosPerKwh
                unit: qsTr("%1 per kWh").arg(root.editor.currency)
                editor: root.editor
                inputKey: "tariff.defaultPriceMicrosPerKwh"
                accessibleName: qsTr("Price outside the periods, per kWh")
                onValueEdited: (value) => root.editor.defaultPriceMicrosPerKwh = value
            }
        }
        FieldError {
            Layout.fillWidth: true
            text: root.errorOf("tariff.defaultPriceMicrosPerKwh")
        }

        Label {
            text: qsTr("Periods (the first that covers a time sets its price)")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }

        Repeater {
            model: root.editor.tariffPeriods

            delegate: Rectangle {
                id: row

                required property int index
                required property int daysMask
                required property int startMinute
                required property int endMinute
                required property double priceMicros
                required property bool offPeak
                required property string error
                readonly property string subject: qsTr("Period %1").arg(row.index + 1)

                Layout.fillWidth: true
                implicitHeight: rowLayout.implicitHeight + 16
                radius: 8
                color: row.offPeak ? Qt.rgba(Theme.positive.r, Theme.positive.g, Theme.positive.b, 0.08)
                                   : "transparent"
                border.color: row.error.length > 0 ? Theme.negative : Theme.divider

                ColumnLayout {
                    id: rowLayout

                    anchors.fill: parent
                    anchors.margins: 8
                    spacing: 4

                    Flow {
                        Layout.fillWidth: true
                        spacing: 10

                        DayToggles {
                            daysMask: row.daysMask
                            subject: row.subject
                            onDayToggled: (day, on) => root.editor.tariffPeriods.setDay(row.index, day, on)
                        }
                        RowLayout {
                            spacing: 6

                            TimeField {
                                minute: row.startMinute
                                editor: root.editor
                                inputKey: "tariff.periods[" + row.index + "].startMinute"
                                Accessible.name: qsTr("%1 starts at").arg(row.subject)
                                onMinuteEdited: (minute) => root.editor.tariffPeriods.setStartMinute(row.index, minute)
                            }
                            Label {
                                text: "–"
                                color: Theme.secondaryText
                            }
                            TimeField {
                                minute: row.endMinute
                                allowEndOfDay: true
                                editor: root.editor
                                inputKey: "tariff.periods[" + row.index + "].endMinute"
                                Accessible.name: qsTr("%1 ends at").arg(row.subject)
                                onMinuteEdited: (minute) => root.editor.tariffPeriods.setEndMinute(row.index, minute)
                            }
                        }
                        ValueField {
                            kind: ValueField.Money
                            value: row.priceMicros
                            unit: root.editor.currency
                            editor: root.editor
                            inputKey: "tariff.periods[" + row.index + "].priceMicrosPerKwh"
                            accessibleName: qsTr("%1 price per kWh").arg(row.subject)
                            onValueEdited: (value) => root.editor.tariffPeriods.setPriceMicros(row.index, value)
                        }
                        CheckBox {
                            text: qsTr("Off-peak")
                            checked: row.offPeak
                            Accessible.name: qsTr("%1 is off-peak").arg(row.subject)
                            onToggled: root.editor.tariffPeriods.setOffPeak(row.index, checked)
                        }
                        RowLayout {
                            spacing: 0

                            ToolButton {
                                text: "↑"
                                enabled: row.index > 0
                                Accessible.name: qsTr("Move %1 up").arg(row.subject)
                                ToolTip.visible: hovered
                                ToolTip.text: qsTr("Earlier in the list: wins where periods overlap")
                                onClicked: root.editor.tariffPeriods.movePeriod(row.index, -1)
                            }
                            ToolButton {
                                text: "↓"
                                enabled: row.index < root.editor.tariffPeriods.count - 1
                                Accessible.name: qsTr("Move %1 down").arg(row.subject)
                                onClicked: root.editor.tariffPeriods.movePeriod(row.index, 1)
                            }
                            ToolButton {
                                text: qsTr("Delete")
                                Accessible.name: qsTr("Delete %1").arg(row.subject)
                                onClicked: root.editor.tariffPeriods.removePeriod(row.index)
                            }
                        }
                    }
                    FieldError {
                        Layout.fillWidth: true
                        text: row.error
                    }
                }
            }
        }

        Button {
            text: qsTr("Add period")
            Accessible.name: qsTr("Add a tariff period")
            onClicked: root.editor.tariffPeriods.addPeriod(root.editor.defaultPriceMicrosPerKwh)
        }
    }
}
