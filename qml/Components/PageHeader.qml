import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// The title of a page with one line under it.
ColumnLayout {
    id: root

    property string title
    property string subtitle
    property color subtitleColor: Theme.secondaryText

    spacing: 4

    Label {
        text: root.title
        color: Theme.text
        font.pixelSize: Theme.titleSize
        font.weight: Font.DemiBold
        Accessible.role: Accessible.Heading
        Accessible.name: root.title
    }
    Label {
        Layout.fillWidth: true
        visible: root.subtitle.length > 0
        text: root.subtitle
        color: root.subtitleColor
        font.pixelSize: Theme.bodySize
        wrapMode: Text.Wrap
    }
}
