pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The range's contribution sessions; a column's header sorts by it (again: the other way). The
// chosen row (a click, or the arrow keys) lists the jobs that session served.
Rectangle {
    id: root

    required property SessionsModel model

    function widthOf(column: int): real {
        return column < 2 ? 160 : Math.max(90, (table.width - 320) / 6)
    }

    implicitHeight: content.implicitHeight + 32
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        id: content

        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true

            Label {
                text: qsTr("Sessions")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%Ln session(s)", "", root.model.count)
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            LoadStatus {
                loading: root.model.loading
                errorMessage: root.model.errorMessage
                lastUpdated: root.model.lastUpdated
                hasData: root.model.count > 0
                onRetryRequested: root.model.reload()
            }
        }

        // The header: a button per column, as wide as its column, scrolled with the table.
        Item {
            Layout.fillWidth: true
            implicitHeight: 36
            clip: true

            Row {
                x: -table.contentX

                Repeater {
                    model: SessionsModel.ColumnCount

                    delegate: ItemDelegate {
                        id: headerCell

                        required property int index
                        readonly property string title: root.model.headerData(headerCell.index, Qt.Horizontal)
                        readonly property bool sorted: root.model.sortColumn === headerCell.index

                        width: root.widthOf(headerCell.index)
                        height: 36
                        padding: 8
                        activeFocusOnTab: true
                        text: headerCell.sorted
                              ? headerCell.title + (root.model.sortAscending ? " ▲" : " ▼")
                              : headerCell.title
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.DemiBold
                        contentItem: Label {
                            text: headerCell.text
                            font: headerCell.font
                            color: Theme.text
                            horizontalAlignment: headerCell.index < 2 ? Text.AlignLeft : Text.AlignRight
                            verticalAlignment: Text.AlignVCenter
                            elide: Text.ElideRight
                        }
                        Accessible.name: !headerCell.sorted
                                         ? qsTr("Sort by %1").arg(headerCell.title)
                                         : root.model.sortAscending
                                           ? qsTr("%1, smallest first; press for largest first").arg(headerCell.title)
                                           : qsTr("%1, largest first; press for smallest first").arg(headerCell.title)
                        onClicked: root.model.sortBy(headerCell.index)
                    }
                }
            }
        }

        TableView {
            id: table

            Layout.fillWidth: true
            Layout.fillHeight: true
            Layout.preferredHeight: 320
            Layout.minimumHeight: 240
            clip: true
            model: root.model
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            columnWidthProvider: (column) => root.widthOf(column)
            selectionBehavior: TableView.SelectRows
            selectionModel: ItemSelectionModel {
                model: table.model
            }
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Contribution sessions")
            ScrollBar.vertical: ScrollBar {}
            onWidthChanged: table.forceLayout()
            onCurrentRowChanged: root.model.selectedRow = table.currentRow

            // The chosen session stays chosen when the rows are sorted.
            Connections {
                target: root.model

                function onSelectedRowChanged() {
                    const row = root.model.selectedRow
                    if (row !== table.currentRow && row >= 0)
                        table.selectionModel.setCurrentIndex(root.model.index(row, 0),
                                                             ItemSelectionModel.Current)
                }
            }

            delegate: Rectangle {
                id: cell

                required property string display
                required property int row
                required property int column
                required property bool negative
                required property bool cut
                readonly property bool chosen: cell.row === root.model.selectedRow

                implicitHeight: 32
                color: cell.chosen ? Theme.selection : cell.row % 2 ? Theme.window : Theme.surface

                Label {
                    id: cellText

                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.column < 2 ? Text.AlignLeft : Text.AlignRight
                    // A session the range cuts: "…" on the side it goes on.
                    text: !cell.cut ? cell.display
                                    : cell.column === 0 ? "… " + cell.display : cell.display + " …"
                    color: cell.negative ? Theme.negative : Theme.text
                    font.pixelSize: Theme.captionSize
                    font.italic: cell.cut
                    elide: Text.ElideRight
                }
                HoverHandler {
                    id: cellHover
                }
                ToolTip.visible: cell.cut && cellHover.hovered
                ToolTip.delay: 500
                ToolTip.text: cell.column === 0
                              ? qsTr("The session began before the chosen days; its figures count only the part inside them.")
                              : qsTr("The session goes on after the chosen days; its figures count only the part inside them.")
            }
        }

        Label {
            Layout.fillWidth: true
            visible: root.model.anyCut
            text: qsTr("… A session that runs past the first or last chosen day: its figures count only the part inside the days.")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
            wrapMode: Text.Wrap
        }

        // The jobs of the chosen session.
        ColumnLayout {
            id: jobs

            readonly property SessionJobsModel jobsModel: root.model.selectedJobs

            Layout.fillWidth: true
            Layout.fillHeight: false
            Layout.preferredHeight: 240
            spacing: 4

            Label {
                Layout.fillWidth: true
                text: jobs.jobsModel.sessionText === ""
                      ? qsTr("Choose a session to see the jobs it served.")
                      : qsTr("Jobs of the session %1").arg(jobs.jobsModel.sessionText)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                font.weight: Font.DemiBold
                elide: Text.ElideRight
            }
            Label {
                Layout.fillWidth: true
                visible: jobs.jobsModel.summaryText !== ""
                text: jobs.jobsModel.summaryText
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                wrapMode: Text.Wrap
            }
            ListView {
                id: jobList

                Layout.fillWidth: true
                Layout.fillHeight: true
                clip: true
                model: jobs.jobsModel
                activeFocusOnTab: jobList.count > 0
                keyNavigationEnabled: true
                boundsBehavior: Flickable.StopAtBounds
                Accessible.role: Accessible.List
                Accessible.name: qsTr("Jobs of the chosen session")
                ScrollBar.vertical: ScrollBar {}

                delegate: Rectangle {
                    id: job

                    required property int index
                    required property string kind
                    required property string time
                    required property string operations
                    required property string pay
                    required property bool failed
                    required property bool running

                    width: jobList.width
                    implicitHeight: 28
                    color: job.ListView.isCurrentItem && jobList.activeFocus
                           ? Theme.selection : job.index % 2 ? Theme.window : Theme.surface
                    Accessible.role: Accessible.ListItem
                    Accessible.name: job.kind + ", " + job.time + ", " + job.operations + ", "
                                     + (job.failed ? qsTr("failed") : job.pay)

                    RowLayout {
                        anchors.fill: parent
                        anchors.leftMargin: 8
                        anchors.rightMargin: 8
                        spacing: 12

                        Label {
                            Layout.preferredWidth: 140
                            text: job.kind
                            color: Theme.text
                            font.pixelSize: Theme.captionSize
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.preferredWidth: 130
                            text: job.time
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.fillWidth: true
                            text: job.operations
                            color: Theme.secondaryText
                            font.pixelSize: Theme.captionSize
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                        }
                        Label {
                            Layout.preferredWidth: 140
                            text: job.failed ? qsTr("failed, paid nothing")
                                             : job.running ? qsTr("running") : job.pay
                            color: job.failed ? Theme.negative : Theme.text
                            font.pixelSize: Theme.captionSize
                            font.italic: job.failed || job.running
                            horizontalAlignment: Text.AlignRight
                            elide: Text.ElideRight
                        }
                    }
                }
            }
        }
    }
}
