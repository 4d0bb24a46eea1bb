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
    <name>EarningsPage</name>
    <message>
        <source>Coming soon</source>
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
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Coming soon</source>
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
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contribution settings of %1</source>
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
        <source>Saved your account, %n car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>Saved your account, %n car and their contributions to %1.</numerusform>
            <numerusform>Saved your account, %n cars and their contributions to %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
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
        <source>The change could not be saved on this computer; nothing was sent. Check that the app&apos;s data folder is writable.</source>
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
        <source>Idlefleet: %1 of %n car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %1 of %n car contributing</numerusform>
            <numerusform>Idlefleet: %1 of %n cars contributing</numerusform>
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
    <message>
        <source>Switch contributing on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change your departures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
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
</context>
</TS>
