import QtQuick
import QtTest
import Idlefleet.App
import Idlefleet.Policy

// The policy editor's page body: every invalid field shows the engine's message beside it and
// Apply stays disabled while anything is invalid; links reveal a field by its name.
Item {
    id: root

    readonly property string policyJson: JSON.stringify({
        enabled: true,
        timeZone: "Europe/Berlin",
        windows: [{ daysMask: 31, startMinute: 1320, endMinute: 360 }],
        minSocPercent: 40,
        resumeSocPercent: 45,
        requirePluggedIn: true,
        tariff: { currency: "EUR", defaultPriceMicrosPerKwh: "320000",
                  periods: [{ daysMask: 127, startMinute: 0, endMinute: 360,
                              priceMicrosPerKwh: "120000", offPeak: true }] },
        departures: [{ daysMask: 31, minute: 450, socPercent: 70 }],
        maxChipTempC: 85,
        maxDailyWh: "8000"
    })

    width: 1280
    height: 800

    PolicyEditor {
        id: editor

        client: null
        localClient: null
        refreshIntervalMs: 0
    }

    PolicyEditorView {
        id: view

        anchors.fill: parent
        editor: editor
        vehicleName: "Test car"
    }

    TestCase {
        name: "PolicyEditorView"
        when: windowShown

        // The visible item under `item` whose text is `text`, or null.
        function findText(item, text) {
            if (!item || !item.visible)
                return null
            if (item.text === text)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findText(item.children[i], text)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item) {
                const inContent = findText(item.contentItem, text)
                if (inContent)
                    return inContent
            }
            return null
        }
        // The visible text field under `item` whose accessible name is `name`, or null.
        function findField(item, name) {
            if (!item || !item.visible)
                return null
            if (item.Accessible.name === name && item.selectAll !== undefined)
                return item
            for (let i = 0; i < item.children.length; ++i) {
                const found = findField(item.children[i], name)
                if (found)
                    return found
            }
            if (item.contentItem && item.contentItem !== item)
                return findField(item.contentItem, name)
            return null
        }
        function typeInto(field, text) {
            field.forceActiveFocus()
            field.selectAll()
            keyClick(Qt.Key_Delete)
            for (let i = 0; i < text.length; ++i)
                keyClick(text[i])
        }

        function init() {
            // Offline: the car's policy is given, as if fetched at version 4.
            editor.vehicleId = "veh-test"
            verify(editor.loadJson(root.policyJson, 4))
            verify(editor.loaded)
            verify(editor.valid)
            verify(!view.applyButton.enabled)
        }

        function test_aValidEditEnablesApply() {
            typeInto(view.minSocField.field, "30")
            compare(editor.minSocPercent, 30)
            verify(editor.dirty)
            verify(view.applyButton.enabled)
        }

        function test_anInvalidFieldSaysWhatToChooseAndDisablesApply() {
            typeInto(view.minSocField.field, "99")
            compare(editor.minSocPercent, 99)
            // A sentence for a person, not the engine's JSON path (that stays for files).
            const message = "Choose a level from 0% to 95%."
            compare(editor.errors.minSocPercent, message)
            verify(findText(view.fieldItem("minSocPercent"), message) !== null,
                   "the message is shown beside the field")
            verify(!view.applyButton.enabled)
            // The resume level (45) is now below the floor: its own message beside it.
            verify(findText(view.fieldItem("resumeSocPercent"),
                            "Choose a level above the battery floor (99%) and at most 100%, or 0 to start again at the floor + 5%.") !== null)

            // Corrected: the messages go and Apply comes back.
            typeInto(view.minSocField.field, "35")
            verify(findText(view.fieldItem("minSocPercent"), message) === null)
            verify(editor.valid)
            verify(view.applyButton.enabled)
        }

        function test_textThatIsNoNumberIsAnError() {
            typeInto(view.resumeSocField.field, "abc")
            verify(!editor.valid)
            verify(findText(view.fieldItem("resumeSocPercent"), "Enter a whole number.") !== null)
            verify(!view.applyButton.enabled)
            typeInto(view.resumeSocField.field, "50")
            verify(editor.valid)
            compare(editor.resumeSocPercent, 50)
            verify(view.applyButton.enabled)
        }

        function test_moneyIsTypedInTheCurrencysUnits() {
            const price = findField(view.fieldItem("tariff"), "Price outside the periods, per kWh")
            verify(price !== null)
            compare(price.text, "0.32")
            typeInto(price, "0.295")
            compare(editor.defaultPriceMicrosPerKwh, 295000)
            verify(view.applyButton.enabled)
            typeInto(price, "0.3x")
            verify(findText(view.fieldItem("tariff"), "Enter a number, such as 0.25.") !== null)
            verify(!view.applyButton.enabled)
            // Beyond the largest amount the engine allows: a slip of the decimal point.
            typeInto(price, "2000000")
            verify(findText(view.fieldItem("tariff"),
                            "This amount is far too large for a price; check its decimal point.") !== null)
            verify(!view.applyButton.enabled)
        }

        function test_anInvalidWindowTimeTypedIsAnError() {
            const end = findField(view.fieldItem("windows"), "Window 1 ends at")
            verify(end !== null)
            compare(end.text, "06:00")
            typeInto(end, "25:00")
            verify(findText(view.fieldItem("windows"), "Enter a time from 00:00 to 24:00, such as 22:30.") !== null)
            verify(!view.applyButton.enabled)
            typeInto(end, "07:15")
            compare(editor.windows.get(0).endMinute, 435)
            verify(view.applyButton.enabled)
        }

        function test_anInvalidWindowTimeIsShownInItsRow() {
            editor.windows.setWindow(0, 31, 1320, 1500)
            const message = "Choose a time from 00:00 to 24:00."
            compare(editor.windows.errorsAt(0).endMinute, message)
            verify(findText(view.fieldItem("windows"), message) !== null)
            verify(!view.applyButton.enabled)
        }

        function test_aBadImportSaysWhyBesideTheButton() {
            verify(!editor.importJson('{"timeZone": "Europe/Berlin", "maxChipTempC": 400}'))
            verify(findText(view, "Not imported: policy.maxChipTempC: 400 is out of range 0..150") !== null)
            compare(editor.maxChipTempC, 85)
        }

        // The visible control under `item` (a switch or a button) whose text is `text`, or null.
        function findControl(item, text) {
            const label = findText(item, text)
            let control = label
            while (control && control.toggle === undefined && control.clicked === undefined)
                control = control.parent
            return control
        }

        function test_theEnergyCardSetsItsFieldsAndWorksOutTheWear() {
            // Only on the sun: the dashboard's reason code reveals the switch.
            verify(view.reveal("no_solar_surplus"))
            verify(view.fieldItem("solarOnly").focusTarget.activeFocus)
            keyClick(Qt.Key_Space)
            verify(editor.solarOnly)
            verify(view.applyButton.enabled)

            // The carbon guard: 300 g/kWh when switched on, what to choose beyond its range.
            verify(view.reveal("carbon_above_limit"))
            keyClick(Qt.Key_Space)
            compare(editor.maxCarbonGramsPerKwh, 300)
            const carbon = findField(view.fieldItem("maxCarbonGramsPerKwh"),
                                     "Carbon limit, grams of CO₂ per kilowatt-hour")
            verify(carbon !== null)
            typeInto(carbon, "6000")
            verify(findText(view.fieldItem("maxCarbonGramsPerKwh"),
                            "Choose a limit from 0 to %1 g/kWh.".arg(Number(5000).toLocaleString(Qt.locale(), "f", 0))) !== null)
            verify(!view.applyButton.enabled)
            typeInto(carbon, "250")
            compare(editor.maxCarbonGramsPerKwh, 250)
            verify(view.applyButton.enabled)

            // The feed-in price is the tariff's, set on this card; its path reveals it here.
            const feedIn = findField(view.fieldItem("feedInMicrosPerKwh"), "Feed-in price per kWh")
            verify(feedIn !== null)
            typeInto(feedIn, "0.08")
            compare(editor.feedInMicrosPerKwh, 80000)
            verify(view.reveal("policy.tariff.feedInMicrosPerKwh"))
            verify(feedIn.activeFocus)

            // Wear: switched on with the helper's figure (12,000 EUR, 75 kWh, 1,500 cycles), then
            // worked out again from another pack price and applied with the button.
            verify(view.reveal("batteryWearMicrosPerKwh"))
            keyClick(Qt.Key_Space)
            compare(editor.batteryWearMicrosPerKwh, 106667)
            const pack = findField(view.fieldItem("batteryWearMicrosPerKwh"), "Battery pack price")
            verify(pack !== null)
            typeInto(pack, "9000")
            const use = findControl(view.fieldItem("batteryWearMicrosPerKwh"),
                                    "Use 0.08 EUR per kWh")
            verify(use !== null, "the helper offers 9,000 / (75 kWh x 1,500) = 0.08 per kWh")
            use.forceActiveFocus() // below the view's fold: pressed from the keyboard
            keyClick(Qt.Key_Space)
            compare(editor.batteryWearMicrosPerKwh, 80000)
            // Text that is no price in the helper is not the policy's error: Apply stays.
            typeInto(pack, "abc")
            verify(editor.valid)
            verify(view.applyButton.enabled)
            compare(editor.batteryWearMicrosPerKwh, 80000)
        }

        function test_linksRevealTheirField() {
            verify(view.reveal("minSocPercent"))
            verify(view.minSocField.field.activeFocus)
            verify(view.reveal("below_resume_soc")) // the dashboard's reason code
            verify(view.resumeSocField.field.activeFocus)
            verify(view.reveal("windows"))
            verify(view.weekGrid.activeFocus)
            verify(view.reveal("policy.tariff.currency")) // an engine message's path
            verify(view.fieldItem("tariff").focusTarget.activeFocus)
            verify(view.reveal("maxChipTempC"))
            verify(view.fieldItem("maxChipTempC").focusTarget.activeFocus)
            verify(!view.reveal("noSuchField"))
        }
    }
}
