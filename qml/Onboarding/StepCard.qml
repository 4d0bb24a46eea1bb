import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// One numbered step of the onboarding, with a tick once it is done.
Pane {
    id: root

    property int number: 1
    property string title
    property bool done: false
    default property alias content: body.data

    padding: 20
    Accessible.role: Accessible.Grouping
    Accessible.name: root.title

    background: Rectangle {
        color: Theme.surface
        radius: Theme.radius
        border.color: root.done ? Theme.positive : Theme.divider
    }

    RowLayout {
        anchors.left: parent.left
        anchors.right: parent.right
        spacing: 16

        Rectangle {
            Layout.alignment: Qt.AlignTop
            implicitWidth: 32
            implicitHeight: 32
            radius: 16
            color: root.done ? Theme.positive : Theme.accent
            Accessible.ignored: true

            Label {
                anchors.centerIn: parent
                text: root.done ? "✓" : String(root.number)
                // Dark on the light green of the dark theme, white on the rest.
                color: root.done && Theme.dark ? Theme.window : "white"
                font.weight: Font.DemiBold
            }
        }
        ColumnLayout {
            id: body

            Layout.fillWidth: true
            spacing: 10

            Label {
                Layout.fillWidth: true
                text: root.title
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
            }
        }
    }
}
