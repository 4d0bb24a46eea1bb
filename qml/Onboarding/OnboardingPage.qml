import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The first steps: who is signed in, the participation consent, and pairing this computer with
// a car through the code the car shows.
Item {
    id: root

    Binding {
        target: Navigation
        property: "pageBusy"
        value: controller.consentBusy || controller.pairingState === OnboardingController.Checking
    }

    OnboardingController {
        id: controller

        client: AppState.fleetClient
        localClient: AppState.localClient
        vehicles: AppState.vehicles
        demo: AppState.demoMode
        vehicleId: AppState.selectedVehicleId
        Component.onCompleted: {
            controller.loadConsent()
            controller.checkPaired()
        }
        onVehicleIdChanged: controller.checkPaired()
    }

    ScrollView {
        id: scroll

        anchors.fill: parent
        contentWidth: availableWidth

        ColumnLayout {
            width: Math.min(scroll.availableWidth - 56, 760)
            x: 28
            spacing: 20

            PageHeader {
                Layout.fillWidth: true
                Layout.topMargin: 28
                title: qsTr("Get started")
                subtitle: qsTr("Three steps: your account, your consent, and pairing this computer with your car.")
            }

            StepCard {
                Layout.fillWidth: true
                number: 1
                title: qsTr("Your account")
                done: true

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: AppState.demoMode
                          ? qsTr("You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.")
                              .arg(AppState.accountName).arg(AppState.accountEmail)
                          : qsTr("Signed in as %1 (%2).").arg(AppState.accountName).arg(AppState.accountEmail)
                }
                Button {
                    visible: !AppState.demoMode
                    text: qsTr("Sign out")
                    flat: true
                    Accessible.name: qsTr("Sign out of %1").arg(AppState.accountEmail)
                    onClicked: AppState.signOut()
                }
                Label {
                    Layout.fillWidth: true
                    visible: AppState.demoMode
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    text: qsTr("Have an account with a fleet operator? Sign in with the server address and pin they gave you.")
                }
                GridLayout {
                    Layout.fillWidth: true
                    visible: AppState.demoMode
                    columns: 2
                    columnSpacing: Theme.spacing
                    rowSpacing: 6

                    Label {
                        text: qsTr("Server")
                        color: Theme.secondaryText
                    }
                    TextField {
                        placeholderTextColor: Theme.secondaryText
                        id: serverField

                        Layout.fillWidth: true
                        placeholderText: "https://fleet.example.com"
                        inputMethodHints: Qt.ImhUrlCharactersOnly
                        Accessible.name: qsTr("Fleet server address")
                    }
                    Label {
                        text: qsTr("Pin")
                        color: Theme.secondaryText
                    }
                    TextField {
                        placeholderTextColor: Theme.secondaryText
                        id: pinField

                        Layout.fillWidth: true
                        placeholderText: qsTr("44 characters, from your fleet operator")
                        Accessible.name: qsTr("Server key pin")
                    }
                    Label {
                        text: qsTr("E-mail")
                        color: Theme.secondaryText
                    }
                    TextField {
                        placeholderTextColor: Theme.secondaryText
                        id: emailField

                        Layout.fillWidth: true
                        inputMethodHints: Qt.ImhEmailCharactersOnly
                        Accessible.name: qsTr("E-mail address")
                    }
                    Label {
                        text: qsTr("Password")
                        color: Theme.secondaryText
                    }
                    TextField {
                        placeholderTextColor: Theme.secondaryText
                        id: passwordField

                        Layout.fillWidth: true
                        echoMode: TextInput.Password
                        Accessible.name: qsTr("Password")
                        onAccepted: AppState.signIn(serverField.text, pinField.text, emailField.text, passwordField.text)
                    }
                }
                RowLayout {
                    visible: AppState.demoMode
                    spacing: Theme.spacing

                    Button {
                        text: qsTr("Sign in")
                        enabled: !AppState.signInBusy
                        Accessible.name: qsTr("Sign in to the fleet server")
                        onClicked: AppState.signIn(serverField.text, pinField.text, emailField.text, passwordField.text)
                    }
                    BusyIndicator {
                        running: AppState.signInBusy
                        visible: running
                        Layout.preferredWidth: 28
                        Layout.preferredHeight: 28
                    }
                    Label {
                        text: qsTr("or go on in demo mode")
                        color: Theme.secondaryText
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: AppState.signInError.length > 0
                    wrapMode: Text.Wrap
                    color: Theme.negative
                    text: AppState.signInError
                }
            }

            StepCard {
                Layout.fillWidth: true
                number: 2
                title: qsTr("Your consent to take part")
                done: controller.consentGiven

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    textFormat: Text.StyledText
                    text: qsTr("<b>What runs on the car:</b> AI inference jobs from the fleet, in a sealed runtime on the car's own computer, only while your settings allow it. Jobs never reach the car's driving systems.<br><b>What data leaves the car:</b> state of charge, whether it is plugged in, the computer's temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.<br><b>What you earn:</b> 70 % of what the fleet is paid for your car's compute; the electricity is yours to pay, at your tariff.")
                }
                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                    text: controller.consentGiven
                          ? qsTr("You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.")
                              .arg(controller.termsVersion)
                              .arg(controller.consentAt.toLocaleString(Theme.locale, Locale.ShortFormat))
                          : qsTr("Terms version %1. Your answer is recorded with the date.").arg(controller.termsVersion)
                }
                RowLayout {
                    spacing: Theme.spacing

                    Button {
                        text: qsTr("I agree")
                        highlighted: true
                        visible: !controller.consentGiven
                        enabled: !controller.consentBusy
                        Accessible.name: qsTr("I agree to take part under terms version %1").arg(controller.termsVersion)
                        onClicked: controller.giveConsent()
                    }
                    BusyIndicator {
                        running: controller.consentBusy
                        visible: running
                        Layout.preferredHeight: 32
                        Layout.preferredWidth: 32
                    }
                }
                Label {
                    Layout.fillWidth: true
                    visible: controller.consentError.length > 0
                    text: controller.consentError
                    color: Theme.negative
                    wrapMode: Text.Wrap
                }
            }

            StepCard {
                Layout.fillWidth: true
                number: 3
                title: qsTr("Pair this computer with your car")
                done: controller.paired

                Label {
                    Layout.fillWidth: true
                    wrapMode: Text.Wrap
                    color: Theme.text
                    text: qsTr("Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car's key list.")
                        .arg(controller.keyLabel)
                }
                RowLayout {
                    Layout.fillWidth: true
                    spacing: Theme.spacing

                    Label {
                        text: qsTr("Car")
                        color: Theme.secondaryText
                    }
                    ComboBox {
                        id: carPicker

                        Layout.preferredWidth: 260
                        model: AppState.vehicles
                        textRole: "name"
                        valueRole: "vehicleId"
                        Accessible.name: qsTr("Car to pair")
                        Component.onCompleted: carPicker.currentIndex = Math.max(0, carPicker.indexOfValue(AppState.selectedVehicleId))
                        onActivated: AppState.selectedVehicleId = carPicker.currentValue
                    }
                }

                Label {
                    Layout.fillWidth: true
                    visible: controller.pairingState === OnboardingController.Paired
                    text: qsTr("✓ This computer is paired with the car. Your changes are signed and the car accepts them.")
                    color: Theme.positive
                    wrapMode: Text.Wrap
                }

                Button {
                    visible: controller.pairingState === OnboardingController.Idle
                             || controller.pairingState === OnboardingController.Failed
                    text: controller.pairingState === OnboardingController.Failed ? qsTr("Start again") : qsTr("Start pairing")
                    highlighted: true
                    Accessible.name: text
                    onClicked: controller.startPairing()
                }

                ColumnLayout {
                    Layout.fillWidth: true
                    visible: controller.pairingState === OnboardingController.EnterCode
                             || controller.pairingState === OnboardingController.Confirming
                    spacing: 8

                    Label {
                        Layout.fillWidth: true
                        wrapMode: Text.Wrap
                        color: Theme.text
                        text: qsTr("The car now shows a six-digit code on its centre screen. Type it here before %1.")
                            .arg(controller.codeExpiresAt.toLocaleTimeString(Theme.locale, Locale.ShortFormat))
                    }
                    Label {
                        Layout.fillWidth: true
                        visible: controller.demoCode.length > 0
                        wrapMode: Text.Wrap
                        color: Theme.warning
                        text: qsTr("Demo mode: the simulated car's screen shows %1.").arg(controller.demoCode)
                    }
                    RowLayout {
                        spacing: Theme.spacing

                        TextField {
                            placeholderTextColor: Theme.secondaryText
                            id: codeField

                            Layout.preferredWidth: 180
                            placeholderText: qsTr("Code")
                            inputMethodHints: Qt.ImhDigitsOnly
                            maximumLength: 12
                            font.pixelSize: 20
                            font.letterSpacing: 4
                            enabled: controller.pairingState === OnboardingController.EnterCode
                            Accessible.name: qsTr("Pairing code shown by the car")
                            onAccepted: controller.confirmCode(codeField.text)
                        }
                        Button {
                            text: qsTr("Pair")
                            highlighted: true
                            enabled: controller.pairingState === OnboardingController.EnterCode
                            Accessible.name: qsTr("Pair with this code")
                            onClicked: controller.confirmCode(codeField.text)
                        }
                    }
                }

                RowLayout {
                    visible: controller.pairingState === OnboardingController.Starting
                             || controller.pairingState === OnboardingController.Confirming
                             || controller.pairingState === OnboardingController.Checking
                    spacing: 8

                    BusyIndicator {
                        running: parent.visible
                        Layout.preferredHeight: 28
                        Layout.preferredWidth: 28
                    }
                    Label {
                        color: Theme.secondaryText
                        text: controller.pairingState === OnboardingController.Starting
                              ? qsTr("Asking the car to show a code…")
                              : controller.pairingState === OnboardingController.Confirming
                                ? qsTr("Checking the code with the car…")
                                : qsTr("Reading the car's keys…")
                    }
                }

                Label {
                    Layout.fillWidth: true
                    visible: controller.pairingError.length > 0
                    text: controller.pairingError
                    color: Theme.negative
                    wrapMode: Text.Wrap
                }
            }

            Button {
                Layout.bottomMargin: 28
                text: qsTr("Go to the dashboard")
                flat: true
                Accessible.name: text
                onClicked: Navigation.navigate(Navigation.Dashboard)
            }
        }
    }
}
