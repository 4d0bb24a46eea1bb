import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Every setting of one car's policy in cards, the week's preview, the conflict and pairing
// notes, and the bar with Apply. Works on any PolicyEditor (the page gives it the car's).
Item {
    id: root

    required property PolicyEditor editor
    property string vehicleName
    readonly property bool wide: root.width >= 960
    property alias applyButton: applyBar.applyButton
    property alias minSocField: minSocField
    property alias resumeSocField: resumeSocField
    property alias weekGrid: grid

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }
    // The setting a field name (or a reason code of the dashboard) stands for.
    function fieldItem(key: string): FieldFrame {
        switch (key) {
        case "enabled": case "disabled": return enabledFrame
        case "pausedUntil": case "paused": case "snooze": return pausedFrame
        case "requirePluggedIn": case "not_plugged_in": return pluggedFrame
        case "timeZone": return zoneFrame
        case "windows": case "outside_schedule": return windowsFrame
        case "minSocPercent": case "below_min_soc": return minSocFrame
        case "resumeSocPercent": case "below_resume_soc": return resumeFrame
        case "departures": case "departure_reserve": return departuresFrame
        case "tariff": return tariffFrame
        case "offPeakOnly": case "peak_tariff": return offPeakFrame
        case "maxPriceMicrosPerKwh": case "price_above_limit": return priceFrame
        case "requireProfitable": case "unprofitable": return profitFrame
        case "maxChipTempC": case "chip_too_hot": return chipFrame
        case "maxDailyWh": case "daily_energy_cap": return energyFrame
        }
        return null
    }
    // Scrolls a field into view, focuses it and makes it glow; false for a name not known here.
    function reveal(key: string): bool {
        const frame = root.fieldItem(key.split(/[.[]/)[0])
        if (!frame)
            return false
        const y = frame.mapToItem(content, 0, 0).y
        flick.contentY = Math.max(0, Math.min(y - 24, flick.contentHeight - flick.height))
        frame.reveal()
        return true
    }
    function revealFirstError(): void {
        const keys = Object.keys(root.editor.errors)
        for (const key of ["timeZone", "windows", "minSocPercent", "resumeSocPercent", "departures",
                           "tariff", "maxPriceMicrosPerKwh", "maxChipTempC", "maxDailyWh"]) {
            if (keys.some(k => k === key || k.startsWith(key + ".") || k.startsWith(key + "["))) {
                root.reveal(key)
                return
            }
        }
    }
    // Keeps the item with the keyboard focus in view as Tab moves through the page.
    function ensureVisible(item: Item): void {
        if (!item || item === flick)
            return
        let ancestor = item.parent
        while (ancestor && ancestor !== content)
            ancestor = ancestor.parent
        if (!ancestor)
            return
        const top = item.mapToItem(content, 0, 0).y
        const bottom = top + item.height
        if (top < flick.contentY + 8)
            flick.contentY = Math.max(0, top - 24)
        else if (bottom > flick.contentY + flick.height - 8)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height + 24)
    }

    Connections {
        target: root.Window.window

        function onActiveFocusItemChanged() {
            root.ensureVisible(root.Window.activeFocusItem)
        }
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        Flickable {
            id: flick

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            contentWidth: width
            contentHeight: content.implicitHeight + 48
            boundsBehavior: Flickable.StopAtBounds
            ScrollBar.vertical: ScrollBar {}

            Behavior on contentY {
                enabled: !flick.moving
                NumberAnimation { duration: 180; easing.type: Easing.OutCubic }
            }

            ColumnLayout {
                id: content

                x: 28
                y: 16
                width: flick.width - 56
                spacing: 20

                // The car's zone and version; import and export.
                RowLayout {
                    Layout.fillWidth: true
                    spacing: 10

                    StatusChip {
                        text: qsTr("Time zone: %1").arg(root.editor.timeZone)
                        tone: Theme.accent
                    }
                    StatusChip {
                        text: root.editor.dirty ? qsTr("Edited from version %1").arg(root.editor.version)
                                                : qsTr("Version %1").arg(root.editor.version)
                        tone: root.editor.dirty ? Theme.warning : Theme.neutral
                    }
                    Item {
                        Layout.fillWidth: true
                    }
                    Button {
                        id: importButton

                        text: qsTr("Import…")
                        flat: true
                        Accessible.name: qsTr("Import a policy from a JSON file")
                        onClicked: importDialog.open()
                    }
                    Button {
                        text: qsTr("Export…")
                        flat: true
                        enabled: root.editor.valid
                        Accessible.name: qsTr("Export this policy to a JSON file")
                        onClicked: exportDialog.open()
                    }
                }
                FieldError {
                    Layout.fillWidth: true
                    text: root.editor.importError.length > 0
                          ? qsTr("Not imported: %1").arg(root.editor.importError) : ""
                }
                Label {
                    Layout.fillWidth: true
                    visible: root.editor.exportMessage.length > 0
                    text: root.editor.exportMessage
                    color: root.editor.exportFailed ? Theme.negative : Theme.positive
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }

                // This computer cannot sign for the car yet.
                Pane {
                    Layout.fillWidth: true
                    visible: root.editor.change.pairingNeeded
                    padding: 16
                    Accessible.role: Accessible.AlertMessage
                    Accessible.name: pairingText.text

                    background: Rectangle {
                        color: Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b, 0.1)
                        radius: Theme.radius
                        border.color: Theme.warning
                    }

                    RowLayout {
                        anchors.fill: parent
                        spacing: 16

                        Label {
                            id: pairingText

                            Layout.fillWidth: true
                            text: qsTr("This computer must be paired with %1 before it can change its policy: every change is signed with this computer's own key, and the car only accepts keys paired on its screen.")
                                  .arg(root.vehicleName.length > 0 ? root.vehicleName : qsTr("the car"))
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                            wrapMode: Text.Wrap
                        }
                        AccentButton {
                            text: qsTr("Pair this computer")
                            Accessible.name: qsTr("Pair this computer with the car")
                            onClicked: AppState.navigate("Onboarding")
                        }
                    }
                }

                Label {
                    Layout.fillWidth: true
                    visible: root.editor.notice.length > 0
                    text: root.editor.notice
                    color: Theme.warning
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }

                ConflictPanel {
                    Layout.fillWidth: true
                    visible: root.editor.conflict.active
                    editor: root.editor
                }

                SectionCard {
                    Layout.fillWidth: true
                    title: qsTr("Participation")
                    subtitle: qsTr("Whether the car lends its computer at all, and a snooze.")

                    GridLayout {
                        Layout.fillWidth: true
                        columns: root.wide ? 2 : 1
                        columnSpacing: 40
                        rowSpacing: 16

                        ColumnLayout {
                            Layout.alignment: Qt.AlignTop
                            Layout.fillWidth: true
                            Layout.preferredWidth: 1
                            spacing: 16

                            FieldFrame {
                                id: enabledFrame

                                fieldKey: "enabled"
                                focusTarget: enabledSwitch
                                help: qsTr("Off: the car never lends its computer, whatever the rules below say.")

                                SettingSwitch {
                                    id: enabledSwitch

                                    text: qsTr("Let the car contribute while parked")
                                    value: root.editor.enabled
                                    onEdited: (on) => root.editor.enabled = on
                                }
                            }
                            FieldFrame {
                                id: pluggedFrame

                                fieldKey: "requirePluggedIn"
                                focusTarget: pluggedSwitch
                                help: qsTr("Off: it may also contribute from the battery alone, down to the floor.")

                                SettingSwitch {
                                    id: pluggedSwitch

                                    text: qsTr("Only while plugged in")
                                    value: root.editor.requirePluggedIn
                                    onEdited: (on) => root.editor.requirePluggedIn = on
                                }
                            }
                        }
                        FieldFrame {
                            id: pausedFrame

                            Layout.alignment: Qt.AlignTop
                            Layout.preferredWidth: 1
                            fieldKey: "pausedUntil"
                            label: qsTr("Snooze")
                            help: qsTr("No contribution until then; times are in the car's time zone.")
                            focusTarget: snoozeHour

                            Label {
                                Layout.fillWidth: true
                                text: root.editor.pausedUntilText
                                color: root.editor.pausedUntil.getTime() > Date.now() ? Theme.warning : Theme.secondaryText
                                font.pixelSize: Theme.bodySize
                                wrapMode: Text.Wrap
                            }
                            Flow {
                                Layout.fillWidth: true
                                spacing: 4

                                Button {
                                    id: snoozeHour

                                    text: qsTr("1 hour")
                                    flat: true
                                    Accessible.name: qsTr("Snooze for one hour")
                                    onClicked: root.editor.snoozeFor(60)
                                }
                                Button {
                                    text: qsTr("Until 06:00")
                                    flat: true
                                    Accessible.name: qsTr("Snooze until 06:00 tomorrow")
                                    onClicked: root.editor.snoozeUntilTomorrow(360)
                                }
                                Button {
                                    text: qsTr("Until I resume")
                                    flat: true
                                    Accessible.name: qsTr("Snooze until I resume")
                                    onClicked: root.editor.snoozeIndefinitely()
                                }
                                Button {
                                    visible: !isNaN(root.editor.pausedUntil.getTime())
                                    text: qsTr("Resume now")
                                    flat: true
                                    Accessible.name: qsTr("End the snooze")
                                    onClicked: root.editor.resume()
                                }
                            }
                            RowLayout {
                                spacing: 8

                                TextField {
                                    id: snoozeText

                                    Layout.preferredWidth: 170
                                    placeholderText: qsTr("yyyy-mm-dd hh:mm")
                                    selectByMouse: true
                                    Accessible.name: qsTr("Snooze until a date and time")
                                    onAccepted: snoozeSet.clicked()
                                }
                                Button {
                                    id: snoozeSet

                                    text: qsTr("Snooze until then")
                                    flat: true
                                    enabled: snoozeText.text.length > 0
                                    Accessible.name: qsTr("Snooze until the date and time typed")
                                    onClicked: snoozeError.text = root.editor.snoozeUntilText(snoozeText.text)
                                               ? "" : qsTr("Type a date and time such as 2026-11-30 08:00.")
                                }
                            }
                            FieldError {
                                id: snoozeError

                                Layout.fillWidth: true
                            }
                        }
                    }
                    FieldFrame {
                        id: zoneFrame

                        visible: root.errorOf("timeZone").length > 0
                        fieldKey: "timeZone"
                        label: qsTr("Time zone")
                        error: root.errorOf("timeZone")
                        help: qsTr("Every time on this page is the car's local time in this zone, daylight saving included.")

                        Label {
                            text: root.editor.timeZone.length > 0 ? root.editor.timeZone : qsTr("Not set")
                            color: Theme.text
                            font.pixelSize: Theme.bodySize
                        }
                    }
                }

                SectionCard {
                    Layout.fillWidth: true
                    title: qsTr("Weekly windows")
                    subtitle: qsTr("When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.")

                    FieldFrame {
                        id: windowsFrame

                        fieldKey: "windows"
                        focusTarget: grid.windows.count > 0 ? grid as Item : windowList.addButton as Item
                        error: root.editor.windows.errorSummary
                        help: qsTr("Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.")

                        WeekGrid {
                            id: grid

                            Layout.fillWidth: true
                            Layout.preferredHeight: implicitHeight
                            windows: root.editor.windows
                            onEmptied: windowList.addButton.forceActiveFocus()
                            onFocusChanged: if (focus && grid.windows.count > 0 && grid.selectedWindow < 0)
                                                grid.focusWindow(0)
                        }
                        WindowList {
                            id: windowList

                            Layout.fillWidth: true
                            editor: root.editor
                            selectedWindow: grid.selectedWindow
                            onSelectWindow: (index) => grid.selectedWindow = index
                        }
                    }
                }

                SectionCard {
                    Layout.fillWidth: true
                    title: qsTr("The coming week")
                    subtitle: qsTr("When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.")

                    WeekPreview {
                        Layout.fillWidth: true
                        preview: root.editor.preview
                        labelWidth: grid.labelWidth
                        note: !root.editor.enabled
                              ? qsTr("Contributing is switched off, so no time is allowed.")
                              : root.editor.offPeakOnly && !root.editor.hasTariff
                                ? qsTr("Off-peak only, but without a tariff no time is off-peak.")
                                : ""
                    }
                }

                GridLayout {
                    Layout.fillWidth: true
                    columns: root.wide ? 2 : 1
                    columnSpacing: 20
                    rowSpacing: 20

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        title: qsTr("Battery")
                        subtitle: qsTr("What the car keeps for driving.")

                        FieldFrame {
                            id: minSocFrame

                            fieldKey: "minSocPercent"
                            label: qsTr("Battery floor")
                            help: qsTr("Contributing stops at this state of charge.")
                            error: root.errorOf("minSocPercent")
                            focusTarget: minSocField.field

                            RowLayout {
                                Layout.fillWidth: true
                                spacing: 12

                                Slider {
                                    id: minSocSlider

                                    Layout.fillWidth: true
                                    from: 0
                                    to: 95
                                    stepSize: 1
                                    snapMode: Slider.SnapAlways
                                    value: root.editor.minSocPercent
                                    Accessible.name: qsTr("Battery floor, percent")
                                    onMoved: root.editor.minSocPercent = Math.round(minSocSlider.value)
                                }
                                ValueField {
                                    id: minSocField

                                    value: root.editor.minSocPercent
                                    unit: "%"
                                    editor: root.editor
                                    inputKey: "minSocPercent"
                                    accessibleName: qsTr("Battery floor, percent")
                                    onValueEdited: (value) => root.editor.minSocPercent = value
                                }
                            }
                        }
                        FieldFrame {
                            id: resumeFrame

                            fieldKey: "resumeSocPercent"
                            label: qsTr("Resume level")
                            help: root.editor.resumeSocPercent === 0
                                  ? qsTr("0: starts again at the floor + 5 % (%1 %).").arg(root.editor.minSocPercent + 5)
                                  : qsTr("After stopping, it starts again only at this state of charge.")
                            error: root.errorOf("resumeSocPercent")
                            focusTarget: resumeSocField.field

                            ValueField {
                                id: resumeSocField

                                value: root.editor.resumeSocPercent
                                unit: "%"
                                editor: root.editor
                                inputKey: "resumeSocPercent"
                                accessibleName: qsTr("Resume level, percent")
                                onValueEdited: (value) => root.editor.resumeSocPercent = value
                            }
                        }
                        FieldFrame {
                            id: departuresFrame

                            fieldKey: "departures"
                            label: qsTr("Departures")
                            help: qsTr("From 12 hours before a trip the car keeps the charge it needs.")
                            focusTarget: departuresEditor.addButton

                            DeparturesEditor {
                                id: departuresEditor

                                Layout.fillWidth: true
                                editor: root.editor
                            }
                        }
                    }

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        Layout.rowSpan: root.wide ? 2 : 1
                        title: qsTr("Electricity")
                        subtitle: qsTr("Your tariff and what the car may spend on power.")

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

                    SectionCard {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        title: qsTr("Computer")
                        subtitle: qsTr("Limits that spare the car's computer and your energy.")

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
                }
            }
        }

        ApplyBar {
            id: applyBar

            Layout.fillWidth: true
            editor: root.editor
            onShowErrors: root.revealFirstError()
        }
    }

    FileDialog {
        id: importDialog

        title: qsTr("Import a policy")
        fileMode: FileDialog.OpenFile
        nameFilters: [qsTr("Policy files (*.json)"), qsTr("All files (*)")]
        onAccepted: root.editor.importFile(importDialog.selectedFile)
    }
    FileDialog {
        id: exportDialog

        title: qsTr("Export the policy")
        fileMode: FileDialog.SaveFile
        defaultSuffix: "json"
        nameFilters: [qsTr("Policy files (*.json)")]
        onAccepted: root.editor.exportFile(exportDialog.selectedFile)
    }
}
