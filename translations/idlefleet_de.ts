<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Schlüssel und Zugriff</translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation>Die Computer, die die Einstellungen des Autos ändern dürfen, und die Support-Mitarbeiter, die seine Diagnosedaten lesen dürfen.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>Gekoppelte Schlüssel</translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation>Laptop verloren? Widerrufen Sie seinen Schlüssel, dann lehnt das Auto ab sofort jede damit signierte Änderung ab.</translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation>Mit diesem Auto ist noch kein Computer gekoppelt.</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Diesen Computer koppeln</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (dieser Computer)</translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation>%1 · Schlüssel %2 · gekoppelt %3 · zuletzt verwendet %4</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Schlüssel von %1 widerrufen</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Support-Zugriff</translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation>Ein Support-Mitarbeiter, dem Sie Zugriff gewähren, kann Status, Einstellungen und Ereignisverlauf dieses Autos lesen, bis der Zugriff endet. Ändern kann er nie etwas, und jeder Einblick wird protokolliert.</translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation>E-Mail des Support-Mitarbeiters</translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation>E-Mail-Adresse des Support-Mitarbeiters</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>für %n Stunde</numerusform>
            <numerusform>für %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>für %n Tag</numerusform>
            <numerusform>für %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation>Wie lange der Zugriff gilt</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Zugriff gewähren</translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation>Für dieses Auto wurde noch niemandem Zugriff gewährt.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (bis %2)</translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation>Zugriff von %1 widerrufen</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Diesen Schlüssel widerrufen?</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation>„%1“ kann die Einstellungen dieses Autos dann nicht mehr ändern. Um den Computer wieder zu nutzen, koppeln Sie ihn erneut mit einem Code vom Auto.</translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation>Änderung wird gesendet</translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation>Einige Einstellungen müssen noch korrigiert werden, bevor die Änderung übernommen werden kann (%1).</translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation>Wählen Sie oben, welche Regeln das Auto behält.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Änderungen noch nicht übernommen.</translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation>Das Auto verwendet diese Regeln (Version %1).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation>Erstes zu korrigierendes Feld anzeigen</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation>Auf die Regeln des Autos zurücksetzen</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation>Änderungen auf das Auto übertragen</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation>Akku</translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation>Was das Auto fürs Fahren zurückhält.</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Mindestladestand</translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation>Bei diesem Ladestand endet das Beitragen.</translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation>Mindestladestand in Prozent</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Wiederaufnahme-Ladestand</translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation>0: Es geht bei Mindestladestand + 5 % weiter (%1 %).</translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation>Nach einem Stopp geht es erst bei diesem Ladestand weiter.</translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation>Wiederaufnahme-Ladestand in Prozent</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abfahrten</translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation>Ab 12 Stunden vor einer Fahrt hält das Auto die benötigte Ladung zurück.</translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Supportpaket speichern</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Supportpaket</translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation>Versionen, Diagnosedaten, die Regeln und ihr Verlauf, die Ereignisse einer Woche und die aktuelle Teilnahmeprüfung – ohne Namen, Orte, E-Mail-Adressen, Tokens und Schlüssel.</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>Supportpaket speichern …</translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation>Supportpaket dieses Autos speichern</translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation>Supportpaket wird erstellt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation>Grenzen, die den Computer des Autos und Ihre Energie schonen.</translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation>Bei dieser Temperatur stoppt er und startet erst 5 °C darunter wieder.</translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation>Temperatur des Computers begrenzen</translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation>Temperaturgrenze in Grad Celsius</translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation>Für Berechnungen verbrauchte Energie an einem Tag (Ortszeit).</translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation>Energie pro Tag begrenzen</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation>Tägliches Energielimit in Kilowattstunden</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation>Die Regeln des Autos wurden anderswo geändert</translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Ihre Änderung wurde nicht übernommen: Das Auto verwendet jetzt Version %1, die nach Beginn Ihrer Bearbeitung auf einem anderen Gerät oder von einem Flottenmanager festgelegt wurde. Es wurde nichts überschrieben. Wählen Sie, welche Regeln das Auto behält.</translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Das Auto verwendet jetzt Version %1, die während Ihrer Bearbeitung auf einem anderen Gerät oder von einem Flottenmanager festgelegt wurde. Es wurde nichts überschrieben. Wählen Sie, welche Regeln das Auto behält.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Einstellung</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ihre</translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation>Im Auto (Version %1)</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, Ihre: %2</translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation>%1, im Auto: %2</translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation>Beide stimmen in allen Einstellungen überein.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation>Meine Regeln behalten und an das Auto senden</translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation>Die des Autos behalten</translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation>Regeln des Autos behalten und meine Änderungen verwerfen</translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Online</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation>Diagnosedaten werden geladen</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Uhr</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation>Rechenmodul</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>Bestätigte Regeln</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation>Verbindungsabbrüche (24 h)</translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation>Fehlgeschlagene Aufträge (24 h)</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Aktive Schlüssel</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation>Regeln, Version %1: %2</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Aktualisierung fehlgeschlagen (%1). Angezeigt wird, was zuvor abgerufen wurde.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation>Ihre Autos</translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation>Stand der Meldungen um %1. %2</translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation>Live vom Flotten-Backend, aktualisiert %1</translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation>Mit diesem Konto ist noch kein Auto gekoppelt.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Autos der Organisation</translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation>Autos, die Sie diagnostizieren dürfen</translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation>Ein Auto auf einmal: das zuletzt geöffnete. Alle Autos der Organisation finden Sie unter Fahrzeuge.</translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation>Anderes Auto wählen</translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation>Abfahrt %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>um</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1, Uhrzeit</translation>
    </message>
    <message>
        <source>with</source>
        <translation>mit</translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation>%1, benötigter Ladestand in Prozent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>Abfahrt hinzufügen</translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation>Geplante Abfahrt hinzufügen</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation>%1, Zeiten nach der Uhr des Autos (%2)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation>Diagnosedaten und Ereignisverlauf aktualisieren</translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation>Ihr Support-Zugriff:</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation>Rechenstunden</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation>Diagramm: %1; mit den Pfeiltasten wechseln Sie zwischen den Zeitabschnitten</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Was das Diagramm zeigt</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>Rechenstunden</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>Energie in kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Geld</translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation>Kosten, brutto und netto</translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation>An diesen Tagen wurde nichts beigetragen.</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation>Energie und Einnahmen</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Bruttoeinnahmen</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ihr Anteil</translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation>Ihr Anteil (%1)</translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation>Netto, nach Strom</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Akkuverschleiß</translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation>Netto, nach Strom und Verschleiß</translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation>Anteil des Besitzers (%1)</translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation>Anteil des Besitzers</translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation>Strom</translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation>Ihr Tarif und was das Auto für Strom ausgeben darf.</translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation>Ohne Tarif gibt es keine Niedertarifzeiten, das Auto würde also nie beitragen.</translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation>Nur zu Niedertarifzeiten</translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation>Nicht, wenn Strom mehr kostet als</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 pro kWh</translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation>Preisgrenze pro kWh</translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation>Nur beitragen, wenn die Aufträge Ihnen mindestens so viel einbringen, wie der Strom kostet.</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Nur wenn rentabel</translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation>Sonnenstrom, CO₂ des Stromnetzes und Verschleiß des Akkus.</translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation>Nur, solange die Solaranlage zu Hause mehr erzeugt, als das Haus verbraucht, und den gesamten Strombedarf des Computers deckt. Das Auto muss zu Hause angesteckt sein.</translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation>Nur mit eigenem Solarüberschuss</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation>Die CO₂-Intensität des Stromnetzes ändert sich stündlich. Solarüberschuss wird nie begrenzt.</translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation>Nicht, wenn der Netzstrom CO₂-intensiver ist als</translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation>g CO₂ pro kWh</translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation>CO₂-Grenzwert, Gramm CO₂ pro Kilowattstunde</translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation>Was Ihr eingespeister Strom einbringt</translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation>Vom Computer genutzter Überschuss wird nicht eingespeist: Er kostet Sie diesen Betrag statt des Netzstrompreises.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation>Legen Sie zuerst oben Ihren Tarif fest: Die Einspeisevergütung ist Teil davon.</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 pro kWh</translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation>Einspeisevergütung pro kWh</translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation>Wird für Energie, die der Computer aus dem Akku bezieht, vom Nettobetrag abgezogen – nicht, solange das Auto angesteckt ist. Der Verschleiß zählt auch beim Gewinnschutz.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation>Legen Sie zuerst oben Ihren Tarif fest: Der Verschleiß wird in dessen Währung berechnet.</translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation>Akkuverschleiß berücksichtigen</translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation>Akkuverschleiß pro kWh</translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation>Aus den Akkudaten berechnen:</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>Preis des Akkupakets</translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation>Preis des Akkupakets</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Nutzbare Energie</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation>Nutzbare Energie des Akkus, Kilowattstunden</translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation>Nennzyklen</translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation>Nennzyklen (volle Ladezyklen)</translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation>%1 %2 pro kWh verwenden</translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation>Preis, Energie und Zyklen über 0 eingeben</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation>Ladestand %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Ladestand %1</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation>Ereignisverlauf</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 von %Ln Ereignis</numerusform>
            <numerusform>%L1 von %Ln Ereignissen</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>Letzte 31 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation>Wie weit der Ereignisverlauf zurückreicht</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Beitrag</translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation>Beitragsereignisse anzeigen</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>Ladekabel</translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation>Ein- und Ausstecken anzeigen</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation>Fehlgeschlagene Aufträge anzeigen</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation>Verbindungsereignisse anzeigen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation>Schlüsselereignisse anzeigen</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation>Regeländerungen anzeigen</translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation>Ereignisse durchsuchen (Grund, Schlüssel, Ursache …)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Ereignisse durchsuchen</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Aktualisierung fehlgeschlagen (%1). Angezeigt wird, was zuvor abgerufen wurde.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Kein Ereignis entspricht den Filtern.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Keine Ereignisse in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Sammelregeln</translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation>Dieselben Regeln für viele Autos, signiert mit dem Schlüssel dieses Computers, den Ihre Organisation zertifiziert.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Vorlagenname</translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation>Nächte im Depot</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>%Ln in der Fahrzeugtabelle ausgewähltes Auto</numerusform>
            <numerusform>%Ln in der Fahrzeugtabelle ausgewählte Autos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation>Alle Autos einer Gruppe:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation>Regeldatei öffnen …</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Wird übertragen …</translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation>Auf die Autos übertragen</translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation>Antworten der Autos auf „%1“</translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation>Antworten der Autos</translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation>Übertragen Sie die Regeln, um hier die Antwort jedes Autos zu sehen: übernommen, wartend, solange es schläft, oder abgelehnt mit Begründung.</translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation>Autos, die geantwortet haben</translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>Von %Ln Auto: %L1 übernommen, %L2 wartend, %L3 abgelehnt</numerusform>
            <numerusform>Von %Ln Autos: %L1 übernommen, %L2 wartend, %L3 abgelehnt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Schläft</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Bericht exportieren …</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Regeln importieren</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ihre Organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln Auto, Stand %1</numerusform>
            <numerusform>%Ln Autos, Stand %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Organisation wird geladen …</translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Tragen gerade bei</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 von %2 (%3 %)</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>Gerade erreichbar</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Angesteckt</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Unterwegs</translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>Autos mit Abrechnung in %1: %Ln Auto, letzte %2 Tage</numerusform>
            <numerusform>Autos mit Abrechnung in %1: %Ln Autos, letzte %2 Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Bruttoeinnahmen</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Nettoeinnahmen</translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation>Warum Autos gerade nicht beitragen</translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation>Alle Autos tragen bei.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Gruppen</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1: %L2 von %Ln Auto trägt bei</numerusform>
            <numerusform>%1: %L2 von %Ln Autos tragen bei</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation>Rechenenergie der gesamten Flotte pro Stunde</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On solar</source>
        <translation>Solaranteil</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>CO₂-Intensität (Netz)</translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation>Autos ohne Gruppe</translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation>%1 · %2 aus Solarstrom · %3 · netto&#xa0;%4</translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation>In diesem Zeitraum keine Rechenleistung</translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation>%1: derzeit keine Autos</translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation>Beliebiger Grund</translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation>%L1 von %L2 Autos werden geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>%L1 von %Ln Auto angezeigt, %L2 ausgewählt</numerusform>
            <numerusform>%L1 von %Ln Autos angezeigt, %L2 ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation>Autos werden geladen</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Nach Name oder ID suchen</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Alle Gruppen</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Beliebiger Zustand</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Trägt bei</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation>Grund für fehlenden Beitrag</translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation>Unter dem Mindestladestand</translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation>Nicht erreichbar seit über</translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation>Mindestdauer der Nichterreichbarkeit in Stunden (0: beliebig)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Alle angezeigten auswählen</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Auswahl aufheben</translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Regeln auf %Ln Auto übertragen …</numerusform>
            <numerusform>Regeln auf %Ln Autos übertragen …</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation>Mit den neuesten Werten neu sortieren</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Autos der Organisation</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 auswählen</translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation>Doppelklicken Sie auf ein Auto oder drücken Sie darauf die Eingabetaste, um seine Übersicht zu öffnen. Mit der Leertaste wählen Sie es aus.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>%Ln Auto in eine Gruppe verschieben</numerusform>
            <numerusform>%Ln Autos in eine Gruppe verschieben</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation>Ein Depot oder ein Team: wählen Sie eines oder geben Sie einen neuen Namen ein (leer: keine Gruppe).</translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation>In eine Gruppe verschieben …</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation>Aktualisierung fehlgeschlagen (%1). Angezeigt wird, was %2 abgerufen wurde.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Laden fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Erneut laden</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
</context>
<context>
    <name>NavigationRail</name>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Demomodus</translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation>Noch kein Flotten-Backend</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Wann es beitragen darf</translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation>Energie und Einnahmen</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Schlüssel und Zugriff</translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation>Auto koppeln</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Fahrzeuge</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Sammelregeln</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnose</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation>Drei Schritte: Ihr Konto, Ihre Einwilligung und das Koppeln dieses Computers mit Ihrem Auto.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation>Sie sind im Demomodus, angemeldet als %1 (%2) in einer simulierten Flotte. Nichts, was Sie hier tun, wirkt sich auf ein echtes Auto aus.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Angemeldet als %1 (%2).</translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation>Ihre Einwilligung zur Teilnahme</translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation>&lt;b&gt;Was auf dem Auto läuft:&lt;/b&gt; KI-Inferenzaufträge aus der Flotte, in einer abgeschotteten Laufzeitumgebung auf dem eigenen Computer des Autos und nur, solange Ihre Einstellungen es erlauben. Die Aufträge erreichen nie die Fahrsysteme des Autos.&lt;br&gt;&lt;b&gt;Welche Daten das Auto verlassen:&lt;/b&gt; Ladestand, ob es angesteckt ist, Temperatur und Leistung des Computers, verbrauchte Energie und die bearbeiteten Aufträge. Niemals sein Standort, Kamerabilder oder wer es fährt.&lt;br&gt;&lt;b&gt;Was Sie verdienen:&lt;/b&gt; 70 % dessen, was die Flotte für die Rechenleistung Ihres Autos erhält; den Strom bezahlen Sie selbst, zu Ihrem Tarif.</translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation>Sie haben den Bedingungen in Version %1 am %2 zugestimmt. Sie können Ihre Einwilligung jederzeit in den Einstellungen widerrufen.</translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation>Bedingungen in Version %1. Ihre Antwort wird mit Datum gespeichert.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Ich stimme zu</translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation>Ich stimme der Teilnahme gemäß den Bedingungen in Version %1 zu</translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation>Diesen Computer mit Ihrem Auto koppeln</translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation>Durch das Koppeln signiert dieser Computer Ihre Änderungen, sodass das Auto sie von Ihnen annimmt und von niemandem sonst. In der Schlüsselliste des Autos heißt er „%1“.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation>Zu koppelndes Auto</translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation>✓ Dieser Computer ist mit dem Auto gekoppelt. Ihre Änderungen werden signiert, und das Auto nimmt sie an.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Neu beginnen</translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation>Koppeln starten</translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation>Das Auto zeigt jetzt einen sechsstelligen Code auf dem zentralen Bildschirm an. Geben Sie ihn bis %1 hier ein.</translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation>Demomodus: Der Bildschirm des simulierten Autos zeigt %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation>Vom Auto angezeigter Kopplungscode</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Koppeln</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Mit diesem Code koppeln</translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation>Das Auto wird gebeten, einen Code anzuzeigen …</translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation>Code wird mit dem Auto abgeglichen …</translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation>Schlüssel des Autos werden gelesen …</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Zur Übersicht</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Abmelden</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Von %1 abmelden</translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation>Sie haben ein Konto bei einem Flottenbetreiber? Melden Sie sich mit der Serveradresse und dem Schlüssel-Fingerabdruck an, die Sie von ihm erhalten haben.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation>Adresse des Flottenservers</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation>44 Zeichen, von Ihrem Flottenbetreiber</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>Fingerabdruck des Serverschlüssels</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation>Beim Flottenserver anmelden</translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation>oder im Demomodus fortfahren</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>Teilnahme</translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation>Ob das Auto seinen Computer überhaupt zur Verfügung stellt – und eine Pause.</translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation>Aus: Das Auto stellt seinen Computer nie zur Verfügung, unabhängig von den Regeln unten.</translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation>Auto beim Parken beitragen lassen</translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation>Aus: Es darf auch allein mit Akkustrom beitragen, bis hinunter zum Mindestladestand.</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Nur wenn angesteckt</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation>Bis dahin kein Beitrag; die Zeiten gelten in der Zeitzone des Autos.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 Stunde</translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation>Eine Stunde pausieren</translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation>Bis 06:00</translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation>Bis morgen 06:00 pausieren</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Bis ich fortsetze</translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation>Pausieren, bis ich fortsetze</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Jetzt fortsetzen</translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>Pause beenden</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>JJJJ-MM-TT hh:mm</translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation>Bis zu einem bestimmten Zeitpunkt pausieren</translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation>Bis dahin pausieren</translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation>Bis zum eingegebenen Zeitpunkt pausieren</translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation>Geben Sie Datum und Uhrzeit ein, z. B. 2026-11-30 08:00.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation>Alle Zeiten auf dieser Seite sind die Ortszeit des Autos in dieser Zeitzone, einschließlich Sommerzeit.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation>Auszahlungen</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation>Der Nettobetrag jedes Monats wird am 1. um Mitternacht abgerechnet und drei Tage später ausgezahlt, sobald er %1 erreicht; ein kleinerer Betrag wird auf den nächsten Monat übertragen.</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation>Der Nettobetrag jedes Monats wird am 1. um Mitternacht abgerechnet und drei Tage später ausgezahlt.</translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation>Noch kein Monat abgerechnet.</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>netto %1</translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zeitzone: %1</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>Bearbeitet, ausgehend von Version %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren …</translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation>Regeln aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation>Diese Regeln in eine JSON-Datei exportieren</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Nicht importiert: %1</translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation>Dieser Computer muss mit %1 gekoppelt sein, bevor er die Regeln ändern kann: Jede Änderung wird mit dem eigenen Schlüssel dieses Computers signiert, und das Auto akzeptiert nur Schlüssel, die auf seinem Bildschirm gekoppelt wurden.</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>dem Auto</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Diesen Computer koppeln</translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation>Diesen Computer mit dem Auto koppeln</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>Die kommende Woche</translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation>Wann das Auto in den nächsten sieben Tagen nach den obigen Zeit-, Pausen- und Preisregeln beitragen darf – so, wie das Auto selbst es berechnet. Ladestand, Temperatur und Einnahmen prüft das Auto erst im jeweiligen Moment.</translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation>Das Beitragen ist ausgeschaltet, daher ist keine Zeit erlaubt.</translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation>Nur Niedertarif, aber ohne Tarif gibt es keine Niedertarifzeiten.</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Regeln importieren</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Regeldateien (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>Regeln exportieren</translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Wochentags</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Am Wochenende</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation>Wann es beitragen darf</translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation>Die Teilnahmeregeln für %1, vom Auto selbst angewendet.</translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation>Die Teilnahmeregeln für Ihr Auto, vom Auto selbst angewendet.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation>Die Regeln des Autos werden geladen …</translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation>Die Regeln konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation>Regeln erneut laden</translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation>Es gibt noch kein Auto, für das Sie Regeln festlegen können.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation>Die Änderungen an den Regeln für %1 wurden noch nicht übernommen.</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation>Regelversionen</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation>Keine Regelversionen bekannt.</translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation>Version %1, übernommen am %2, signiert mit Schlüssel %3</translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation>Version %1, übernommen am %2, erste Regeln des Autos</translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation>(aktuell aktiv)</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Letzte 3 Monate</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Dieses Jahr</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>bis</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation>Gewählte Tage anzeigen</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Gruppierung</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Wöchentlich</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Monatlich</translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1: %Ln Auto. Öffnet es in der Tabelle.</numerusform>
            <numerusform>%1: %Ln Autos. Öffnet sie in der Tabelle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln Sitzung</numerusform>
            <numerusform>%Ln Sitzungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Nach %1 sortieren</translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation>%1, aufsteigend sortiert; drücken für absteigend</translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation>%1, absteigend sortiert; drücken für aufsteigend</translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation>Beitragssitzungen</translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation>Die Sitzung begann vor den gewählten Tagen; ihre Zahlen zählen nur den Teil innerhalb dieser Tage.</translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation>Die Sitzung geht nach den gewählten Tagen weiter; ihre Zahlen zählen nur den Teil innerhalb dieser Tage.</translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation>… Eine Sitzung, die über den ersten oder letzten gewählten Tag hinausreicht: Ihre Zahlen zählen nur den Teil innerhalb dieser Tage.</translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation>Wählen Sie eine Sitzung, um ihre Aufträge zu sehen.</translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation>Aufträge der Sitzung %1</translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation>Aufträge der gewählten Sitzung</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation>fehlgeschlagen, nichts bezahlt</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation>Alle meine Daten exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation>idlefleet-meine-daten</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation>Wie die App aussieht und spricht und was sie über Sie speichert.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Dunkles Design</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation>Mich benachrichtigen, wenn ein Auto wegen des Mindestladestands oder zu großer Hitze aufhört beizutragen und wenn eine Monatsabrechnung bereitliegt</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Desktop-Benachrichtigungen</translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation>Ihre Daten und Ihre Einwilligung</translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation>Im Demomodus wirken sich diese Aktionen auf das Demokonto der simulierten Flotte aus.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation>Ihr Konto, Ihre Einwilligungen, Autos, Einstellungen und Schlüssel, jeder Beitrag und wer Support-Zugriff hatte – in einer JSON-Datei.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren …</translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation>Meine Einwilligung widerrufen</translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation>Noch keine Einwilligung erteilt</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Einwilligung wurde widerrufen</translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation>Alle Autos hören auf beizutragen und bleiben pausiert, bis Sie erneut zustimmen. Ihr Verlauf bleibt erhalten.</translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation>Stimmen Sie unter „Auto koppeln“ zu, um teilzunehmen.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Mein Konto löschen</translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation>Entfernt Ihr Konto sowie Einstellungen, Schlüssel, Verlauf und Einnahmen Ihrer Autos endgültig aus der Flotte. Exportieren Sie Ihre Daten vorher, wenn Sie eine Kopie möchten.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Löschen …</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>Ihr Konto endgültig löschen?</translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation>Dies kann nicht rückgängig gemacht werden. Geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Export stoppen</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ihre Daten</translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation>Alles, was die Flotte über Ihr Konto speichert, als eine JSON-Datei.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation>Entfernt Ihr Konto und Ihre Anmeldungen endgültig aus der Flotte. Die Autos der Organisation und ihr Verlauf bleiben erhalten.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation>Entfernt Ihr Konto und Ihre Anmeldungen endgültig aus der Flotte. Die Autos, für die Sie Zugriff hatten, bleiben bei ihren Besitzern.</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Abrechnung als PDF speichern</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Abrechnung als CSV speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Monatsabrechnung</translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation>Jeder Tag des Monats mit Energie, Stromkosten, Bruttoeinnahmen, Ihrem Anteil und Nettobetrag – für Ihre Unterlagen oder Ihre Steuerberatung.</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>Monat der Abrechnung</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Als PDF speichern …</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Als CSV speichern …</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>Abrechnung wird erstellt</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>Chat</source>
        <comment>a kind of AI job</comment>
        <translation>Chat</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <comment>a kind of AI job</comment>
        <translation>Embeddings</translation>
    </message>
    <message>
        <source>Transcription</source>
        <comment>a kind of AI job</comment>
        <translation>Transkription</translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation>Übersetzung</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation>Einnahmenabrechnung</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>%1 kann nicht geschrieben werden: Prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation>%1 % dessen, was die Aufträge gezahlt haben</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Auto</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ihr Anteil</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenzeit</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation>Brutto: was die Aufträge gezahlt haben</translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation>Ihr Anteil (%1 %)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation>Auf den nächsten Monat übertragen: %1 (unter der Mindestauszahlung von %2)</translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation>Ausgezahlt: %1 am %2</translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation>Auszahlung ausstehend: %1, Zahlung am %2</translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation>(einschließlich %1 Übertrag aus Vormonaten)</translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation>Auszahlung: Der Monat wird am 1. des Folgemonats um Mitternacht abgerechnet.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brutto</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation>… eine Sitzung, die vor dem Monat begann oder über ihn hinaus andauerte: Nur ihr Anteil im Monat wird gezählt.</translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation>Bearbeitete Aufträge</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Anfragen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Gezahlt</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>%1 kann nicht fertig geschrieben werden.</translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation>davon Solarüberschuss / Netz / Akku</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation>CO₂ des Netzstroms</translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation>%1 (und %2 mit unbekannter CO₂-Intensität)</translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation>Durch Solarüberschuss vermiedenes CO₂</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Akkuverschleiß</translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation>Netto: Ihr Anteil abzüglich Strom und Verschleiß</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Verschleiß</translation>
    </message>
</context>
<context>
    <name>StatusOverlay</name>
    <message>
        <source>Cannot show your cars</source>
        <translation>Ihre Autos können nicht angezeigt werden</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <source>Sign out and use demo mode</source>
        <translation>Abmelden und Demomodus verwenden</translation>
    </message>
</context>
<context>
    <name>SupportText</name>
    <message>
        <source>%1/kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/h</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started contributing</source>
        <translation>Beitragen begonnen</translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation>Beitragen beendet</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Angesteckt</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Ausgesteckt</translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation>Gründe für fehlenden Beitrag geändert</translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>Ein Auftrag ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Verbindung verloren</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>Verbindung wiederhergestellt</translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation>Ein Schlüssel wurde hinzugefügt</translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation>Ein Schlüssel wurde widerrufen</translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation>Die Regeln wurden geändert</translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation>Ein Ereignis, das diese App nicht kennt</translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation>Der Computer hat gedrosselt, um abzukühlen</translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation>Der Auftrag hat das Zeitlimit überschritten</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Schlüssel %1</translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation>Version %1 vom Auto bestätigt</translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation>Kein Zugriff auf die Diagnosedaten von %1: Für dieses Auto wurde kein Support-Zugriff gewährt, oder er ist abgelaufen.</translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation>Es gibt kein Auto %1.</translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation>das Beitragen war ausgeschaltet</translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation>es war bis %1 pausiert</translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation>es war pausiert</translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation>das Auto fuhr</translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation>es war nicht angesteckt, obwohl seine Regeln das verlangen</translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation>außerhalb seines Zeitplans (das nächste Fenster beginnt um %1)</translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation>außerhalb seines Zeitplans (kein Fenster in den nächsten 7 Tagen)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation>Strom kostete %1 (Hochtarif), und nur Niedertarif ist erlaubt (Niedertarif ab %2)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation>Strom kostete %1 (Hochtarif), und nur Niedertarif ist erlaubt</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation>Strom kostete %1, mehr als die Preisgrenze von %2 (günstiger ab %3)</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation>Strom kostete %1, mehr als die Preisgrenze von %2</translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation>eine Stunde Aufträge hätte %1 eingebracht, der Strom dafür hätte aber %2 gekostet</translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation>beim Mindestladestand von %1 % (Ladestand %2 %)</translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation>unter dem Wiederaufnahme-Ladestand von %1 % (Ladestand %2 %)</translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation>die Abfahrt um %1 benötigt %2 % (Ladestand %3 %)</translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation>Ladung wurde für eine Abfahrt aufgehoben (Ladestand %1 %)</translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation>der Computer hatte %1 °C, seine Grenze liegt bei %2 °C</translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation>das Tages-Energielimit von %1 war erreicht (%2 verbraucht)</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation>%1: Das Auto hat beigetragen.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation>%1: Das Auto hat nicht beigetragen – %2.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation>%1: Das Auto hat nicht beigetragen – es war offline.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation>%1: Das Auto hat nicht beigetragen, obwohl seine Regeln es erlaubten (es kam kein Auftrag).</translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation>Für diese Minute gibt es keinen Verlauf: Dies ist der aktuelle Zustand des Autos.</translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation>sein Besitzer hatte keine Einwilligung zur Teilnahme erteilt (oder sie widerrufen)</translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation>der Netzstrom verursachte %1 g CO₂ pro kWh, mehr als der Grenzwert von %2 g</translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation>nur Solarstrom war erlaubt, und der Überschuss von %1 W deckte die %2 W des Computers nicht</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation>Meinen Stromtarif verwenden</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation>Tarif %1 verwenden</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation>Währung, ISO-4217-Code</translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation>Preis zu anderen Zeiten</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 pro kWh</translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation>Preis außerhalb der Zeiträume, pro kWh</translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation>Zeiträume (der erste, der eine Uhrzeit abdeckt, bestimmt ihren Preis)</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1 beginnt um</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1 endet um</translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation>%1, Preis pro kWh</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Niedertarif</translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation>%1 ist Niedertarif</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation>Weiter oben in der Liste: hat Vorrang, wo sich Zeiträume überschneiden</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation>Tarifzeitraum hinzufügen</translation>
    </message>
</context>
<context>
    <name>TariffPresets</name>
    <message>
        <source>PG&amp;E EV2-A</source>
        <translation>PG&amp;E EV2-A</translation>
    </message>
    <message>
        <source>California: off-peak until 15:00, peak 16:00–21:00, every day</source>
        <translation>Kalifornien: Niedertarif bis 15:00, Hochtarif 16:00–21:00, täglich</translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation>Octopus Go</translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation>Großbritannien: Niedertarif jede Nacht 00:30–05:30</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Einheitstarif</translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation>Ein Preis zu jeder Stunde; kein Niedertarif</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>hh:mm</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 24:00, such as 22:30.</source>
        <translation>Geben Sie eine Uhrzeit von 00:00 bis 24:00 ein, z. B. 22:30.</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation>Geben Sie eine Uhrzeit von 00:00 bis 23:59 ein, z. B. 07:30.</translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>TraceCard</name>
    <message>
        <source>Eligibility trace</source>
        <translation>Teilnahmeprüfung</translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation>Was das Auto in einer bestimmten Minute wusste und entschied. Die Zeit gilt nach der Uhr des Autos (%1).</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation>Datum und Uhrzeit nach der Uhr des Autos</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation>Auf die aktuelle Uhrzeit des Autos setzen</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Erklären</translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation>Erklären, warum das Auto zu diesem Zeitpunkt beigetragen hat oder nicht</translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation>Teilnahmeprüfung wird abgerufen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 g</source>
        <translation>%1 g</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 kg</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Geben Sie eine ganze Zahl ein.</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation>Geben Sie eine Zahl ein, z. B. 0,25.</translation>
    </message>
</context>
<context>
    <name>VehicleCard</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>State of charge %1 percent</source>
        <translation>Ladestand %1 Prozent</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Ladestand</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Trägt bei</translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation>Trägt nicht bei</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Angesteckt</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Nicht angesteckt</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Computer</translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation>%1 °C, %2 W</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1 °C, im Leerlauf</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>Rechenenergie heute</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Gemeldet</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Warum es gerade nicht beiträgt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation>Offline, eben noch online</translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Offline, zuletzt vor %n Minute online</numerusform>
            <numerusform>Offline, zuletzt vor %n Minuten online</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Trägt gerade bei</translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation>Nächstes Beitragsfenster</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>Mit Ihren Einstellungen keines innerhalb von %n Tag.</numerusform>
            <numerusform>Mit Ihren Einstellungen keines innerhalb der nächsten %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Bis %1</translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation>Etwa %1 kWh · Strom %2 · Einnahmen %3 · netto %4</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Diesen Monat</translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation>Seit Ihrem Beitritt</translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation>%1: netto %2, %3 kWh</translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation>Prognose und Summen sind nicht aktuell: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>2 Stunden pausieren</translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation>Beitragen von %1 fortsetzen</translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation>Beitragen von %1 für zwei Stunden pausieren</translation>
    </message>
    <message>
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation>Ihr Anteil an den Aufträgen: etwa %1 pro Stunde, vor Stromkosten</translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation>Heute aus Sonnenstrom</translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation>CO₂ heute</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Wann es beitragen darf</translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation>Wann %1 beitragen darf</translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation>Pause auf diesem Computer gespeichert; sie wird an das Auto gesendet …</translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation>Fortsetzen auf diesem Computer gespeichert; es wird an das Auto gesendet …</translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation>Pause unterwegs: %1 ist nicht erreichbar und pausiert, sobald es wieder online ist.</translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation>Fortsetzen unterwegs: %1 ist nicht erreichbar und macht weiter, sobald es wieder online ist.</translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation>Pause gesendet; Bestätigung des Autos steht noch aus.</translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation>Fortsetzen gesendet; Bestätigung des Autos steht noch aus.</translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Nicht pausiert: Dieser Computer ist nicht mit %1 gekoppelt, und das Auto nimmt Änderungen nur von Computern an, die auf seinem Bildschirm gekoppelt wurden.</translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Nicht fortgesetzt: Dieser Computer ist nicht mit %1 gekoppelt, und das Auto nimmt Änderungen nur von Computern an, die auf seinem Bildschirm gekoppelt wurden.</translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation>Nicht pausiert: %1</translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation>Nicht fortgesetzt: %1</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Diesen Computer koppeln</translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation>Diesen Computer mit %1 koppeln</translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation>Anteil des Besitzers an den Aufträgen: etwa %1 pro Stunde, vor Stromkosten</translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation>Seit dem Beitritt</translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation>Offline, noch nicht gesehen</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Offline seit %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>Mit seinen Einstellungen keines innerhalb von %n Tag.</numerusform>
            <numerusform>Mit seinen Einstellungen keines innerhalb der nächsten %n Tage.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation>Wöchentliche Beitragsfenster, Montag bis Sonntag</translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation>Ziehen Sie auf einer freien Fläche, um ein Fenster hinzuzufügen; ziehen Sie ein Fenster, um es zu verschieben, oder seine Enden, um seine Größe zu ändern.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Fenster %1: %2</translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation>Pfeiltasten verschieben es um 15 Minuten oder einen Tag; Umschalt mit Pfeiltasten ändert die Größe; Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 off-peak</source>
        <translation>%1 Niedertarif</translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation>%1: %2 erlaubt</translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation>%1 · Zeitumstellung</translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation>Darf beitragen</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Niedertarif</translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation>Hochtarif (dunkler: teurer)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation>Fenster %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1 beginnt um</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1 endet um</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>am Folgetag</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>%1 löschen (%2)</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Fenster hinzufügen</translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation>Wöchentliches Fenster hinzufügen</translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation>Keine Fenster: Das Auto darf zu jeder Zeit beitragen, die die übrigen Regeln erlauben.</translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation>Wöchentliche Beitragsfenster</translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation>Wann in der Woche das Auto beitragen darf. Ziehen Sie im Raster, um ein Fenster zu zeichnen; ziehen Sie es, um es zu verschieben, oder seine Enden, um seine Größe zu ändern.</translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation>Tastatur: Mit Tab zu einem Fenster wechseln; Pfeiltasten verschieben es um 15 Minuten oder einen Tag; Umschalt+Links/Rechts verschiebt sein Ende, Umschalt+Auf/Ab seinen Anfang; Entf entfernt es.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation>Ihre Daten werden gesammelt …</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>Ihr Konto, %Ln Auto und seine Beiträge wurden in %1 gespeichert.</numerusform>
            <numerusform>Ihr Konto, %Ln Autos und deren Beiträge wurden in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Geben Sie zur Bestätigung Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Ihr Konto wird gelöscht …</translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation>Das Passwort ist falsch; es wurde nichts gelöscht.</translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation>Das Konto konnte nicht gelöscht werden: %1</translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation>Ihr Konto und alle dazu gespeicherten Daten wurden gelöscht.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Der Export wurde gestoppt; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation>Demo-Flotten-Backend wird gestartet …</translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation>Verbindung zum Flotten-Backend wird hergestellt …</translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation>Anmeldung in der Demowelt …</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation>Ihre Sitzung auf %1 ist abgelaufen. Melden Sie sich erneut an oder verwenden Sie den Demomodus.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Anmeldung bei %1 …</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation>Das Flotten-Backend unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation>Das Flotten-Backend unter %1 ist nicht erreichbar. Ihre Autos werden wieder angezeigt, sobald es antwortet.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation>Ihre Sitzung ist abgelaufen. Melden Sie sich erneut an oder verwenden Sie den Demomodus.</translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation>Der Server muss eine https://-Adresse sein, z. B. https://fleet.example.com.</translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation>Der Fingerabdruck ist die 44-stellige Zeichenfolge, den Sie von Ihrem Flottenbetreiber erhalten haben (Base64 von SHA-256).</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation>Geben Sie die E-Mail-Adresse Ihres Kontos ein.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Geben Sie Ihr Passwort ein.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>E-Mail-Adresse oder Passwort ist falsch.</translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation>Ihre Autos werden geladen …</translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation>Diese Autos konnten auf diesem Computer nicht für die Nutzung ohne Netzwerk gespeichert werden (%1). Ohne Netzwerk zeigt die App, was sie zuvor gespeichert hat.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>Das Demo-Flotten-Backend ist nicht innerhalb von %n Sekunde gestartet.</numerusform>
            <numerusform>Das Demo-Flotten-Backend ist nicht innerhalb von %n Sekunden gestartet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation>Das Demo-Flotten-Backend %1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation>Das Demo-Flotten-Backend (idlefleetd) ist nicht neben dieser App installiert.</translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation>Das Demo-Flotten-Backend hat sich in einer Form gemeldet, die diese App nicht versteht.</translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation>Das Demo-Flotten-Backend ist beim Start abgestürzt.</translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation>Das Demo-Flotten-Backend hat sich beim Start beendet (Exit-Status %1): %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation>%1 um %2, %3 %</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>synchron</translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation>geht %1 ms vor</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>geht %1 ms nach</translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation>Beitragen ein</translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation>Beitragen aus</translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation>Mindestladestand %1 %</translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation>Wiederaufnahme bei %1 %</translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation>nur angesteckt</translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation>nur Niedertarif</translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation>nur wenn rentabel</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n Fenster</numerusform>
            <numerusform>%n Fenster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n Abfahrt</numerusform>
            <numerusform>%n Abfahrten</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation>Computer bis %1 °C</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>pausiert bis %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation>Wählen Sie zuerst ein Auto und eine Uhrzeit.</translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation>Für diesen Zeitpunkt gibt es keine Teilnahmeprüfung: %1</translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation>Geben Sie eine Zeit nach der Uhr des Autos im Format %1 ein, z. B. %2.</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>Wählen Sie zuerst ein Auto.</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Wählen Sie eine Datei auf diesem Computer.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>Rechenzeit (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Stromkosten</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Bruttoeinnahmen</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ihr Anteil</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>Rechenzeit: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Energie: %1</translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation>Stromkosten: %1</translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation>Brutto: %1</translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation>Ihr Anteil: %1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Netto: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation>Dieses Auto gehört nicht mehr zu Ihren Autos.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als %2 oder 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Der letzte Tag liegt vor dem ersten.</translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation>Wählen Sie höchstens 20 Jahre.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EventTimelineModel</name>
    <message>
        <source>%1%</source>
        <comment>state of charge</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation>Übernommen (Version %1)</translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation>Wartet: Das Auto schläft; es erhält die Regeln, sobald es aufwacht</translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation>Konflikt: Die Regeln des Autos wurden inzwischen geändert (jetzt Version %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Wird gesendet …</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>Die Regeln sind ungültig: %1</translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation>Wählen Sie zuerst eine Gruppe oder markieren Sie Autos in der Fahrzeugtabelle.</translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation>Schlüssel und Postausgang dieses Computers sind noch nicht bereit; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation>Autos werden gesucht …</translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation>Keines der ausgewählten Autos gehört zur Organisation.</translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation>Die Gruppe %1 enthält keine Autos.</translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation>Die Organisation wird gebeten, den Schlüssel dieses Computers zu zertifizieren …</translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet auf %1</translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation>Die Organisation hat den Schlüssel dieses Computers nicht zertifiziert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Regeln werden an %Ln Auto gesendet …</numerusform>
            <numerusform>Regeln werden an %Ln Autos gesendet …</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation>der Postausgang konnte die Änderung nicht speichern</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>%Ln schlafendes Auto erhält die Regeln, sobald es aufwacht.</numerusform>
            <numerusform>%Ln schlafende Autos erhalten die Regeln, sobald sie aufwachen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht in %1 gespeichert</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetOverview</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 g/kWh</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetVehicleModel</name>
    <message>
        <source>Contributing</source>
        <translation>Trägt bei</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Fährt</translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation>Lädt</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation>Ladestand</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation>Mindestladestand</translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation>Warum kein Beitrag</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energie heute</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation>Wählen Sie zuerst die Autos aus, die verschoben werden sollen.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln Auto aus seiner Gruppe genommen.</numerusform>
            <numerusform>%Ln Autos aus ihrer Gruppe genommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln Auto nach %1 verschoben.</numerusform>
            <numerusform>%Ln Autos nach %1 verschoben.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation>endet innerhalb der nächsten Stunde</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>endet in %n Stunde</numerusform>
            <numerusform>endet in %n Stunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>endet in %n Tag</numerusform>
            <numerusform>endet in %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation>Geben Sie die E-Mail-Adresse des Support-Mitarbeiters ein, z. B. support@example.com.</translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation>Der Zugriff kann zwischen 1 Stunde und 30 Tagen dauern.</translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation>Der Zugriff konnte nicht gewährt werden: %1</translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation>Der Zugriff konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation>Flottenschlüssel der Organisation</translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation>Flottenmanager</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Besitzer</translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation>Der Schlüssel konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht erstellt werden.</translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation>Der Schlüssel in %1 ist kein privater P-256-Schlüssel; verschieben Sie ihn an einen anderen Ort, damit ein neuer erstellt wird.</translation>
    </message>
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation>Der Flottenschlüssel in %1 ist kein privater P-256-Schlüssel.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation>%1 lässt sich nicht als Flottenschlüssel lesen; die Datei bleibt, wo sie ist.</translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation>%1 enthält einen anderen Flottenschlüssel als %2; beide bleiben, wo sie sind.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet auf %1</translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation>Ihre Einwilligung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation>Ihr Widerruf konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation>Der Schlüssel dieses Computers ist nicht verfügbar, daher kann er nicht gekoppelt werden. Starten Sie die App neu; bleibt das Problem bestehen, prüfen Sie, ob ihr Datenordner beschreibbar ist.</translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation>Geben Sie den Code ein, den das Auto auf seinem Bildschirm anzeigt.</translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>Dieser Code stimmt nicht mit dem im Auto angezeigten überein. Noch %n Versuch.</numerusform>
            <numerusform>Dieser Code stimmt nicht mit dem im Auto angezeigten überein. Noch %n Versuche.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation>Zu viele falsche Codes. Beginnen Sie neu, dann zeigt das Auto einen neuen Code an.</translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation>Der Code ist abgelaufen. Beginnen Sie neu, dann zeigt das Auto einen neuen Code an.</translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation>Das Auto wartet nicht mehr auf einen Code. Beginnen Sie neu.</translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation>Das Auto ist gerade nicht erreichbar: An seinem Parkplatz hat es keinen Empfang. Versuchen Sie es erneut, wenn es wieder online ist.</translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation>Das Auto hat bereits so viele Schlüssel gespeichert, wie es kann. Widerrufen Sie unter „Schlüssel und Zugriff“ einen, den Sie nicht mehr verwenden, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation>Nur der Besitzer des Autos kann einen Computer damit koppeln.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%1 ausgezahlt am %2</translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation>%1 unterwegs, Auszahlung am %2</translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation>%1 auf den nächsten Monat übertragen</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation>Dieser Computer hat noch keinen eigenen Schlüssel und keinen eigenen Postausgang, daher kann er keine Änderungen für das Auto signieren.</translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation>Die Änderung konnte nicht in den Postausgang dieses Computers geschrieben werden.</translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation>Wartet darauf, signiert und an das Auto gesendet zu werden.</translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation>An das Auto gesendet; Bestätigung steht noch aus.</translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation>Das Auto hat die Änderung bestätigt: Es verwendet Version %1 der Regeln.</translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation>Nicht übernommen: Die Regeln des Autos wurden anderswo geändert (jetzt Version %1).</translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation>Das Auto hat die Änderung abgelehnt: Dieser Computer ist nicht mit ihm gekoppelt.</translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation>Das Auto hat die Änderung abgelehnt: %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation>Noch nicht zugestellt (%1); sie wird automatisch erneut gesendet.</translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation>Das Auto hat die Pause bestätigt.</translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation>Das Auto hat bestätigt: Es trägt wieder bei, sobald seine Regeln es erlauben.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation>Ein</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation>standardmäßig %1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation>%1 %2–%3: %4%5</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (Niedertarif)</translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation>%1 %2, %3 %</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation>Pausiert bis zur Fortsetzung</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation>Beitragen erlaubt</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Wöchentliche Beitragsfenster</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Mindestladestand</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Wiederaufnahme-Ladestand</translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation>Mindestladestand + 5 %</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Nur wenn angesteckt</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation>Nur Niedertarif</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>Preisgrenze</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Nur wenn rentabel</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Abfahrten</translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation>Temperaturgrenze des Computers</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Tägliches Energielimit</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation>Nur mit Solarüberschuss</translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation>CO₂-Grenzwert</translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation>%1 g CO₂ pro kWh</translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation>Einspeisevergütung</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Akkuverschleiß</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation>Es konnte nicht geprüft werden, ob am Auto anderswo Änderungen vorgenommen wurden: %1</translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation>Die Regeln des Autos wurden anderswo geändert; dies ist Version %1.</translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation>Ihre früheren Änderungen sind wiederhergestellt; sie sind noch nicht übernommen.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation>Korrigieren Sie die markierten Felder, um die Vorschau zu sehen.</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Nicht pausiert</translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation>Pausiert, bis Sie fortsetzen</translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation>War bis %1 pausiert (abgelaufen)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Pausiert bis %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation>%1 ist zu groß für eine Regeldatei.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation>Korrigieren Sie vor dem Export die markierten Felder.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>In %1 gespeichert</translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation>Wählen Sie einen Wert von %1&#xa0;% bis %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation>Wählen Sie eine Temperatur von %1 bis %2&#xa0;°C.</translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation>Wählen Sie einen Grenzwert von %1 bis %2&#xa0;g/kWh.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation>Wählen Sie eine Uhrzeit von 00:00 bis 24:00.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation>Wählen Sie eine Uhrzeit von 00:00 bis 23:59.</translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation>Wählen Sie die Tage neu: Diese sind keine Wochentage.</translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation>Wählen Sie eine Energiemenge von 0 oder mehr.</translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation>Wählen Sie einen Betrag von 0 oder mehr.</translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation>Dieser Betrag ist für einen Preis viel zu hoch; prüfen Sie das Dezimaltrennzeichen.</translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation>Hier sind höchstens %1 möglich: Entfernen Sie einen Eintrag, bevor Sie einen neuen hinzufügen.</translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation>Wählen Sie die Zeitzone, in der die Zeiten des Autos gelten.</translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation>Diese Zeitzone kennt dieser Computer nicht: Wählen Sie eine aus der Liste.</translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation>Wählen Sie einen dreistelligen Währungscode, z. B. EUR.</translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation>Wählen Sie zuerst die Währung des Tarifs: In ihr wird dieser Betrag gerechnet.</translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation>Wählen Sie einen Wert über dem Mindestladestand (%1&#xa0;%) und höchstens %2&#xa0;%, oder 0, um beim Mindestladestand + 5&#xa0;% wieder zu starten.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation>Die Vorschau benötigt eine bekannte Zeitzone.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 allowed from %2 to %3</source>
        <translation>%1 erlaubt, von %2 bis %3</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation>Nicht erreichbar</translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation>Nicht erreichbar: Das Auto schläft oder hat keinen Empfang</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Nicht angesteckt</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Nicht angesteckt, und Ihre Einstellungen verlangen es</translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation>Nicht angesteckt, und seine Einstellungen verlangen es</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>Beitragen ohne Ladekabel erlauben</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Außerhalb des Zeitplans</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Außerhalb Ihres Zeitplans</translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation>Außerhalb seines Zeitplans</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Zeitplan ändern</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Hochtarif</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>Es gilt gerade der Hochtarif, und Sie erlauben nur den Niedertarif</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation>Es gilt gerade der Hochtarif, und seine Einstellungen erlauben nur den Niedertarif</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>Niedertarif-Einstellung ändern</translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation>Preis über der Grenze</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>Strom kostet mehr als Ihre Preisgrenze</translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation>Strom kostet mehr als seine Preisgrenze</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>Preisgrenze ändern</translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation>CO₂ über dem Grenzwert</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation>Der Netzstrom liegt über Ihrem CO₂-Grenzwert</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation>Der Netzstrom liegt über seinem CO₂-Grenzwert</translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation>CO₂-Grenzwert ändern</translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation>Kein Solarüberschuss</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation>Zu wenig Solarüberschuss, und Sie erlauben nur Solarstrom</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation>Zu wenig Solarüberschuss, und seine Einstellungen erlauben nur Solarstrom</translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation>Netzstrom erlauben</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Nicht rentabel</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Die Aufträge brächten weniger ein, als der Strom kostet</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>Gewinnschutz ändern</translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation>Mindestladestand erreicht</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>Der Akku hat Ihren Mindestladestand erreicht</translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation>Der Akku hat seinen Mindestladestand erreicht</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>Mindestladestand ändern</translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation>Unter dem Wiederaufnahme-Ladestand</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Warten, bis der Akku Ihren Wiederaufnahme-Ladestand erreicht</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation>Warten, bis der Akku seinen Wiederaufnahme-Ladestand erreicht</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>Wiederaufnahme-Ladestand ändern</translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation>Reserve für Abfahrt</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Ladung wird für Ihre nächste Abfahrt aufgehoben</translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation>Ladung wird für die nächste Abfahrt aufgehoben</translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation>Abfahrten ändern</translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation>Computer zu heiß</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>Der Computer ist zu heiß</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>Temperaturgrenze ändern</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Tägliches Energielimit</translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation>Das heutige Energielimit ist erreicht</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>Tägliches Energielimit ändern</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Sie haben das Beitragen pausiert</translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation>Das Beitragen ist pausiert</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>Fortsetzen oder Pause ändern</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Ausgeschaltet</translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>Das Beitragen ist in Ihren Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation>Das Beitragen ist in seinen Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>Beitragen einschalten</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Unterwegs</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>Das Auto fährt</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Keine Einwilligung</translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation>Ihre Einwilligung zur Teilnahme fehlt</translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation>Der Halter hat nicht in die Teilnahme eingewilligt</translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation>Einwilligung erteilen</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Blockiert durch eine Regel, die diese App nicht kennt (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionJobsModel</name>
    <message>
        <source>%1 – %2</source>
        <comment>a job&apos;s start and end</comment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <comment>requests a job served</comment>
        <translation>%1 Anfragen</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n Auftrag brachte %1 vor dem Anteil des Besitzers ein</numerusform>
            <numerusform>%n Aufträge brachten %1 vor dem Anteil des Besitzers ein</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n schlug fehl und brachte nichts ein</numerusform>
            <numerusform>%n schlugen fehl und brachten nichts ein</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation>nur Aufträge innerhalb der gewählten Tage sind aufgeführt</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Verdient</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation>Läuft noch</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation>Die Angaben zum Auto sind noch nicht geladen; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation>Einnahmen des Monats werden abgerufen …</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>PDF wird erstellt …</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>CSV wird geschrieben …</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation>%1 gespeichert (%2 ms).</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TariffPeriodsModel</name>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TrayIcon</name>
    <message>
        <source>Open Idlefleet</source>
        <translation>Idlefleet öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>Alle Autos für %n Stunde pausieren</numerusform>
            <numerusform>Alle Autos für %n Stunden pausieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation>Alle Autos fortsetzen</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation>%1 trägt nicht mehr bei</translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %L1 von %Ln Auto trägt bei</numerusform>
            <numerusform>Idlefleet: %L1 von %Ln Autos tragen bei</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation>Ihre Abrechnung ist fertig</translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation>Die Abrechnung für %1 können Sie unter „Energie und Einnahmen“ exportieren.</translation>
    </message>
    <message>
        <source>Idlefleet is still running</source>
        <translation>Idlefleet läuft weiter</translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation>Ihre Autos folgen weiter ihren Regeln. Öffnen oder beenden Sie Idlefleet über sein Symbol im Infobereich.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleSummary</name>
    <message>
        <source>%1%</source>
        <comment>share of today&apos;s compute energy on solar surplus</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>%1, %2 avoided</source>
        <comment>grams of CO2 emitted, then avoided</comment>
        <translation>%1, %2 vermieden</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation>%1, ab %2 für 24 Stunden</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation>%1, %2 – %3 (Folgetag)</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1, %2 – %3</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings</name>
    <message>
        <source>%1 kWh</source>
        <comment>energy</comment>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours of compute</comment>
        <translation>%1 h</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::EarningsFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Nicht mit dem Flotten-Backend verbunden.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation>Nicht mit einem Flottenserver verbunden.</translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation>Die Fahrzeuge konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation>Die Fahrzeuge der Organisation haben sich während des Ladens geändert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation>Der Server hat %1 seiner %2 Fahrzeuge gesendet.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>Das Flotten-Backend unter %1 hat einen anderen Sicherheitsschlüssel gezeigt als den, dem diese App vertraut; deshalb wurde nichts gesendet. Wurde der Schlüssel des Backends absichtlich ersetzt, verbinden Sie sich erneut mit dem neuen Schlüssel; andernfalls wird die Verbindung möglicherweise abgefangen.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>Das Flotten-Backend unter %1 hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>Das Flotten-Backend unter %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>Das Flotten-Backend hat eine Antwort gesendet, die diese App nicht lesen kann: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-Status %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Nicht angemeldet: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Nicht erlaubt: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Nicht gefunden: %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>Fehler im Flotten-Backend: %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>Das Flotten-Backend hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Die Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation>Die Verbindung zum Flotten-Backend unter %1 ist abgebrochen: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>Die Sitzung ist abgelaufen: Bitte melden Sie sich erneut an.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation>Der lokale Speicher konnte die signierte Änderung nicht sichern.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>Das Flotten-Backend (Version %1) ist zu alt für diese App: Es spricht API-Version %2, diese App braucht %3 oder neuer. Aktualisieren Sie das Backend.</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>Diese App ist zu alt für das Flotten-Backend (Version %1): Das Backend braucht API-Version %2 oder neuer, diese App spricht %3. Aktualisieren Sie die App.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation>Der lokale Speicher konnte die Autos nicht sichern.</translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation>Der lokale Speicher konnte den Verlauf nicht sichern.</translation>
    </message>
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation>Der lokale Speicher konnte die Beiträge nicht sichern.</translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation>Der lokale Speicher konnte die Ereignisse nicht sichern.</translation>
    </message>
</context>
</TS>
