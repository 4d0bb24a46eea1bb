import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Every setting of one car's policy in cards, the week's preview, the conflict and pairing
// notes, and the bar with Apply. Works on any PolicyEditor (the page gives it the car's).
Item {
    id: root

    objectName: "policyEditorView"

    required property PolicyEditor editor
    property string vehicleName
    readonly property bool wide: root.width >= 960
    property alias applyButton: applyBar.applyButton
    // False where the policy goes elsewhere than to one car (a fleet's bulk policy).
    property bool showApplyBar: true
    property alias minSocField: battery.minSocField
    property alias resumeSocField: battery.resumeSocField
    property alias weekGrid: windowsCard.grid

    // The setting a field name stands for, or a reason code of the dashboard (the reason
    // catalogue names the field that governs it).
    function fieldItem(key: string): FieldFrame {
        switch (Reasons.field(key) || key) {
        case "enabled": return participation.enabledFrame
        case "pausedUntil": case "snooze": return participation.pausedFrame
        case "requirePluggedIn": return participation.pluggedFrame
        case "timeZone": return participation.zoneFrame
        case "windows": return windowsCard.windowsFrame
        case "minSocPercent": return battery.minSocFrame
        case "resumeSocPercent": return battery.resumeFrame
        case "departures": return battery.departuresFrame
        case "tariff": return electricity.tariffFrame
        case "offPeakOnly": return electricity.offPeakFrame
        case "maxPriceMicrosPerKwh": return electricity.priceFrame
        case "requireProfitable": return electricity.profitFrame
        case "maxChipTempC": return computer.chipFrame
        case "maxDailyWh": return computer.energyFrame
        case "solarOnly": return energy.solarFrame
        case "maxCarbonGramsPerKwh": return energy.carbonFrame
        case "feedInMicrosPerKwh": return energy.feedInFrame
        case "batteryWearMicrosPerKwh": return energy.wearFrame
        }
        return null
    }
    // Scrolls a field into view, focuses it and makes it glow; false for a name not known here.
    function reveal(key: string): bool {
        // `policy.windows[1].startMinute` and `tariff.currency` reveal their setting too.
        // The feed-in price is part of the tariff but set on the Energy card.
        const name = key.replace(/^policy\./, "").replace(/^tariff\.feedIn/, "feedIn")
        const frame = root.fieldItem(name.split(/[.[]/)[0])
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
                           "tariff.feedInMicrosPerKwh", "tariff", "maxPriceMicrosPerKwh",
                           "maxCarbonGramsPerKwh", "batteryWearMicrosPerKwh", "maxChipTempC",
                           "maxDailyWh"]) {
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
        while (ancestor && ancestor !== content) {
            // A press on the week grid gives it the focus; scrolling it into view would move the
            // page under the hand in the middle of a drag.
            if (ancestor === root.weekGrid && root.weekGrid.pointerPressed)
                return
            ancestor = ancestor.parent
        }
        if (!ancestor || (item === root.weekGrid && root.weekGrid.pointerPressed))
            return
        const top = item.mapToItem(content, 0, 0).y
        const bottom = top + item.height
        if (top < flick.contentY + 8)
            flick.contentY = Math.max(0, top - 24)
        else if (bottom > flick.contentY + flick.height - 8)
            flick.contentY = Math.min(flick.contentHeight - flick.height, bottom - flick.height + 24)
    }

    // Ctrl+S applies, as saving does elsewhere.
    Shortcut {
        sequence: "Ctrl+S"
        enabled: root.editor.canApply
        onActivated: root.editor.apply()
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

            objectName: "policyFlick"
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
                        onClicked: exportDialog.open("policy-" + root.editor.vehicleId + ".json")
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
                            onClicked: Navigation.navigate(Navigation.Onboarding)
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

                ParticipationCard {
                    id: participation

                    Layout.fillWidth: true
                    editor: root.editor
                    wide: root.wide
                }

                WindowsCard {
                    id: windowsCard

                    Layout.fillWidth: true
                    editor: root.editor
                }
                SectionCard {
                    Layout.fillWidth: true
                    title: qsTr("The coming week")
                    subtitle: qsTr("When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.")

                    WeekPreview {
                        Layout.fillWidth: true
                        preview: root.editor.preview
                        labelWidth: windowsCard.grid.labelWidth
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

                    BatteryCard {
                        id: battery

                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        editor: root.editor
                    }
                    ElectricityCard {
                        id: electricity

                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        Layout.rowSpan: root.wide ? 2 : 1
                        editor: root.editor
                    }
                    ComputerCard {
                        id: computer

                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        editor: root.editor
                    }
                    EnergyCard {
                        id: energy

                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        Layout.preferredWidth: 1
                        Layout.columnSpan: root.wide ? 2 : 1
                        editor: root.editor
                    }
                }
            }
        }

        ApplyBar {
            id: applyBar

            Layout.fillWidth: true
            visible: root.showApplyBar
            editor: root.editor
            onShowErrors: root.revealFirstError()
        }
    }

    FileChooser {
        id: importDialog

        title: qsTr("Import a policy")
        mode: FileChooser.Open
        nameFilters: [qsTr("Policy files (*.json)"), qsTr("All files (*)")]
        onAccepted: (selectedFile) => root.editor.importFile(selectedFile)
    }
    FileChooser {
        id: exportDialog

        objectName: "policyExportChooser"
        title: qsTr("Export the policy")
        mode: FileChooser.Save
        defaultSuffix: "json"
        nameFilters: [qsTr("Policy files (*.json)")]
        onAccepted: (selectedFile) => root.editor.exportFile(selectedFile)
    }
}
