import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

Item {
    id: root

    PageHeader {
        anchors.left: parent.left
        anchors.right: parent.right
        anchors.margins: 28
        title: qsTr("Coming soon")
    }
}
