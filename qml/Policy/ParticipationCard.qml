import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The master switch, plugged-in only, and the snooze.
SectionCard {
    id: root

    required property PolicyEditor editor
    property bool wide: true
    property alias enabledFrame: enabledFrame
    property alias pausedFrame: pausedFrame
    property alias pluggedFrame: pluggedFrame
    property alias zoneFrame: zoneFrame

    title: qsTr("Participation")
    subtitle: qsTr("Whether the car lends its computer at all, and a snooze.")

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

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
                color: root.editor.pausedUntil.getTime() > AppState.worldNow().getTime() ? Theme.warning : Theme.secondaryText
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
                    placeholderTextColor: Theme.secondaryText
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
