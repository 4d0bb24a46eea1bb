import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// A titled card of settings.
Pane {
    id: root

    property string title
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
        id: body

        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 12

        Label {
            text: root.title
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
        }
    }
}
