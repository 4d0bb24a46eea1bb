import QtQuick
import QtQuick.Controls
import QtQuick.Layouts
import Idlefleet.App

// The battery floor, the resume level and the departures.
SectionCard {
    id: root

    required property PolicyEditor editor
    property alias minSocFrame: minSocFrame
    property alias resumeFrame: resumeFrame
    property alias departuresFrame: departuresFrame
    property alias minSocField: minSocField
    property alias resumeSocField: resumeSocField

    title: qsTr("Battery")
    subtitle: qsTr("What the car keeps for driving.")

    // The engine's message for a field, or nothing.
    function errorOf(key: string): string {
        const errors = root.editor.errors
        return errors[key] ?? ""
    }

    FieldFrame {
        id: minSocFrame

        fieldKey: "minSocPercent"
        label: qsTr("Battery floor")
        help: qsTr("Contributing stops at this state of charge.")
        error: root.errorOf("minSocPercent")
        focusTarget: minSocField.field

        RowLayout {
            Layout.fillWidth: true
            spacing: 12

            Slider {
                id: minSocSlider

                Layout.fillWidth: true
                from: 0
                to: 95
                stepSize: 1
                snapMode: Slider.SnapAlways
                value: root.editor.minSocPercent
                Accessible.name: qsTr("Battery floor, percent")
                onMoved: root.editor.minSocPercent = Math.round(minSocSlider.value)
            }
            ValueField {
                id: minSocField

                value: root.editor.minSocPercent
                unit: "%"
                editor: root.editor
                inputKey: "minSocPercent"
                accessibleName: qsTr("Battery floor, percent")
                onValueEdited: (value) => root.editor.minSocPercent = value
            }
        }
    }
    FieldFrame {
        id: resumeFrame

        fieldKey: "resumeSocPercent"
        label: qsTr("Resume level")
        help: root.editor.resumeSocPercent === 0
              ? qsTr("0: starts again at the floor + 5 % (%1 %).").arg(root.editor.minSocPercent + 5)
              : qsTr("After stopping, it starts again only at this state of charge.")
        error: root.errorOf("resumeSocPercent")
        focusTarget: resumeSocField.field

        ValueField {
            id: resumeSocField

            value: root.editor.resumeSocPercent
            unit: "%"
            editor: root.editor
            inputKey: "resumeSocPercent"
            accessibleName: qsTr("Resume level, percent")
            onValueEdited: (value) => root.editor.resumeSocPercent = value
        }
    }
    FieldFrame {
        id: departuresFrame

        fieldKey: "departures"
        label: qsTr("Departures")
        help: qsTr("From 12 hours before a trip the car keeps the charge it needs.")
        focusTarget: departuresEditor.addButton

        DeparturesEditor {
            id: departuresEditor

            Layout.fillWidth: true
            editor: root.editor
        }
    }
}
