import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// One event of the timeline: when (the car's clock, and UTC), what, why, and the charge then.
ItemDelegate {
    id: root

    required property int index
    required property string localTime
    required property string utcTime
    required property string title
    required property var reasons
    required property string detail
    required property string socText

    readonly property string reasonText: root.reasons.join("; ")

    padding: 8
    highlighted: ListView.isCurrentItem
    Accessible.role: Accessible.ListItem
    Accessible.name: root.localTime + ", " + root.title
                     + (root.reasonText.length > 0 ? ", " + root.reasonText : "")
                     + (root.detail.length > 0 ? ", " + root.detail : "")
                     + (root.socText.length > 0 ? ", " + qsTr("charge %1").arg(root.socText) : "")
    onClicked: root.ListView.view.currentIndex = root.index

    background: Rectangle {
        color: "transparent"
        Rectangle {
            anchors.bottom: parent.bottom
            width: parent.width
            height: 1
            color: Theme.divider
        }
    }
    contentItem: RowLayout {
        spacing: Theme.spacing

        ColumnLayout {
            Layout.preferredWidth: 150
            Layout.alignment: Qt.AlignTop
            spacing: 0

            Label {
                text: root.localTime
                color: Theme.text
                font.pixelSize: Theme.bodySize
            }
            Label {
                text: qsTr("%1 UTC").arg(root.utcTime)
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
        }
        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                // Whole in every language: a long title takes a second line.
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.reasonText.length > 0
                text: root.reasonText
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            Label {
                Layout.fillWidth: true
                visible: root.detail.length > 0
                text: root.detail
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
        }
        Label {
            Layout.alignment: Qt.AlignTop
            visible: root.socText.length > 0
            text: root.socText
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            Accessible.name: qsTr("Charge %1").arg(root.socText)
        }
    }
}
