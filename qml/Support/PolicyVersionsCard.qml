import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Every policy version the car confirmed, newest first, with when and which key signed it.
Rectangle {
    id: root

    required property DiagnosticsModel model

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Label {
            text: qsTr("Policy versions")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            visible: root.model.policyVersions.length === 0
            text: root.model.loading ? qsTr("Loading…") : qsTr("No policy versions known.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
        }
        ListView {
            id: versions

            Layout.fillWidth: true
            Layout.preferredHeight: Math.min(versions.contentHeight, 220)
            clip: true
            model: root.model.policyVersions
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Policy versions")
            ScrollBar.vertical: ScrollBar {}

            currentIndex: -1
            onActiveFocusChanged: {
                if (versions.activeFocus && versions.currentIndex < 0 && versions.count > 0)
                    versions.currentIndex = 0
            }

            highlight: Rectangle {
                color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14)
                radius: 6
            }
            delegate: ItemDelegate {
                id: row

                required property var modelData
                required property int index
                readonly property string description:
                    (row.modelData.keyId.length > 0
                     ? qsTr("Version %1, applied %2, signed by key %3")
                         .arg(row.modelData.version).arg(row.modelData.appliedText).arg(row.modelData.keyId)
                     : qsTr("Version %1, applied %2, the car's first policy")
                         .arg(row.modelData.version).arg(row.modelData.appliedText))
                    + (row.modelData.current ? " " + qsTr("(runs now)") : "")

                width: ListView.view.width
                padding: 6
                Accessible.role: Accessible.ListItem
                Accessible.name: row.description
                onClicked: row.ListView.view.currentIndex = row.index

                background: Item {}
                contentItem: Label {
                    text: row.description
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                    font.weight: row.modelData.current ? Font.DemiBold : Font.Normal
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
