<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
        <source>Earning you about %1 an hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
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
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
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
</TS>
