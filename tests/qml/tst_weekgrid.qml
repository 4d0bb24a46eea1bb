import QtQuick
import QtTest
import Idlefleet.App
import Idlefleet.Policy

// The week grid on its own: drawing, dragging and the keyboard edit the model it is given.
Item {
    id: root

    width: 1100
    height: 320

    WeekWindowsModel {
        id: windowsModel
    }

    WeekGrid {
        id: grid

        // 960 px for 1440 minutes: two thirds of a pixel a minute.
        width: grid.labelWidth + 960
        height: implicitHeight
        windows: windowsModel
    }

    SignalSpy {
        id: emptied

        target: grid
        signalName: "emptied"
    }

    TestCase {
        name: "WeekGrid"
        when: windowShown

        function xAt(minute) {
            return grid.labelWidth + minute * grid.minuteWidth
        }
        function yAt(day) {
            return grid.headerHeight + day * grid.rowHeight + grid.rowHeight / 2
        }
        function windowAt(index) {
            const w = windowsModel.get(index)
            return [w.daysMask, w.startMinute, w.endMinute]
        }
        function drag(fromX, fromY, toX, toY) {
            mousePress(grid, fromX, fromY)
            // In steps, as a hand does.
            for (let i = 1; i <= 4; ++i)
                mouseMove(grid, fromX + (toX - fromX) * i / 4, fromY + (toY - fromY) * i / 4)
            mouseRelease(grid, toX, toY)
        }

        function init() {
            while (windowsModel.count > 0)
                windowsModel.removeWindow(0)
            grid.selectedWindow = -1
            emptied.clear()
        }

        function test_drawingCreatesAWindowOnThatDayRoundedTo15Minutes() {
            // Wednesday, from 08:04 to 10:49 (a pixel is a minute and a half here).
            drag(xAt(484), yAt(2), xAt(649), yAt(2))
            compare(windowsModel.count, 1)
            compare(windowAt(0), [4, 480, 645]) // Wednesday only, 08:00–10:45
            compare(grid.selectedWindow, 0)
        }

        function test_drawingBackwardsAndOverSeveralDays() {
            // From Friday 14:05 back up to Tuesday 11:56: Tuesday to Friday, 12:00–14:00.
            drag(xAt(845), yAt(4), xAt(716), yAt(1))
            compare(windowsModel.count, 1)
            compare(windowAt(0), [2 | 4 | 8 | 16, 720, 840])
        }

        function test_drawingToTheEndOfTheDay() {
            drag(xAt(1320), yAt(6), xAt(1440), yAt(6))
            compare(windowAt(0), [64, 1320, 1440])
        }

        function test_aClickOnAnEmptyAreaAddsNothing() {
            mouseClick(grid, xAt(300), yAt(3))
            compare(windowsModel.count, 0)
        }

        function test_draggingAWindowMovesItInTimeAndDays() {
            windowsModel.addWindow(2, 600, 720) // Tuesday 10:00–12:00
            // Grabbed in the middle, moved 1 h 30 later and one row down.
            drag(xAt(660), yAt(1), xAt(750), yAt(2))
            compare(windowsModel.count, 1)
            compare(windowAt(0), [4, 690, 810]) // Wednesday 11:30–13:30
            compare(grid.selectedWindow, 0)
        }

        function test_draggingPastMidnightMovesTheDay() {
            windowsModel.addWindow(1, 1260, 1380) // Monday 21:00–23:00
            drag(xAt(1320), yAt(0), xAt(1440), yAt(0)) // two hours later
            compare(windowAt(0), [1, 1380, 60]) // Monday 23:00 – 01:00 on Tuesday
        }

        function test_draggingTheEdgesResizes() {
            windowsModel.addWindow(1, 600, 720) // Monday 10:00–12:00
            drag(xAt(720) - 1, yAt(0), xAt(780), yAt(0))
            compare(windowAt(0), [1, 600, 780])
            drag(xAt(600) + 1, yAt(0), xAt(555), yAt(0))
            compare(windowAt(0), [1, 555, 780])
            // Never shorter than 15 minutes.
            drag(xAt(780) - 1, yAt(0), xAt(300), yAt(0))
            compare(windowAt(0), [1, 555, 570])
        }

        function test_keyboardMovesResizesAndDeletes() {
            windowsModel.addWindow(1, 600, 720)
            grid.focusWindow(0)
            verify(grid.activeFocus)
            keyClick(Qt.Key_Right)
            compare(windowAt(0), [1, 615, 735])
            keyClick(Qt.Key_Left)
            keyClick(Qt.Key_Left)
            compare(windowAt(0), [1, 585, 705])
            keyClick(Qt.Key_Down)
            compare(windowAt(0), [2, 585, 705])
            keyClick(Qt.Key_Up)
            keyClick(Qt.Key_Up)
            compare(windowAt(0), [64, 585, 705]) // Monday back to Sunday
            keyClick(Qt.Key_Right, Qt.ShiftModifier)
            compare(windowAt(0), [64, 585, 720]) // end later
            keyClick(Qt.Key_Left, Qt.ShiftModifier)
            keyClick(Qt.Key_Left, Qt.ShiftModifier)
            compare(windowAt(0), [64, 585, 690]) // end earlier
            keyClick(Qt.Key_Up, Qt.ShiftModifier)
            compare(windowAt(0), [64, 570, 690]) // start earlier
            keyClick(Qt.Key_Down, Qt.ShiftModifier)
            compare(windowAt(0), [64, 585, 690]) // start later
            verify(grid.activeFocus) // still on the window after every change
            keyClick(Qt.Key_Delete)
            compare(windowsModel.count, 0)
            compare(emptied.count, 1)
        }

        function test_tabReachesEveryWindowAndDeleteMovesOn() {
            windowsModel.addWindow(1, 60, 120)
            windowsModel.addWindow(8, 600, 660)
            windowsModel.addWindow(64, 1320, 360)
            grid.focusWindow(0)
            compare(grid.selectedWindow, 0)
            keyClick(Qt.Key_Tab)
            compare(grid.selectedWindow, 1)
            keyClick(Qt.Key_Tab)
            compare(grid.selectedWindow, 2)
            keyClick(Qt.Key_Delete)
            compare(windowsModel.count, 2)
            compare(grid.selectedWindow, 1) // the focus moved to the window before
            verify(grid.activeFocus)
            keyClick(Qt.Key_Backspace)
            compare(windowsModel.count, 1)
            compare(windowAt(0), [1, 60, 120])
        }

        function test_aWindowPastMidnightIsDrawnOnTwoDays() {
            windowsModel.addWindow(64, 1320, 360) // Sunday 22:00 – Monday 06:00
            const blocks = windowsModel.blocks
            compare(blocks.length, 2)
            compare(blocks[0].day, 6)
            compare(blocks[1].day, 0)
            // Its Monday part is grabbed and moved like the rest of it.
            drag(xAt(180), yAt(0), xAt(240), yAt(0))
            compare(windowAt(0), [64, 1380, 420])
        }
    }
}
