import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Who may change the car (its paired keys) and who may look into it (support grants).
Item {
    id: root

    function confirmRevoke(keyId: string, label: string): void {
        revokeKeyDialog.keyId = keyId
        revokeKeyDialog.label = label
        revokeKeyDialog.open()
    }

    Binding {
        target: Navigation
        property: "pageBusy"
        value: keys.loading || grants.loading
    }

    KeyListModel {
        id: keys

        client: AppState.fleetClient
        localClient: AppState.localClient
        vehicleId: AppState.selectedVehicleId
    }

    GrantListModel {
        id: grants

        client: AppState.fleetClient
        vehicleId: AppState.selectedVehicleId
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: 28
            width: Math.min(scroll.availableWidth - 56, 900)
            spacing: 20

            RowLayout {
                Layout.fillWidth: true
                Layout.topMargin: 28

                PageHeader {
                    Layout.fillWidth: true
                    title: qsTr("Keys and access")
                    subtitle: qsTr("The computers that may change the car's settings, and the support engineers who may read its diagnostics.")
                }
                ComboBox {
                    id: carPicker

                    Layout.preferredWidth: 220
                    model: AppState.vehicles
                    textRole: "name"
                    valueRole: "vehicleId"
                    Accessible.name: qsTr("Car")
                    Component.onCompleted: carPicker.currentIndex = Math.max(0, carPicker.indexOfValue(AppState.selectedVehicleId))
                    onActivated: AppState.selectedVehicleId = carPicker.currentValue
                }
            }

            Pane {
                Layout.fillWidth: true
                padding: 20
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Paired keys")

                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 8

                    Label {
                        text: qsTr("Paired keys")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                        text: qsTr("Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.")
                    }
                    Label {
                        visible: keys.errorMessage.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.negative
                        text: keys.errorMessage
                    }
                    RowLayout {
                        visible: keys.count === 0 && !keys.loading && keys.errorMessage.length === 0
                        spacing: Theme.spacing

                        Label {
                            color: Theme.secondaryText
                            text: qsTr("No computer is paired with this car yet.")
                        }
                        Button {
                            text: qsTr("Pair this computer")
                            flat: true
                            Accessible.name: text
                            onClicked: Navigation.navigate(Navigation.Onboarding)
                        }
                    }
                    Repeater {
                        model: keys
                        // Delegates ask; the page acts (they see nothing outside themselves).
                        onItemAdded: (index, item) => item.revokeRequested.connect(root.confirmRevoke)

                        delegate: RowLayout {
                            id: keyRow

                            signal revokeRequested(string keyId, string label)

                            function when(instant: var): string {
                                return isNaN(instant.getTime()) ? qsTr("never")
                                                                : instant.toLocaleString(Theme.locale, Locale.ShortFormat)
                            }

                            required property string keyId
                            required property string label
                            required property string roleName
                            required property date addedAt
                            required property date lastUsedAt
                            required property bool revoked
                            required property bool thisComputer

                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            opacity: keyRow.revoked ? 0.55 : 1

                            ColumnLayout {
                                Layout.fillWidth: true
                                spacing: 0

                                Label {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    color: Theme.text
                                    font.weight: Font.DemiBold
                                    text: keyRow.thisComputer ? qsTr("%1 (this computer)").arg(keyRow.label) : keyRow.label
                                }
                                Label {
                                    Layout.fillWidth: true
                                    elide: Text.ElideRight
                                    color: Theme.secondaryText
                                    font.pixelSize: Theme.captionSize
                                    text: qsTr("%1 · key %2 · paired %3 · last used %4")
                                        .arg(keyRow.roleName).arg(keyRow.keyId)
                                        .arg(keyRow.when(keyRow.addedAt)).arg(keyRow.when(keyRow.lastUsedAt))
                                }
                            }
                            StatusChip {
                                visible: keyRow.revoked
                                text: qsTr("Revoked")
                                tone: Theme.negative
                            }
                            Button {
                                visible: !keyRow.revoked && keyRow.roleName !== ""
                                text: qsTr("Revoke")
                                flat: true
                                Accessible.name: qsTr("Revoke the key of %1").arg(keyRow.label)
                                onClicked: keyRow.revokeRequested(keyRow.keyId, keyRow.label)
                            }
                        }
                    }
                    Label {
                        visible: keys.actionError.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.negative
                        text: keys.actionError
                    }
                }
            }

            Pane {
                Layout.fillWidth: true
                Layout.bottomMargin: 28
                padding: 20
                Accessible.role: Accessible.Grouping
                Accessible.name: qsTr("Support access")

                background: Rectangle {
                    color: Theme.surface
                    radius: Theme.radius
                    border.color: Theme.divider
                }

                ColumnLayout {
                    anchors.left: parent.left
                    anchors.right: parent.right
                    spacing: 8

                    Label {
                        text: qsTr("Support access")
                        color: Theme.text
                        font.pixelSize: Theme.headingSize
                        font.weight: Font.DemiBold
                        Accessible.role: Accessible.Heading
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.secondaryText
                        text: qsTr("A support engineer you let in can read this car's status, settings and event timeline until the access ends. They can never change anything, and every look is logged.")
                    }
                    RowLayout {
                        Layout.fillWidth: true
                        spacing: Theme.spacing

                        TextField {
                            placeholderTextColor: Theme.secondaryText
                            id: emailField

                            Layout.fillWidth: true
                            placeholderText: qsTr("support engineer's e-mail")
                            inputMethodHints: Qt.ImhEmailCharactersOnly
                            Accessible.name: qsTr("Support engineer's e-mail address")
                        }
                        ComboBox {
                            id: durationBox

                            Layout.preferredWidth: 160
                            textRole: "text"
                            valueRole: "hours"
                            model: [
                                { text: qsTr("for %n hour(s)", "", 4), hours: 4 },
                                { text: qsTr("for %n day(s)", "", 1), hours: 24 },
                                { text: qsTr("for %n day(s)", "", 3), hours: 72 },
                                { text: qsTr("for %n day(s)", "", 7), hours: 168 },
                                { text: qsTr("for %n day(s)", "", 30), hours: 720 }
                            ]
                            currentIndex: 1
                            Accessible.name: qsTr("How long the access lasts")
                        }
                        Button {
                            text: qsTr("Grant access")
                            highlighted: true
                            Accessible.name: text
                            onClicked: grants.grant(emailField.text, durationBox.currentValue)
                        }
                    }
                    Label {
                        visible: grants.actionError.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.negative
                        text: grants.actionError
                    }
                    Label {
                        visible: grants.errorMessage.length > 0
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.negative
                        text: grants.errorMessage
                    }
                    Label {
                        visible: grants.count === 0 && !grants.loading
                        color: Theme.secondaryText
                        text: qsTr("No one has been given access to this car.")
                    }
                    Repeater {
                        model: grants
                        onItemAdded: (index, item) => item.revokeRequested.connect(grants.revoke)

                        delegate: RowLayout {
                            id: grantRow

                            signal revokeRequested(string grantId)

                            required property string grantId
                            required property string supportEmail
                            required property date expiresAt
                            required property bool active
                            required property string status

                            Layout.fillWidth: true
                            spacing: Theme.spacing
                            opacity: grantRow.active ? 1 : 0.55

                            Label {
                                Layout.fillWidth: true
                                elide: Text.ElideRight
                                color: Theme.text
                                text: grantRow.supportEmail
                            }
                            Label {
                                color: grantRow.active ? Theme.positive : Theme.secondaryText
                                text: grantRow.active
                                      ? qsTr("%1 (until %2)").arg(grantRow.status)
                                            .arg(grantRow.expiresAt.toLocaleString(Theme.locale, Locale.ShortFormat))
                                      : grantRow.status
                            }
                            Button {
                                visible: grantRow.active
                                text: qsTr("Revoke")
                                flat: true
                                Accessible.name: qsTr("Revoke the access of %1").arg(grantRow.supportEmail)
                                onClicked: grantRow.revokeRequested(grantRow.grantId)
                            }
                        }
                    }
                }
            }
        }
    }

    Dialog {
        id: revokeKeyDialog

        property string keyId
        property string label

        anchors.centerIn: parent
        modal: true
        title: qsTr("Revoke this key?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: keys.revoke(revokeKeyDialog.keyId)

        Label {
            width: 380
            wrapMode: Text.Wrap
            text: qsTr("“%1” will no longer be able to change this car's settings. To use it again, pair it again with a code from the car.")
                .arg(revokeKeyDialog.label)
        }
    }
}
