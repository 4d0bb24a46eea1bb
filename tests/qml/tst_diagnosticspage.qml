import QtQuick
import QtQuick.Controls
import QtTest
import Idlefleet.App
import Idlefleet.Support

// The diagnostics page without a car, and its timeline's toggles and search driven by mouse
// and keyboard: they change the model's filters.
Item {
    id: root

    width: 1280
    height: 900

    EventTimelineModel {
        id: timelineModel

        client: null
    }

    EventTimeline {
        id: timeline

        width: 700
        height: 560
        model: timelineModel
    }

    Component {
        id: pageComponent

        DiagnosticsPage {
            width: 1280
            height: 900
        }
    }

    TestCase {
        name: "DiagnosticsPage"
        when: windowShown

        function find(item, test) {
            if (test(item))
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = find(item.children[i], test)
                if (found)
                    return found
            }
            return null
        }

        function test_pageLoadsWithoutACar() {
            const page = createTemporaryObject(pageComponent, root)
            verify(page)
            const save = find(page, item => item.text === qsTr("Save support bundle…"))
            verify(save)
            verify(!save.enabled)
            verify(find(page, item => item.text === qsTr("Explain")))
        }

        function test_togglesSwitchCategories() {
            const jobs = find(timeline, item => item.text === qsTr("Jobs") && item.checkable)
            verify(jobs)
            verify(jobs.checked)
            mouseClick(jobs)
            compare(timelineModel.categories & EventTimelineModel.Jobs, 0)
            verify(!jobs.checked)
            jobs.forceActiveFocus()
            keyClick(Qt.Key_Space)
            verify(jobs.checked)
            compare(timelineModel.categories, EventTimelineModel.AllCategories)
        }

        function test_searchFieldSetsTheSearch() {
            const field = find(timeline, item => item.placeholderText !== undefined
                               && item.placeholderText.length > 0 && item.hasOwnProperty("selectByMouse"))
            verify(field)
            field.forceActiveFocus()
            keyClick(Qt.Key_K)
            keyClick(Qt.Key_E)
            keyClick(Qt.Key_Y)
            compare(timelineModel.searchText, "key")
        }
    }
}
