import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Each settled month of the car: what was paid out, is on its way or was carried over.
Rectangle {
    id: root

    required property PayoutsModel payouts

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        Label {
            text: qsTr("Payouts")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: root.payouts.minimum.length > 0
                  ? qsTr("Each month's net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.").arg(root.payouts.minimum)
                  : qsTr("Each month's net is settled at midnight on the 1st and paid out three days later.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Label {
            Layout.fillWidth: true
            visible: root.payouts.count === 0 && !root.payouts.loading
            text: root.payouts.errorMessage.length > 0 ? root.payouts.errorMessage
                                                       : qsTr("No month has been settled yet.")
            color: root.payouts.errorMessage.length > 0 ? Theme.negative : Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Repeater {
            model: root.payouts

            delegate: RowLayout {
                id: payoutRow

                required property string month
                required property string status
                required property string net
                required property string outcome

                Layout.fillWidth: true
                spacing: Theme.spacing

                Label {
                    Layout.preferredWidth: 160
                    text: payoutRow.month
                    color: Theme.text
                    font.pixelSize: Theme.bodySize
                    elide: Text.ElideRight
                }
                Label {
                    Layout.fillWidth: true
                    text: payoutRow.status
                    color: payoutRow.outcome === "carried" ? Theme.secondaryText : Theme.text
                    font.pixelSize: Theme.bodySize
                    wrapMode: Text.Wrap
                }
                Label {
                    text: qsTr("net %1").arg(payoutRow.net)
                    color: Theme.secondaryText
                    font.pixelSize: Theme.captionSize
                }
            }
        }
    }
}
