pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components
import Idlefleet.Policy

// A named policy for many cars at once: edited with the owner's policy editor, applied to the
// cars selected in the vehicle table or to a group, signed with this computer's key that the
// organisation certified. Each car's answer appears as it comes; cars asleep get it when they
// wake. The report exports as CSV.
Item {
    id: root

    // A fleet's usual nights at the depot, to start from.
    readonly property string starterTemplate: JSON.stringify({
        enabled: true, timeZone: "Europe/Berlin",
        windows: [{ daysMask: 127, startMinute: 1200, endMinute: 360 }],
        minSocPercent: 30, resumeSocPercent: 35, requirePluggedIn: true,
        maxChipTempC: 85
    })
    readonly property bool toSelection: selectionButton.checked

    Binding {
        target: Navigation
        property: "pageBusy"
        value: editor.loading
    }

    PolicyEditor {
        id: editor

        client: AppState.fleetClient
        localClient: AppState.localClient
        Component.onCompleted: editor.loadJson(root.starterTemplate, 0)
    }

    FleetBulk {
        id: bulk

        client: AppState.fleetClient
        localClient: AppState.localClient
        templateName: nameField.text
        group: root.toSelection ? "" : groupBox.currentText
        vehicleIds: root.toSelection ? AppState.fleetSelection : []
    }

    FleetOverview {
        id: groups

        client: AppState.fleetClient
        days: 1
        Component.onCompleted: reload()
    }

    FileChooser {
        id: reportDialog

        title: qsTr("Save the report")
        mode: FileChooser.Save
        nameFilters: [qsTr("CSV files (*.csv)")]
        defaultSuffix: "csv"
        onAccepted: (selectedFile) => bulk.exportCsv(selectedFile)
    }

    FileChooser {
        id: importDialog

        title: qsTr("Import a policy")
        mode: FileChooser.Open
        nameFilters: [qsTr("Policy files (*.json)")]
        onAccepted: (selectedFile) => editor.importFile(selectedFile)
    }

    SplitView {
        anchors.fill: parent
        orientation: Qt.Horizontal

        ColumnLayout {
            SplitView.preferredWidth: root.width * 0.58
            SplitView.minimumWidth: 420
            spacing: 0

            PageHeader {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.bottomMargin: 8
                title: qsTr("Bulk policy")
                subtitle: qsTr("One policy for many cars, signed with this computer's key that your organisation certifies.")
            }

            GridLayout {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                columns: 2
                columnSpacing: 12
                rowSpacing: 8

                Label {
                    text: qsTr("Template name")
                    color: Theme.text
                }
                TextField {
                    placeholderTextColor: Theme.secondaryText
                    id: nameField

                    Layout.fillWidth: true
                    text: qsTr("Depot nights")
                    Accessible.name: qsTr("Template name")
                    selectByMouse: true
                }
                RadioButton {
                    id: selectionButton

                    checked: AppState.fleetSelection.length > 0
                    enabled: AppState.fleetSelection.length > 0
                    text: qsTr("The %Ln car(s) selected in the vehicle table", "", AppState.fleetSelection.length)
                    Layout.columnSpan: 2
                }
                RadioButton {
                    id: groupButton

                    checked: AppState.fleetSelection.length === 0
                    text: qsTr("Every car of a group:")
                }
                ComboBox {
                    id: groupBox

                    Layout.fillWidth: true
                    enabled: groupButton.checked
                    model: groups.groupNames
                    Accessible.name: qsTr("Group")
                }
            }

            RowLayout {
                Layout.fillWidth: true
                Layout.margins: 28
                Layout.topMargin: 8
                Layout.bottomMargin: 8
                spacing: 10

                Button {
                    text: qsTr("Open a policy file…")
                    onClicked: importDialog.open()
                }
                Item {
                    Layout.fillWidth: true
                }
                Button {
                    text: bulk.busy ? qsTr("Applying…") : qsTr("Apply to the cars")
                    highlighted: true
                    enabled: !bulk.busy && editor.valid && nameField.text.trim().length > 0
                             && (root.toSelection || groupBox.currentIndex >= 0)
                    Accessible.name: text
                    onClicked: bulk.apply(editor.exportJson())
                }
            }

            Label {
                Layout.fillWidth: true
                Layout.leftMargin: 28
                Layout.rightMargin: 28
                visible: editor.importError.length > 0 || bulk.errorMessage.length > 0
                text: bulk.errorMessage.length > 0 ? bulk.errorMessage : editor.importError
                color: Theme.negative
                wrapMode: Text.Wrap
            }

            PolicyEditorView {
                Layout.fillWidth: true
                Layout.fillHeight: true
                visible: editor.loaded
                editor: editor
                vehicleName: nameField.text
                showApplyBar: false
            }
        }

        Rectangle {
            SplitView.fillWidth: true
            SplitView.minimumWidth: 320
            color: Theme.surface

            ColumnLayout {
                anchors.fill: parent
                anchors.margins: 20
                spacing: 10

                Label {
                    Layout.fillWidth: true
                    text: bulk.lastRunTemplate.length > 0
                          ? qsTr("Each car's answer to “%1”").arg(bulk.lastRunTemplate)
                          : qsTr("Each car's answer")
                    color: Theme.text
                    font.pixelSize: Theme.headingSize
                    font.weight: Font.DemiBold
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: bulk.total === 0
                    text: qsTr("Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.")
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                ProgressBar {
                    Layout.fillWidth: true
                    visible: bulk.total > 0
                    value: bulk.progress
                    Accessible.name: qsTr("Cars that answered")
                }
                Label {
                    Layout.fillWidth: true
                    visible: bulk.total > 0
                    text: qsTr("%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)", "", bulk.total)
                        .arg(bulk.applied).arg(bulk.waiting).arg(bulk.refused)
                    color: Theme.text
                    wrapMode: Text.Wrap
                }
                Label {
                    Layout.fillWidth: true
                    visible: bulk.stage.length > 0
                    text: bulk.stage
                    color: Theme.secondaryText
                    wrapMode: Text.Wrap
                }
                ListView {
                    id: results

                    Layout.fillWidth: true
                    Layout.fillHeight: true
                    clip: true
                    model: bulk
                    activeFocusOnTab: true
                    keyNavigationEnabled: true
                    Accessible.name: qsTr("Each car's answer")
                    ScrollBar.vertical: ScrollBar {}

                    delegate: ItemDelegate {
                        id: resultRow

                        required property string name
                        required property string vehicleId
                        required property string state
                        required property string stateText

                        width: ListView.view.width
                        Accessible.name: qsTr("%1: %2").arg(resultRow.name).arg(resultRow.stateText)
                        contentItem: RowLayout {
                            spacing: 8

                            StatusChip {
                                text: resultRow.state === "applied" ? qsTr("Applied")
                                      : resultRow.state === "asleep" ? qsTr("Asleep")
                                      : resultRow.state === "conflict" ? qsTr("Conflict")
                                      : resultRow.state === "rejected" ? qsTr("Refused")
                                      : qsTr("Sending")
                                tone: resultRow.state === "applied" ? Theme.positive
                                      : resultRow.state === "asleep" ? Theme.warning
                                      : resultRow.state === "conflict" || resultRow.state === "rejected"
                                        ? Theme.negative : Theme.neutral
                            }
                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    text: resultRow.name + "  ·  " + resultRow.vehicleId
                                    color: Theme.text
                                    elide: Text.ElideRight
                                }
                                Label {
                                    Layout.fillWidth: true
                                    text: resultRow.stateText
                                    color: Theme.secondaryText
                                    font.pixelSize: Theme.captionSize
                                    elide: Text.ElideRight
                                }
                            }
                        }
                        onClicked: AppState.openVehicle(resultRow.vehicleId, Navigation.Dashboard)
                    }
                }
                RowLayout {
                    Layout.fillWidth: true

                    Label {
                        Layout.fillWidth: true
                        text: bulk.exportMessage
                        color: Theme.secondaryText
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideMiddle
                    }
                    Button {
                        text: qsTr("Export the report…")
                        enabled: bulk.total > 0
                        onClicked: reportDialog.open("bulk-policy-report.csv")
                    }
                }
            }
        }
    }
}
