import QtQuick
import QtQuick.Controls
import QtQuick.Layouts

// A small rounded label with a coloured dot: one fact about a car.
Rectangle {
    id: root

    property string text
    property color tone: Theme.neutral
    property bool active: true

    implicitWidth: row.implicitWidth + 20
    implicitHeight: 28
    radius: height / 2
    color: Qt.rgba(tone.r, tone.g, tone.b, active ? 0.16 : 0.08)
    border.color: Qt.rgba(tone.r, tone.g, tone.b, 0.45)
    Accessible.role: Accessible.StaticText
    Accessible.name: root.text

    RowLayout {
        id: row

        anchors.centerIn: parent
        spacing: 6

        Rectangle {
            Layout.preferredWidth: 8
            Layout.preferredHeight: 8
            radius: 4
            color: root.active ? root.tone : "transparent"
            border.color: root.tone
        }
        Label {
            text: root.text
            color: Theme.text
            font.pixelSize: Theme.captionSize
        }
    }
}
