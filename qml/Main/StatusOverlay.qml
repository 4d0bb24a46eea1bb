import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// What the app is doing before a page can be shown, or why it cannot.
Item {
    id: root

    readonly property bool failed: AppState.phase === AppState.Failed

    ColumnLayout {
        anchors.centerIn: parent
        width: Math.min(parent.width - 80, 560)
        spacing: 16

        BusyIndicator {
            Layout.alignment: Qt.AlignHCenter
            visible: !root.failed
            running: visible
        }
        Label {
            Layout.fillWidth: true
            visible: !root.failed
            horizontalAlignment: Text.AlignHCenter
            text: AppState.statusMessage
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.failed
            horizontalAlignment: Text.AlignHCenter
            text: qsTr("Cannot show your cars")
            color: Theme.negative
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            visible: root.failed
            horizontalAlignment: Text.AlignHCenter
            text: AppState.errorMessage
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: root.failed
            text: qsTr("Try again")
            highlighted: true
            Accessible.name: text
            onClicked: AppState.retry()
        }
        Button {
            Layout.alignment: Qt.AlignHCenter
            visible: root.failed && !AppState.demoMode
            text: qsTr("Sign out and use demo mode")
            flat: true
            Accessible.name: text
            onClicked: AppState.signOut()
        }
    }
}
