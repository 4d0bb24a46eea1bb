<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>for %n hour</numerusform>
            <numerusform>for %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>for %n day</numerusform>
            <numerusform>for %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 of %Ln event</numerusform>
            <numerusform>%L1 of %Ln events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>The %Ln car selected in the vehicle table</numerusform>
            <numerusform>The %Ln cars selected in the vehicle table</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>%L1 applied, %L2 waiting, %L3 refused of %Ln car</numerusform>
            <numerusform>%L1 applied, %L2 waiting, %L3 refused of %Ln cars</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln car, as of %1</numerusform>
            <numerusform>%Ln cars, as of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>Cars paying in %1: %Ln car, last %2 days</numerusform>
            <numerusform>Cars paying in %1: %Ln cars, last %2 days</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1: %L2 of %Ln contributing</numerusform>
            <numerusform>%1: %L2 of %Ln contributing</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On solar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>%L1 of %Ln car shown, %L2 selected</numerusform>
            <numerusform>%L1 of %Ln cars shown, %L2 selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Apply a policy to %Ln car…</numerusform>
            <numerusform>Apply a policy to %Ln cars…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>Move %Ln car to a group</numerusform>
            <numerusform>Move %Ln cars to a group</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Idlefleet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Idlefleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>net %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1: %Ln car. Opens it in the table.</numerusform>
            <numerusform>%1: %Ln cars. Opens them in the table.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln session</numerusform>
            <numerusform>%Ln sessions</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>Chat</source>
        <comment>a kind of AI job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Embeddings</source>
        <comment>a kind of AI job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcription</source>
        <comment>a kind of AI job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusOverlay</name>
    <message>
        <source>Cannot show your cars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out and use demo mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SupportText</name>
    <message>
        <source>%1/kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and a time</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TariffPresets</name>
    <message>
        <source>PG&amp;E EV2-A</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>California: off-peak until 15:00, peak 16:00–21:00, every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 24:00, such as 22:30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TraceCard</name>
    <message>
        <source>Eligibility trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VehicleCard</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of charge %1 percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Offline, last seen %n minute ago</numerusform>
            <numerusform>Offline, last seen %n minutes ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>None in the next %n day under your settings.</numerusform>
            <numerusform>None in the next %n days under your settings.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>None in the next %n day under its settings.</numerusform>
            <numerusform>None in the next %n days under its settings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 off-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>Saved your account, %Ln car and their contributions to %1.</numerusform>
            <numerusform>Saved your account, %Ln cars and their contributions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>The demo fleet backend did not start within %n second.</numerusform>
            <numerusform>The demo fleet backend did not start within %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n window</numerusform>
            <numerusform>%n windows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n departure</numerusform>
            <numerusform>%n departures</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EventTimelineModel</name>
    <message>
        <source>%1%</source>
        <comment>state of charge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Sending the policy to %Ln car…</numerusform>
            <numerusform>Sending the policy to %Ln cars…</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>%Ln car asleep gets the policy when it wakes.</numerusform>
            <numerusform>%Ln cars asleep get the policy when they wake.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetOverview</name>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetVehicleModel</name>
    <message>
        <source>Contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln car taken out of its group.</numerusform>
            <numerusform>%Ln cars taken out of their group.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln car moved to %1.</numerusform>
            <numerusform>%Ln cars moved to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>ends in %n hour</numerusform>
            <numerusform>ends in %n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>ends in %n day</numerusform>
            <numerusform>ends in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>That code does not match what the car shows. %n try left.</numerusform>
            <numerusform>That code does not match what the car shows. %n tries left.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 allowed from %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionJobsModel</name>
    <message>
        <source>%1 – %2</source>
        <comment>a job&apos;s start and end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <comment>requests a job served</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n job paid %1 before the owner&apos;s share</numerusform>
            <numerusform>%n jobs paid %1 before the owner&apos;s share</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n failed and paid nothing</numerusform>
            <numerusform>%n failed and paid nothing</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Energy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TariffPeriodsModel</name>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TrayIcon</name>
    <message>
        <source>Open Idlefleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>Pause every car for %n hour</numerusform>
            <numerusform>Pause every car for %n hours</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %L1 of %Ln car contributing</numerusform>
            <numerusform>Idlefleet: %L1 of %Ln cars contributing</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Idlefleet is still running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleSummary</name>
    <message>
        <source>%1%</source>
        <comment>share of today&apos;s compute energy on solar surplus</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 avoided</source>
        <comment>grams of CO2 emitted, then avoided</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings</name>
    <message>
        <source>%1 kWh</source>
        <comment>energy</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours of compute</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::EarningsFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
