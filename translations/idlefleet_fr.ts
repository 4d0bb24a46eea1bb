<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation>Vos voitures</translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation>Dernières données reçues à %1. %2</translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation>En direct du backend de flotte, mis à jour à %1</translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation>Aucune voiture n’est encore associée à ce compte.</translation>
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
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Mode démo</translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation>Pas encore de backend de flotte</translation>
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
        <translation>Impossible d’afficher vos voitures</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
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
        <translation>Niveau de charge %1 pour cent</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Niveau de charge</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Contribue</translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation>Ne contribue pas</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Branchée</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Non branchée</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation>%1 °C, %2 W</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1 °C, au repos</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>Énergie de calcul aujourd’hui</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Earning you about %1 an hour</source>
        <translation>Vous rapporte environ %1 par heure</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Pourquoi elle ne contribue pas en ce moment</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation>Démarrage du backend de flotte de démo…</translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation>Connexion au backend de flotte…</translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation>Connexion au monde de démo…</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>Le backend de flotte de démo n’a pas démarré en %n seconde.</numerusform>
            <numerusform>Le backend de flotte de démo n’a pas démarré en %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation>Impossible de démarrer le backend de flotte de démo %1 : %2</translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation>Le backend de flotte de démo (idlefleetd) n’est pas installé à côté de cette application.</translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation>Le backend de flotte de démo s’est annoncé sous une forme que cette application ne comprend pas.</translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation>Le backend de flotte de démo a planté au démarrage.</translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation>Le backend de flotte de démo s’est arrêté au démarrage (code de sortie %1) : %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>La contribution est désactivée dans vos réglages</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Vous avez mis la contribution en pause</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>La voiture roule</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Non branchée, alors que vos réglages l’exigent</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>En dehors de votre planning de contribution</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>L’électricité est au tarif de pointe et vous n’autorisez que les heures creuses</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>L’électricité coûte plus que votre prix maximum</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Les tâches rapporteraient moins que le coût de l’électricité</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>La batterie a atteint votre niveau minimum</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>En attente que la batterie atteigne votre niveau de reprise</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Charge gardée pour votre prochain départ</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>L’ordinateur est trop chaud</translation>
    </message>
    <message>
        <source>Today's energy limit is reached</source>
        <translation>La limite d’énergie du jour est atteinte</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Bloquée par une règle que cette application ne connaît pas (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend's key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>Le backend de flotte à %1 a présenté une clé de sécurité différente de celle à laquelle cette application fait confiance ; rien n’a donc été envoyé. Si la clé du backend a été remplacée volontairement, reconnectez-vous avec sa nouvelle clé ; sinon, quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>Le backend de flotte à %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>Impossible de joindre le backend de flotte à %1 : %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>Le backend de flotte a envoyé une réponse que cette application ne peut pas lire : %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté : %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé : %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable : %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>Le backend de flotte a échoué : %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>Le backend de flotte a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>La session a pris fin. Reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>Le backend de flotte (version %1) est trop ancien pour cette application : il parle la version %2 de l’API et cette application a besoin de la version %3 ou plus récente. Mettez le backend à jour.</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>Cette application est trop ancienne pour le backend de flotte (version %1) : le backend exige la version %2 de l’API ou plus récente et cette application parle la version %3. Mettez l’application à jour.</translation>
    </message>
</context>
</TS>