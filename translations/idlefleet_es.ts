<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation>Tus coches</translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation>Mostrando lo que los coches informaron a las %1. %2</translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation>En directo desde el backend de la flota, actualizado a las %1</translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation>Todavía no hay coches vinculados a esta cuenta.</translation>
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
        <translation>Panel</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Modo de demostración</translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation>Todavía no hay backend de flota</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
</context>
<context>
    <name>StatusOverlay</name>
    <message>
        <source>Cannot show your cars</source>
        <translation>No se pueden mostrar tus coches</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
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
        <translation>Nivel de carga %1 por ciento</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Nivel de carga</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conduciendo</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Contribuyendo</translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation>No contribuye</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Enchufado</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>No enchufado</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation>%1 °C, %2 W</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1 °C, en reposo</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>Energía de cómputo hoy</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Informado</translation>
    </message>
    <message>
        <source>Earning you about %1 an hour</source>
        <translation>Te genera unos %1 por hora</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Por qué no está contribuyendo ahora</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation>Iniciando el backend de flota de demostración…</translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation>Conectando con el backend de la flota…</translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation>Iniciando sesión en el mundo de demostración…</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>El backend de flota de demostración no se inició en %n segundo.</numerusform>
            <numerusform>El backend de flota de demostración no se inició en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation>No se puede iniciar el backend de flota de demostración %1: %2</translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation>El backend de flota de demostración (idlefleetd) no está instalado junto a esta aplicación.</translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation>El backend de flota de demostración se anunció de una forma que esta aplicación no entiende.</translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation>El backend de flota de demostración falló al iniciarse.</translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation>El backend de flota de demostración se detuvo al iniciarse (código de salida %1): %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>La contribución está desactivada en tus ajustes</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Has pausado la contribución</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>El coche está en marcha</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>No está enchufado y tus ajustes lo exigen</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Fuera de tu horario de contribución</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>La electricidad está en hora punta y solo permites horas valle</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>La electricidad cuesta más que tu límite de precio</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Los trabajos ganarían menos de lo que cuesta la electricidad</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>La batería ha llegado a tu carga mínima</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Esperando a que la batería llegue a tu nivel de reanudación</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Reservando carga para tu próxima salida</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>El ordenador está demasiado caliente</translation>
    </message>
    <message>
        <source>Today's energy limit is reached</source>
        <translation>Se ha alcanzado el límite de energía de hoy</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Bloqueado por una regla que esta aplicación no conoce (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend's key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>El backend de flota en %1 mostró una clave de seguridad distinta de la que esta aplicación reconoce, así que no se envió nada. Si la clave del backend se sustituyó a propósito, vuelve a conectar con su nueva clave; si no, puede que alguien esté interceptando la conexión.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>El backend de flota en %1 no respondió a tiempo.</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>No se puede contactar con el backend de flota en %1: %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>El backend de la flota envió una respuesta que esta aplicación no puede leer: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Estado HTTP %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Sin sesión iniciada: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>No permitido: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>No encontrado: %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>El backend de la flota falló: %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>El backend de la flota rechazó la solicitud: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>La sesión ha terminado. Vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>El backend de la flota (versión %1) es demasiado antiguo para esta aplicación: habla la versión %2 de la API y esta aplicación necesita la %3 o posterior. Actualiza el backend.</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>Esta aplicación es demasiado antigua para el backend de la flota (versión %1): el backend necesita la versión %2 de la API o posterior y esta aplicación habla la %3. Actualiza la aplicación.</translation>
    </message>
</context>
</TS>