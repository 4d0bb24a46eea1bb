import QtQuick
import QtQuick.Controls
import QtQuick.Dialogs
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Language, theme, notifications, and the owner's rights over their data.
Item {
    id: root

    Binding {
        target: Navigation
        property: "pageBusy"
        value: consent.consentBusy
    }

    OnboardingController {
        id: consent

        client: AppState.fleetClient
        localClient: AppState.localClient
        vehicles: AppState.vehicles
        demo: AppState.demoMode
        Component.onCompleted: consent.loadConsent()
    }

    AccountActions {
        id: account

        client: AppState.fleetClient
        onAccountDeleted: Qt.quit()
    }

    FileDialog {
        id: exportDialog

        title: qsTr("Export all my data")
        fileMode: FileDialog.SaveFile
        nameFilters: [qsTr("JSON files (*.json)")]
        currentFile: "file:///" + qsTr("idlefleet-my-data") + ".json"
        onAccepted: account.exportMyData(exportDialog.selectedFile)
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            x: 28
            width: Math.min(scroll.availableWidth - 56, 760)
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.topMargin: 28
                title: qsTr("Settings")
                subtitle: qsTr("How the app looks and speaks, and what it keeps about you.")
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Appearance")

                GridLayout {
                    Layout.fillWidth: true
                    columns: 2
                    columnSpacing: 20
                    rowSpacing: 8

                    Label {
                        text: qsTr("Language")
                        color: Theme.text
                    }
                    ComboBox {
                        id: languageBox

                        objectName: "languageBox"
                        Layout.preferredWidth: 240
                        textRole: "name"
                        valueRole: "code"
                        // Each language in its own words, so anyone finds theirs.
                        model: [
                            { code: "en", name: "English" },
                            { code: "de", name: "Deutsch" },
                            { code: "fr", name: "Français" },
                            { code: "es", name: "Español" },
                            { code: "ja", name: "日本語" },
                            { code: "ru", name: "Русский" }
                        ]
                        // From the list itself: indexOfValue() answers -1 until the popup's
                        // items exist, and the box would name the first language.
                        currentIndex: Math.max(0, model.findIndex(l => l.code === Preferences.language))
                        Accessible.name: qsTr("Language")
                        onActivated: Preferences.chooseLanguage(languageBox.currentValue)
                    }
                    Label {
                        text: qsTr("Dark theme")
                        color: Theme.text
                    }
                    Switch {
                        checked: Preferences.darkTheme
                        Accessible.name: qsTr("Dark theme")
                        onToggled: Preferences.chooseDarkTheme(checked)
                    }
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                title: qsTr("Notifications")

                Switch {
                    id: notifySwitch

                    Layout.fillWidth: true
                    text: qsTr("Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready")
                    // Wrapped, not elided: the sentence is whole in every language.
                    contentItem: Label {
                        leftPadding: notifySwitch.indicator.width + notifySwitch.spacing
                        text: notifySwitch.text
                        color: Theme.text
                        font: notifySwitch.font
                        wrapMode: Text.Wrap
                        verticalAlignment: Text.AlignVCenter
                    }
                    checked: Preferences.notificationsEnabled
                    Accessible.name: qsTr("Desktop notifications")
                    onToggled: Preferences.notificationsEnabled = checked
                }
            }

            SettingsSection {
                Layout.fillWidth: true
                Layout.bottomMargin: 28
                // Consent to contribute is an owner's: a manager or support engineer has no cars
                // of their own to give it for.
                title: AppState.accountRole === "owner" ? qsTr("Your data and your consent")
                                                        : qsTr("Your data")

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    text: AppState.demoMode
                          ? qsTr("In demo mode these act on the simulated fleet's demo account.")
                          : qsTr("Signed in as %1.").arg(AppState.accountEmail)
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 0

                        Label {
                            text: qsTr("Export all my data")
                            color: Theme.text
                            font.weight: Font.DemiBold
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                            text: AppState.accountRole === "owner"
                                  ? qsTr("Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.")
                                  : qsTr("Everything the fleet keeps about your account, as one JSON file.")
                        }
                    }
                    Button {
                        // Beside the title it acts on, however the text beside it wraps.
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("Export…")
                        enabled: !account.busy
                        Accessible.name: qsTr("Export all my data")
                        onClicked: exportDialog.open()
                    }
                }

                RowLayout {
                    visible: AppState.accountRole === "owner"
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 0

                        Label {
                            text: consent.consentGiven ? qsTr("Withdraw my consent")
                                                       : isNaN(consent.consentAt.getTime()) ? qsTr("Consent not given yet")
                                                                                            : qsTr("Consent withdrawn")
                            color: Theme.text
                            font.weight: Font.DemiBold
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                            text: consent.consentGiven
                                  ? qsTr("Every car stops contributing and stays paused until you agree again. Your history is kept.")
                                  : qsTr("Agree under Pair a car to take part.")
                        }
                    }
                    Button {
                        // Beside the title it acts on, however the text beside it wraps.
                        Layout.alignment: Qt.AlignTop
                        visible: consent.consentGiven
                        text: qsTr("Withdraw")
                        enabled: !consent.consentBusy
                        Accessible.name: qsTr("Withdraw my consent")
                        onClicked: consent.withdrawConsent()
                    }
                }
                Label {
                    visible: AppState.accountRole === "owner" && consent.consentError.length > 0
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.negative
                    text: consent.consentError
                }

                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    ColumnLayout {
                        Layout.fillWidth: true
                        Layout.alignment: Qt.AlignTop
                        spacing: 0

                        Label {
                            text: qsTr("Delete my account")
                            color: Theme.negative
                            font.weight: Font.DemiBold
                        }
                        Label {
                            Layout.fillWidth: true
                            wrapMode: Text.Wrap
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                            // Only an owner's account takes cars with it (accountroutes.cpp).
                            text: AppState.accountRole === "owner"
                                  ? qsTr("Removes your account, your cars' settings, keys, history and earnings from the fleet for good. Export first if you want a copy.")
                                  : AppState.accountRole === "fleet"
                                    ? qsTr("Removes your account and your sign-ins from the fleet for good. The organisation's cars and their history stay.")
                                    : qsTr("Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.")
                        }
                    }
                    Button {
                        // Beside the title it acts on, however the text beside it wraps.
                        Layout.alignment: Qt.AlignTop
                        text: qsTr("Delete…")
                        enabled: !account.busy
                        Accessible.name: qsTr("Delete my account")
                        onClicked: deleteDialog.open()
                    }
                }

                RowLayout {
                    visible: account.busy || account.message.length > 0 || account.errorMessage.length > 0
                    Layout.fillWidth: true
                    spacing: 8

                    BusyIndicator {
                        running: account.busy && !account.exporting
                        visible: account.busy && !account.exporting
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    ProgressBar {
                        visible: account.exporting
                        value: account.progress
                        Layout.preferredWidth: 160
                        Accessible.name: qsTr("Export progress")
                    }
                    Label {
                        visible: account.exporting
                        color: Theme.secondaryText
                        text: qsTr("%1 %").arg(Math.floor(account.progress * 100))
                    }
                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: account.errorMessage.length > 0 ? Theme.negative : Theme.positive
                        text: account.errorMessage.length > 0 ? account.errorMessage : account.message
                    }
                    Button {
                        visible: account.exporting
                        text: qsTr("Stop")
                        Accessible.name: qsTr("Stop the export")
                        onClicked: account.cancelExport()
                    }
                }
            }
        }
    }

    Dialog {
        id: deleteDialog

        anchors.centerIn: parent
        modal: true
        title: qsTr("Delete your account for good?")
        standardButtons: Dialog.Cancel | Dialog.Ok
        onAccepted: {
            account.deleteAccount(passwordField.text)
            passwordField.clear()
        }
        onRejected: passwordField.clear()

        ColumnLayout {
            width: 400
            spacing: 8

            Label {
                Layout.fillWidth: true
                wrapMode: Text.Wrap
                text: qsTr("This cannot be undone. Type your password to confirm.")
            }
            TextField {
                placeholderTextColor: Theme.secondaryText
                id: passwordField

                Layout.fillWidth: true
                echoMode: TextInput.Password
                placeholderText: qsTr("Password")
                Accessible.name: qsTr("Password")
            }
        }
    }
}
