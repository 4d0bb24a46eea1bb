<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Claves y acceso</translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation>Los ordenadores que pueden cambiar los ajustes del coche y los técnicos de soporte que pueden leer sus diagnósticos.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>Claves vinculadas</translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation>¿Has perdido un portátil? Revoca su clave y, a partir de ese momento, el coche rechazará cualquier cambio firmado con ella.</translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation>Todavía no hay ningún ordenador vinculado a este coche.</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Vincular este ordenador</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (este ordenador)</translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation>%1 · clave %2 · vinculado: %3 · último uso: %4</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Revocada</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Revocar</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Revocar la clave de %1</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Acceso de soporte</translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation>Un técnico de soporte al que des acceso puede consultar el estado, los ajustes y el historial de eventos de este coche hasta que termine el acceso. Nunca puede cambiar nada, y cada consulta queda registrada.</translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation>correo del técnico de soporte</translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation>Dirección de correo del técnico de soporte</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>durante %n hora</numerusform>
            <numerusform>durante %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>durante %n día</numerusform>
            <numerusform>durante %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation>Cuánto dura el acceso</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Dar acceso</translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation>No se ha dado acceso a nadie a este coche.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (hasta %2)</translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation>Revocar el acceso de %1</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>¿Revocar esta clave?</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation>“%1” ya no podrá cambiar los ajustes de este coche. Para volver a usarlo, vincúlalo de nuevo con un código del coche.</translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation>Enviando el cambio</translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation>Hay ajustes que revisar antes de poder aplicar el cambio (%1).</translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation>Elige arriba qué política conserva el coche.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Cambios todavía sin aplicar.</translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation>El coche usa esta política (versión %1).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation>Mostrar el primer campo que hay que revisar</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Revertir</translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation>Volver a la política que usa el coche</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation>Aplicar los cambios al coche</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation>Batería</translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation>Lo que el coche reserva para conducir.</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Carga mínima</translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation>La contribución se detiene con este nivel de carga.</translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation>Carga mínima, porcentaje</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Nivel de reanudación</translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation>0: se reanuda con la carga mínima + 5 % (%1 %).</translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation>Tras detenerse, solo vuelve a contribuir al alcanzar este nivel de carga.</translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation>Nivel de reanudación, porcentaje</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation>Desde 12 horas antes de un viaje, el coche reserva la carga que necesita.</translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Guardar el paquete de soporte</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Paquete de soporte</translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation>Versiones, diagnósticos, la política y su historial, una semana de eventos y la explicación de elegibilidad actual, sin nombres, lugares, direcciones de correo, tokens ni claves.</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>Guardar paquete de soporte…</translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation>Guardar el paquete de soporte de este coche</translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation>Generando el paquete de soporte</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Se ha guardado %1</translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation>Límites que protegen el ordenador del coche y ahorran energía.</translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation>Se detiene a esta temperatura y vuelve a empezar 5 °C por debajo.</translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation>Limitar la temperatura del ordenador</translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation>Límite de temperatura, grados Celsius</translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation>Energía dedicada al cómputo en un día, en hora local.</translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation>Limitar la energía diaria</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation>Límite diario de energía, kilovatios hora</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation>La política del coche se ha cambiado desde otro lugar</translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Tu cambio no se ha aplicado: el coche usa ahora la versión %1, establecida desde otro dispositivo o por un gestor de flota después de que empezaras a editar. No se ha sobrescrito nada. Elige qué política conserva el coche.</translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>El coche usa ahora la versión %1, establecida desde otro dispositivo o por un gestor de flota mientras editabas. No se ha sobrescrito nada. Elige qué política conserva el coche.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Ajuste</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>La tuya</translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation>En el coche (versión %1)</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, la tuya: %2</translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation>%1, en el coche: %2</translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation>Las dos coinciden en todos los ajustes.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Conservar la mía</translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation>Conservar mi política y enviarla al coche</translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation>Conservar la del coche</translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation>Conservar la política del coche y descartar mis cambios</translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>En línea</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation>Cargando los diagnósticos</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Reloj</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Firmware</translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation>Módulo de cómputo</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>Política confirmada</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>versión %1</translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation>Pérdidas de conexión (24 h)</translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation>Trabajos fallidos (24 h)</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Claves activas</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation>Versión %1 de la política: %2</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>No se ha podido actualizar (%1). Se muestran los datos obtenidos antes.</translation>
    </message>
</context>
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
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Coches de la organización</translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation>Coches que puedes diagnosticar</translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation>Un coche cada vez: el último que abriste. Todos los coches de la organización están en Vehículos.</translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation>Elegir otro coche</translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1 el %2</translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation>Salida %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>a las</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1: hora</translation>
    </message>
    <message>
        <source>with</source>
        <translation>con</translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation>%1: carga necesaria, porcentaje</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>Añadir salida</translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation>Añadir una salida prevista</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation>%1, horas según el reloj del coche (%2)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation>Actualizar los diagnósticos y el historial de eventos</translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation>Tu acceso de soporte:</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation>horas de cómputo</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>energía</translation>
    </message>
    <message>
        <source>money</source>
        <translation>dinero</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation>Gráfico de %1; las teclas de flecha recorren los intervalos</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Evolución</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Qué muestra el gráfico</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>Horas de cómputo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>Energía en kWh</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Dinero</translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation>Coste, bruto y neto</translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation>No hubo ninguna contribución en estos días.</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation>Energía y ganancias</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coste de electricidad</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Ganancias brutas</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Tu parte</translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation>Tu parte (%1)</translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation>Neto, tras la electricidad</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Desgaste de la batería</translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation>Neto, tras electricidad y desgaste</translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation>Parte del propietario (%1)</translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation>Parte del propietario</translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation>Electricidad</translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation>Tu tarifa y lo que el coche puede gastar en electricidad.</translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation>Sin tarifa no hay horas valle, así que el coche nunca contribuiría.</translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation>Solo en horas valle</translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation>No si la electricidad cuesta más de</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 por kWh</translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation>Límite de precio por kWh</translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation>Contribuir solo cuando los trabajos te paguen al menos lo que cuesta la electricidad.</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Solo si es rentable</translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation>El sol, el CO₂ de la red y el desgaste de la batería.</translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation>Solo mientras tus placas solares produzcan más de lo que consume tu casa y cubran todo el consumo del ordenador. El coche debe estar enchufado en casa.</translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation>Solo con mi propio excedente solar</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation>La intensidad de carbono de la red cambia cada hora. El excedente solar nunca se limita.</translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation>No si la red emite más de</translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation>g de CO₂ por kWh</translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation>Límite de CO₂, gramos de CO₂ por kilovatio hora</translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation>Lo que te pagan por la energía que viertes</translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation>El excedente que consume el ordenador no se vierte a la red: te cuesta este importe en vez del precio de la red.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation>Configura primero tu tarifa arriba: la compensación por excedentes forma parte de ella.</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 por kWh</translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation>Precio de compensación de excedentes por kWh</translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation>Se descuenta de tus ganancias netas por la energía que el ordenador toma de la batería, no cuando está enchufado. También cuenta en la protección de rentabilidad.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation>Configura primero tu tarifa arriba: el desgaste se calcula en su moneda.</translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation>Tener en cuenta el desgaste de la batería</translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation>Desgaste de la batería por kWh</translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation>Calcúlalo a partir de la batería:</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>Precio del paquete de baterías</translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation>Precio del paquete de baterías</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Energía útil</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation>Energía útil de la batería, kilovatios hora</translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation>Ciclos completos nominales</translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation>Ciclos de carga completos nominales</translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation>Usar %1 %2 por kWh</translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation>Escribe precio, energía y ciclos mayores que 0</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation>carga %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Carga %1</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation>Historial de eventos</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 de %Ln evento</numerusform>
            <numerusform>%L1 de %Ln eventos</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>Últimos 31 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation>Hasta dónde se remonta el historial</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Contribución</translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation>Mostrar eventos de contribución</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>Enchufe</translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation>Mostrar cuándo se enchufa y se desenchufa</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation>Mostrar trabajos fallidos</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Conectividad</translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation>Mostrar eventos de conexión</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Claves</translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation>Mostrar eventos de claves</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation>Mostrar cambios de política</translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation>Buscar en los eventos (un motivo, una clave, una causa…)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Buscar en los eventos</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>No se ha podido actualizar (%1). Se muestran los datos obtenidos antes.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Eventos</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Ningún evento coincide con los filtros.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>No hay eventos en este periodo.</translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Política en bloque</translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation>Una política para muchos coches, firmada con la clave de este ordenador que certifica tu organización.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Nombre de la plantilla</translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation>Noches en cochera</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>%Ln coche seleccionado en la tabla de vehículos</numerusform>
            <numerusform>Los %Ln coches seleccionados en la tabla de vehículos</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation>Todos los coches de un grupo:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation>Abrir un archivo de política…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Aplicando…</translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation>Aplicar a los coches</translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation>Respuesta de cada coche a “%1”</translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation>Respuesta de cada coche</translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation>Aplica la política para ver aquí cómo responde cada coche: aplicada, en espera mientras está en reposo o rechazada con el motivo.</translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation>Coches que han respondido</translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>%L1 aplicados, %L2 en espera y %L3 rechazados (de %Ln coche)</numerusform>
            <numerusform>%L1 aplicados, %L2 en espera y %L3 rechazados (de %Ln coches)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Aplicada</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>En reposo</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Conflicto</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Exportar el informe…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Guardar el informe</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Importar una política</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Tu organización</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln coche, a las %1</numerusform>
            <numerusform>%Ln coches, a las %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Cargando la organización…</translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Contribuyendo ahora</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 de %2 (%3 %)</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>Conectados ahora</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Enchufados</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conduciendo</translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>Coches con importes en %1: %Ln coche, últimos %2 días</numerusform>
            <numerusform>Coches con importes en %1: %Ln coches, últimos %2 días</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coste de electricidad</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Ganancias brutas</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Ganancias netas</translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation>Por qué los coches no están contribuyendo ahora</translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation>Todos los coches están contribuyendo.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Grupos</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1: %L2 de %Ln contribuyendo</numerusform>
            <numerusform>%1: %L2 de %Ln contribuyendo</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation>Energía de cómputo de toda la flota, por hora</translation>
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
        <translation>Con energía solar</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>Intensidad de carbono</translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation>Coches sin grupo</translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation>%1 · %2 solar · %3 · neto&#xa0;%4</translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation>Sin cómputo en este periodo</translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation>%1: ahora sin coches</translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation>Cualquier motivo</translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>Fuera de alcance</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conduciendo</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation>Cargando %L1 de %L2 coches…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>Mostrando %L1 de %Ln coche; seleccionados: %L2</numerusform>
            <numerusform>Mostrando %L1 de %Ln coches; seleccionados: %L2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation>Cargando los coches</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Buscar por nombre o ID</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Todos los grupos</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Contribuyendo</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation>Motivo por el que no contribuye</translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation>Por debajo de la carga mínima</translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation>Fuera de alcance durante más de</translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation>Fuera de alcance durante más de este número de horas (0: cualquiera)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>horas</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Seleccionar todos los mostrados</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Borrar la selección</translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Aplicar una política a %Ln coche…</numerusform>
            <numerusform>Aplicar una política a %Ln coches…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation>Volver a ordenar con los valores más recientes</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Los coches de la organización</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Seleccionar %1</translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation>Haz doble clic en un coche, o pulsa Intro sobre él, para abrir su panel. La barra espaciadora lo selecciona.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>Mover %Ln coche a un grupo</numerusform>
            <numerusform>Mover %Ln coches a un grupo</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation>Un depósito o un equipo: elige uno o escribe un nombre nuevo (vacío: sin grupo).</translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation>Mover a un grupo…</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation>No se ha podido actualizar (%1). Se muestran los datos obtenidos %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>hace %n minuto</numerusform>
            <numerusform>hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>No se ha podido cargar: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Volver a intentar la carga</translation>
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
    <message>
        <source>When it may contribute</source>
        <translation>Cuándo puede contribuir</translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation>Energía y ganancias</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Claves y acceso</translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation>Vincular un coche</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Vehículos</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Política en bloque</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Diagnóstico</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation>Tres pasos: tu cuenta, tu consentimiento y la vinculación de este ordenador con tu coche.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Tu cuenta</translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation>Estás en modo de demostración, con la sesión iniciada como %1 (%2) en una flota simulada. Nada de lo que hagas aquí afecta a un coche real.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Sesión iniciada como %1 (%2).</translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation>Tu consentimiento para participar</translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation>&lt;b&gt;Qué se ejecuta en el coche:&lt;/b&gt; trabajos de inferencia de IA de la flota, en un entorno de ejecución aislado en el propio ordenador del coche, solo mientras tus ajustes lo permitan. Los trabajos nunca llegan a los sistemas de conducción del coche.&lt;br&gt;&lt;b&gt;Qué datos salen del coche:&lt;/b&gt; el nivel de carga, si está enchufado, la temperatura y la potencia del ordenador, la energía consumida y los trabajos atendidos. Nunca su ubicación, las imágenes de sus cámaras ni quién lo conduce.&lt;br&gt;&lt;b&gt;Qué ganas:&lt;/b&gt; el 70 % de lo que se paga a la flota por el cómputo de tu coche; la electricidad corre de tu cuenta, según tu tarifa.</translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation>Aceptaste la versión %1 de las condiciones el %2. Puedes retirar tu consentimiento en Ajustes en cualquier momento.</translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation>Condiciones, versión %1. Tu respuesta se registra con la fecha.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Acepto</translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation>Acepto participar según la versión %1 de las condiciones</translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation>Vincula este ordenador con tu coche</translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation>La vinculación permite que este ordenador firme los cambios que hagas, para que el coche los acepte de ti y de nadie más. En la lista de claves del coche aparece como “%1”.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation>Coche que vincular</translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation>✓ Este ordenador está vinculado con el coche. Tus cambios van firmados y el coche los acepta.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation>Iniciar la vinculación</translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation>El coche muestra ahora un código de seis dígitos en su pantalla central. Escríbelo aquí antes de las %1.</translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation>Modo de demostración: la pantalla del coche simulado muestra %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation>Código de vinculación que muestra el coche</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Vincular</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Vincular con este código</translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation>Pidiendo al coche que muestre un código…</translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation>Comprobando el código con el coche…</translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation>Leyendo las claves del coche…</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Ir al panel</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Cerrar sesión</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Cerrar sesión en %1</translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation>¿Tienes una cuenta con un operador de flota? Inicia sesión con la dirección del servidor y la huella de clave que te haya dado.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation>Dirección del servidor de la flota</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Huella de clave</translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation>44 caracteres, facilitado por tu operador de flota</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>Huella de la clave del servidor</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Dirección de correo</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Iniciar sesión</translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation>Iniciar sesión en el servidor de la flota</translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation>o continúa en modo de demostración</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>Participación</translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation>Si el coche presta o no su ordenador, y pausas temporales.</translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation>Desactivado: el coche nunca presta su ordenador, digan lo que digan las reglas de abajo.</translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation>Permitir que el coche contribuya mientras está aparcado</translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation>Desactivado: también puede contribuir solo con la batería, hasta la carga mínima.</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Solo mientras esté enchufado</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation>No contribuye hasta entonces; las horas están en la zona horaria del coche.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hora</translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation>Pausar durante una hora</translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation>Hasta las 06:00</translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation>Pausar hasta mañana a las 06:00</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>Hasta que la reanude</translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation>Pausar hasta que la reanude</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Reanudar ahora</translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>Terminar la pausa</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>aaaa-mm-dd hh:mm</translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation>Pausar hasta una fecha y hora</translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation>Pausar hasta entonces</translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation>Pausar hasta la fecha y hora escritas</translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation>Escribe una fecha y hora, por ejemplo 2026-11-30 08:00.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation>Todas las horas de esta página son la hora local del coche en esta zona, con el horario de verano incluido.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin definir</translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation>Pagos</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation>El neto de cada mes se liquida a medianoche del día 1 y se paga tres días después cuando alcanza %1; un saldo menor pasa al mes siguiente.</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation>El neto de cada mes se liquida a medianoche del día 1 y se paga tres días después.</translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation>Aún no se ha liquidado ningún mes.</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>neto %1</translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Zona horaria: %1</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>Editada a partir de la versión %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importar…</translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation>Importar una política desde un archivo JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation>Exportar esta política a un archivo JSON</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>No se ha importado: %1</translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation>Este ordenador tiene que estar vinculado con %1 para poder cambiar su política: cada cambio se firma con la clave propia de este ordenador, y el coche solo acepta claves vinculadas desde su pantalla.</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>el coche</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Vincular este ordenador</translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation>Vincular este ordenador con el coche</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>La próxima semana</translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation>Cuándo puede contribuir el coche en los próximos siete días según las reglas de horario, pausa y precio de arriba, tal como lo calcula el propio coche. La carga, la temperatura y las ganancias se evalúan en el momento.</translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation>La contribución está desactivada, así que no se permite ninguna hora.</translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation>Solo en horas valle, pero sin tarifa no hay horas valle.</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Importar una política</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Archivos de política (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>Exportar la política</translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Entre semana</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Fines de semana</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation>Cuándo puede contribuir</translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation>La política de participación de %1, aplicada por el propio coche.</translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation>La política de participación de tu coche, aplicada por el propio coche.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation>Cargando la política que usa el coche…</translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation>No se ha podido cargar la política: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation>Volver a intentar cargar la política</translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation>Todavía no hay ningún coche para el que definir una política.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>¿Descartar tus cambios?</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation>Los cambios en la política de %1 no se han aplicado.</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation>Versiones de la política</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation>No se conoce ninguna versión de la política.</translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation>Versión %1, aplicada: %2, firmada con la clave %3</translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation>Versión %1, aplicada: %2, primera política del coche</translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation>(en uso)</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Últimos 3 meses</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Este año</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Intervalo de días</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Primer día</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>hasta</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Último día</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation>Mostrar los días elegidos</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Agrupación</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>Por hora</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>Por día</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>Por semana</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>Por mes</translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1: %Ln coche. Lo abre en la tabla.</numerusform>
            <numerusform>%1: %Ln coches. Los abre en la tabla.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln sesión</numerusform>
            <numerusform>%Ln sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Ordenar por %1</translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation>%1, de menor a mayor; pulsa para ordenar de mayor a menor</translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation>%1, de mayor a menor; pulsa para ordenar de menor a mayor</translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation>Sesiones de contribución</translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation>La sesión empezó antes de los días elegidos; sus cifras cuentan solo la parte dentro de ellos.</translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation>La sesión continúa después de los días elegidos; sus cifras cuentan solo la parte dentro de ellos.</translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation>… Una sesión que sobrepasa el primer o el último día elegido: sus cifras cuentan solo la parte dentro de esos días.</translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation>Elige una sesión para ver los trabajos que atendió.</translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation>Trabajos de la sesión %1</translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation>Trabajos de la sesión elegida</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation>fallido, sin pago</translation>
    </message>
    <message>
        <source>running</source>
        <translation>en curso</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation>Exportar todos mis datos</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation>idlefleet-mis-datos</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation>El aspecto y el idioma de la aplicación, y lo que guarda sobre ti.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Tema oscuro</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notificaciones</translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation>Avisarme cuando un coche se detenga por su carga mínima o por calor, y cuando haya un extracto mensual listo</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Notificaciones de escritorio</translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation>Tus datos y tu consentimiento</translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation>En modo de demostración, estas acciones se aplican a la cuenta de demostración de la flota simulada.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Sesión iniciada como %1.</translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation>Tu cuenta, tus consentimientos, coches, ajustes y claves, cada contribución y quién tuvo acceso de soporte, en un único archivo JSON.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation>Retirar mi consentimiento</translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation>Todavía no has dado tu consentimiento</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Consentimiento retirado</translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation>Todos los coches dejan de contribuir y quedan en pausa hasta que vuelvas a aceptar. Tu historial se conserva.</translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation>Acepta en “Vincular un coche” para participar.</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Retirar</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Eliminar mi cuenta</translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation>Elimina de la flota para siempre tu cuenta y los ajustes, claves, historial y ganancias de tus coches. Si quieres una copia, exporta tus datos antes.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Eliminar…</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>¿Eliminar tu cuenta para siempre?</translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation>Esta acción no se puede deshacer. Escribe tu contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Progreso de la exportación</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Detener la exportación</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Tus datos</translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation>Todo lo que la flota guarda sobre tu cuenta, en un solo archivo JSON.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation>Elimina para siempre tu cuenta y tus inicios de sesión de la flota. Los coches de la organización y su historial se conservan.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation>Elimina para siempre tu cuenta y tus inicios de sesión de la flota. Los coches a los que tenías acceso siguen con sus propietarios.</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Guardar el extracto como PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Guardar el extracto como CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Extracto mensual</translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation>Cada día del mes con su energía, coste de electricidad, ganancias brutas, tu parte y el neto, para tus archivos o tu gestor.</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>Mes del extracto</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Guardar como PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Guardar como CSV…</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>Generando el extracto</translation>
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
        <translation>Transcripción</translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation>Traducción</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation>Extracto de ganancias</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>No se puede escribir %1: comprueba que la carpeta existe y que tienes permiso para escribir en ella.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation>%1 % de lo que pagaron los trabajos</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Coche</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Tu parte</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Generado</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Totales</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation>Bruto: lo que pagaron los trabajos</translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation>Tu parte (%1 %)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coste de electricidad</translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation>Trasladado al mes siguiente: %1 (por debajo del pago mínimo de %2)</translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation>Pagado: %1 el %2</translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation>Pago pendiente: %1, se paga el %2</translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation>(incluidos %1 trasladados de meses anteriores)</translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation>Pago: el mes se liquida a medianoche del día 1 del mes siguiente.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Bruto</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation>… una sesión que empezó antes del mes o continuó después: solo se cuenta su parte dentro del mes.</translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation>Trabajos atendidos</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallidos</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Solicitudes</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Pagado</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>No se puede terminar de escribir %1.</translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation>de ella: excedente solar / red / batería</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation>CO₂ de la energía de la red</translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation>%1 (y %2 sin dato de CO₂)</translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation>CO₂ evitado por el excedente solar</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Desgaste de la batería</translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation>Neto: tu parte menos la electricidad y el desgaste</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Desgaste</translation>
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
    <message>
        <source>Sign out and use demo mode</source>
        <translation>Cerrar sesión y usar el modo de demostración</translation>
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
        <translation>Empezó a contribuir</translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation>Dejó de contribuir</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Se enchufó</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Se desenchufó</translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation>Cambiaron los motivos por los que no contribuye</translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>Falló un trabajo</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Se perdió la conexión</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>Se restableció la conexión</translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation>Se añadió una clave</translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation>Se revocó una clave</translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation>Cambió la política</translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation>Un evento que esta aplicación no conoce</translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation>El ordenador se ralentizó para enfriarse</translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation>Se agotó el tiempo del trabajo</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Clave %1</translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation>Versión %1 confirmada por el coche</translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation>Sin acceso a los diagnósticos de %1: no hay ningún acceso de soporte concedido para este coche o ya ha terminado.</translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation>No existe el coche %1.</translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation>la contribución estaba desactivada</translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation>estaba en pausa hasta %1</translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation>estaba en pausa</translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation>el coche estaba en marcha</translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation>no estaba enchufado y su política lo exige</translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation>fuera de su horario (la siguiente franja empieza a las %1)</translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation>fuera de su horario (no hay ninguna franja en los próximos 7 días)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation>la electricidad estaba en hora punta, a %1, y solo se permiten horas valle (empiezan a las %2)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation>la electricidad estaba en hora punta, a %1, y solo se permiten horas valle</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation>la electricidad costaba %1, por encima del límite de %2 (más barata desde las %3)</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation>la electricidad costaba %1, por encima del límite de %2</translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation>una hora de trabajos generaría %1, pero su electricidad costaría %2</translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation>en la carga mínima del %1 % (carga: %2 %)</translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation>por debajo del nivel de reanudación del %1 % (carga: %2 %)</translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation>la salida de las %1 necesita un %2 % (carga: %3 %)</translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation>reservando carga para una salida (carga: %1 %)</translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation>el ordenador estaba a %1 °C y su límite es de %2 °C</translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation>se alcanzó el límite diario de energía de %1 (%2 consumidos)</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation>A las %1 contribuyó.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation>A las %1 no contribuyó por lo siguiente: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation>A las %1 no contribuyó: estaba sin conexión.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation>A las %1 no contribuyó, aunque su política lo permitía (no llegó ningún trabajo).</translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation>No hay historial de ese minuto: este es el estado actual del coche.</translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation>su propietario no había dado (o había retirado) su consentimiento para participar</translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation>la electricidad de la red emitía %1 g de CO₂ por kWh, por encima del límite de %2 g</translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation>solo se permitía energía solar, y el excedente de %1 W no cubría los %2 W del ordenador</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation>Usar mi tarifa eléctrica</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Partir de</translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation>Usar la tarifa %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation>Moneda, código ISO 4217</translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation>Precio el resto del tiempo</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 por kWh</translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation>Precio fuera de los periodos, por kWh</translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation>Periodos (el primero que cubre una hora fija su precio)</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Periodo %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1: hora de inicio</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1: hora de fin</translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation>%1: precio por kWh</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Horas valle</translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation>%1: horas valle</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Subir %1</translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation>Más arriba en la lista: prevalece donde los periodos se solapan</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Bajar %1</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Eliminar %1</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Añadir periodo</translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation>Añadir un periodo de tarifa</translation>
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
        <translation>California: horas valle hasta las 15:00, punta de 16:00 a 21:00, todos los días</translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation>Octopus Go</translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation>Reino Unido: horas valle de 00:30 a 05:30 todas las noches</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Tarifa plana</translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation>Un único precio a todas horas; no hay horas valle</translation>
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
        <translation>Escribe una hora entre 00:00 y 24:00, por ejemplo 22:30.</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation>Escribe una hora entre 00:00 y 23:59, por ejemplo 07:30.</translation>
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
        <translation>Explicación de elegibilidad</translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation>Lo que el coche sabía y decidió en un minuto concreto. La hora es la del reloj del coche (%1).</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation>Fecha y hora en el reloj del coche</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation>Poner la hora actual del reloj del coche</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Explicar</translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation>Explicar por qué el coche contribuyó o no a esa hora</translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation>Obteniendo la explicación</translation>
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
        <translation>Escribe un número entero.</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation>Escribe un número, por ejemplo 0,25.</translation>
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
        <source>Why it is not contributing now</source>
        <translation>Por qué no está contribuyendo ahora</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation>Sin conexión, visto hace un momento</translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Sin conexión, visto hace %n minuto</numerusform>
            <numerusform>Sin conexión, visto hace %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Contribuyendo ahora</translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation>Próxima franja de contribución</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>Con tus ajustes, ninguna en %n día.</numerusform>
            <numerusform>Con tus ajustes, ninguna en los próximos %n días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>Hasta %1</translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation>Unos %1 kWh · electricidad %2 · ganancias %3 · neto %4</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation>Desde que te uniste</translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation>%1: neto %2, %3 kWh</translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation>La previsión y los totales no están actualizados: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Pausar 2 horas</translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation>Reanudar la contribución de %1</translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation>Pausar la contribución de %1 durante dos horas</translation>
    </message>
    <message>
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation>Tu parte de los trabajos: unos %1 por hora, antes de la electricidad</translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation>Con energía solar hoy</translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation>CO₂ hoy</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Cuándo puede contribuir</translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation>Cuándo puede contribuir %1</translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation>Pausa guardada en este ordenador; enviándola al coche…</translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation>Reanudación guardada en este ordenador; enviándola al coche…</translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation>Pausa en camino: %1 está fuera de alcance y se pausará en cuanto vuelva a estar conectado.</translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation>Reanudación en camino: %1 está fuera de alcance y se reanudará en cuanto vuelva a estar conectado.</translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation>Pausa enviada; esperando la confirmación del coche.</translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation>Reanudación enviada; esperando la confirmación del coche.</translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>No se ha pausado: este ordenador no está vinculado con %1, y el coche solo acepta cambios de ordenadores vinculados en su pantalla.</translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>No se ha reanudado: este ordenador no está vinculado con %1, y el coche solo acepta cambios de ordenadores vinculados en su pantalla.</translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation>No se ha pausado: %1</translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation>No se ha reanudado: %1</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Vincular este ordenador</translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation>Vincular este ordenador con %1</translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation>Parte del propietario de los trabajos: unos %1 por hora, antes de la electricidad</translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation>Desde que se unió</translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation>Sin conexión, aún no vista</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Sin conexión desde %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>Con sus ajustes, ninguna en %n día.</numerusform>
            <numerusform>Con sus ajustes, ninguna en los próximos %n días.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation>Franjas semanales, de lunes a domingo</translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation>Arrastra en una zona vacía para añadir una franja; arrastra una franja para moverla, o sus extremos para cambiar su duración.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Franja %1: %2</translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation>Las flechas la mueven 15 minutos o un día; Mayús con las flechas cambia su duración; Supr la elimina.</translation>
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
        <translation>%1 en horas valle</translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation>%1: %2 permitidas</translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation>%1 · cambio de hora</translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation>Puede contribuir</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Horas valle</translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation>Horas punta (más oscuro: más caro)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation>Franja %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1: hora de inicio</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1: hora de fin</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>día siguiente</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>Eliminar %1 (%2)</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Añadir franja</translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation>Añadir una franja semanal</translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation>Sin franjas: el coche puede contribuir a cualquier hora que permitan las demás reglas.</translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation>Franjas semanales</translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation>Cuándo puede contribuir el coche a lo largo de la semana. Arrastra en la cuadrícula para dibujar una franja, arrástrala para moverla y arrastra sus extremos para cambiar su duración.</translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation>Teclado: Tab para ir a una franja; las flechas la mueven 15 minutos o un día; Mayús+Izquierda/Derecha mueven su final y Mayús+Arriba/Abajo, su inicio; Supr la elimina.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>Elige un archivo donde guardar la exportación.</translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation>Recopilando tus datos…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>La exportación ha fallado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>Se han guardado en %1 tu cuenta, %Ln coche y sus contribuciones.</numerusform>
            <numerusform>Se han guardado en %1 tu cuenta, %Ln coches y sus contribuciones.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Escribe tu contraseña para confirmar.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Eliminando tu cuenta…</translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation>La contraseña no es correcta; no se ha eliminado nada.</translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation>No se ha podido eliminar la cuenta: %1</translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation>Se han eliminado tu cuenta y todo lo que se guardaba sobre ella.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>La exportación se detuvo; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
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
    <message>
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation>Tu sesión en %1 ha terminado. Vuelve a iniciar sesión o usa el modo de demostración.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Iniciando sesión en %1…</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation>No se puede contactar con el backend de flota en %1.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation>No se puede contactar con el backend de flota en %1. Tus coches volverán a aparecer en cuanto responda.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation>Tu sesión ha terminado. Vuelve a iniciar sesión o usa el modo de demostración.</translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation>El servidor debe ser una dirección https://, por ejemplo https://fleet.example.com.</translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation>La huella es la cadena de 44 caracteres que te ha dado tu operador de flota (SHA-256 en base64).</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation>Escribe la dirección de correo de tu cuenta.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Escribe tu contraseña.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>La dirección de correo o la contraseña no son correctas.</translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation>Cargando tus coches…</translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation>No se han podido guardar estos coches en este ordenador para usarlos sin red (%1). Sin red, la aplicación muestra lo que guardó antes.</translation>
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
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation>%1 a las %2, %3 %</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>sincronizado</translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation>%1 ms adelantado</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>%1 ms atrasado</translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation>contribución activada</translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation>contribución desactivada</translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation>carga mínima %1 %</translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation>reanudación al %1 %</translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation>solo enchufado</translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation>solo en horas valle</translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation>solo si es rentable</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n franja</numerusform>
            <numerusform>%n franjas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n salida</numerusform>
            <numerusform>%n salidas</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation>ordenador hasta %1 °C</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>en pausa hasta %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation>Elige primero un coche y una hora.</translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation>No hay explicación para esa hora: %1</translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation>Escribe una hora del reloj del coche con el formato %1, por ejemplo %2.</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>Elige primero un coche.</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Elige un archivo de este ordenador.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>Cómputo (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energía (kWh)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Coste de electricidad</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Ganancias brutas</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Tu parte</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Semana del %1</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>Cómputo: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Energía: %1</translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation>Coste de electricidad: %1</translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation>Bruto: %1</translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation>Tu parte: %1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Neto: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation>Este coche ya no está entre tus coches.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation>“%1” no es una fecha; escríbela como %2 o 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>El último día es anterior al primero.</translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation>Elige como máximo 20 años.</translation>
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
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation>Aplicada (versión %1)</translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation>En espera: el coche está en reposo; recibirá la política cuando se active</translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation>Conflicto: la política del coche ha cambiado entretanto (ahora, versión %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Rechazada: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Enviando…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>La política no es válida: %1</translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation>Elige primero un grupo o selecciona coches en la tabla de vehículos.</translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation>La clave y la bandeja de salida de este ordenador no están listas; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation>Buscando los coches…</translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation>Ninguno de los coches seleccionados pertenece a la organización.</translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation>El grupo %1 no tiene coches.</translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation>Solicitando a la organización que certifique la clave de este ordenador…</translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet en %1</translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation>La organización no ha certificado la clave de este ordenador: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Enviando la política a %Ln coche…</numerusform>
            <numerusform>Enviando la política a %Ln coches…</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation>la bandeja de salida no ha podido guardar el cambio</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>%Ln coche en reposo recibirá la política cuando se active.</numerusform>
            <numerusform>%Ln coches en reposo recibirán la política cuando se activen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>No se ha podido escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Se ha guardado el informe en %1</translation>
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
        <translation>Contribuyendo</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conduciendo</translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation>Cargando</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation>Inactivo</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation>Carga</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation>Carga mín.</translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation>Por qué no contribuye</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Visto por última vez</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energía hoy</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation>Primero selecciona los coches que quieres mover.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln coche quitado de su grupo.</numerusform>
            <numerusform>%Ln coches quitados de su grupo.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln coche movido a %1.</numerusform>
            <numerusform>%Ln coches movidos a %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation>revocado</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>caducado</translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation>termina en menos de una hora</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>termina en %n hora</numerusform>
            <numerusform>termina en %n horas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>termina en %n día</numerusform>
            <numerusform>termina en %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation>Escribe la dirección de correo del técnico de soporte, por ejemplo support@example.com.</translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation>El acceso puede durar de 1 hora a 30 días.</translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation>No se ha podido dar acceso: %1</translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation>No se ha podido revocar el acceso: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation>Clave de flota de la organización</translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation>Gestor de flota</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Propietario</translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation>No se ha podido revocar la clave: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>No se puede crear la carpeta %1.</translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation>La clave de %1 no es una clave privada P-256; muévela a otro sitio para crear una nueva.</translation>
    </message>
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation>La clave de flota en %1 no es una clave privada P-256.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation>%1 no se puede leer como clave de flota; el archivo se queda donde está.</translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation>%1 contiene una clave de flota distinta de %2; ambas se quedan donde están.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet en %1</translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation>No se ha podido registrar tu consentimiento: %1</translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation>No se ha podido registrar la retirada de tu consentimiento: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation>La clave de este ordenador no está disponible, así que no se puede vincular. Reinicia la aplicación; si el problema continúa, comprueba que se puede escribir en su carpeta de datos.</translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation>Escribe el código que muestra el coche en su pantalla.</translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>Ese código no coincide con el que muestra el coche. Te queda %n intento.</numerusform>
            <numerusform>Ese código no coincide con el que muestra el coche. Te quedan %n intentos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation>Demasiados códigos incorrectos. Empieza de nuevo y el coche mostrará un código nuevo.</translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation>El código ha caducado. Empieza de nuevo y el coche mostrará un código nuevo.</translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation>El coche ya no está esperando un código. Empieza de nuevo.</translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation>Ahora mismo no se puede contactar con el coche: no tiene cobertura donde está aparcado. Vuelve a intentarlo cuando tenga conexión.</translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation>El coche ya tiene el máximo de claves posible. Revoca en “Claves y acceso” una que ya no uses y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation>Solo el propietario del coche puede vincular un ordenador con él.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%1 pagado el %2</translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation>%1 en camino, se paga el %2</translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation>%1 pasa al mes siguiente</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation>Este ordenador todavía no tiene clave ni bandeja de salida propias, así que no puede firmar cambios para el coche.</translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation>No se ha podido guardar el cambio en la bandeja de salida de este ordenador.</translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation>Pendiente de firmar y enviar al coche.</translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation>Enviado al coche; esperando su confirmación.</translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation>El coche ha confirmado el cambio: usa la versión %1 de la política.</translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation>No aplicado: la política del coche se ha cambiado desde otro lugar (ahora está en la versión %1).</translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation>El coche ha rechazado el cambio: este ordenador no está vinculado con él.</translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation>El coche ha rechazado el cambio: %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation>Todavía sin entregar (%1); se volverá a enviar automáticamente.</translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation>El coche ha confirmado la pausa.</translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation>El coche lo ha confirmado: vuelve a contribuir cuando su política lo permita.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation>Activado</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Sin límite</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>A cualquier hora</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation>%1 %2 por defecto</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation>%1 %2–%3: %4%5</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (horas valle)</translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation>%1 %2, %3 %</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Sin pausa</translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation>En pausa hasta reanudarla</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation>Contribución permitida</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zona horaria</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Franjas semanales</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Carga mínima</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Nivel de reanudación</translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation>Carga mínima + 5 %</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Solo mientras esté enchufado</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tarifa</translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation>Solo horas valle</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>Límite de precio</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Solo si es rentable</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Salidas</translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation>Límite de temperatura del ordenador</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Límite diario de energía</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation>Solo con excedente solar</translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation>Límite de CO₂</translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation>%1 g de CO₂ por kWh</translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation>Compensación por excedentes</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Desgaste de la batería</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation>No se ha podido comprobar si el coche tiene cambios hechos desde otro lugar: %1</translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation>La política del coche se ha cambiado desde otro lugar; esta es su versión %1.</translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation>Se han recuperado tus cambios anteriores; todavía no se han aplicado.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation>Corrige los campos marcados para ver la vista previa.</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Sin pausa</translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation>En pausa hasta que la reanudes</translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation>Estuvo en pausa hasta %1 (ya terminada)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>En pausa hasta %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation>%1 es demasiado grande para ser una política.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation>Corrige los campos marcados antes de exportar.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Guardado en %1</translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation>Elige un nivel entre el %1&#xa0;% y el %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation>Elige una temperatura entre %1 y %2&#xa0;°C.</translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation>Elige un límite entre %1 y %2&#xa0;g/kWh.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation>Elige una hora entre 00:00 y 24:00.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation>Elige una hora entre 00:00 y 23:59.</translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation>Vuelve a elegir los días: estos no son días de la semana.</translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation>Elige una cantidad de energía de 0 o más.</translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation>Elige un importe de 0 o más.</translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation>Este importe es demasiado alto para un precio; revisa el separador decimal.</translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation>Aquí caben como máximo %1: quita uno antes de añadir otro.</translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation>Elige la zona horaria en la que están las horas del coche.</translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation>Este ordenador no conoce esta zona horaria: elige una de la lista.</translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation>Elige un código de moneda de tres letras, por ejemplo EUR.</translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation>Elige primero la moneda de la tarifa: este importe se cuenta en ella.</translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation>Elige un nivel por encima de la carga mínima (%1&#xa0;%) y de como máximo el %2&#xa0;%, o 0 para reanudar con la carga mínima + 5&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation>La vista previa necesita una zona horaria conocida.</translation>
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
        <translation>%1 permitidas del %2 al %3</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation>Fuera de alcance</translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation>Fuera de alcance: el coche está en reposo o sin cobertura</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>No enchufado</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>No está enchufado y tus ajustes lo exigen</translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation>No está enchufado y sus ajustes lo exigen</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>Permitir contribuir sin enchufar</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Fuera del horario</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Fuera de tu horario de contribución</translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation>Fuera de su horario de contribución</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Cambiar el horario</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Horas punta</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>La electricidad está en hora punta y solo permites horas valle</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation>La electricidad está en hora punta y sus ajustes solo permiten horas valle</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>Cambiar el ajuste de horas valle</translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation>Precio por encima del límite</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>La electricidad cuesta más que tu límite de precio</translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation>La electricidad cuesta más que su límite de precio</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>Cambiar el límite de precio</translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation>CO₂ por encima del límite</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation>La electricidad de la red supera tu límite de CO₂</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation>La electricidad de la red supera su límite de CO₂</translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation>Cambiar el límite de CO₂</translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation>Sin excedente solar</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation>No hay suficiente excedente solar y solo permites energía solar</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation>No hay suficiente excedente solar y sus ajustes solo permiten energía solar</translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation>Permitir electricidad de la red</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>No rentable</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Los trabajos ganarían menos de lo que cuesta la electricidad</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>Cambiar la protección de rentabilidad</translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation>Carga mínima alcanzada</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>La batería ha llegado a tu carga mínima</translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation>La batería ha llegado a su carga mínima</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>Cambiar la carga mínima</translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation>Por debajo del nivel de reanudación</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Esperando a que la batería llegue a tu nivel de reanudación</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation>Esperando a que la batería llegue a su nivel de reanudación</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>Cambiar el nivel de reanudación</translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation>Reserva para una salida</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Reservando carga para tu próxima salida</translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation>Reservando carga para la próxima salida</translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation>Cambiar las salidas</translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation>Ordenador demasiado caliente</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>El ordenador está demasiado caliente</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>Cambiar el límite de temperatura</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Límite diario de energía</translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation>Se ha alcanzado el límite de energía de hoy</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>Cambiar el límite diario de energía</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Has pausado la contribución</translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation>La contribución está en pausa</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>Reanudar o cambiar la pausa</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Desactivado</translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>La contribución está desactivada en tus ajustes</translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation>La contribución está desactivada en sus ajustes</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>Activar la contribución</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>Conduciendo</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>El coche está en marcha</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Sin consentimiento</translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation>Falta tu consentimiento para participar</translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation>El propietario no ha dado su consentimiento para participar</translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation>Dar tu consentimiento</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Bloqueado por una regla que esta aplicación no conoce (%1)</translation>
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
        <translation>%1 solicitudes</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n trabajo pagó %1 antes de la parte del propietario</numerusform>
            <numerusform>%n trabajos pagaron %1 antes de la parte del propietario</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n falló y no pagó nada</numerusform>
            <numerusform>%n fallaron y no pagaron nada</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation>solo se listan los trabajos dentro de los días elegidos</translation>
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
        <translation>Inicio</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energía</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Ganado</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Trabajos</translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation>En curso</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation>Los datos del coche todavía no se han cargado; vuelve a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation>Obteniendo las ganancias del mes…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Generando el PDF…</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Escribiendo el CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation>Se ha guardado %1 (%2 ms).</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
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
        <translation>Abrir Idlefleet</translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>Pausar todos los coches durante %n hora</numerusform>
            <numerusform>Pausar todos los coches durante %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation>Reanudar todos los coches</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation>%1 ha dejado de contribuir</translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %L1 de %Ln coche contribuyendo</numerusform>
            <numerusform>Idlefleet: %L1 de %Ln coches contribuyendo</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation>Tu extracto está listo</translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation>Puedes exportar el extracto de %1 en “Energía y ganancias”.</translation>
    </message>
    <message>
        <source>Idlefleet is still running</source>
        <translation>Idlefleet sigue en marcha</translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation>Tus coches siguen cumpliendo su política. Abre o cierra Idlefleet desde su icono en la bandeja del sistema.</translation>
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
        <translation>%1, %2 evitados</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation>%1, %2 durante 24 horas</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation>%1, %2 – %3 (día siguiente)</translation>
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
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Sin conexión con el backend de la flota.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation>No hay conexión con un servidor de flota.</translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation>No se pudieron cargar los vehículos: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation>Los vehículos de la organización cambiaron mientras se cargaban. Inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation>El servidor envió %1 de sus %2 vehículos.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
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
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation>La conexión con el backend de flota en %1 se interrumpió: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>La sesión ha terminado: vuelve a iniciar sesión.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation>El almacenamiento local no ha podido guardar el cambio firmado.</translation>
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
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation>El almacenamiento local no ha podido guardar los vehículos.</translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation>El almacenamiento local no ha podido guardar el historial.</translation>
    </message>
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation>El almacenamiento local no ha podido guardar las contribuciones.</translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation>El almacenamiento local no ha podido guardar los eventos.</translation>
    </message>
</context>
</TS>
