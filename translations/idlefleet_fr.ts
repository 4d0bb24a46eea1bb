<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Clés et accès</translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation>Les ordinateurs autorisés à modifier les réglages de la voiture, et les techniciens du support autorisés à consulter ses diagnostics.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>Clés associées</translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation>Ordinateur portable perdu&#xa0;? Révoquez sa clé&#xa0;: la voiture refusera dès lors toute modification signée avec elle.</translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation>Aucun ordinateur n’est encore associé à cette voiture.</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Associer cet ordinateur</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (cet ordinateur)</translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation>%1 · clé %2 · associée&#xa0;: %3 · dernière utilisation&#xa0;: %4</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Révoquée</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Révoquer</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Révoquer la clé de %1</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Accès du support</translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation>Un technicien du support que vous autorisez peut consulter l’état, les réglages et l’historique des événements de cette voiture jusqu’à la fin de l’accès. Il ne peut jamais rien modifier, et chaque consultation est enregistrée.</translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation>e-mail du technicien du support</translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation>Adresse e-mail du technicien du support</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>pendant %n heure</numerusform>
            <numerusform>pendant %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>pendant %n jour</numerusform>
            <numerusform>pendant %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation>Durée de l’accès</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Accorder l’accès</translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation>Aucun accès n’a été accordé pour cette voiture.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (jusqu’au %2)</translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation>Révoquer l’accès de %1</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Révoquer cette clé&#xa0;?</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation>«&#xa0;%1&#xa0;» ne pourra plus modifier les réglages de cette voiture. Pour s’en servir à nouveau, il faudra refaire l’association avec un code affiché par la voiture.</translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation>Envoi de la modification</translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation>Certains réglages sont à vérifier avant de pouvoir appliquer la modification (%1).</translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation>Choisissez ci-dessus les règles que la voiture conserve.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Modifications pas encore appliquées.</translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation>La voiture applique ces règles (version %1).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation>Afficher le premier champ à vérifier</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation>Revenir aux règles appliquées par la voiture</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Appliquer</translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation>Appliquer les modifications à la voiture</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation>Batterie</translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation>Ce que la voiture garde pour rouler.</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Niveau minimum</translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation>La contribution s’arrête à ce niveau de charge.</translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation>Niveau minimum, en pour cent</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Niveau de reprise</translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation>0&#xa0;: reprise au niveau minimum + 5&#xa0;% (%1&#xa0;%).</translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation>Après un arrêt, la contribution ne reprend qu’à ce niveau de charge.</translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation>Niveau de reprise, en pour cent</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation>Dès 12 heures avant un trajet, la voiture conserve la charge dont elle a besoin.</translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Enregistrer le dossier de support</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Dossier de support</translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation>Versions, diagnostics, règles et leur historique, une semaine d’événements et l’explication de l’éligibilité actuelle, sans les noms, lieux, adresses e-mail, jetons ni clés.</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>Enregistrer le dossier de support…</translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation>Enregistrer le dossier de support de cette voiture</translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation>Création du dossier de support</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation>Des limites qui ménagent l’ordinateur de la voiture et votre énergie.</translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation>La contribution s’arrête à cette température et reprend 5&#xa0;°C plus bas.</translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation>Limiter la température de l’ordinateur</translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation>Limite de température, en degrés Celsius</translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation>Énergie consommée pour le calcul sur une journée (heure locale).</translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation>Limiter l’énergie par jour</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation>Limite d’énergie quotidienne, en kilowattheures</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation>Les règles de la voiture ont été modifiées ailleurs</translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Votre modification n’a pas été appliquée&#xa0;: la voiture applique désormais la version %1, définie depuis un autre appareil ou par un gestionnaire de flotte après le début de vos modifications. Rien n’a été écrasé. Choisissez les règles que la voiture conserve.</translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>La voiture applique désormais la version %1, définie depuis un autre appareil ou par un gestionnaire de flotte pendant vos modifications. Rien n’a été écrasé. Choisissez les règles que la voiture conserve.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Réglage</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Votre version</translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation>Sur la voiture (version %1)</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, votre version&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation>%1, sur la voiture&#xa0;: %2</translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation>Les deux versions sont identiques pour tous les réglages.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Garder la mienne</translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation>Garder mes règles et les envoyer à la voiture</translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation>Garder celle de la voiture</translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation>Garder les règles de la voiture et abandonner mes modifications</translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En ligne</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation>Chargement des diagnostics</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Horloge</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Micrologiciel</translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation>Module de calcul</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>Règles confirmées</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>version %1</translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation>Pertes de connexion (24&#xa0;h)</translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation>Tâches en échec (24&#xa0;h)</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Clés actives</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation>Règles, version %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Actualisation impossible (%1). Affichage des données récupérées précédemment.</translation>
    </message>
</context>
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
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Voitures de l’organisation</translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation>Voitures que vous pouvez diagnostiquer</translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation>Une voiture à la fois&#xa0;: la dernière ouverte. Toutes les voitures de l’organisation sont dans Véhicules.</translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation>Choisir une autre voiture</translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation>Départ %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>à</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1&#xa0;: heure</translation>
    </message>
    <message>
        <source>with</source>
        <translation>avec</translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation>%1&#xa0;: charge nécessaire, en pour cent</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>Ajouter un départ</translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation>Ajouter un départ prévu</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation>%1, heures selon l’horloge de la voiture (%2)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation>Actualiser les diagnostics et l’historique des événements</translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation>Votre accès de support&#xa0;:</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation>heures de calcul</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>énergie</translation>
    </message>
    <message>
        <source>money</source>
        <translation>montants</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation>Graphique&#xa0;: %1&#xa0;; les touches fléchées parcourent les intervalles</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Contenu du graphique</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>Heures de calcul</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>Énergie en kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Montants</translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation>Coût, brut et net</translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation>Aucune contribution sur cette période.</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation>Énergie et gains</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coût de l’électricité</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Gains bruts</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation>Votre part (%1)</translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation>Net, après électricité</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Usure de la batterie</translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation>Net, après électricité et usure</translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation>Part du propriétaire (%1)</translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation>Part du propriétaire</translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation>Électricité</translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation>Votre tarif et ce que la voiture peut dépenser en électricité.</translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation>Sans tarif, aucune heure n’est creuse&#xa0;: la voiture ne contribuerait donc jamais.</translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation>Uniquement en heures creuses</translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation>Pas quand l’électricité coûte plus de</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 par kWh</translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation>Prix maximum par kWh</translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation>Ne contribuer que si les tâches vous rapportent au moins le coût de l’électricité.</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Uniquement si rentable</translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation>Le soleil, le CO₂ du réseau et l’usure de la batterie.</translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation>Uniquement quand vos panneaux solaires produisent plus que ce que consomme la maison et couvrent toute la puissance de l’ordinateur. La voiture doit être branchée à domicile.</translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation>Uniquement sur mon propre surplus solaire</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation>L’intensité carbone du réseau varie d’heure en heure. Le surplus solaire n’est jamais limité.</translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation>Pas quand le réseau émet plus de</translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation>g de CO₂ par kWh</translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation>Limite de CO₂, en grammes par kilowattheure</translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation>Ce que rapporte votre électricité injectée</translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation>Le surplus utilisé par l’ordinateur n’est pas injecté&#xa0;: il vous coûte ce montant au lieu du prix de l’électricité du réseau.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation>Définissez d’abord votre tarif ci-dessus&#xa0;: le tarif de rachat en fait partie.</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 par kWh</translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation>Tarif de rachat par kWh</translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation>L’usure est déduite de votre net pour l’énergie que l’ordinateur prélève sur la batterie, et non quand la voiture est branchée. Elle est aussi prise en compte par le garde-fou de rentabilité.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation>Définissez d’abord votre tarif ci-dessus&#xa0;: l’usure est comptée dans sa devise.</translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation>Tenir compte de l’usure de la batterie</translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation>Usure de la batterie par kWh</translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation>La calculer d’après la batterie&#xa0;:</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>Prix du pack batterie</translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation>Prix du pack batterie</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Énergie utile</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation>Énergie utile de la batterie, en kilowattheures</translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation>Cycles complets nominaux</translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation>Cycles de charge complets nominaux</translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation>Utiliser %1 %2 par kWh</translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation>Saisissez un prix, une énergie et des cycles supérieurs à 0</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation>charge %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Charge %1</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation>Historique des événements</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 sur %Ln événement</numerusform>
            <numerusform>%L1 sur %Ln événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>31 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation>Période couverte par l’historique</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation>Afficher les événements de contribution</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>Branchement</translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation>Afficher les branchements et débranchements</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation>Afficher les tâches en échec</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Connectivité</translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation>Afficher les événements de connexion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation>Afficher les événements liés aux clés</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation>Afficher les modifications des règles</translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation>Rechercher (un motif, une clé, une cause…)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Rechercher dans les événements</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Actualisation impossible (%1). Affichage des données récupérées précédemment.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Aucun événement ne correspond aux filtres.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Fichiers de règles (*.json)</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Règles groupées</translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation>Les mêmes règles pour de nombreuses voitures, signées avec la clé de cet ordinateur, certifiée par votre organisation.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nom du modèle</translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation>Nuits au dépôt</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>%Ln voiture sélectionnée dans le tableau des véhicules</numerusform>
            <numerusform>%Ln voitures sélectionnées dans le tableau des véhicules</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation>Toutes les voitures d’un groupe&#xa0;:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation>Ouvrir un fichier de règles…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Application en cours…</translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation>Appliquer aux voitures</translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation>Réponses des voitures à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation>Réponses des voitures</translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation>Appliquez les règles pour voir ici la réponse de chaque voiture&#xa0;: appliqué, en attente tant qu’elle est en veille, ou refusé avec le motif.</translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation>Voitures ayant répondu</translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>Sur %Ln voiture&#xa0;: %L1 appliqué, %L2 en attente, %L3 refusé</numerusform>
            <numerusform>Sur %Ln voitures&#xa0;: %L1 appliqués, %L2 en attente, %L3 refusés</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Appliqué</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>En veille</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflit</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Envoi en cours</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Exporter le rapport…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Enregistrer le rapport</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Importer des règles</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Votre organisation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln voiture, à %1</numerusform>
            <numerusform>%Ln voitures, à %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Chargement de l’organisation…</translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Contribuent en ce moment</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>Joignables en ce moment</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Branchées</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>Voitures payées en %1&#xa0;: %Ln voiture, %2 derniers jours</numerusform>
            <numerusform>Voitures payées en %1&#xa0;: %Ln voitures, %2 derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coût de l’électricité</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Gains bruts</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Gains nets</translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation>Pourquoi des voitures ne contribuent pas en ce moment</translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation>Toutes les voitures contribuent.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Groupes</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1&#xa0;: %L2 sur %Ln voiture en contribution</numerusform>
            <numerusform>%1&#xa0;: %L2 sur %Ln voitures en contribution</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation>Énergie de calcul de toute la flotte, par heure</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>On solar</source>
        <translation>Part solaire</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>Intensité carbone</translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation>Voitures hors groupe</translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation>%1 · %2 solaire · %3 · net&#xa0;%4</translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation>Aucun calcul sur cette période</translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation>%1&#xa0;: aucune voiture actuellement</translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation>Tout motif</translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation>Chargement de %L1 voitures sur %L2…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>%L1 sur %Ln voiture affichée, %L2 sélectionnée</numerusform>
            <numerusform>%L1 sur %Ln voitures affichées, %L2 sélectionnées</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation>Chargement des voitures</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Rechercher par nom ou ID</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Tous les groupes</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Tout état</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Contribue</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>En charge</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation>Motif de non-contribution</translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation>Sous le niveau minimum</translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation>Injoignable depuis plus de</translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation>Injoignable depuis plus de ce nombre d’heures (0&#xa0;: indifférent)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Sélectionner les voitures affichées</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Effacer la sélection</translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Appliquer des règles à %Ln voiture…</numerusform>
            <numerusform>Appliquer des règles à %Ln voitures…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation>Retrier avec les dernières valeurs</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Voitures de l’organisation</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Sélectionner %1</translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation>Double-cliquez sur une voiture ou appuyez sur Entrée pour ouvrir son tableau de bord. La touche Espace la sélectionne.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>Déplacer %Ln voiture dans un groupe</numerusform>
            <numerusform>Déplacer %Ln voitures dans un groupe</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation>Un dépôt ou une équipe&#xa0;: choisissez-en un ou saisissez un nouveau nom (vide&#xa0;: aucun groupe).</translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation>Déplacer dans un groupe…</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation>Actualisation impossible (%1). Affichage des données récupérées %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>il y a %n minute</numerusform>
            <numerusform>il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Chargement impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Relancer le chargement</translation>
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
    <message>
        <source>When it may contribute</source>
        <translation>Quand elle peut contribuer</translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation>Énergie et gains</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Clés et accès</translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation>Associer une voiture</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Véhicules</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Règles groupées</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnostics</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation>Trois étapes&#xa0;: votre compte, votre consentement, puis l’association de cet ordinateur avec votre voiture.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Votre compte</translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation>Vous êtes en mode démo, connecté en tant que %1 (%2) dans une flotte simulée. Rien de ce que vous faites ici n’affecte une vraie voiture.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Connecté en tant que %1 (%2).</translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation>Votre consentement à participer</translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation>&lt;b&gt;Ce qui s’exécute sur la voiture&#xa0;:&lt;/b&gt; des tâches d’inférence IA de la flotte, dans un environnement isolé sur l’ordinateur de la voiture, uniquement quand vos réglages le permettent. Ces tâches n’accèdent jamais aux systèmes de conduite.&lt;br&gt;&lt;b&gt;Les données qui quittent la voiture&#xa0;:&lt;/b&gt; le niveau de charge, si elle est branchée, la température et la puissance de l’ordinateur, l’énergie consommée et les tâches traitées. Jamais sa position, les images des caméras ni l’identité du conducteur.&lt;br&gt;&lt;b&gt;Ce que vous gagnez&#xa0;:&lt;/b&gt; 70&#xa0;% de ce que la flotte perçoit pour la puissance de calcul de votre voiture&#xa0;; l’électricité reste à votre charge, à votre tarif.</translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation>Vous avez accepté les conditions (version %1) le %2. Vous pouvez retirer votre consentement à tout moment dans les Réglages.</translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation>Conditions, version %1. Votre réponse est enregistrée avec sa date.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>J’accepte</translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation>J’accepte de participer selon les conditions, version %1</translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation>Associer cet ordinateur à votre voiture</translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation>L’association permet à cet ordinateur de signer vos modifications&#xa0;: la voiture les accepte ainsi de vous et de personne d’autre. Il apparaît sous le nom «&#xa0;%1&#xa0;» dans la liste des clés de la voiture.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation>Voiture à associer</translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation>✓ Cet ordinateur est associé à la voiture. Vos modifications sont signées et la voiture les accepte.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Recommencer</translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation>Lancer l’association</translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation>La voiture affiche maintenant un code à six chiffres sur son écran central. Saisissez-le ici avant %1.</translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation>Mode démo&#xa0;: l’écran de la voiture simulée affiche %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation>Code d’association affiché par la voiture</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Associer</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Associer avec ce code</translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation>Demande d’un code à la voiture…</translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation>Vérification du code auprès de la voiture…</translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation>Lecture des clés de la voiture…</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Aller au tableau de bord</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Se déconnecter</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Se déconnecter du compte %1</translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation>Vous avez un compte chez un opérateur de flotte&#xa0;? Connectez-vous avec l’adresse du serveur et l’empreinte qu’il vous a fournies.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation>Adresse du serveur de flotte</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Empreinte</translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation>44 caractères, fournis par votre opérateur de flotte</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>Empreinte de la clé du serveur</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Adresse e-mail</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Se connecter</translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation>Se connecter au serveur de flotte</translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation>ou continuer en mode démo</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation>Si la voiture prête ou non son ordinateur, et la mise en pause.</translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation>Désactivé&#xa0;: la voiture ne prête jamais son ordinateur, quelles que soient les règles ci-dessous.</translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation>Laisser la voiture contribuer quand elle est garée</translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation>Désactivé&#xa0;: elle peut aussi contribuer sur sa seule batterie, jusqu’au niveau minimum.</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Uniquement quand elle est branchée</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation>Aucune contribution d’ici là&#xa0;; les heures sont celles du fuseau horaire de la voiture.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 heure</translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation>Mettre en pause pendant une heure</translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation>Jusqu’à 06:00</translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation>Mettre en pause jusqu’à demain 06:00</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Jusqu’à nouvel ordre</translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation>Mettre en pause jusqu’à nouvel ordre</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reprendre maintenant</translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>Mettre fin à la pause</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>aaaa-mm-jj hh:mm</translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation>Mettre en pause jusqu’à une date et une heure</translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation>Pause jusque-là</translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation>Mettre en pause jusqu’à la date et l’heure saisies</translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation>Saisissez une date et une heure, par exemple 2026-11-30 08:00.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation>Toutes les heures de cette page sont l’heure locale de la voiture dans ce fuseau, heure d’été comprise.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation>Versements</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation>Le net de chaque mois est arrêté à minuit le 1er et versé trois jours plus tard dès qu’il atteint %1&#xa0;; un solde inférieur est reporté au mois suivant.</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation>Le net de chaque mois est arrêté à minuit le 1er et versé trois jours plus tard.</translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation>Aucun mois n’a encore été arrêté.</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>net %1</translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Fuseau horaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>Modifié à partir de la version %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation>Importer des règles depuis un fichier JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation>Exporter ces règles dans un fichier JSON</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Non importé&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation>Cet ordinateur doit être associé à %1 avant de pouvoir modifier ses règles&#xa0;: chaque modification est signée avec la clé propre à cet ordinateur, et la voiture n’accepte que les clés associées depuis son écran.</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>la voiture</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Associer cet ordinateur</translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation>Associer cet ordinateur à la voiture</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>La semaine à venir</translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation>Quand la voiture peut contribuer au cours des sept prochains jours selon les règles d’horaire, de pause et de prix ci-dessus, telle que la voiture le calcule elle-même. La charge, la température et les gains sont évalués sur le moment.</translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation>La contribution est désactivée&#xa0;: aucune plage horaire n’est autorisée.</translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation>Heures creuses uniquement, mais sans tarif aucune heure n’est creuse.</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Importer des règles</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Fichiers de règles (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>Exporter les règles</translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation>Tous les jours</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>En semaine</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Le week-end</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation>Quand elle peut contribuer</translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation>Les règles de participation de %1, appliquées par la voiture elle-même.</translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation>Les règles de participation de votre voiture, appliquées par la voiture elle-même.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Chargement</translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation>Chargement des règles appliquées par la voiture…</translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation>Les règles n’ont pas pu être chargées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation>Réessayer de charger les règles</translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation>Aucune voiture pour laquelle définir des règles pour le moment.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Abandonner vos modifications&#xa0;?</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation>Les modifications des règles de %1 n’ont pas été appliquées.</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation>Versions des règles</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation>Aucune version des règles connue.</translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation>Version %1, appliquée le %2, signée avec la clé %3</translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation>Version %1, appliquée le %2, premières règles de la voiture</translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation>(en vigueur)</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>3 derniers mois</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Premier jour</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>au</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Dernier jour</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation>Afficher les jours choisis</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Regroupement</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Par heure</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Par jour</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Par semaine</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Par mois</translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln voiture. L’affiche dans le tableau.</numerusform>
            <numerusform>%1&#xa0;: %Ln voitures. Les affiche dans le tableau.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
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
        <translation>Trier par %1</translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation>%1, ordre croissant&#xa0;; appuyez pour l’ordre décroissant</translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation>%1, ordre décroissant&#xa0;; appuyez pour l’ordre croissant</translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation>Sessions de contribution</translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation>La session a commencé avant les jours choisis&#xa0;; ses chiffres ne comptent que la partie comprise dans ces jours.</translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation>La session se poursuit après les jours choisis&#xa0;; ses chiffres ne comptent que la partie comprise dans ces jours.</translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation>… Une session qui déborde du premier ou du dernier jour choisi&#xa0;: ses chiffres ne comptent que la partie comprise dans ces jours.</translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation>Choisissez une session pour voir les tâches qu’elle a traitées.</translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation>Tâches de la session %1</translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation>Tâches de la session choisie</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation>en échec, rien payé</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en cours</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation>Exporter toutes mes données</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation>idlefleet-mes-donnees</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Réglages</translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation>L’apparence et la langue de l’application, et ce qu’elle conserve à votre sujet.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Thème sombre</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation>Me prévenir quand une voiture s’arrête à cause de son niveau minimum de batterie ou de la chaleur, et quand un relevé mensuel est prêt</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notifications du bureau</translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation>Vos données et votre consentement</translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation>En mode démo, ces actions s’appliquent au compte de démonstration de la flotte simulée.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation>Votre compte, vos consentements, vos voitures, vos réglages, vos clés, chaque contribution et les accès accordés au support, dans un seul fichier JSON.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation>Retirer mon consentement</translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation>Consentement pas encore donné</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentement retiré</translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation>Toutes les voitures cessent de contribuer et restent en pause jusqu’à ce que vous donniez à nouveau votre accord. Votre historique est conservé.</translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation>Pour participer, donnez votre accord dans «&#xa0;Associer une voiture&#xa0;».</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Supprimer mon compte</translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation>Supprime définitivement de la flotte votre compte ainsi que les réglages, clés, historique et gains de vos voitures. Exportez d’abord vos données si vous souhaitez en garder une copie.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Supprimer…</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>Supprimer définitivement votre compte&#xa0;?</translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation>Cette action est irréversible. Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progression de l’export</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Arrêter l’export</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Vos données</translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation>Tout ce que la flotte conserve sur votre compte, en un seul fichier JSON.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation>Supprime définitivement votre compte et vos connexions de la flotte. Les voitures de l’organisation et leur historique restent.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation>Supprime définitivement votre compte et vos connexions de la flotte. Les voitures auxquelles vous aviez accès restent à leurs propriétaires.</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Enregistrer le relevé en PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Enregistrer le relevé en CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Relevé mensuel</translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation>Chaque jour du mois avec son énergie, son coût d’électricité, ses gains bruts, votre part et le net, pour vos archives ou votre comptable.</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>Mois du relevé</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Enregistrer en CSV…</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>Création du relevé</translation>
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
        <translation>Transcription</translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation>Traduction</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation>Images</translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation>Relevé des gains</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>Impossible d’écrire %1&#xa0;: vérifiez que le dossier existe et que vous avez le droit d’y écrire.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation>%1&#xa0;% de ce qu’ont payé les tâches</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Voiture</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré le</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totaux</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation>Brut&#xa0;: ce qu’ont payé les tâches</translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation>Votre part (%1&#xa0;%)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coût de l’électricité</translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation>Reporté au mois suivant&#xa0;: %1 (sous le versement minimum de %2)</translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation>Versé&#xa0;: %1 le %2</translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation>Versement en attente&#xa0;: %1, versé le %2</translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation>(dont %1 reporté des mois précédents)</translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation>Versement&#xa0;: le mois est arrêté à minuit le 1er du mois suivant.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Brut</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation>… une session commencée avant le mois ou poursuivie après&#xa0;: seule sa partie dans le mois est comptée.</translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation>Tâches traitées</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Requêtes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payé</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>Impossible de terminer l’écriture de %1.</translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation>dont surplus solaire / réseau / batterie</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation>CO₂ de l’énergie du réseau</translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation>%1 (et %2 d’intensité carbone inconnue)</translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation>CO₂ évité grâce au surplus solaire</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Usure de la batterie</translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation>Net&#xa0;: votre part moins l’électricité et l’usure</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Usure</translation>
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
    <message>
        <source>Sign out and use demo mode</source>
        <translation>Se déconnecter et utiliser le mode démo</translation>
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
        <translation>Début de la contribution</translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation>Fin de la contribution</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Branchée</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Débranchée</translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation>Motifs de non-contribution modifiés</translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>Une tâche a échoué</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Connexion perdue</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>Connexion rétablie</translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation>Une clé a été ajoutée</translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation>Une clé a été révoquée</translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation>Les règles ont changé</translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation>Un événement que cette application ne connaît pas</translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation>L’ordinateur a ralenti pour refroidir</translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation>La tâche a dépassé le temps imparti</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clé %1</translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation>Version %1 confirmée par la voiture</translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation>Aucun accès aux diagnostics de %1&#xa0;: aucun accès n’a été accordé au support pour cette voiture, ou il a pris fin.</translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation>Il n’existe aucune voiture %1.</translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation>la contribution était désactivée</translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation>elle était en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation>elle était en pause</translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation>la voiture roulait</translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation>elle n’était pas branchée, alors que ses règles l’exigent</translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation>en dehors de son planning (la prochaine plage commence à %1)</translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation>en dehors de son planning (aucune plage dans les 7 prochains jours)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation>l’électricité était en heures pleines (%1) et seules les heures creuses sont autorisées (elles commencent à %2)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation>l’électricité était en heures pleines (%1) et seules les heures creuses sont autorisées</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation>l’électricité coûtait %1, au-dessus du prix maximum de %2 (moins chère à partir de %3)</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation>l’électricité coûtait %1, au-dessus du prix maximum de %2</translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation>une heure de tâches aurait rapporté %1, mais l’électricité aurait coûté %2</translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation>au niveau minimum de %1&#xa0;% (charge %2&#xa0;%)</translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation>sous le niveau de reprise de %1&#xa0;% (charge %2&#xa0;%)</translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation>le départ de %1 nécessite %2&#xa0;% (charge %3&#xa0;%)</translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation>charge gardée pour un départ (charge %1&#xa0;%)</translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation>l’ordinateur était à %1&#xa0;°C, sa limite est de %2&#xa0;°C</translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation>la limite d’énergie du jour de %1 était atteinte (%2 consommés)</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation>Le %1, la voiture a contribué.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation>Le %1, la voiture n’a pas contribué&#xa0;: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation>Le %1, la voiture n’a pas contribué&#xa0;: elle était hors ligne.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation>Le %1, la voiture n’a pas contribué alors que ses règles le permettaient (aucune tâche n’est arrivée).</translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation>Aucun historique pour cette minute&#xa0;: voici l’état actuel de la voiture.</translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation>son propriétaire n’avait pas donné (ou avait retiré) son consentement à participer</translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation>l’électricité du réseau émettait %1&#xa0;g de CO₂ par kWh, au-dessus de la limite de %2&#xa0;g</translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation>seule l’énergie solaire était autorisée, et le surplus de %1&#xa0;W ne couvrait pas les %2&#xa0;W de l’ordinateur</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation>Utiliser mon tarif d’électricité</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation>Utiliser le tarif %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation>Devise, code ISO 4217</translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation>Prix aux autres heures</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 par kWh</translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation>Prix en dehors des périodes, par kWh</translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation>Périodes (la première qui couvre une heure en fixe le prix)</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1&#xa0;: début</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1&#xa0;: fin</translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation>%1&#xa0;: prix par kWh</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Heures creuses</translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation>%1 en heures creuses</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Monter %1</translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation>Plus haut dans la liste&#xa0;: prioritaire là où les périodes se chevauchent</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Descendre %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Supprimer %1</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation>Ajouter une période tarifaire</translation>
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
        <translation>Californie&#xa0;: heures creuses jusqu’à 15:00, heures pleines 16:00–21:00, tous les jours</translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation>Octopus Go</translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation>Royaume-Uni&#xa0;: heures creuses 00:30–05:30 chaque nuit</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Tarif unique</translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation>Un seul prix à toute heure&#xa0;; pas d’heures creuses</translation>
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
        <translation>Saisissez une heure entre 00:00 et 24:00, par exemple 22:30.</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation>Saisissez une heure entre 00:00 et 23:59, par exemple 07:30.</translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TraceCard</name>
    <message>
        <source>Eligibility trace</source>
        <translation>Explication de l’éligibilité</translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation>Ce que la voiture savait et a décidé au cours d’une minute donnée. L’heure est celle de l’horloge de la voiture (%1).</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation>Date et heure selon l’horloge de la voiture</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation>Régler sur l’heure actuelle de la voiture</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Expliquer</translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation>Expliquer pourquoi la voiture a contribué ou non à ce moment-là</translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation>Récupération de l’explication de l’éligibilité</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>%1&#xa0;g</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1&#xa0;kg</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Saisissez un nombre entier.</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation>Saisissez un nombre, par exemple 0,25.</translation>
    </message>
</context>
<context>
    <name>VehicleCard</name>
    <message>
        <source>%1 %</source>
        <translation>%1&#xa0;%</translation>
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
        <translation>%1&#xa0;°C, %2&#xa0;W</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1&#xa0;°C, au repos</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>Énergie de calcul aujourd’hui</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Signalé</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Pourquoi elle ne contribue pas en ce moment</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation>Hors ligne, vue à l’instant</translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Hors ligne, vue il y a %n minute</numerusform>
            <numerusform>Hors ligne, vue il y a %n minutes</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Contribue en ce moment</translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation>Prochaine plage de contribution</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>Aucune d’ici %n jour avec vos réglages.</numerusform>
            <numerusform>Aucune dans les %n prochains jours avec vos réglages.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Jusqu’à %1</translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation>Environ %1&#xa0;kWh · électricité %2 · gains %3 · net %4</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation>Depuis votre inscription</translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation>%1&#xa0;: net %2, %3&#xa0;kWh</translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation>Les prévisions et les totaux ne sont pas à jour&#xa0;: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Pause de 2 heures</translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation>Reprendre la contribution de %1</translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation>Mettre en pause la contribution de %1 pendant deux heures</translation>
    </message>
    <message>
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation>Votre part des tâches&#xa0;: environ %1 de l’heure, avant électricité</translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation>Part solaire aujourd’hui</translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation>CO₂ aujourd’hui</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Quand elle peut contribuer</translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation>Quand %1 peut contribuer</translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation>Pause enregistrée sur cet ordinateur&#xa0;; envoi à la voiture…</translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation>Reprise enregistrée sur cet ordinateur&#xa0;; envoi à la voiture…</translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation>Pause en route&#xa0;: «&#xa0;%1&#xa0;» est injoignable et se mettra en pause dès son retour en ligne.</translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation>Reprise en route&#xa0;: «&#xa0;%1&#xa0;» est injoignable et reprendra dès son retour en ligne.</translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation>Pause envoyée&#xa0;; en attente de la confirmation de la voiture.</translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation>Reprise envoyée&#xa0;; en attente de la confirmation de la voiture.</translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Pas de pause&#xa0;: cet ordinateur n’est pas associé à «&#xa0;%1&#xa0;», et la voiture n’accepte que les modifications des ordinateurs associés sur son écran.</translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Pas de reprise&#xa0;: cet ordinateur n’est pas associé à «&#xa0;%1&#xa0;», et la voiture n’accepte que les modifications des ordinateurs associés sur son écran.</translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation>Pas de pause&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation>Pas de reprise&#xa0;: %1</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Associer cet ordinateur</translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation>Associer cet ordinateur à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation>Part du propriétaire sur les tâches&#xa0;: environ %1 de l’heure, avant électricité</translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation>Depuis son arrivée</translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation>Hors ligne, pas encore vue</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Hors ligne depuis %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>Aucune d’ici %n jour avec ses réglages.</numerusform>
            <numerusform>Aucune dans les %n prochains jours avec ses réglages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation>Plages hebdomadaires, du lundi au dimanche</translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation>Faites glisser sur une zone vide pour ajouter une plage&#xa0;; faites glisser une plage pour la déplacer, ou ses extrémités pour la redimensionner.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Plage %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation>Les flèches la déplacent de 15 minutes ou d’un jour&#xa0;; Maj avec les flèches la redimensionne&#xa0;; Suppr la supprime.</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 off-peak</source>
        <translation>%1 en heures creuses</translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation>%1&#xa0;: %2 de contribution autorisée</translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation>%1 · changement d’heure</translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation>Contribution possible</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Heures creuses</translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation>Heures pleines (plus foncé&#xa0;: plus cher)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation>Plage %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1&#xa0;: début</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1&#xa0;: fin</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>le lendemain</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>Supprimer %1 (%2)</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Ajouter une plage</translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation>Ajouter une plage hebdomadaire</translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation>Aucune plage&#xa0;: la voiture peut contribuer à toute heure permise par les autres règles.</translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation>Plages hebdomadaires</translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation>Les moments de la semaine où la voiture peut contribuer. Faites glisser sur la grille pour tracer une plage, faites-la glisser pour la déplacer et tirez ses extrémités pour la redimensionner.</translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation>Clavier&#xa0;: Tab pour atteindre une plage&#xa0;; les flèches la déplacent de 15 minutes ou d’un jour&#xa0;; Maj+Gauche/Droite déplacent sa fin, Maj+Haut/Bas son début&#xa0;; Suppr la supprime.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>Choisissez le fichier dans lequel enregistrer l’export.</translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation>Collecte de vos données…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L’export a échoué&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>Votre compte, %Ln voiture et ses contributions ont été enregistrés dans %1.</numerusform>
            <numerusform>Votre compte, %Ln voitures et leurs contributions ont été enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Saisissez votre mot de passe pour confirmer.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Suppression de votre compte…</translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation>Le mot de passe est incorrect&#xa0;; rien n’a été supprimé.</translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation>Le compte n’a pas pu être supprimé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation>Votre compte et toutes les données conservées à son sujet ont été supprimés.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L’export a été arrêté&#xa0;; aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
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
    <message>
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation>Votre session sur %1 a pris fin. Reconnectez-vous ou utilisez le mode démo.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation>Impossible de joindre le backend de flotte à %1.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation>Impossible de joindre le backend de flotte à %1. Vos voitures s’afficheront de nouveau dès qu’il répondra.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation>Votre session a pris fin. Reconnectez-vous ou utilisez le mode démo.</translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation>Le serveur doit être une adresse https://, par exemple https://fleet.example.com.</translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation>L’empreinte est la chaîne de 44 caractères fournie par votre opérateur de flotte (SHA-256 en base64).</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation>Saisissez l’adresse e-mail de votre compte.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Saisissez votre mot de passe.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>L’adresse e-mail ou le mot de passe est incorrect.</translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation>Chargement de vos voitures…</translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation>Ces voitures n’ont pas pu être conservées sur cet ordinateur pour une utilisation hors réseau (%1). Sans réseau, l’application affiche ce qu’elle avait conservé auparavant.</translation>
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
        <translation>Impossible de démarrer le backend de flotte de démo %1&#xa0;: %2</translation>
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
        <translation>Le backend de flotte de démo s’est arrêté au démarrage (code de sortie %1)&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation>%1 à %2, %3&#xa0;%</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>synchronisée</translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation>en avance de %1&#xa0;ms</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>en retard de %1&#xa0;ms</translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation>contribution activée</translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation>contribution désactivée</translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation>niveau minimum %1&#xa0;%</translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation>reprise à %1&#xa0;%</translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation>uniquement branchée</translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation>heures creuses uniquement</translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation>uniquement si rentable</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n plage</numerusform>
            <numerusform>%n plages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n départ</numerusform>
            <numerusform>%n départs</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation>ordinateur jusqu’à %1&#xa0;°C</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pause jusqu’au %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation>Choisissez d’abord une voiture et une heure.</translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation>Aucune explication de l’éligibilité pour ce moment&#xa0;: %1</translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation>Saisissez une heure selon l’horloge de la voiture au format %1, par exemple %2.</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>Choisissez d’abord une voiture.</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Choisissez un fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>Calcul (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coût de l’électricité</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Gains bruts</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Votre part</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semaine du %1</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>Calcul&#xa0;: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Énergie&#xa0;: %1</translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation>Coût de l’électricité&#xa0;: %1</translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation>Brut&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation>Votre part&#xa0;: %1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Net&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation>Cette voiture ne fait plus partie de vos voitures.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation>«&#xa0;%1&#xa0;» n’est pas une date&#xa0;; écrivez-la sous la forme %2 ou 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Le dernier jour précède le premier.</translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation>Choisissez une période de 20 ans au maximum.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EventTimelineModel</name>
    <message>
        <source>%1%</source>
        <comment>state of charge</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation>Appliqué (version %1)</translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation>En attente&#xa0;: la voiture est en veille&#xa0;; elle recevra les règles à son réveil</translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation>Conflit&#xa0;: les règles de la voiture ont changé entre-temps (désormais version %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Envoi…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En file d’attente</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>Les règles ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation>Choisissez d’abord un groupe ou sélectionnez des voitures dans le tableau des véhicules.</translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation>La clé et la file d’envoi de cet ordinateur ne sont pas prêtes&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation>Recherche des voitures…</translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation>Aucune des voitures sélectionnées ne fait partie de l’organisation.</translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation>Le groupe %1 ne contient aucune voiture.</translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation>Demande de certification de la clé de cet ordinateur auprès de l’organisation…</translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet sur %1</translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation>L’organisation n’a pas certifié la clé de cet ordinateur&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Envoi des règles à %Ln voiture…</numerusform>
            <numerusform>Envoi des règles à %Ln voitures…</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation>la file d’envoi n’a pas pu conserver la modification</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>%Ln voiture en veille recevra les règles à son réveil.</numerusform>
            <numerusform>%Ln voitures en veille recevront les règles à leur réveil.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Rapport enregistré dans %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetOverview</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1&#xa0;g/kWh</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetVehicleModel</name>
    <message>
        <source>Contributing</source>
        <translation>Contribue</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation>En charge</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation>Charge</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation>Niveau min.</translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation>Pourquoi pas de contribution</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Vu pour la dernière fois</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Énergie aujourd’hui</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation>Sélectionnez d’abord les voitures à déplacer.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln voiture retirée de son groupe.</numerusform>
            <numerusform>%Ln voitures retirées de leur groupe.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln voiture déplacée dans %1.</numerusform>
            <numerusform>%Ln voitures déplacées dans %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation>révoqué</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation>se termine dans l’heure</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>se termine dans %n heure</numerusform>
            <numerusform>se termine dans %n heures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>se termine dans %n jour</numerusform>
            <numerusform>se termine dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation>Saisissez l’adresse e-mail du technicien du support, par exemple support@example.com.</translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation>L’accès peut durer de 1 heure à 30 jours.</translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation>L’accès n’a pas pu être accordé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation>L’accès n’a pas pu être révoqué&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation>Clé de flotte de l’organisation</translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation>Gestionnaire de flotte</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propriétaire</translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation>La clé n’a pas pu être révoquée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation>La clé dans %1 n’est pas une clé privée P-256&#xa0;; déplacez-la ailleurs pour en créer une nouvelle.</translation>
    </message>
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation>La clé de flotte dans %1 n’est pas une clé privée P-256.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation>%1 ne peut pas être lu comme clé de flotte&#xa0;; le fichier reste où il est.</translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation>%1 contient une autre clé de flotte que %2&#xa0;; les deux restent où elles sont.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet sur %1</translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation>Votre consentement n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation>Le retrait de votre consentement n’a pas pu être enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation>La clé de cet ordinateur n’est pas disponible, il ne peut donc pas être associé. Redémarrez l’application&#xa0;; si le problème persiste, vérifiez que son dossier de données est accessible en écriture.</translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation>Saisissez le code affiché sur l’écran de la voiture.</translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>Ce code ne correspond pas à celui affiché par la voiture. Il vous reste %n essai.</numerusform>
            <numerusform>Ce code ne correspond pas à celui affiché par la voiture. Il vous reste %n essais.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation>Trop de codes erronés. Recommencez&#xa0;: la voiture affichera un nouveau code.</translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation>Le code a expiré. Recommencez&#xa0;: la voiture affichera un nouveau code.</translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation>La voiture n’attend plus de code. Recommencez.</translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation>La voiture est injoignable pour le moment&#xa0;: elle n’a pas de réseau là où elle est garée. Réessayez quand elle sera de nouveau en ligne.</translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation>La voiture a atteint son nombre maximal de clés. Révoquez-en une que vous n’utilisez plus dans «&#xa0;Clés et accès&#xa0;», puis réessayez.</translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation>Seul le propriétaire de la voiture peut lui associer un ordinateur.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%1 versé le %2</translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation>%1 en cours, versé le %2</translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation>%1 reporté au mois suivant</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation>Cet ordinateur n’a pas encore sa propre clé ni sa propre file d’envoi&#xa0;: il ne peut donc pas signer de modifications pour la voiture.</translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation>La modification n’a pas pu être enregistrée dans la file d’envoi de cet ordinateur.</translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation>En attente de signature et d’envoi à la voiture.</translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation>Envoyée à la voiture&#xa0;; en attente de sa confirmation.</translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation>La voiture a confirmé la modification&#xa0;: elle applique la version %1 des règles.</translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation>Non appliquée&#xa0;: les règles de la voiture ont été modifiées ailleurs (elles sont désormais en version %1).</translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation>La voiture a refusé la modification&#xa0;: cet ordinateur ne lui est pas associé.</translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation>La voiture a refusé la modification&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation>Pas encore transmise (%1)&#xa0;; elle sera renvoyée automatiquement.</translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation>La voiture a confirmé la pause.</translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation>La voiture a confirmé&#xa0;: elle contribue de nouveau dès que ses règles le permettent.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Aucune limite</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>À toute heure</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation>%1 %2 par défaut</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation>%1 %2–%3&#xa0;: %4%5</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (heures creuses)</translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation>%1 %2, %3&#xa0;%</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Pas en pause</translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation>En pause jusqu’à nouvel ordre</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’au %1</translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation>Contribution autorisée</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Plages hebdomadaires</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Niveau minimum</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Niveau de reprise</translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation>Niveau minimum + 5&#xa0;%</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Uniquement quand elle est branchée</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation>Heures creuses uniquement</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>Prix maximum</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Uniquement si rentable</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Départs</translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation>Limite de température de l’ordinateur</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1&#xa0;°C</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Limite d’énergie quotidienne</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation>Uniquement sur surplus solaire</translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation>Limite de CO₂</translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation>%1&#xa0;g de CO₂ par kWh</translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation>Tarif de rachat</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Usure de la batterie</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation>Impossible de vérifier auprès de la voiture si ses règles ont été modifiées ailleurs&#xa0;: %1</translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation>Les règles de la voiture ont été modifiées ailleurs&#xa0;; voici leur version %1.</translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation>Vos modifications précédentes ont été restaurées&#xa0;; elles ne sont pas encore appliquées.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation>Corrigez les champs signalés pour voir l’aperçu.</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Pas en pause</translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation>En pause jusqu’à ce que vous la relanciez</translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation>Était en pause jusqu’au %1 (terminé)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pause jusqu’au %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation>%1 est trop volumineux pour être un fichier de règles.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation>Corrigez les champs signalés avant d’exporter.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Enregistré dans %1</translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation>Choisissez un niveau entre %1&#xa0;% et %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation>Choisissez une température entre %1 et %2&#xa0;°C.</translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation>Choisissez une limite entre %1 et %2&#xa0;g/kWh.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation>Choisissez une heure entre 00:00 et 24:00.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation>Choisissez une heure entre 00:00 et 23:59.</translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation>Choisissez de nouveau les jours&#xa0;: ceux-ci ne sont pas des jours de la semaine.</translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation>Choisissez une quantité d’énergie égale ou supérieure à 0.</translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation>Choisissez un montant égal ou supérieur à 0.</translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation>Ce montant est bien trop élevé pour un prix&#xa0;; vérifiez la virgule.</translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation>%1 au maximum ici&#xa0;: supprimez-en un avant d’en ajouter un autre.</translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation>Choisissez le fuseau horaire des heures de la voiture.</translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation>Cet ordinateur ne connaît pas ce fuseau horaire&#xa0;: choisissez-en un dans la liste.</translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation>Choisissez un code de devise à trois lettres, par exemple EUR.</translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation>Choisissez d’abord la devise du tarif&#xa0;: ce montant est compté dans cette devise.</translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation>Choisissez un niveau supérieur au niveau minimum (%1&#xa0;%) et d’au plus %2&#xa0;%, ou 0 pour reprendre au niveau minimum + 5&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation>L’aperçu nécessite un fuseau horaire connu.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1&#xa0;h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>%1 allowed from %2 to %3</source>
        <translation>%1 de contribution autorisée du %2 au %3</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation>Injoignable</translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation>Injoignable&#xa0;: la voiture est en veille ou sans réseau</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Non branchée</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Non branchée, alors que vos réglages l’exigent</translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation>Non branchée, alors que ses réglages l’exigent</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>Autoriser la contribution sans branchement</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Hors planning</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>En dehors de votre planning de contribution</translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation>En dehors de son planning de contribution</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Modifier le planning</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Heures pleines</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>L’électricité est en heures pleines et vous n’autorisez que les heures creuses</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation>L’électricité est en heures pleines et ses réglages n’autorisent que les heures creuses</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>Modifier le réglage des heures creuses</translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation>Prix au-dessus du maximum</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>L’électricité coûte plus que votre prix maximum</translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation>L’électricité coûte plus que son prix maximum</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>Modifier le prix maximum</translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation>CO₂ au-dessus de la limite</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation>L’électricité du réseau dépasse votre limite de CO₂</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation>L’électricité du réseau dépasse sa limite de CO₂</translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation>Modifier la limite de CO₂</translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation>Pas de surplus solaire</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation>Surplus solaire insuffisant, et vous n’autorisez que l’énergie solaire</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation>Surplus solaire insuffisant, et ses réglages n’autorisent que l’énergie solaire</translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation>Autoriser l’électricité du réseau</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Non rentable</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Les tâches rapporteraient moins que le coût de l’électricité</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>Modifier le garde-fou de rentabilité</translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation>Niveau minimum atteint</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>La batterie a atteint votre niveau minimum</translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation>La batterie a atteint son niveau minimum</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>Modifier le niveau minimum</translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation>Sous le niveau de reprise</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>En attente que la batterie atteigne votre niveau de reprise</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation>En attente que la batterie atteigne son niveau de reprise</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>Modifier le niveau de reprise</translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation>Réserve pour un départ</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Charge gardée pour votre prochain départ</translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation>Charge gardée pour le prochain départ</translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation>Modifier les départs</translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation>Ordinateur trop chaud</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>L’ordinateur est trop chaud</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>Modifier la limite de température</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Limite d’énergie quotidienne</translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation>La limite d’énergie du jour est atteinte</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>Modifier la limite d’énergie quotidienne</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pause</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Vous avez mis la contribution en pause</translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation>La contribution est en pause</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>Reprendre ou modifier la pause</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Contribution désactivée</translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>La contribution est désactivée dans vos réglages</translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation>La contribution est désactivée dans ses réglages</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>Activer la contribution</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>En route</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>La voiture roule</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Pas de consentement</translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation>Il manque votre consentement à participer</translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation>Le propriétaire n’a pas consenti à participer</translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation>Donner votre consentement</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Bloquée par une règle que cette application ne connaît pas (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionJobsModel</name>
    <message>
        <source>%1 – %2</source>
        <comment>a job&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <comment>requests a job served</comment>
        <translation>%1 requêtes</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n tâche a rapporté %1 avant la part du propriétaire</numerusform>
            <numerusform>%n tâches ont rapporté %1 avant la part du propriétaire</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n a échoué et n’a rien rapporté</numerusform>
            <numerusform>%n ont échoué et n’ont rien rapporté</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation>seules les tâches comprises dans les jours choisis sont listées</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1&#xa0;h&#xa0;%2&#xa0;min</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Gains</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Net</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation>Les informations de la voiture ne sont pas encore chargées&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation>Récupération des gains du mois…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Création du PDF…</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Écriture du CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation>%1 enregistré (%2&#xa0;ms).</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
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
        <translation>Ouvrir Idlefleet</translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>Mettre toutes les voitures en pause pendant %n heure</numerusform>
            <numerusform>Mettre toutes les voitures en pause pendant %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation>Relancer toutes les voitures</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation>%1 a cessé de contribuer</translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet&#xa0;: %L1 sur %Ln voiture en contribution</numerusform>
            <numerusform>Idlefleet&#xa0;: %L1 sur %Ln voitures en contribution</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation>Votre relevé est prêt</translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation>Le relevé de %1 peut être exporté depuis «&#xa0;Énergie et gains&#xa0;».</translation>
    </message>
    <message>
        <source>Idlefleet is still running</source>
        <translation>Idlefleet fonctionne toujours</translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation>Vos voitures continuent de suivre leurs règles. Ouvrez ou quittez Idlefleet depuis son icône dans la zone de notification.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleSummary</name>
    <message>
        <source>%1%</source>
        <comment>share of today&apos;s compute energy on solar surplus</comment>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <source>%1, %2 avoided</source>
        <comment>grams of CO2 emitted, then avoided</comment>
        <translation>%1, %2 évités</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation>%1, %2 pendant 24 heures</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation>%1, %2 – %3 (le lendemain)</translation>
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
        <translation>%1&#xa0;kWh</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours of compute</comment>
        <translation>%1&#xa0;h</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::EarningsFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Non connecté au backend de flotte.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation>Aucune connexion à un serveur de flotte.</translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation>Impossible de charger les véhicules&#xa0;: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation>Les véhicules de l’organisation ont changé pendant le chargement. Réessayez.</translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation>Le serveur a envoyé %1 de ses %2 véhicules.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>Le backend de flotte à %1 a présenté une clé de sécurité différente de celle à laquelle cette application fait confiance&#xa0;; rien n’a donc été envoyé. Si la clé du backend a été remplacée volontairement, reconnectez-vous avec sa nouvelle clé&#xa0;; sinon, quelqu’un intercepte peut-être la connexion.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>Le backend de flotte à %1 n’a pas répondu à temps.</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>Impossible de joindre le backend de flotte à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>Le backend de flotte a envoyé une réponse que cette application ne peut pas lire&#xa0;: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>Statut HTTP %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Non connecté&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Non autorisé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Introuvable&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>Le backend de flotte a échoué&#xa0;: %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>Le backend de flotte a refusé la requête&#xa0;: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>La session a pris fin. Reconnectez-vous.</translation>
    </message>
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation>La connexion au backend de flotte à %1 a été interrompue&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>La session a pris fin&#xa0;: reconnectez-vous.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation>Le stockage local n’a pas pu conserver la modification signée.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>Le backend de flotte (version %1) est trop ancien pour cette application&#xa0;: il parle la version %2 de l’API et cette application a besoin de la version %3 ou plus récente. Mettez le backend à jour.</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>Cette application est trop ancienne pour le backend de flotte (version %1)&#xa0;: le backend exige la version %2 de l’API ou plus récente et cette application parle la version %3. Mettez l’application à jour.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation>Le stockage local n’a pas pu conserver les voitures.</translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation>Le stockage local n’a pas pu conserver l’historique.</translation>
    </message>
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation>Le stockage local n’a pas pu conserver les contributions.</translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation>Le stockage local n’a pas pu conserver les événements.</translation>
    </message>
</context>
</TS>
