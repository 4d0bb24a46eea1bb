import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// One total of the range: what it is and how much.
Rectangle {
    id: root

    property string label
    property string value
    property color tone: Theme.text

    implicitWidth: 150
    implicitHeight: column.implicitHeight + 28
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider
    Accessible.role: Accessible.StaticText
    Accessible.name: qsTr("%1: %2").arg(root.label).arg(root.value)

    ColumnLayout {
        id: column

        anchors.fill: parent
        anchors.margins: 14
        spacing: 4

        Label {
            Layout.fillWidth: true
            text: root.label
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            // Long labels (German, Russian) take a second line rather than lose their end.
            wrapMode: Text.Wrap
            maximumLineCount: 2
            elide: Text.ElideRight
        }
        Label {
            Layout.fillWidth: true
            text: root.value
            color: root.tone
            font.pixelSize: 20
            font.weight: Font.DemiBold
            elide: Text.ElideRight
        }
    }
}
