pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Why the car did or did not contribute in a chosen minute, typed on the car's clock.
Rectangle {
    id: root

    required property DiagnosticsModel model

    function explain(): void {
        root.model.explain(timeField.text)
    }

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            text: qsTr("Eligibility trace")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
            Accessible.role: Accessible.Heading
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("What the car knew and decided in one minute. The time is on the car's clock (%1).")
                  .arg(root.model.timeZone.length > 0 ? root.model.timeZone : qsTr("UTC"))
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }
        RowLayout {
            Layout.fillWidth: true
            spacing: 8

            TextField {
                placeholderTextColor: Theme.secondaryText
                id: timeField

                Layout.preferredWidth: 180
                placeholderText: "yyyy-MM-dd HH:mm"
                inputMethodHints: Qt.ImhDigitsOnly
                selectByMouse: true
                Accessible.name: qsTr("Date and time on the car's clock")
                Component.onCompleted: timeField.text = root.model.nowLocalText()
                onAccepted: root.explain()

                Connections {
                    target: root.model

                    function onPolicyChanged(): void {
                        // The car's clock became known: "now" on it, unless a time was typed.
                        if (!timeField.activeFocus)
                            timeField.text = root.model.nowLocalText()
                    }
                }
            }
            Button {
                text: qsTr("Now")
                Accessible.name: qsTr("Set the time to now on the car's clock")
                onClicked: timeField.text = root.model.nowLocalText()
            }
            Button {
                text: qsTr("Explain")
                highlighted: true
                enabled: !root.model.traceBusy && root.model.vehicleId.length > 0
                Accessible.name: qsTr("Explain why the car did or did not contribute at that time")
                onClicked: root.explain()
            }
            BusyIndicator {
                Layout.preferredWidth: 28
                Layout.preferredHeight: 28
                visible: root.model.traceBusy
                running: root.model.traceBusy
                Accessible.name: qsTr("Fetching the trace")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: root.model.traceError.length > 0
            text: root.model.traceError
            color: Theme.negative
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
        Label {
            Layout.fillWidth: true
            visible: root.model.traceSentence.length > 0 && root.model.traceError.length === 0
            text: root.model.traceSentence
            color: Theme.text
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.StaticText
            Accessible.name: text
        }
        Repeater {
            model: root.model.traceError.length === 0 ? root.model.traceReasons : []

            delegate: RowLayout {
                id: reason

                required property var modelData

                Layout.fillWidth: true
                spacing: 8
                Accessible.role: Accessible.StaticText
                Accessible.name: qsTr("%1: %2").arg(reason.modelData.text).arg(reason.modelData.figures)

                StatusChip {
                    text: reason.modelData.code
                    tone: Theme.warning
                }
                Label {
                    Layout.fillWidth: true
                    text: reason.modelData.figures.length > 0
                          ? qsTr("%1 (%2)").arg(reason.modelData.text).arg(reason.modelData.figures)
                          : reason.modelData.text
                    color: Theme.text
                    font.pixelSize: Theme.captionSize
                    wrapMode: Text.Wrap
                }
            }
        }
    }
}
