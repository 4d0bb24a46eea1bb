import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The car's support bundle for a ticket: one JSON file without names, places, e-mail
// addresses, tokens or keys, saved where the engineer chooses.
Rectangle {
    id: root

    required property DiagnosticsModel model

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    FileChooser {
        id: saveDialog

        title: qsTr("Save the support bundle")
        mode: FileChooser.Save
        nameFilters: [qsTr("JSON files (*.json)")]
        defaultSuffix: "json"
        onAccepted: (selectedFile) => root.model.makeBundle(selectedFile)
    }

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            text: qsTr("Support bundle")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Button {
                text: qsTr("Save support bundle…")
                enabled: !root.model.bundleBusy && root.model.vehicleId.length > 0
                Accessible.name: qsTr("Save the support bundle of this car")
                onClicked: {
                    saveDialog.open(root.model.suggestedBundleName())
                }
            }
            ProgressBar {
                Layout.fillWidth: true
                visible: root.model.bundleBusy
                value: root.model.bundleProgress
                Accessible.name: qsTr("Making the support bundle")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.model.bundleError.length > 0
                  ? root.model.bundleError
                  : root.model.bundleSavedPath.length > 0 && !root.model.bundleBusy
                    ? qsTr("Saved %1").arg(root.model.bundleSavedPath) : ""
            color: root.model.bundleError.length > 0 ? Theme.negative : Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
