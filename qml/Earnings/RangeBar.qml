import QtQuick
import QtQuick.Controls
import QtQuick.Controls.Material
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Which days the page shows and in what buckets: presets, a custom range, the period.
Flow {
    id: root

    required property EarningsRange range
    property string customError

    function applyCustom(): void {
        root.customError = root.range.setCustomRange(fromField.text, toField.text)
    }

    spacing: Theme.spacing

    ComboBox {
        id: presetBox

        width: 190
        model: [qsTr("This month"), qsTr("Last 3 months"), qsTr("This year"), qsTr("Custom range")]
        currentIndex: root.range.preset
        Accessible.name: qsTr("Range of days")
        onActivated: (index) => {
            if (index === EarningsRange.Custom) {
                fromField.text = root.range.firstDay.toLocaleDateString(Theme.locale, Locale.ShortFormat)
                toField.text = root.range.lastDay.toLocaleDateString(Theme.locale, Locale.ShortFormat)
                root.range.preset = EarningsRange.Custom
                fromField.forceActiveFocus()
            } else {
                root.range.preset = index
            }
        }
    }

    RowLayout {
        visible: root.range.preset === EarningsRange.Custom
        spacing: 8

        TextField {
            placeholderTextColor: Theme.secondaryText
            id: fromField

            Layout.preferredWidth: 130
            placeholderText: qsTr("From")
            selectByMouse: true
            Accessible.name: qsTr("First day")
            onAccepted: root.applyCustom()
        }
        Label {
            text: qsTr("to", "from a date to a date")
            color: Theme.secondaryText
        }
        TextField {
            placeholderTextColor: Theme.secondaryText
            id: toField

            Layout.preferredWidth: 130
            placeholderText: qsTr("To")
            selectByMouse: true
            Accessible.name: qsTr("Last day")
            onAccepted: root.applyCustom()
        }
        Button {
            text: qsTr("Show")
            Accessible.name: qsTr("Show the chosen days")
            onClicked: root.applyCustom()
        }
        Label {
            visible: root.customError.length > 0
            text: root.customError
            color: Theme.negative
            font.pixelSize: Theme.captionSize
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }

    TabBar {
        id: periodBar

        currentIndex: root.range.period
        Accessible.name: qsTr("Bucket size")
        // The chosen tab's text in the accent that reads on the page (Theme.accentText).
        Material.accent: Theme.accentText
        onCurrentIndexChanged: root.range.period = currentIndex

        TabButton {

            width: implicitWidth
            text: qsTr("By hour")
            Accessible.name: text
        }
        TabButton {
            width: implicitWidth
            text: qsTr("By day")
            Accessible.name: text
        }
        TabButton {
            width: implicitWidth
            text: qsTr("By week")
            Accessible.name: text
        }
        TabButton {
            width: implicitWidth
            text: qsTr("By month")
            Accessible.name: text
        }
    }
}
