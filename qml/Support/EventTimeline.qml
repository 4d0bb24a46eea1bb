import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// The car's events, newest first, with a toggle per kind, a search field and the range.
// Arrow keys move through the list once it has focus (Tab reaches it).
Rectangle {
    id: root

    required property EventTimelineModel model

    function toggle(category: int, enabled: bool): void {
        root.model.setCategoryEnabled(category, enabled)
    }

    radius: Theme.radius
    color: Theme.surface
    border.color: Theme.divider

    ColumnLayout {
        anchors.fill: parent
        anchors.margins: 16
        spacing: 8

        RowLayout {
            Layout.fillWidth: true
            spacing: Theme.spacing

            Label {
                text: qsTr("Event timeline")
                color: Theme.text
                font.pixelSize: Theme.headingSize
                font.weight: Font.DemiBold
                Accessible.role: Accessible.Heading
                Accessible.name: text
            }
            Label {
                Layout.fillWidth: true
                text: qsTr("%L1 of %Ln event(s)", "", root.model.totalCount).arg(root.model.count)
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
            }
            ComboBox {
                id: rangeBox

                Layout.preferredWidth: 150
                model: [
                    { days: 1, text: qsTr("Last day") },
                    { days: 7, text: qsTr("Last 7 days") },
                    { days: 31, text: qsTr("Last 31 days") },
                    { days: 90, text: qsTr("Last 90 days") }
                ]
                textRole: "text"
                valueRole: "days"
                Accessible.name: qsTr("How far back the timeline reaches")
                Component.onCompleted: rangeBox.currentIndex = rangeBox.indexOfValue(root.model.days)
                onActivated: root.model.days = rangeBox.currentValue
            }
        }

        Flow {
            Layout.fillWidth: true
            spacing: 6

            FilterToggle {
                text: qsTr("Contribution")
                Accessible.name: qsTr("Show contribution events")
                category: EventTimelineModel.Contribution
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
            FilterToggle {
                text: qsTr("Plugging")
                Accessible.name: qsTr("Show plug-in and unplug events")
                category: EventTimelineModel.Plugging
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
            FilterToggle {
                text: qsTr("Jobs")
                Accessible.name: qsTr("Show failed jobs")
                category: EventTimelineModel.Jobs
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
            FilterToggle {
                text: qsTr("Connectivity")
                Accessible.name: qsTr("Show connection events")
                category: EventTimelineModel.Connectivity
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
            FilterToggle {
                text: qsTr("Keys")
                Accessible.name: qsTr("Show key events")
                category: EventTimelineModel.AccessKeys
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
            FilterToggle {
                text: qsTr("Policy")
                Accessible.name: qsTr("Show policy changes")
                category: EventTimelineModel.Policy
                categories: root.model.categories
                onToggledCategory: (category, enabled) => root.toggle(category, enabled)
            }
        }

        TextField {
            placeholderTextColor: Theme.secondaryText
            Layout.fillWidth: true
            placeholderText: qsTr("Search the events (a reason, a key, a cause…)")
            text: root.model.searchText
            selectByMouse: true
            Accessible.name: qsTr("Search the events")
            onTextEdited: root.model.searchText = text
        }

        Label {
            Layout.fillWidth: true
            visible: root.model.errorMessage.length > 0 || root.model.loading
            text: root.model.errorMessage.length > 0
                  ? (root.model.totalCount > 0
                     ? qsTr("Could not refresh (%1). Showing what was fetched earlier.").arg(root.model.errorMessage)
                     : root.model.errorMessage)
                  : qsTr("Loading…")
            color: root.model.errorMessage.length > 0
                   ? (root.model.totalCount > 0 ? Theme.warning : Theme.negative)
                   : Theme.secondaryText
            font.pixelSize: Theme.bodySize
            wrapMode: Text.Wrap
            Accessible.role: Accessible.AlertMessage
            Accessible.name: text
        }

        ListView {
            id: list

            Layout.fillWidth: true
            Layout.fillHeight: true
            clip: true
            model: root.model
            activeFocusOnTab: true
            keyNavigationEnabled: true
            highlightMoveDuration: 0
            currentIndex: -1
            Accessible.role: Accessible.List
            Accessible.name: qsTr("Events")
            ScrollBar.vertical: ScrollBar {}
            onActiveFocusChanged: {
                if (list.activeFocus && list.currentIndex < 0 && list.count > 0)
                    list.currentIndex = 0
            }

            highlight: Rectangle {
                color: Qt.rgba(Theme.accent.r, Theme.accent.g, Theme.accent.b, 0.14)
                border.color: Theme.accent
                radius: 6
            }
            delegate: EventDelegate {
                width: ListView.view.width
            }

            Label {
                anchors.centerIn: parent
                visible: list.count === 0 && !root.model.loading && root.model.errorMessage.length === 0
                text: root.model.totalCount > 0 ? qsTr("No event matches the filters.")
                                                : qsTr("No events in this range.")
                color: Theme.secondaryText
                font.pixelSize: Theme.bodySize
            }
        }
    }
}
