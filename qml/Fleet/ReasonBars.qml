pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// Why cars are not contributing: a bar per reason, longest first; a bar opens the table of
// those cars.
ColumnLayout {
    id: root

    property var reasons: []
    property int maximum: 1

    signal reasonChosen(string code)

    spacing: 6

    Repeater {
        model: root.reasons

        delegate: ItemDelegate {
            id: bar

            required property var modelData
            required property int index

            Layout.fillWidth: true
            implicitHeight: 40
            padding: 4
            activeFocusOnTab: true
            Accessible.name: qsTr("%1: %Ln car(s). Opens them in the table.", "", bar.modelData.vehicles)
                             .arg(bar.modelData.text)
            onClicked: root.reasonChosen(bar.modelData.code)

            contentItem: RowLayout {
                spacing: 10

                Label {
                    Layout.preferredWidth: 280
                    text: bar.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                }
                Rectangle {
                    Layout.fillWidth: true
                    implicitHeight: 18
                    radius: 4
                    color: Theme.window

                    Rectangle {
                        width: parent.width * bar.modelData.vehicles / Math.max(1, root.maximum)
                        height: parent.height
                        radius: 4
                        color: bar.modelData.code === "offline" ? Theme.neutral : Theme.accent
                    }
                }
                Label {
                    Layout.preferredWidth: 60
                    horizontalAlignment: Text.AlignRight
                    text: Number(bar.modelData.vehicles).toLocaleString(Theme.locale, "f", 0)
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                    font.weight: Font.DemiBold
                }
            }
        }
    }
}
