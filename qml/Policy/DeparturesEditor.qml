pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Planned trips: days, time and the charge needed then.
ColumnLayout {
    id: root

    required property PolicyEditor editor
    property alias addButton: addButton

    spacing: 8

    Repeater {
        model: root.editor.departures

        delegate: ColumnLayout {
            id: row

            required property int index
            required property int daysMask
            required property int minute
            required property int socPercent
            required property string error
            readonly property string subject: qsTr("Departure %1").arg(row.index + 1)

            Layout.fillWidth: true
            spacing: 4

            Flow {
                Layout.fillWidth: true
                spacing: 10

                DayToggles {
                    daysMask: row.daysMask
                    subject: row.subject
                    onDayToggled: (day, on) => root.editor.departures.setDay(row.index, day, on)
                }
                RowLayout {
                    spacing: 6

                    Label {
                        text: qsTr("at")
                        color: Theme.secondaryText
                    }
                    TimeField {
                        minute: row.minute
                        editor: root.editor
                        inputKey: "departures[" + row.index + "].minute"
                        Accessible.name: qsTr("%1 time").arg(row.subject)
                        onMinuteEdited: (minute) => root.editor.departures.setMinute(row.index, minute)
                    }
                    Label {
                        text: qsTr("with")
                        color: Theme.secondaryText
                    }
                    ValueField {
                        value: row.socPercent
                        unit: "%"
                        editor: root.editor
                        inputKey: "departures[" + row.index + "].socPercent"
                        accessibleName: qsTr("%1 charge needed, percent").arg(row.subject)
                        onValueEdited: (value) => root.editor.departures.setSocPercent(row.index, value)
                    }
                }
                ToolButton {
                    text: qsTr("Delete")
                    Accessible.name: qsTr("Delete %1").arg(row.subject)
                    onClicked: root.editor.departures.removeDeparture(row.index)
                }
            }
            FieldError {
                Layout.fillWidth: true
                text: row.error
            }
        }
    }

    Button {
        id: addButton

        text: qsTr("Add departure")
        Accessible.name: qsTr("Add a planned departure")
        onClicked: root.editor.departures.addDeparture()
    }
}
