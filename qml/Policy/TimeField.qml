import QtQuick
import QtQuick.Controls
import Idlefleet.App
import Idlefleet.Components

// A time of day typed as "22:00". A time is handed on through `minuteEdited`; other text is
// reported to the editor as the field's message (`inputKey`), which keeps Apply disabled.
TextField {
    placeholderTextColor: Theme.secondaryText
    id: root

    property int minute
    property bool allowEndOfDay: false
    property PolicyEditor editor
    property string inputKey

    signal minuteEdited(int minute)

    implicitWidth: 78
    placeholderText: qsTr("hh:mm")
    inputMethodHints: Qt.ImhPreferNumbers
    horizontalAlignment: TextInput.AlignHCenter
    selectByMouse: true

    function show(): void {
        if (PolicyFormat.parseMinute(root.text, root.allowEndOfDay) !== root.minute)
            root.text = PolicyFormat.minute(root.minute)
    }
    function report(message: string): void {
        if (root.editor && root.inputKey.length > 0)
            root.editor.setInputError(root.inputKey, message)
    }

    Component.onCompleted: root.text = PolicyFormat.minute(root.minute)
    Component.onDestruction: root.report("")
    onMinuteChanged: if (!root.activeFocus) root.show()
    onTextEdited: {
        const value = PolicyFormat.parseMinute(root.text, root.allowEndOfDay)
        if (value < 0) {
            root.report(root.allowEndOfDay ? qsTr("Enter a time from 00:00 to 24:00, such as 22:30.")
                                           : qsTr("Enter a time from 00:00 to 23:59, such as 07:30."))
            return
        }
        root.report("")
        root.minuteEdited(value)
    }
    onEditingFinished: if (PolicyFormat.parseMinute(root.text, root.allowEndOfDay) >= 0) root.show()
}
