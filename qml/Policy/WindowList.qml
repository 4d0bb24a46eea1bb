pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The weekly windows as rows under the grid: days, start and end typed, delete; and the
// keyboard's way to add one.
ColumnLayout {
    id: root

    required property PolicyEditor editor
    property int selectedWindow: -1
    property alias addButton: addButton

    // A row asked to be shown selected in the grid (or a window was added).
    signal selectWindow(int index)

    spacing: 8

    Repeater {
        id: rows

        model: root.editor.windows

        delegate: Rectangle {
            id: row

            required property int index
            required property int daysMask
            required property int startMinute
            required property int endMinute
            required property bool crossesMidnight
            required property string summary
            required property string error
            readonly property string subject: qsTr("Window %1").arg(row.index + 1)

            Layout.fillWidth: true
            implicitHeight: rowLayout.implicitHeight + 16
            radius: 8
            color: row.index === root.selectedWindow ? Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.1)
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
                        onDayToggled: (day, on) => {
                            root.editor.windows.setDay(row.index, day, on)
                            root.selectWindow(row.index)
                        }
                    }
                    RowLayout {
                        spacing: 6

                        TimeField {
                            minute: row.startMinute
                            editor: root.editor
                            inputKey: "windows[" + row.index + "].startMinute"
                            Accessible.name: qsTr("%1 starts at").arg(row.subject)
                            onMinuteEdited: (minute) => {
                                root.editor.windows.setWindow(row.index, row.daysMask, minute, row.endMinute)
                                root.selectWindow(row.index)
                            }
                        }
                        Label {
                            text: "–"
                            color: Theme.secondaryText
                        }
                        TimeField {
                            minute: row.endMinute
                            allowEndOfDay: true
                            editor: root.editor
                            inputKey: "windows[" + row.index + "].endMinute"
                            Accessible.name: qsTr("%1 ends at").arg(row.subject)
                            onMinuteEdited: (minute) => {
                                root.editor.windows.setWindow(row.index, row.daysMask, row.startMinute, minute)
                                root.selectWindow(row.index)
                            }
                        }
                        Label {
                            visible: row.crossesMidnight
                            text: qsTr("next day")
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                        }
                    }
                    ToolButton {
                        text: qsTr("Delete")
                        icon.name: "edit-delete"
                        Accessible.name: qsTr("Delete %1 (%2)").arg(row.subject).arg(row.summary)
                        onClicked: root.editor.windows.removeWindow(row.index)
                    }
                }
                FieldError {
                    Layout.fillWidth: true
                    text: row.error
                }
            }
        }
    }

    RowLayout {
        Layout.fillWidth: true
        spacing: 12

        Button {
            id: addButton

            text: qsTr("Add window")
            Accessible.name: qsTr("Add a weekly window")
            onClicked: {
                // Weeknights 22:00–06:00 to start from: the car is home and cheap power flows.
                const index = root.editor.windows.addWindow(31, 1320, 360)
                root.selectWindow(index)
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.editor.windows.count === 0
            text: qsTr("No windows: the car may contribute at any hour the other rules allow.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
    }
}
