pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The range's contribution sessions; a column's header sorts by it (again: the other way).
Rectangle {
    id: root

    required property SessionsModel model

    function widthOf(column: int): real {
        return column < 2 ? 150 : Math.max(100, (table.width - 300) / 5)
    }

    implicitHeight: 440
    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
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
                text: qsTr("%n session(s)", "", root.model.count)
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
            clip: true
            model: root.model
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            columnWidthProvider: (column) => root.widthOf(column)
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("Contribution sessions")
            ScrollBar.vertical: ScrollBar {}
            onWidthChanged: table.forceLayout()

            delegate: Rectangle {
                id: cell

                required property string display
                required property int row
                required property int column
                required property bool negative

                implicitHeight: 32
                color: cell.row % 2 ? Theme.window : Theme.surface

                Label {
                    anchors.fill: parent
                    anchors.leftMargin: 8
                    anchors.rightMargin: 8
                    verticalAlignment: Text.AlignVCenter
                    horizontalAlignment: cell.column < 2 ? Text.AlignLeft : Text.AlignRight
                    text: cell.display
                    color: cell.negative ? Theme.negative : Theme.text
                    font.pixelSize: Theme.captionSize
                    elide: Text.ElideRight
                }
            }
        }
    }
}
