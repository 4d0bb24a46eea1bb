import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App
import Idlefleet.Components

// A number typed as text with its unit: a whole number, an amount of money (in the currency's
// units, kept as micros) or energy (in kWh, kept as Wh). A number is handed on through
// `valueEdited` and checked by the policy engine; other text is reported to the editor as the
// field's message (`inputKey`), which keeps Apply disabled.
RowLayout {
    id: root

    enum Kind { Integer, Money, KilowattHours }

    property int kind: ValueField.Integer
    property double value
    property string unit
    property string accessibleName
    property PolicyEditor editor
    property string inputKey
    property alias field: input
    property alias placeholderText: input.placeholderText

    signal valueEdited(double value)

    spacing: 6

    function format(value: double): string {
        switch (root.kind) {
        case ValueField.Money: return PolicyFormat.money(value)
        case ValueField.KilowattHours: return PolicyFormat.kilowattHours(value)
        default: return String(Math.round(value))
        }
    }
    function parse(text: string): var {
        switch (root.kind) {
        case ValueField.Money: return PolicyFormat.parseMoney(text)
        case ValueField.KilowattHours: return PolicyFormat.parseKilowattHours(text)
        default: return /^\s*[-+]?\d{1,9}\s*$/.test(text) ? parseInt(text, 10) : undefined
        }
    }
    function show(): void {
        if (root.parse(input.text) !== root.value)
            input.text = root.format(root.value)
    }
    function report(message: string): void {
        if (root.editor && root.inputKey.length > 0)
            root.editor.setInputError(root.inputKey, message)
    }

    Component.onCompleted: input.text = root.format(root.value)
    Component.onDestruction: root.report("")
    onValueChanged: if (!input.activeFocus) root.show()

    TextField {
        placeholderTextColor: Theme.secondaryText
        id: input

        Layout.preferredWidth: root.kind === ValueField.Integer ? 72 : 104
        horizontalAlignment: TextInput.AlignRight
        inputMethodHints: Qt.ImhFormattedNumbersOnly
        selectByMouse: true
        Accessible.name: root.accessibleName
        onTextEdited: {
            const value = root.parse(input.text)
            if (value === undefined) {
                root.report(root.kind === ValueField.Integer ? qsTr("Enter a whole number.")
                                                             : qsTr("Enter a number, such as 0.25."))
                return
            }
            root.report("")
            root.valueEdited(value)
        }
        onEditingFinished: if (root.parse(input.text) !== undefined) root.show()
    }
    Label {
        visible: root.unit.length > 0
        text: root.unit
        color: Theme.secondaryText
        font.pixelSize: Theme.bodySize
    }
}
