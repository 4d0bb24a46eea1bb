import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The app's name, its pages and where its data comes from.
Rectangle {
    id: root

    objectName: "navigation"
    color: Theme.rail

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            spacing: 10
            Layout.bottomMargin: 16

            Image {
                source: "qrc:/Idlefleet/Components/icons/idlefleet.svg"
                sourceSize.width: 36
                sourceSize.height: 36
                Accessible.ignored: true
            }
            Label {
                text: qsTr("Idlefleet")
                color: Theme.text
                font.pixelSize: 20
                font.weight: Font.DemiBold
            }
        }

        Repeater {
            // The pages the signed-in person's role allows, nothing more.
            model: Navigation.pages

            delegate: ItemDelegate {
                objectName: "navigationEntry"

                required property int modelData
                required property int index

                function labelOf(page: int): string {
                    switch (page) {
                    case Navigation.Dashboard: return qsTr("Dashboard")
                    case Navigation.Policy: return qsTr("When it may contribute")
                    case Navigation.Earnings: return qsTr("Energy and earnings")
                    case Navigation.Access: return qsTr("Keys and access")
                    case Navigation.Onboarding: return qsTr("Pair a car")
                    case Navigation.Settings: return qsTr("Settings")
                    case Navigation.Fleet: return qsTr("Organisation")
                    case Navigation.FleetTable: return qsTr("Vehicles")
                    case Navigation.FleetBulk: return qsTr("Bulk policy")
                    case Navigation.Diagnostics: return qsTr("Diagnostics")
                    }
                    return ""
                }

                id: entry

                // Ctrl+1, Ctrl+2... (Main.qml), shown where a person pointing at the entry reads,
                // written anew when the language changes.
                readonly property string shortcut: Preferences.language, Navigation.shortcut(index)

                Layout.fillWidth: true
                text: labelOf(modelData)
                highlighted: Navigation.page === modelData
                focus: index === 0
                // Delegates take no focus by default; the navigation is reached with Tab.
                focusPolicy: Qt.StrongFocus
                Accessible.name: text
                Accessible.description: shortcut
                ToolTip.visible: hovered
                ToolTip.delay: 600
                ToolTip.text: shortcut
                onClicked: Navigation.navigate(modelData)
                Keys.onReturnPressed: Navigation.navigate(modelData)
                Keys.onEnterPressed: Navigation.navigate(modelData)
                // The same in every style and renderer: the page on screen tinted with the
                // accent, the rest on the rail itself.
                // A long name takes a second line rather than losing its end.
                contentItem: Label {
                    text: entry.text
                    color: Theme.text
                    font: entry.font
                    wrapMode: Text.Wrap
                    verticalAlignment: Text.AlignVCenter
                }
                background: Rectangle {
                    implicitHeight: 44
                    radius: Theme.radius
                    color: entry.highlighted ? Theme.selection
                         : entry.hovered || entry.down ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.06)
                         : "transparent"
                }

                // A ring that shows where the keyboard is, in both themes.
                Rectangle {
                    objectName: "focusRing"
                    anchors.fill: parent
                    visible: entry.visualFocus
                    color: "transparent"
                    radius: Theme.radius
                    border.width: 2
                    border.color: Theme.accent
                }
            }
        }

        Item {
            Layout.fillHeight: true
        }

        StatusChip {
            visible: AppState.demoMode
            text: qsTr("Demo mode")
            tone: Theme.warning
        }
        Label {
            Layout.fillWidth: true
            text: AppState.serverUrl.length > 0 ? AppState.serverUrl : qsTr("No fleet backend yet")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            elide: Text.ElideMiddle
        }
        Label {
            text: qsTr("Version %1").arg(AppState.version)
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
    }
}
