import QtQuick
import QtQuick.Layouts
import Idlefleet.App

// The weekly windows: the grid to draw on and the list to type in.
SectionCard {
    id: root

    required property PolicyEditor editor
    property alias windowsFrame: windowsFrame
    property alias grid: grid

    title: qsTr("Weekly windows")
    subtitle: qsTr("When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.")

    FieldFrame {
        id: windowsFrame

        fieldKey: "windows"
        focusTarget: grid.windows.count > 0 ? grid as Item : windowList.addButton as Item
        help: qsTr("Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.")

        WeekGrid {
            id: grid

            Layout.fillWidth: true
            Layout.preferredHeight: implicitHeight
            windows: root.editor.windows
            onEmptied: windowList.addButton.forceActiveFocus()
            onFocusChanged: if (focus && grid.windows.count > 0 && grid.selectedWindow < 0)
                                grid.focusWindow(0)
        }
        WindowList {
            id: windowList

            Layout.fillWidth: true
            editor: root.editor
            selectedWindow: grid.selectedWindow
            onSelectWindow: (index) => grid.selectedWindow = index
        }
    }
}
