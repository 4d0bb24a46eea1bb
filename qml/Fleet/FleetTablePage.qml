pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// Every car of the organisation: sort on any column, filter, search, select; a row opens the
// car's dashboard. Thousands of rows: the table only makes the cells it shows.
Item {
    id: root

    // Any reason, then every reason the catalogue knows (Reasons, fed from the policy rules).
    readonly property var reasonCodes: root.prepended("", Reasons.codes)

    function prepended(first: var, rest: var): var {
        const all = Array.from(rest)
        all.unshift(first)
        return all
    }

    function widthOf(column: int): real {
        const weights = [1.6, 1.1, 1.2, 1.0, 0.7, 0.6, 2.0, 1.2, 0.8, 1.3]
        const total = 11.5
        // Wide enough for each column's heading with its sort arrow and for most of its values
        // in every language; narrower windows scroll the table sideways.
        const least = [150, 130, 160, 120, 90, 90, 320, 150, 130, 160]
        return Math.max(least[column], table.width * weights[column] / total)
    }

    // A link from the overview: "reason:CODE" or "group:NAME".
    function applyLink(): void {
        const link = Navigation.focusField
        if (link.startsWith("reason:")) {
            const code = link.substring(7)
            if (code === "offline") {
                stateBox.currentIndex = 5
            } else {
                reasonBox.currentIndex = Math.max(0, root.reasonCodes.indexOf(code))
            }
        } else if (link.startsWith("group:")) {
            filter.group = link.substring(6)
        }
    }

    Binding {
        target: Navigation
        property: "pageBusy"
        value: vehicles.loading
    }

    FleetVehicleModel {
        id: vehicles

        client: AppState.fleetClient
        Component.onCompleted: reload()
        onSelectionChanged: AppState.fleetSelection = vehicles.selectedIds()
    }

    FleetFilterModel {
        id: filter

        sourceModel: vehicles
        vehicleState: stateBox.currentIndex - 1
        reason: root.reasonCodes[reasonBox.currentIndex]
        belowFloor: belowFloorBox.checked
        offlineHours: offlineBox.value
        searchText: searchField.text
        Component.onCompleted: {
            sortBy(FleetVehicleModel.NameColumn)
            root.applyLink()
        }
    }

    Connections {
        target: vehicles

        function onGroupChanged(ok: bool, message: string) {
            groupMessage.text = message
            groupMessage.color = ok ? Theme.secondaryText : Theme.negative
            if (ok)
                groups.reload()
        }
    }

    Dialog {
        id: groupDialog

        anchors.centerIn: parent
        modal: true
        title: qsTr("Move %Ln car(s) to a group", "", vehicles.selectedCount)
        standardButtons: Dialog.Ok | Dialog.Cancel
        onOpened: groupName.forceActiveFocus()
        onAccepted: vehicles.moveSelectionToGroup(groupName.editText)

        ColumnLayout {
            spacing: 8

            Label {
                text: qsTr("A depot or a team: choose one or type a new name (empty: no group).")
                wrapMode: Text.Wrap
                Layout.preferredWidth: 380
            }
            ComboBox {
                id: groupName

                Layout.fillWidth: true
                editable: true
                model: groups.groupNames
                Accessible.name: qsTr("Group")
            }
        }
    }

    FleetOverview {
        id: groups

        client: AppState.fleetClient
        days: 1
        Component.onCompleted: reload()
    }

    Timer {
        interval: 60000
        running: vehicles.count > 0
        repeat: true
        onTriggered: vehicles.refresh()
    }

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 28
        spacing: 12

        PageHeader {
            Layout.fillWidth: true
            title: qsTr("Vehicles")
            subtitle: vehicles.errorMessage.length > 0
                      ? vehicles.errorMessage
                      : vehicles.loading
                        ? qsTr("Loading %L1 of %L2 cars…").arg(vehicles.loaded).arg(vehicles.total)
                        : qsTr("%L1 of %Ln car(s) shown, %L2 selected", "", vehicles.count)
                            .arg(filter.count).arg(vehicles.selectedCount)
            subtitleColor: vehicles.errorMessage.length > 0 ? Theme.warning : Theme.secondaryText
        }

        ProgressBar {
            Layout.fillWidth: true
            visible: vehicles.loading
            from: 0
            to: Math.max(1, vehicles.total)
            value: vehicles.loaded
            Accessible.name: qsTr("Loading the cars")
        }

        Flow {
            Layout.fillWidth: true
            spacing: 10

            TextField {
                placeholderTextColor: Theme.secondaryText
                id: searchField

                width: 220
                placeholderText: qsTr("Search by name or id")
                Accessible.name: qsTr("Search by name or id")
                selectByMouse: true
            }
            ComboBox {
                id: groupBox

                width: 190
                // qmllint disable type
                model: [qsTr("Every group")].concat(groups.groupNames)
                // qmllint enable type
                currentIndex: groups.groupIndex(filter.group) + 1
                Accessible.name: qsTr("Group")
                onActivated: (index) => filter.group = index === 0 ? "" : groups.groupNames[index - 1]
            }
            ComboBox {
                id: stateBox

                width: 160
                model: [qsTr("Any state"), qsTr("Contributing"), qsTr("Driving"), qsTr("Charging"),
                        qsTr("Idle"), qsTr("Out of reach")]
                Accessible.name: qsTr("State")
            }
            ComboBox {
                id: reasonBox

                width: 210
                model: root.prepended(qsTr("Any reason"), Reasons.labels)
                Accessible.name: qsTr("Reason it does not contribute")
            }
            CheckBox {
                id: belowFloorBox

                text: qsTr("Below the battery floor")
            }
            RowLayout {
                Label {
                    text: qsTr("Out of reach for over")
                    color: Theme.text
                }
                SpinBox {
                    id: offlineBox

                    from: 0
                    to: 720
                    editable: true
                    Accessible.name: qsTr("Out of reach for more than this many hours (0: any)")
                }
                Label {
                    text: qsTr("hours")
                    color: Theme.text
                }
            }
        }

        RowLayout {
            Layout.fillWidth: true
            spacing: 10

            Button {
                text: qsTr("Select all shown")
                onClicked: filter.selectAllVisible()
            }
            Button {
                text: qsTr("Clear the selection")
                enabled: vehicles.selectedCount > 0
                onClicked: filter.clearSelection()
            }
            Button {
                text: qsTr("Move to a group…")
                enabled: vehicles.selectedCount > 0
                onClicked: groupDialog.open()
            }
            Button {
                text: qsTr("Apply a policy to %Ln car(s)…", "", vehicles.selectedCount)
                enabled: vehicles.selectedCount > 0
                highlighted: true
                onClicked: Navigation.navigate(Navigation.FleetBulk)
            }
            Item {
                Layout.fillWidth: true
            }
            Button {
                visible: filter.outdated
                text: qsTr("Sort again with the newest values")
                onClicked: filter.reapply()
            }
        }

        // The header: a button per column; a second press sorts the other way.
        Item {
            Layout.fillWidth: true
            implicitHeight: 36
            clip: true

            Row {
                x: -table.contentX

                Repeater {
                    model: FleetVehicleModel.ColumnCount

                    delegate: ItemDelegate {
                        id: headerCell

                        required property int index
                        readonly property string title: vehicles.headerData(headerCell.index, Qt.Horizontal)
                        readonly property bool sorted: filter.sortedColumn === headerCell.index

                        width: root.widthOf(headerCell.index)
                        height: 36
                        padding: 8
                        activeFocusOnTab: true
                        text: headerCell.sorted
                              ? headerCell.title + (filter.sortAscending ? " ▲" : " ▼")
                              : headerCell.title
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.DemiBold
                        Accessible.name: qsTr("Sort by %1").arg(headerCell.title)
                        onClicked: filter.sortBy(headerCell.index)
                    }
                }
            }
        }

        TableView {
            id: table

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: filter
            keyNavigationEnabled: true
            activeFocusOnTab: true
            boundsBehavior: Flickable.StopAtBounds
            columnWidthProvider: (column) => root.widthOf(column)
            selectionModel: ItemSelectionModel {
                model: filter
            }
            Accessible.role: Accessible.Table
            Accessible.name: qsTr("The organisation's cars")
            ScrollBar.vertical: ScrollBar {}
            onWidthChanged: table.forceLayout()
            Keys.onReturnPressed: {
                const row = table.selectionModel.currentIndex.row
                if (row >= 0)
                    AppState.openVehicle(filter.vehicleIdAt(row), Navigation.Dashboard)
            }
            Keys.onSpacePressed: {
                const row = table.selectionModel.currentIndex.row
                if (row >= 0)
                    filter.toggleSelected(row)
            }

            delegate: Rectangle {
                id: cell

                required property string display
                required property int row
                required property int column
                required property string vehicleId
                required property bool selected
                required property bool belowFloor
                required property bool online
                required property bool current

                implicitHeight: 34
                color: cell.current ? Qt.alpha(Theme.accent, 0.18)
                                    : cell.row % 2 ? Theme.window : Theme.surface
                Accessible.role: Accessible.Cell
                Accessible.name: cell.display

                RowLayout {
                    anchors.fill: parent
                    anchors.leftMargin: 6
                    anchors.rightMargin: 8
                    spacing: 4

                    CheckBox {
                        visible: cell.column === 0
                        checked: cell.selected
                        padding: 0
                        Accessible.name: qsTr("Select %1").arg(cell.display)
                        onToggled: filter.setSelected(cell.row, checked)
                    }
                    Label {
                        Layout.fillWidth: true
                        text: cell.display
                        color: (cell.column === 4 && cell.belowFloor) || (cell.column === 3 && !cell.online)
                               ? Theme.warning : Theme.text
                        font.pixelSize: Theme.captionSize
                        elide: Text.ElideRight
                        // A value longer than its column shows whole where the pointer rests.
                        property bool fullTextOnHover: true
                        ToolTip.visible: truncated && cellHover.hovered
                        ToolTip.delay: 600
                        ToolTip.text: text

                        HoverHandler {
                            id: cellHover
                        }
                    }
                }

                TapHandler {
                    onDoubleTapped: AppState.openVehicle(cell.vehicleId, Navigation.Dashboard)
                }
            }
        }

        Label {
            id: groupMessage

            Layout.fillWidth: true
            visible: text.length > 0
            color: Theme.secondaryText
        }
        Label {
            Layout.fillWidth: true
            text: qsTr("Double-click a car, or press Enter on it, to open its dashboard. Space selects it.")
            color: Theme.secondaryText
            font.pixelSize: Theme.captionSize
        }
    }
}
