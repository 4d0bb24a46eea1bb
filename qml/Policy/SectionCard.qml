import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// A card of the policy page: a title, a line under it and the settings.
Pane {
    id: root

    property string title
    property string subtitle
    default property alias content: body.data

    padding: 20
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: Theme.divider
    }

    ColumnLayout {
        anchors.fill: parent
        spacing: 14

        ColumnLayout {
            Layout.fillWidth: true
            spacing: 2

            Label {
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: root.title
            }
            Label {
                Layout.fillWidth: true
                visible: root.subtitle.length > 0
                text: root.subtitle
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
                wrapMode: Text.Wrap
            }
        }
        ColumnLayout {
            id: body

            Layout.fillWidth: true
            spacing: 16
        }
    }
}
