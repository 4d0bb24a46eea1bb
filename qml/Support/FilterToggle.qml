import QtQuick
import QtQuick.Controls

// A button that shows or hides one category of the timeline.
Button {
    id: root

    /// The EventTimelineModel.Category this button stands for.
    required property int category
    /// The categories shown now (EventTimelineModel.categories).
    required property int categories

    signal toggledCategory(int category, bool enabled)

    checkable: true
    checked: (root.categories & root.category) !== 0
    Accessible.role: Accessible.CheckBox
    Accessible.checkable: true
    Accessible.checked: root.checked
    onToggled: root.toggledCategory(root.category, root.checked)
}
