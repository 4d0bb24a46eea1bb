<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <source>Earning you about %1 an hour</source>
        <translation>Bringt Ihnen etwa %1 pro Stunde</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Warum es gerade nicht beiträgt</translation>
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
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>Das Beitragen ist in Ihren Einstellungen ausgeschaltet</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Sie haben das Beitragen pausiert</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>Das Auto fährt</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Nicht angesteckt, und Ihre Einstellungen verlangen es</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Außerhalb Ihres Zeitplans</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>Strom kostet gerade den Spitzenpreis, und Sie erlauben nur Nebenzeiten</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>Strom kostet mehr als Ihre Preisgrenze</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Die Aufträge brächten weniger ein, als der Strom kostet</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>Der Akku hat Ihren Mindestladestand erreicht</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Warten, bis der Akku Ihren Wiederaufnahme-Ladestand erreicht</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Ladung wird für Ihre nächste Abfahrt aufgehoben</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>Der Computer ist zu heiß</translation>
    </message>
    <message>
        <source>Today's energy limit is reached</source>
        <translation>Das heutige Energielimit ist erreicht</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Blockiert durch eine Regel, die diese App nicht kennt (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend's key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
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
</TS>