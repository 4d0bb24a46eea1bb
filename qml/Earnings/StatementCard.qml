import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// A month's statement for the accountant, saved as PDF or CSV where the person chooses.
Rectangle {
    id: root

    required property StatementExporter exporter
    property int format: StatementExporter.Pdf

    function choose(format: int): void {
        root.format = format
        saveDialog.open(root.exporter.suggestedFileName(format))
    }

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    FileChooser {
        id: saveDialog

        title: root.format === StatementExporter.Pdf ? qsTr("Save the statement as PDF")
                                                     : qsTr("Save the statement as CSV")
        mode: FileChooser.Save
        nameFilters: root.format === StatementExporter.Pdf ? [qsTr("PDF files (*.pdf)")]
                                                           : [qsTr("CSV files (*.csv)")]
        defaultSuffix: root.format === StatementExporter.Pdf ? "pdf" : "csv"
        onAccepted: (selectedFile) => root.exporter.exportTo(selectedFile, root.format)
    }

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 10

        Label {
            text: qsTr("Monthly statement")
            color: Theme.text
            font.pixelSize: Theme.headingSize
            font.weight: Font.DemiBold
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.")
            color: Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
        }
        Flow {
            Layout.fillWidth: true
            spacing: Theme.spacing

            ComboBox {
                width: 200
                model: root.exporter.monthNames
                currentIndex: root.exporter.monthIndex
                enabled: !root.exporter.busy
                Accessible.name: qsTr("Month of the statement")
                onActivated: (index) => root.exporter.monthIndex = index
            }
            Button {
                text: qsTr("Save as PDF…")
                enabled: !root.exporter.busy
                Accessible.name: qsTr("Save the statement as PDF")
                onClicked: root.choose(StatementExporter.Pdf)
            }
            Button {
                text: qsTr("Save as CSV…")
                enabled: !root.exporter.busy
                Accessible.name: qsTr("Save the statement as CSV")
                onClicked: root.choose(StatementExporter.Csv)
            }
            BusyIndicator {
                width: 36
                height: 36
                visible: root.exporter.busy
                running: root.exporter.busy
                Accessible.name: qsTr("Writing the statement")
            }
        }
        Label {
            Layout.fillWidth: true
            visible: text.length > 0
            text: root.exporter.errorMessage.length > 0 ? root.exporter.errorMessage
                                                        : root.exporter.statusMessage
            color: root.exporter.errorMessage.length > 0 ? Theme.negative : Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }
    }
}
