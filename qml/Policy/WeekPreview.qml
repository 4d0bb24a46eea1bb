pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The coming seven days as the policy engine computes them in the car's time zone: when the
// car may contribute (bars) over the tariff (green: off-peak; amber: dearer the deeper).
ColumnLayout {
    id: root

    required property PolicyPreviewModel preview
    // Why the week may look empty (the master switch, off-peak without a tariff).
    property string note
    property int labelWidth: 88
    readonly property int rowHeight: 34

    function hoursText(minutes: int): string {
        const h = Math.floor(minutes / 60)
        const m = minutes % 60
        return m === 0 ? qsTr("%1 h").arg(h) : qsTr("%1 h %2 min").arg(h).arg(m)
    }

    spacing: 10

    RowLayout {
        Layout.fillWidth: true
        visible: root.preview.available
        spacing: 16

        Label {
            Layout.fillWidth: true
            text: root.preview.summary
            color: Theme.text
            font.pixelSize: Theme.headingSize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: root.preview.summary
        }
        StatusChip {
            visible: root.preview.hasTariff
            text: qsTr("%1 off-peak").arg(root.hoursText(root.preview.offPeakMinutes))
            tone: Theme.positive
        }
    }
    Label {
        Layout.fillWidth: true
        visible: root.preview.available && root.note.length > 0
        text: root.note
        color: Theme.warning
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
    Label {
        Layout.fillWidth: true
        visible: !root.preview.available && root.preview.unavailableReason.length > 0
        text: root.preview.unavailableReason
        color: Theme.warning
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }

    Item {
        id: chart

        Layout.fillWidth: true
        visible: root.preview.available
        implicitHeight: 20 + root.preview.count * root.rowHeight
        readonly property real minuteWidth: Math.max(0, width - root.labelWidth) / 1440

        Repeater {
            model: 9

            delegate: Label {
                required property int index

                x: root.labelWidth + index * 180 * chart.minuteWidth + 2
                text: PolicyFormat.minute(index * 180)
                visible: index < 8
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                Accessible.ignored: true
            }
        }

        Repeater {
            model: root.preview

            delegate: Item {
                id: day

                required property int index
                required property string dayLabel
                required property var allowed
                required property var tariff
                required property int allowedMinutes
                required property int dayMinutes
                required property int nowMinute

                x: 0
                y: 20 + day.index * root.rowHeight
                width: chart.width
                height: root.rowHeight
                Accessible.role: Accessible.Row
                Accessible.name: qsTr("%1: %2 allowed").arg(day.dayLabel).arg(root.hoursText(day.allowedMinutes))

                Column {
                    anchors.verticalCenter: parent.verticalCenter
                    width: root.labelWidth - 8

                    Label {
                        width: parent.width
                        text: day.dayLabel
                        color: day.nowMinute >= 0 ? Theme.accent : Theme.text
                        font.pixelSize: Theme.captionSize
                        font.weight: day.nowMinute >= 0 ? Font.DemiBold : Font.Normal
                        elide: Text.ElideRight
                    }
                    Label {
                        width: parent.width
                        text: day.dayMinutes !== 1440
                              ? qsTr("%1 · clocks change").arg(root.hoursText(day.allowedMinutes))
                              : root.hoursText(day.allowedMinutes)
                        color: Theme.secondaryText
                        font.pixelSize: 11
                        elide: Text.ElideRight
                    }
                }

                Rectangle {
                    id: track

                    x: root.labelWidth
                    y: 3
                    width: parent.width - root.labelWidth
                    height: parent.height - 6
                    radius: 4
                    color: Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.04)
                    clip: true

                    Repeater {
                        model: day.tariff

                        delegate: Rectangle {
                            required property var modelData

                            x: modelData.start * chart.minuteWidth
                            width: Math.max(1, (modelData.end - modelData.start) * chart.minuteWidth)
                            height: track.height
                            color: modelData.offPeak
                                   ? Qt.rgba(Theme.positive.r, Theme.positive.g, Theme.positive.b, 0.22)
                                   : Qt.rgba(Theme.warning.r, Theme.warning.g, Theme.warning.b,
                                             root.preview.hasTariff ? 0.05 + 0.25 * modelData.level : 0)
                        }
                    }
                    Repeater {
                        model: day.allowed

                        delegate: Rectangle {
                            required property var modelData

                            x: modelData.start * chart.minuteWidth
                            y: track.height / 2 - 5
                            width: Math.max(2, (modelData.end - modelData.start) * chart.minuteWidth)
                            height: 10
                            radius: 3
                            color: Theme.accent
                        }
                    }
                    // What is past today is shown dimmed.
                    Rectangle {
                        visible: day.nowMinute >= 0
                        width: day.nowMinute * chart.minuteWidth
                        height: track.height
                        color: Theme.surface
                        opacity: 0.55
                    }
                    Rectangle {
                        visible: day.nowMinute >= 0
                        x: day.nowMinute * chart.minuteWidth
                        width: 2
                        height: track.height
                        color: Theme.negative
                    }
                }
            }
        }
    }

    Flow {
        Layout.fillWidth: true
        visible: root.preview.available
        spacing: 16

        Repeater {
            model: [
                { label: qsTr("May contribute"), tone: Theme.accent, alpha: 1 },
                { label: qsTr("Off-peak"), tone: Theme.positive, alpha: 0.35 },
                { label: qsTr("Peak (darker: dearer)"), tone: Theme.warning, alpha: 0.3 },
                { label: qsTr("Now"), tone: Theme.negative, alpha: 1 }
            ]

            delegate: Row {
                id: legendItem

                required property var modelData
                required property int index

                spacing: 6
                visible: root.preview.hasTariff || legendItem.index === 0 || legendItem.index === 3

                Rectangle {
                    anchors.verticalCenter: parent.verticalCenter
                    width: 14
                    height: 10
                    radius: 2
                    color: Qt.rgba(legendItem.modelData.tone.r, legendItem.modelData.tone.g,
                                   legendItem.modelData.tone.b, legendItem.modelData.alpha)
                }
                Label {
                    text: legendItem.modelData.label
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                }
            }
        }
    }
}
