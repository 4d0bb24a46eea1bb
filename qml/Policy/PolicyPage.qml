import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The owner's policy editor for the selected car: when it may contribute and on what terms.
Item {
    id: root

    // What the page shows is still on its way (screenshots and the tests wait for it).
    Binding {
        target: Navigation
        property: "pageBusy"
        value: editor.loading
    }

    readonly property string vehicleName: picker.currentIndex >= 0 ? picker.currentText : ""
    // A car chosen in the picker while there were unsaved changes, waiting for a yes.
    property string pendingVehicle

    // Shows the field a link asked for (Navigation.focusField), once the policy is on screen.
    function showFocusField(): void {
        const field = Navigation.focusField
        if (field.length === 0 || !editor.loaded)
            return
        // After the page has laid itself out, so the field is where it will stay.
        revealTimer.restart()
    }
    function switchTo(vehicleId: string): void {
        if (editor.dirty && vehicleId !== AppState.selectedVehicleId) {
            root.pendingVehicle = vehicleId
            discardDialog.open()
        } else {
            AppState.selectedVehicleId = vehicleId
        }
    }

    PolicyEditor {
        id: editor

        client: AppState.fleetClient
        localClient: AppState.localClient
        vehicleId: AppState.selectedVehicleId
        onLoadStateChanged: root.showFocusField()
    }

    Timer {
        id: revealTimer

        interval: 120
        onTriggered: {
            view.reveal(Navigation.focusField)
            Navigation.focusField = ""
        }
    }

    Connections {
        target: Navigation

        function onFocusFieldChanged() {
            root.showFocusField()
        }
    }

    Component.onCompleted: root.showFocusField()

    ColumnLayout {
        anchors.fill: parent
        spacing: 0

        RowLayout {
            Layout.fillWidth: true
            Layout.margins: 28
            Layout.bottomMargin: 4
            spacing: 16

            PageHeader {
                Layout.fillWidth: true
                title: qsTr("When it may contribute")
                subtitle: root.vehicleName.length > 0
                          ? qsTr("The participation policy of %1, applied by the car itself.").arg(root.vehicleName)
                          : qsTr("The participation policy of your car, applied by the car itself.")
            }
            ComboBox {
                id: picker

                Layout.preferredWidth: Math.min(240, root.width / 3)
                visible: AppState.vehicles.count > 1
                model: AppState.vehicles
                textRole: "name"
                valueRole: "vehicleId"
                currentIndex: picker.indexOfValue(AppState.selectedVehicleId)
                Accessible.name: qsTr("Car")
                onActivated: (index) => root.switchTo(picker.valueAt(index))
                onCountChanged: picker.currentIndex = picker.indexOfValue(AppState.selectedVehicleId)
            }
        }

        // Loading, a fetch error with a retry, or no car.
        ColumnLayout {
            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.margins: 28
            visible: !editor.loaded
            spacing: 16

            RowLayout {
                visible: editor.loading
                spacing: 12

                BusyIndicator {
                    running: editor.loading
                    Accessible.name: qsTr("Loading")
                }
                Label {
                    text: qsTr("Loading the policy the car runs…")
                    color: Theme.secondaryText
                    font.pixelSize: Theme.bodySize
                }
            }
            Pane {
                Layout.fillWidth: true
                visible: !editor.loading && editor.loadError.length > 0
                padding: 20
                Accessible.role: Accessible.AlertMessage
                Accessible.name: loadErrorText.text

                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.negative
                }

                RowLayout {
                    anchors.fill: parent
                    spacing: 16

                    Label {
                        id: loadErrorText

                        Layout.fillWidth: true
                        text: qsTr("The policy could not be loaded: %1").arg(editor.loadError)
                        color: Theme.text
                        font.pixelSize: Theme.bodySize
                        wrapMode: Text.Wrap
                    }
                    AccentButton {
                        text: qsTr("Try again")
                        Accessible.name: qsTr("Try loading the policy again")
                        onClicked: editor.reload()
                    }
                }
            }
            Label {
                visible: AppState.selectedVehicleId.length === 0
                text: qsTr("There is no car to set a policy for yet.")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
            Item {
                Layout.fillHeight: true
            }
        }

        PolicyEditorView {
            id: view

            Layout.fillWidth: true
            Layout.fillHeight: true
            visible: editor.loaded
            editor: editor
            vehicleName: root.vehicleName
        }
    }

    Dialog {
        id: discardDialog

        anchors.centerIn: parent
        modal: true
        title: qsTr("Discard your changes?")
        standardButtons: Dialog.Discard | Dialog.Cancel
        width: Math.min(460, root.width - 48)

        Label {
            width: discardDialog.availableWidth
            text: qsTr("The changes to %1's policy have not been applied.").arg(root.vehicleName)
            wrapMode: Text.Wrap
        }

        onDiscarded: {
            discardDialog.close()
            editor.revert() // discarded: no draft is kept for coming back
            AppState.selectedVehicleId = root.pendingVehicle
        }
        onRejected: picker.currentIndex = picker.indexOfValue(AppState.selectedVehicleId)
    }
}
