import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.Components

// Loading, a failed fetch with its retry, and the age of the rows still shown.
RowLayout {
    id: root

    property bool loading
    property string errorMessage
    property date lastUpdated
    property bool hasData
    property int ageMinutes: 0

    signal retryRequested()

    function updateAge(): void {
        root.ageMinutes = root.hasData
                ? Math.max(0, Math.floor((Date.now() - root.lastUpdated.getTime()) / 60000)) : 0
    }

    spacing: 8
    visible: root.loading || root.errorMessage.length > 0

    Timer {
        interval: 30000
        running: root.errorMessage.length > 0
        repeat: true
        triggeredOnStart: true
        onTriggered: root.updateAge()
    }

    BusyIndicator {
        Layout.preferredWidth: 28
        Layout.preferredHeight: 28
        visible: root.loading
        running: root.loading
        Accessible.name: qsTr("Loading")
    }
    Label {
        visible: root.loading && root.errorMessage.length === 0
        text: qsTr("Loading…")
        color: Theme.secondaryText
        font.pixelSize: Theme.bodySize
    }
    Label {
        Layout.fillWidth: true
        visible: root.errorMessage.length > 0
        wrapMode: Text.Wrap
        color: root.hasData ? Theme.warning : Theme.negative
        font.pixelSize: Theme.bodySize
        text: root.hasData
              ? qsTr("Could not refresh (%1). Showing what was fetched %2.")
                  .arg(root.errorMessage).arg(qsTr("%n minute(s) ago", "", root.ageMinutes))
              : qsTr("Could not load: %1").arg(root.errorMessage)
        Accessible.role: Accessible.AlertMessage
        Accessible.name: text
    }
    Button {
        visible: root.errorMessage.length > 0 && !root.loading
        text: qsTr("Retry")
        Accessible.name: qsTr("Retry loading")
        onClicked: root.retryRequested()
    }
}
