pragma ComponentBehavior: Bound
import QtQuick
import QtQuick.Controls
import Idlefleet.App
import Idlefleet.Components

// The week as seven rows (Monday first) of 24 hours, editing the weekly windows of `windows`:
// drag on an empty area to draw a window, drag a window to move it (sideways: time, up and
// down: days), drag its ends to resize it. Tab reaches each window; the arrows move it by
// 15 minutes or a day, Shift+Left/Right move its end, Shift+Up/Down its start, Delete removes.
FocusScope {
    id: root

    required property WeekWindowsModel windows
    property int selectedWindow: -1
    readonly property int step: 15
    property int labelWidth: 88
    readonly property int headerHeight: 22
    property int rowHeight: 34
    readonly property real minuteWidth: Math.max(0, width - labelWidth) / 1440
    // The press being dragged: {mode: draw|move|start|end, window, origin, x, y, day, minute}.
    property var gesture: null
    // A mouse button is down on the grid: the page keeps still under the hand. Set before the
    // press takes the focus (MouseArea.pressed changes only after onPressed).
    property bool pointerPressed: false

    // The last window was deleted from the keyboard: the caller moves focus on.
    signal emptied()
    // Enter on a window: the caller may show its details.
    signal windowActivated(int index)

    implicitWidth: labelWidth + 24 * 36
    // Escape while dragging puts the window back where it was.
    Keys.onEscapePressed: (event) => {
        const g = root.gesture
        event.accepted = g !== null
        if (!g)
            return
        if (g.mode === "draw" && g.window >= 0)
            root.windows.removeWindow(g.window)
        else if (g.mode !== "draw")
            root.windows.setWindow(g.window, g.origin.daysMask, g.origin.startMinute, g.origin.endMinute)
        root.gesture = null
    }
    implicitHeight: headerHeight + 7 * rowHeight
    Accessible.role: Accessible.Table
    Accessible.name: qsTr("Weekly windows, Monday to Sunday")
    Accessible.description: qsTr("Drag on an empty area to add a window; drag a window to move it or its ends to resize it.")

    function snap(minutes: real): int {
        return Math.round(minutes / root.step) * root.step
    }
    function minuteAt(x: real): real {
        return Math.max(0, Math.min(1440, (x - root.labelWidth) / Math.max(root.minuteWidth, 0.0001)))
    }
    function dayAt(y: real): int {
        return Math.floor((y - root.headerHeight) / root.rowHeight)
    }
    function xOf(minute: real): real {
        return root.labelWidth + minute * root.minuteWidth
    }
    // The window (and which part of it) under a point, or null.
    function hit(x: real, y: real): var {
        const day = root.dayAt(y)
        if (day < 0 || day > 6 || x < root.labelWidth)
            return null
        const blocks = root.windows.blocks
        for (let i = blocks.length - 1; i >= 0; --i) {
            const b = blocks[i]
            if (b.day !== day)
                continue
            const x0 = root.xOf(b.start)
            const x1 = root.xOf(b.end)
            const grip = Math.min(6, (x1 - x0) / 3)
            if (b.first && Math.abs(x - x0) <= grip)
                return { window: b.window, part: "start" }
            if (b.last && Math.abs(x - x1) <= grip)
                return { window: b.window, part: "end" }
            if (x >= x0 && x <= x1)
                return { window: b.window, part: "move" }
        }
        return null
    }
    function focusWindow(index: int): void {
        root.selectedWindow = index
        const item = windowRepeater.itemAt(index)
        if (item)
            item.forceActiveFocus()
    }
    function removeWindow(index: int): void {
        root.windows.removeWindow(index)
        if (root.windows.count === 0) {
            root.selectedWindow = -1
            root.emptied()
        } else {
            root.focusWindow(Math.min(index, root.windows.count - 1))
        }
    }

    // Hours across the top.
    Repeater {
        model: 25

        delegate: Item {
            id: hourMark

            required property int index

            x: root.xOf(hourMark.index * 60)
            y: 0
            width: 1
            height: root.height

            Rectangle {
                y: root.headerHeight
                width: 1
                height: parent.height - root.headerHeight
                color: Theme.divider
                opacity: hourMark.index % 6 === 0 ? 1 : 0.5
            }
            Label {
                visible: hourMark.index < 24
                         && (root.minuteWidth * 60 >= 30 || hourMark.index % 3 === 0)
                x: 3
                text: PolicyFormat.minute(hourMark.index * 60).substring(0, 2)
                color: Theme.secondaryText
                font.pixelSize: Theme.captionSize
                Accessible.ignored: true
            }
        }
    }

    // The days down the side, with a band for each row.
    Repeater {
        model: 7

        delegate: Item {
            id: dayRow

            required property int index

            x: 0
            y: root.headerHeight + dayRow.index * root.rowHeight
            width: root.width
            height: root.rowHeight

            Rectangle {
                x: root.labelWidth
                width: parent.width - root.labelWidth
                height: parent.height
                color: dayRow.index % 2 === 0 ? Qt.rgba(Theme.text.r, Theme.text.g, Theme.text.b, 0.03)
                                              : "transparent"
                border.width: 0
            }
            Rectangle {
                x: root.labelWidth
                y: parent.height - 1
                width: parent.width - root.labelWidth
                height: 1
                color: Theme.divider
            }
            Label {
                anchors.verticalCenter: parent.verticalCenter
                width: root.labelWidth - 8
                text: Theme.locale.dayName((dayRow.index + 1) % 7, Locale.ShortFormat)
                color: Theme.text
                font.pixelSize: Theme.bodySize
                elide: Text.ElideRight
                Accessible.ignored: true
            }
        }
    }

    // One focusable item per window, drawing its blocks (one per day it touches).
    Repeater {
        id: windowRepeater

        model: root.windows

        delegate: Item {
            id: windowItem

            required property int index
            required property var blocks
            required property string summary
            required property string error
            readonly property bool selected: root.selectedWindow === windowItem.index

            anchors.fill: parent
            activeFocusOnTab: true
            Accessible.role: Accessible.Button
            Accessible.name: qsTr("Window %1: %2").arg(windowItem.index + 1).arg(windowItem.summary)
            Accessible.description: qsTr("Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.")
            Accessible.focusable: true
            onActiveFocusChanged: if (activeFocus) root.selectedWindow = windowItem.index

            Keys.onPressed: (event) => {
                const shift = (event.modifiers & Qt.ShiftModifier) !== 0
                let handled = true
                switch (event.key) {
                case Qt.Key_Left:
                    if (shift) root.windows.resizeWindow(windowItem.index, 0, -root.step)
                    else root.windows.moveWindow(windowItem.index, -root.step, 0)
                    break
                case Qt.Key_Right:
                    if (shift) root.windows.resizeWindow(windowItem.index, 0, root.step)
                    else root.windows.moveWindow(windowItem.index, root.step, 0)
                    break
                case Qt.Key_Up:
                    if (shift) root.windows.resizeWindow(windowItem.index, -root.step, 0)
                    else root.windows.moveWindow(windowItem.index, 0, -1)
                    break
                case Qt.Key_Down:
                    if (shift) root.windows.resizeWindow(windowItem.index, root.step, 0)
                    else root.windows.moveWindow(windowItem.index, 0, 1)
                    break
                case Qt.Key_Delete:
                case Qt.Key_Backspace:
                    root.removeWindow(windowItem.index)
                    break
                case Qt.Key_Return:
                case Qt.Key_Enter:
                    root.windowActivated(windowItem.index)
                    break
                default:
                    handled = false
                }
                event.accepted = handled
            }

            Repeater {
                model: windowItem.blocks

                delegate: Rectangle {
                    id: block

                    required property var modelData
                    readonly property color tone: windowItem.error.length > 0 ? Theme.negative : Theme.accent

                    x: root.xOf(block.modelData.start)
                    y: root.headerHeight + block.modelData.day * root.rowHeight + 4
                    width: Math.max(2, root.xOf(block.modelData.end) - x)
                    height: root.rowHeight - 9
                    radius: 5
                    color: Qt.rgba(block.tone.r, block.tone.g, block.tone.b,
                                   windowItem.selected ? 0.85 : 0.6)
                    border.width: windowItem.activeFocus ? 2 : (windowItem.selected ? 1 : 0)
                    border.color: windowItem.activeFocus ? Theme.text : block.tone

                    // Grips on the ends that can be dragged.
                    Rectangle {
                        visible: block.modelData.first && windowItem.selected && block.width > 16
                        x: 3
                        anchors.verticalCenter: parent.verticalCenter
                        width: 3
                        height: parent.height / 2
                        radius: 1
                        color: "white"
                        opacity: 0.8
                    }
                    Rectangle {
                        visible: block.modelData.last && windowItem.selected && block.width > 16
                        x: parent.width - 6
                        anchors.verticalCenter: parent.verticalCenter
                        width: 3
                        height: parent.height / 2
                        radius: 1
                        color: "white"
                        opacity: 0.8
                    }
                    Label {
                        anchors.centerIn: parent
                        visible: block.modelData.first && implicitWidth + 16 < block.width
                        text: windowItem.summary.substring(windowItem.summary.indexOf(",") + 2)
                        color: "white"
                        font.pixelSize: Theme.captionSize
                        font.weight: Font.DemiBold
                        Accessible.ignored: true
                    }
                }
            }
        }
    }

    MouseArea {
        id: mouse

        x: root.labelWidth
        y: root.headerHeight
        width: root.width - root.labelWidth
        height: 7 * root.rowHeight
        hoverEnabled: true
        preventStealing: true
        cursorShape: {
            if (root.gesture)
                return root.gesture.mode === "move" ? Qt.ClosedHandCursor
                     : root.gesture.mode === "draw" ? Qt.CrossCursor : Qt.SizeHorCursor
            const h = root.hit(mouse.mouseX + root.labelWidth, mouse.mouseY + root.headerHeight)
            if (!h)
                return Qt.CrossCursor
            return h.part === "move" ? Qt.OpenHandCursor : Qt.SizeHorCursor
        }

        onPressed: (event) => {
            root.pointerPressed = true
            const x = event.x + root.labelWidth
            const y = event.y + root.headerHeight
            const h = root.hit(x, y)
            if (h) {
                root.focusWindow(h.window)
                root.gesture = { mode: h.part, window: h.window, origin: root.windows.get(h.window),
                                 x: x, y: y }
            } else {
                root.forceActiveFocus()
                root.selectedWindow = -1
                root.gesture = { mode: "draw", window: -1, day: Math.max(0, Math.min(6, root.dayAt(y))),
                                 minute: root.snap(root.minuteAt(x)) }
            }
        }
        onPositionChanged: (event) => {
            const g = root.gesture
            if (!g || !mouse.pressed)
                return
            const x = event.x + root.labelWidth
            const y = event.y + root.headerHeight
            if (g.mode === "draw") {
                const m = root.snap(root.minuteAt(x))
                const start = Math.min(g.minute, m)
                const end = Math.max(g.minute, m)
                const day = Math.max(0, Math.min(6, root.dayAt(y)))
                let mask = 0
                for (let d = Math.min(day, g.day); d <= Math.max(day, g.day); ++d)
                    mask |= 1 << d
                if (end - start < root.step)
                    return
                if (g.window < 0) {
                    g.window = root.windows.addWindow(mask, start, end)
                    root.selectedWindow = g.window
                } else {
                    root.windows.setWindow(g.window, mask, start, end)
                }
                return
            }
            const minutes = root.snap((x - g.x) / Math.max(root.minuteWidth, 0.0001))
            const o = g.origin
            const next = g.mode === "move"
                    ? root.windows.shifted(o.daysMask, o.startMinute, o.endMinute, minutes,
                                           Math.round((y - g.y) / root.rowHeight))
                    : root.windows.resized(o.daysMask, o.startMinute, o.endMinute,
                                           g.mode === "start" ? minutes : 0,
                                           g.mode === "end" ? minutes : 0)
            root.windows.setWindow(g.window, next.daysMask, next.startMinute, next.endMinute)
        }
        onReleased: {
            const g = root.gesture
            root.gesture = null
            // The window drawn takes the focus with the button still down: the page keeps still.
            if (g && g.window >= 0)
                root.focusWindow(g.window)
            root.pointerPressed = false
        }
        onCanceled: {
            root.pointerPressed = false
            root.gesture = null
        }
    }
}
