<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation>никогда</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Ключи и доступ</translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation>Компьютеры, которым разрешено менять настройки машины, и инженеры поддержки, которые могут просматривать её диагностику.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>Привязанные ключи</translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation>Потеряли ноутбук? Отзовите его ключ — и с этого момента машина будет отклонять все изменения, подписанные им.</translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation>К этой машине ещё не привязан ни один компьютер.</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Привязать этот компьютер</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1 (этот компьютер)</translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation>%1 · ключ %2 · привязан %3 · последнее использование: %4</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Отозван</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>Отозвать ключ «%1»</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>Доступ поддержки</translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation>Инженер поддержки, которому вы открыли доступ, может просматривать состояние, настройки и журнал событий этой машины, пока действует доступ. Изменить он ничего не может, а каждый просмотр записывается в журнал.</translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation>эл. почта инженера поддержки</translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation>Адрес электронной почты инженера поддержки</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>на %n час</numerusform>
            <numerusform>на %n часа</numerusform>
            <numerusform>на %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>на %n день</numerusform>
            <numerusform>на %n дня</numerusform>
            <numerusform>на %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation>Срок действия доступа</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>Открыть доступ</translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation>Доступ к этой машине никому не открыт.</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1 (до %2)</translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation>Отозвать доступ для %1</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>Отозвать этот ключ?</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation>«%1» больше не сможет менять настройки этой машины. Чтобы снова им пользоваться, привяжите его заново с помощью кода, который покажет машина.</translation>
    </message>
</context>
<context>
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation>Отправка изменения</translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation>Прежде чем применить изменение, исправьте некоторые настройки (%1).</translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation>Выберите выше, какие правила оставить в машине.</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>Изменения ещё не применены.</translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation>Машина работает по этим правилам (версия %1).</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation>Показать первое поле, которое нужно исправить</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation>Вернуть правила, по которым работает машина</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Применить</translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation>Применить изменения в машине</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation>Батарея</translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation>Заряд, который машина сохраняет для поездок.</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Минимальный заряд</translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation>При этом уровне заряда участие прекращается.</translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation>Минимальный заряд в процентах</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Уровень возобновления</translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation>0 — участие возобновится при минимальном заряде + 5 % (%1 %).</translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation>После остановки участие возобновится только при этом уровне заряда.</translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation>Уровень возобновления в процентах</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation>За 12 часов до поездки машина начинает сохранять нужный для неё заряд.</translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation>Сохранить пакет для поддержки</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>Пакет для поддержки</translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation>Версии, диагностика, правила и их история, события за неделю и текущий разбор допуска — без имён, мест, адресов электронной почты, токенов и ключей.</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>Сохранить пакет для поддержки…</translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation>Сохранить пакет для поддержки этой машины</translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation>Создание пакета для поддержки</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Сохранено: %1</translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation>Ограничения, которые берегут компьютер машины и вашу энергию.</translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation>При этой температуре работа останавливается и возобновляется, когда компьютер остынет на 5 °C.</translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation>Ограничить температуру компьютера</translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation>Температурный предел в градусах Цельсия</translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation>Энергия на вычисления за одни сутки по местному времени.</translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation>Ограничить энергию за день</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation>Дневной лимит энергии в киловатт-часах</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation>Правила участия машины изменены в другом месте</translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Ваше изменение не применено: сейчас машина работает по версии %1, которую задали с другого устройства или менеджер флота уже после того, как вы начали редактирование. Ничего не перезаписано. Выберите, какие правила оставить в машине.</translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>Сейчас машина работает по версии %1, которую задали с другого устройства или менеджер флота, пока вы редактировали правила. Ничего не перезаписано. Выберите, какие правила оставить в машине.</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Настройка</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Ваши</translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation>В машине (версия %1)</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1, ваше значение: %2</translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation>%1, в машине: %2</translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation>Все настройки совпадают.</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>Оставить мои</translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation>Оставить мои правила и отправить их в машину</translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation>Оставить как в машине</translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation>Оставить правила машины и отменить мои изменения</translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>В сети</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation>Загрузка диагностики</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>Часы</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>Прошивка</translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation>Вычислительный модуль</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>Подтверждённые правила</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>версия %1</translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation>Потери связи (24 ч)</translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation>Сбои заданий (24 ч)</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>Действующие ключи</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation>Версия правил %1: %2</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Не удалось обновить (%1). Показаны данные, полученные ранее.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation>Ваши машины</translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation>Показаны данные, которые машины сообщили в %1. %2</translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation>В реальном времени с бэкенда флота, обновлено в %1</translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation>К этой учётной записи ещё не привязана ни одна машина.</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Машины организации</translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation>Машины, которые вам разрешено диагностировать</translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation>По одному автомобилю: последний открытый. Все автомобили организации — в разделе «Автомобили».</translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation>Выбрать другой автомобиль</translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation>Поездка %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>в</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1: время</translation>
    </message>
    <message>
        <source>with</source>
        <translation>с зарядом</translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation>%1: нужный заряд в процентах</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>Добавить поездку</translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation>Добавить запланированную поездку</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation>%1, время по часам машины (%2)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Обновить</translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation>Обновить диагностику и журнал событий</translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation>Ваш доступ поддержки:</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation>часы вычислений</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>энергия</translation>
    </message>
    <message>
        <source>money</source>
        <translation>деньги</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>часы</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation>График: %1; стрелки переключают интервалы</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Динамика</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>Что показывает график</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>Часы вычислений</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>Энергия в кВт·ч</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Деньги</translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation>Стоимость, валовой и чистый доход</translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation>В эти дни участия не было.</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation>Энергия и доход</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1, %2 (%3)</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Стоимость электричества</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Валовой доход</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ваша доля</translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation>Ваша доля (%1)</translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Износ батареи</translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation>Чистый доход за вычетом электричества и износа</translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation>Доля владельца (%1)</translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation>Доля владельца</translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation>Электричество</translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation>Ваш тариф и сколько машина может тратить на электричество.</translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation>Без тарифа льготных часов нет, поэтому машина никогда не будет участвовать.</translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation>Только в льготные часы</translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation>Не участвовать, если электричество дороже</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 за кВт·ч</translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation>Ценовой предел за кВт·ч</translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation>Участвовать, только когда задания приносят не меньше, чем стоит электричество.</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Только когда выгодно</translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation>Солнечная энергия, углеродоёмкость электросети и износ батареи.</translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation>Только когда домашние солнечные панели вырабатывают больше, чем потребляет дом, и полностью покрывают потребление компьютера. Машина должна быть подключена к зарядке дома.</translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation>Только на собственном излишке солнечной энергии</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation>Углеродоёмкость электросети меняется от часа к часу. Излишек солнечной энергии не ограничивается никогда.</translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation>Не участвовать, если углеродоёмкость электросети выше</translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation>г CO₂ на кВт·ч</translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation>Предел по CO₂ в граммах на киловатт-час</translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation>Сколько вам платят за энергию, отданную в сеть</translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation>Излишек, который потребляет компьютер, не уходит в сеть, поэтому обходится вам по этой цене, а не по цене электросети.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation>Сначала укажите тариф выше: цена продажи излишков в сеть входит в него.</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 за кВт·ч</translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation>Цена продажи излишков в сеть за кВт·ч</translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation>Вычитается из чистого дохода за энергию, которую компьютер берёт из батареи (но не при подключении к зарядке). Учитывается и защитой от убытков.</translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation>Сначала укажите тариф выше: износ считается в его валюте.</translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation>Учитывать износ батареи</translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation>Износ батареи за кВт·ч</translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation>Рассчитать по данным батареи:</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>Цена батарейного блока</translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation>Цена батарейного блока</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>Полезная ёмкость</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation>Полезная ёмкость батареи в киловатт-часах</translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation>Номинальное число полных циклов</translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation>Номинальное число полных циклов заряда</translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation>Использовать %1 %2 за кВт·ч</translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation>Укажите цену, ёмкость и число циклов больше 0</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation>заряд %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>Заряд %1</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation>Журнал событий</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%L1 из %Ln события</numerusform>
            <numerusform>%L1 из %Ln событий</numerusform>
            <numerusform>%L1 из %Ln событий</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последние сутки</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>Последний 31 день</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Последние 90 дней</translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation>За какой период показывать журнал событий</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation>Показывать события участия</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>Подключение</translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation>Показывать подключение к зарядке и отключение от неё</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation>Показывать сбои заданий</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>Связь</translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation>Показывать события связи</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Ключи</translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation>Показывать события ключей</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Правила</translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation>Показывать изменения правил</translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation>Поиск по событиям (причина, ключ, сбой…)</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>Поиск по событиям</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>Не удалось обновить (%1). Показаны данные, полученные ранее.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>События</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>Нет событий, соответствующих фильтрам.</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>За этот период событий нет.</translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Файлы правил (*.json)</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Общие правила</translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation>Единые правила для множества машин, подписанные ключом этого компьютера, который заверяет ваша организация.</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>Название шаблона</translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation>Ночи в депо</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>%Ln машина, выбранная в таблице автомобилей</numerusform>
            <numerusform>%Ln машины, выбранные в таблице автомобилей</numerusform>
            <numerusform>%Ln машин, выбранных в таблице автомобилей</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation>Все машины группы:</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation>Открыть файл правил…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>Применение…</translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation>Применить к машинам</translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation>Ответы машин на «%1»</translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation>Ответы машин</translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation>Примените правила, и здесь появится ответ каждой машины: применено, ожидание, пока машина спит, или отказ с указанием причины.</translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation>Ответившие машины</translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>Применено: %L1, ожидают: %L2, отклонено: %L3 (всего %Ln машина)</numerusform>
            <numerusform>Применено: %L1, ожидают: %L2, отклонено: %L3 (всего %Ln машины)</numerusform>
            <numerusform>Применено: %L1, ожидают: %L2, отклонено: %L3 (всего %Ln машин)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>Применено</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>Спит</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Конфликт</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Отклонено</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Отправка</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>Экспорт отчёта…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Сохранить отчёт</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Импорт правил</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation>Ваша организация</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln машина, данные на %1</numerusform>
            <numerusform>%Ln машины, данные на %1</numerusform>
            <numerusform>%Ln машин, данные на %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>Загрузка данных организации…</translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Участвуют сейчас</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%1 из %2 (%3%)</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>На связи сейчас</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Подключены к зарядке</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>В пути</translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>Машины с расчётами в %1: %Ln машина, последние %2 дн.</numerusform>
            <numerusform>Машины с расчётами в %1: %Ln машины, последние %2 дн.</numerusform>
            <numerusform>Машины с расчётами в %1: %Ln машин, последние %2 дн.</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Стоимость электричества</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Валовой доход</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation>Почему машины сейчас не участвуют</translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation>Все машины участвуют.</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>Группы</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1: участвуют %L2 из %Ln</numerusform>
            <numerusform>%1: участвуют %L2 из %Ln</numerusform>
            <numerusform>%1: участвуют %L2 из %Ln</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation>Энергия на вычисления по всему автопарку, по часам</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>кВт·ч</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>On solar</source>
        <translation>От солнца</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>Углеродоёмкость сети</translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation>Машины вне групп</translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation>%1 · %2 от солнца · %3 · чистыми&#xa0;%4</translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation>За этот период вычислений не было</translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation>%1: сейчас нет машин</translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation>Любая причина</translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation>Загрузка машин: %L1 из %L2…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>Показано %L1 из %Ln машины, выбрано %L2</numerusform>
            <numerusform>Показано %L1 из %Ln машин, выбрано %L2</numerusform>
            <numerusform>Показано %L1 из %Ln машин, выбрано %L2</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation>Загрузка машин</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>Поиск по названию или ID</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>Все группы</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Группа</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>Любое состояние</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>Заряжается</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Простаивает</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation>Причина неучастия</translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation>Ниже минимального заряда</translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation>Нет связи дольше</translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation>Нет связи дольше указанного числа часов (0 — без ограничения)</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>ч</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>Выбрать все показанные</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>Снять выделение</translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Применить правила к %Ln машине…</numerusform>
            <numerusform>Применить правила к %Ln машинам…</numerusform>
            <numerusform>Применить правила к %Ln машинам…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation>Пересортировать с учётом новых значений</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Сортировать по столбцу «%1»</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>Машины организации</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>Выбрать %1</translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation>Чтобы открыть обзор машины, дважды щёлкните по ней или нажмите Enter. Пробел выделяет машину.</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>Переместить %Ln машину в группу</numerusform>
            <numerusform>Переместить %Ln машины в группу</numerusform>
            <numerusform>Переместить %Ln машин в группу</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation>Депо или команда: выберите или введите новое название (пусто — без группы).</translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation>Переместить в группу…</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation>Не удалось обновить (%1). Показаны данные, полученные %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n минуту назад</numerusform>
            <numerusform>%n минуты назад</numerusform>
            <numerusform>%n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>Не удалось загрузить: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>Повторить загрузку</translation>
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
        <translation>Обзор</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>Демо-режим</translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation>Бэкенд флота ещё не подключён</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Условия участия</translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation>Энергия и доход</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>Ключи и доступ</translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation>Привязка машины</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Организация</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>Автомобили</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>Общие правила</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>Диагностика</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation>Начало работы</translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation>Три шага: ваша учётная запись, ваше согласие и привязка этого компьютера к вашей машине.</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>Ваша учётная запись</translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation>Вы в демо-режиме: вход выполнен как %1 (%2) в смоделированном флоте. Ваши действия здесь не затрагивают ни одну настоящую машину.</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>Вход выполнен как %1 (%2).</translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation>Ваше согласие на участие</translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation>&lt;b&gt;Что работает на машине:&lt;/b&gt; задания ИИ-инференса от флота — в изолированной среде на собственном компьютере машины и только тогда, когда это разрешают ваши настройки. Задания никогда не получают доступа к системам управления машиной.&lt;br&gt;&lt;b&gt;Какие данные покидают машину:&lt;/b&gt; уровень заряда, подключена ли она к зарядке, температура и мощность компьютера, израсходованная энергия и выполненные задания. Её местоположение, изображения с камер и сведения о том, кто за рулём, не передаются никогда.&lt;br&gt;&lt;b&gt;Сколько вы зарабатываете:&lt;/b&gt; 70 % от суммы, которую флот получает за вычисления вашей машины; электричество оплачиваете вы по своему тарифу.</translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation>Вы приняли условия версии %1 (%2). Отозвать согласие можно в любой момент в настройках.</translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation>Версия условий: %1. Ваш ответ сохраняется вместе с датой.</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>Даю согласие</translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation>Даю согласие на участие на условиях версии %1</translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation>Привяжите этот компьютер к своей машине</translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation>После привязки этот компьютер подписывает ваши изменения, поэтому машина принимает их только от вас и ни от кого другого. В списке ключей машины он называется «%1».</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation>Машина для привязки</translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation>✓ Этот компьютер привязан к машине. Ваши изменения подписываются, и машина их принимает.</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>Начать заново</translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation>Начать привязку</translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation>Теперь машина показывает шестизначный код на центральном экране. Введите его здесь до %1.</translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation>Демо-режим: на экране смоделированной машины показан код %1.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation>Код привязки с экрана машины</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>Привязать</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>Привязать с этим кодом</translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation>Запрашиваем код у машины…</translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation>Проверяем код с машиной…</translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation>Читаем ключи машины…</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>Перейти к обзору</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>Выйти из учётной записи %1</translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation>Есть учётная запись у оператора флота? Войдите, указав адрес сервера и отпечаток ключа, которые он вам выдал.</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Сервер</translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation>Адрес сервера флота</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>Отпечаток</translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation>44 символа, от оператора флота</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>Отпечаток ключа сервера</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Эл. почта</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>Адрес электронной почты</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Войти</translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation>Войти на сервер флота</translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation>или продолжите в демо-режиме</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>Участие</translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation>Предоставляет ли машина свой компьютер в принципе, а также пауза.</translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation>Выключено: машина никогда не предоставляет свой компьютер, что бы ни говорили правила ниже.</translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation>Разрешить машине участвовать на стоянке</translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation>Выключено: машина может участвовать и только от батареи — до минимального заряда.</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Только при подключении к зарядке</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation>До этого момента участия не будет; время указано в часовом поясе машины.</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 час</translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation>Пауза на один час</translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation>До 06:00</translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation>Пауза до 06:00 завтрашнего дня</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>До возобновления</translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation>Пауза, пока я не возобновлю участие</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>Возобновить сейчас</translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>Снять паузу</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>гггг-мм-дд чч:мм</translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation>Пауза до указанных даты и времени</translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation>Пауза до этого времени</translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation>Пауза до введённых даты и времени</translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation>Введите дату и время, например 2026-11-30 08:00.</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation>Всё время на этой странице — местное время машины в этом часовом поясе с учётом перехода на летнее время.</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Не задан</translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation>Выплаты</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation>Чистый доход каждого месяца подсчитывается в полночь 1-го числа и выплачивается через три дня, если он достигает %1; меньший остаток переносится на следующий месяц.</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation>Чистый доход каждого месяца подсчитывается в полночь 1-го числа и выплачивается через три дня.</translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation>Ни один месяц ещё не закрыт.</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>чистыми %1</translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation>Часовой пояс: %1</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>Изменено на основе версии %1</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Версия %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Импорт…</translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation>Импортировать правила из файла JSON</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation>Экспортировать эти правила в файл JSON</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>Не импортировано: %1</translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation>Прежде чем менять правила участия, привяжите этот компьютер к %1: каждое изменение подписывается собственным ключом этого компьютера, а машина принимает только ключи, привязанные через её экран.</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>машине</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Привязать этот компьютер</translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation>Привязать этот компьютер к машине</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>Ближайшая неделя</translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation>Когда машина сможет участвовать в ближайшие семь дней по правилам времени, паузы и цены, заданным выше, — так, как это рассчитывает сама машина. Заряд, температура и доход учитываются уже в момент работы.</translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation>Участие выключено, поэтому разрешённого времени нет.</translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation>Выбраны только льготные часы, но без тарифа льготных часов нет.</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>Импорт правил</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>Файлы правил (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Все файлы (*)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>Экспорт правил</translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation>Каждый день</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>Будни</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>Выходные</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation>Условия участия</translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation>Правила участия машины %1. Их применяет сама машина.</translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation>Правила участия вашей машины. Их применяет сама машина.</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Загрузка</translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation>Загружаем правила, по которым работает машина…</translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation>Не удалось загрузить правила: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation>Повторить загрузку правил</translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation>Пока нет машины, для которой можно задать правила.</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>Отменить ваши изменения?</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation>Изменения правил участия машины %1 не применены.</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation>Версии правил</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Загрузка…</translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation>Версии правил неизвестны.</translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation>Версия %1, применена %2, подписана ключом %3</translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation>Версия %1, применена %2, первые правила машины</translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation>(действует сейчас)</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation>Этот месяц</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>Последние 3 месяца</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>Этот год</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Свой период</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Первый день</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>по</translation>
    </message>
    <message>
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Последний день</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Показать</translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation>Показать выбранные дни</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>Шаг группировки</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>По часам</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>По неделям</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>По месяцам</translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1: %Ln машина. Открыть в таблице.</numerusform>
            <numerusform>%1: %Ln машины. Открыть в таблице.</numerusform>
            <numerusform>%1: %Ln машин. Открыть в таблице.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln сеанс</numerusform>
            <numerusform>%Ln сеанса</numerusform>
            <numerusform>%Ln сеансов</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>Сортировать по столбцу «%1»</translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation>%1, по возрастанию; нажмите, чтобы сортировать по убыванию</translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation>%1, по убыванию; нажмите, чтобы сортировать по возрастанию</translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation>Сеансы участия</translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation>Сеанс начался раньше выбранных дней; его показатели учитывают только часть внутри них.</translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation>Сеанс продолжается после выбранных дней; его показатели учитывают только часть внутри них.</translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation>… Сеанс, выходящий за первый или последний выбранный день: его показатели учитывают только часть внутри этих дней.</translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation>Выберите сеанс, чтобы увидеть выполненные в нём задания.</translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation>Задания сеанса %1</translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation>Задания выбранного сеанса</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>сбой</translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation>сбой, без оплаты</translation>
    </message>
    <message>
        <source>running</source>
        <translation>выполняется</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation>Экспорт всех моих данных</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файлы JSON (*.json)</translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation>idlefleet-мои-данные</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation>Внешний вид и язык приложения, а также данные, которые оно хранит о вас.</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Внешний вид</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Язык</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>Тёмная тема</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Уведомления</translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation>Сообщать, когда машина останавливается из-за минимального заряда или перегрева и когда готов ежемесячный отчёт</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>Уведомления на рабочем столе</translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation>Ваши данные и согласие</translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation>В демо-режиме эти действия применяются к демонстрационной учётной записи смоделированного флота.</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Вход выполнен как %1.</translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation>Ваша учётная запись, согласия, машины, настройки, ключи, вся история участия и список тех, у кого был доступ поддержки, — в одном файле JSON.</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Экспорт…</translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation>Отозвать моё согласие</translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation>Согласие ещё не дано</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>Согласие отозвано</translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation>Все машины прекратят участие и останутся на паузе, пока вы снова не дадите согласие. Ваша история сохранится.</translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation>Чтобы участвовать, дайте согласие в разделе «Привязка машины».</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>Отозвать</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>Удалить мою учётную запись</translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation>Навсегда удаляет из флота вашу учётную запись, настройки ваших машин, ключи, историю и доход. Если вам нужна копия, сначала выполните экспорт.</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>Удалить…</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>Удалить учётную запись навсегда?</translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation>Это действие нельзя отменить. Для подтверждения введите пароль.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <source>Export progress</source>
        <translation>Ход экспорта</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>Остановить экспорт</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>Ваши данные</translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation>Всё, что флот хранит о вашей учётной записи, одним файлом JSON.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation>Навсегда удаляет из флота вашу учётную запись и ваши входы. Машины организации и их история сохраняются.</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation>Навсегда удаляет из флота вашу учётную запись и ваши входы. Машины, к которым у вас был доступ, остаются у владельцев.</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation>Сохранить отчёт в PDF</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>Сохранить отчёт в CSV</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Файлы PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Файлы CSV (*.csv)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>Ежемесячный отчёт</translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation>Все дни месяца с энергией, стоимостью электричества, валовым доходом, вашей долей и чистым доходом — для вашего учёта или для бухгалтера.</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>Месяц отчёта</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Сохранить в PDF…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>Сохранить в CSV…</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>Формирование отчёта</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>Chat</source>
        <comment>a kind of AI job</comment>
        <translation>Чат</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <comment>a kind of AI job</comment>
        <translation>Эмбеддинги</translation>
    </message>
    <message>
        <source>Transcription</source>
        <comment>a kind of AI job</comment>
        <translation>Распознавание речи</translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation>Перевод</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation>Отчёт о доходах</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>Не удаётся записать %1: проверьте, что папка существует и у вас есть права на запись в неё.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation>%1% от оплаты заданий</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Период</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>Машина</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Учётная запись</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ваша доля</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Сформирован</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Итоги</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Вычисления</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation>Валовой доход: оплата заданий</translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation>Ваша доля (%1%)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Стоимость электричества</translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation>Перенесено на следующий месяц: %1 (меньше минимальной выплаты %2)</translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation>Выплачено: %1 (дата выплаты: %2)</translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation>Выплата ожидается: %1 (дата выплаты: %2)</translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation>(включая %1, перенесённые с прошлых месяцев)</translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation>Выплата: месяц закрывается в полночь 1-го числа следующего месяца.</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Валовой доход</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>По дням</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Итого</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Сеансы</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation>… сеанс, начавшийся до этого месяца или продолжившийся после него: учтена только его часть в этом месяце.</translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation>Выполненные задания</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Сбои</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Запросы</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>Не удаётся завершить запись %1.</translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation>из них излишек солнечной энергии / сеть / батарея</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation>CO₂ от энергии из сети</translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation>%1 (и ещё %2 с неизвестной углеродоёмкостью)</translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation>CO₂, предотвращённый излишком солнечной энергии</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Износ батареи</translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation>Чистый доход: ваша доля за вычетом электричества и износа</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>Износ</translation>
    </message>
</context>
<context>
    <name>StatusOverlay</name>
    <message>
        <source>Cannot show your cars</source>
        <translation>Не удаётся показать ваши машины</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Sign out and use demo mode</source>
        <translation>Выйти и перейти в демо-режим</translation>
    </message>
</context>
<context>
    <name>SupportText</name>
    <message>
        <source>%1/kWh</source>
        <translation>%1/кВт·ч</translation>
    </message>
    <message>
        <source>%1/h</source>
        <translation>%1/ч</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started contributing</source>
        <translation>Участие началось</translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation>Участие прекратилось</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Подключена к зарядке</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>Отключена от зарядки</translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation>Изменились причины неучастия</translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>Сбой задания</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>Связь потеряна</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>Связь восстановлена</translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation>Добавлен ключ</translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation>Ключ отозван</translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation>Правила изменены</translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation>Событие, неизвестное этому приложению</translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation>Компьютер снизил производительность, чтобы остыть</translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation>Время на задание истекло</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>Ключ %1</translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation>Машина подтвердила версию %1</translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation>Нет доступа к диагностике %1: доступ поддержки к этой машине не открыт или уже истёк.</translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation>Машина %1 не найдена.</translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation>участие было выключено</translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation>была пауза до %1</translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation>была пауза</translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation>машина была в пути</translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation>машина не была подключена к зарядке, а её правила этого требуют</translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation>вне расписания (следующее окно начинается в %1)</translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation>вне расписания (в ближайшие 7 дней окон нет)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation>электричество было по пиковой цене %1, а разрешены только льготные часы (они начинаются в %2)</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation>электричество было по пиковой цене %1, а разрешены только льготные часы</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation>электричество стоило %1 — выше предела %2 (дешевле с %3)</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation>электричество стоило %1 — выше предела %2</translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation>час заданий принёс бы %1, а электричество на него стоило бы %2</translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation>достигнут минимальный заряд %1% (заряд %2%)</translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation>заряд ниже уровня возобновления %1% (заряд %2%)</translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation>для поездки в %1 нужно %2% (заряд %3%)</translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation>заряд сохранялся для поездки (заряд %1%)</translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation>температура компьютера была %1 °C при пределе %2 °C</translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation>исчерпан дневной лимит энергии %1 (израсходовано %2)</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 кВт·ч</translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation>В %1 машина участвовала.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation>В %1 машина не участвовала, потому что: %2.</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>; </translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation>В %1 машина не участвовала: она была не в сети.</translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation>В %1 машина не участвовала, хотя правила это разрешали (заданий не поступило).</translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation>Для этой минуты истории нет: показано текущее состояние машины.</translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation>её владелец не дал согласия на участие или отозвал его</translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation>электричество из сети давало %1 г CO₂ на кВт·ч, больше предела в %2 г</translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation>разрешена только солнечная энергия, а излишек в %1 Вт не покрывал %2 Вт компьютера</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation>Использовать мой тариф на электричество</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>Взять за основу</translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation>Использовать тариф %1</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation>Валюта, код ISO 4217</translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation>Цена в остальное время</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1 за кВт·ч</translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation>Цена вне периодов, за кВт·ч</translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation>Периоды (цену для времени задаёт первый подходящий период)</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Период %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1: начало</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1: конец</translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation>%1: цена за кВт·ч</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Льготный</translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation>%1: льготный</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>Переместить «%1» вверх</translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation>Выше в списке — приоритетнее, если периоды пересекаются</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>Переместить «%1» вниз</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>Удалить «%1»</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Добавить период</translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation>Добавить период тарифа</translation>
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
        <translation>Калифорния: льготные часы до 15:00, пик 16:00–21:00, ежедневно</translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation>Octopus Go</translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation>Великобритания: льготные часы 00:30–05:30 каждую ночь</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>Единый тариф</translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation>Одна цена в любое время; льготных часов нет</translation>
    </message>
</context>
<context>
    <name>TimeField</name>
    <message>
        <source>hh:mm</source>
        <translation>чч:мм</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 24:00, such as 22:30.</source>
        <translation>Введите время от 00:00 до 24:00, например 22:30.</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation>Введите время от 00:00 до 23:59, например 07:30.</translation>
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
        <translation>Разбор допуска</translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation>Что машина знала и решила за одну минуту. Время указано по часам машины (%1).</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation>Дата и время по часам машины</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation>Подставить текущее время по часам машины</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>Объяснить</translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation>Объяснить, почему машина участвовала или не участвовала в это время</translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation>Получение разбора допуска</translation>
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
        <translation>%1 г</translation>
    </message>
    <message>
        <source>%1 kg</source>
        <translation>%1 кг</translation>
    </message>
</context>
<context>
    <name>ValueField</name>
    <message>
        <source>Enter a whole number.</source>
        <translation>Введите целое число.</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation>Введите число, например 0,25.</translation>
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
        <translation>Уровень заряда в процентах: %1</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Уровень заряда</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation>Не участвует</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>Подключена к зарядке</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Не подключена к зарядке</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Компьютер</translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation>%1 °C, %2 Вт</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1 °C, простаивает</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>Энергия на вычисления сегодня</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 кВт·ч</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>Данные от</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Почему машина сейчас не участвует</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation>Не в сети, последняя связь только что</translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>Не в сети, последняя связь %n минуту назад</numerusform>
            <numerusform>Не в сети, последняя связь %n минуты назад</numerusform>
            <numerusform>Не в сети, последняя связь %n минут назад</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>Участвует сейчас</translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation>Следующее окно участия</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>При ваших настройках окон нет на %n день вперёд.</numerusform>
            <numerusform>При ваших настройках окон нет на %n дня вперёд.</numerusform>
            <numerusform>При ваших настройках окон нет на %n дней вперёд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>До %1</translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation>Около %1 кВт·ч · электричество %2 · доход %3 · чистыми %4</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>В этом месяце</translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation>За всё время</translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation>%1: чистыми %2, %3 кВт·ч</translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation>Прогноз и итоги устарели: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Возобновить</translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>Пауза на 2 часа</translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation>Возобновить участие машины %1</translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation>Приостановить участие машины %1 на два часа</translation>
    </message>
    <message>
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation>Ваша доля от заданий: около %1 в час, до оплаты электроэнергии</translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation>От солнца сегодня</translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation>CO₂ сегодня</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>Условия участия</translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation>Условия участия: %1</translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation>Пауза сохранена на этом компьютере; отправляем её в машину…</translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation>Возобновление сохранено на этом компьютере; отправляем его в машину…</translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation>Пауза в пути: %1 сейчас без связи и встанет на паузу, как только снова выйдет на связь.</translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation>Возобновление в пути: %1 сейчас без связи и продолжит, как только снова выйдет на связь.</translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation>Пауза отправлена; ждём подтверждения от машины.</translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation>Возобновление отправлено; ждём подтверждения от машины.</translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Пауза не включена: этот компьютер не привязан к %1, а машина принимает изменения только от компьютеров, привязанных на её экране.</translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>Не возобновлено: этот компьютер не привязан к %1, а машина принимает изменения только от компьютеров, привязанных на её экране.</translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation>Пауза не включена: %1</translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation>Не возобновлено: %1</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>Привязать этот компьютер</translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation>Привязать этот компьютер к %1</translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation>Доля владельца от заданий: около %1 в час до вычета электричества</translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation>С момента подключения</translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation>Не в сети, ещё не выходил на связь</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>Не в сети с %1</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ещё нет</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>При её настройках окон нет на %n день вперёд.</numerusform>
            <numerusform>При её настройках окон нет на %n дня вперёд.</numerusform>
            <numerusform>При её настройках окон нет на %n дней вперёд.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation>Недельные окна, с понедельника по воскресенье</translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation>Протяните по пустому месту, чтобы добавить окно; перетащите окно, чтобы переместить его, или его края, чтобы изменить размер.</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>Окно %1: %2</translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation>Стрелки сдвигают окно на 15 минут или на день; стрелки с Shift меняют его размер; Delete удаляет его.</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 off-peak</source>
        <translation>Льготные часы: %1</translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation>%1: разрешено %2</translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation>%1 · перевод часов</translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation>Участие разрешено</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>Льготные часы</translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation>Пик (темнее — дороже)</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Сейчас</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation>Окно %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1: начало</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1: конец</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>следующего дня</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>Удалить «%1» (%2)</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>Добавить окно</translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation>Добавить недельное окно</translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation>Окон нет: машина может участвовать в любое время, которое разрешают остальные правила.</translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation>Недельные окна</translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation>Когда в течение недели машина может участвовать. Протяните по сетке, чтобы нарисовать окно; перетащите окно, чтобы переместить его, или его края, чтобы изменить размер.</translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation>Клавиатура: Tab — перейти к окну; стрелки сдвигают его на 15 минут или на день; Shift+Влево/Вправо двигают его конец, Shift+Вверх/Вниз — начало; Delete удаляет его.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>Выберите файл для сохранения экспорта.</translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation>Собираем ваши данные…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Не удалось выполнить экспорт: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>В файл %1 сохранены ваша учётная запись, %Ln машина и история участия.</numerusform>
            <numerusform>В файл %1 сохранены ваша учётная запись, %Ln машины и история участия.</numerusform>
            <numerusform>В файл %1 сохранены ваша учётная запись, %Ln машин и история участия.</numerusform>
        </translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>Для подтверждения введите пароль.</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>Удаляем вашу учётную запись…</translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation>Неверный пароль; ничего не удалено.</translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation>Не удалось удалить учётную запись: %1</translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation>Ваша учётная запись и все связанные с ней данные удалены.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Экспорт остановлен; файл не записан.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation>Запуск демо-бэкенда флота…</translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation>Подключение к бэкенду флота…</translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation>Вход в демо-мир…</translation>
    </message>
    <message>
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation>Сеанс на %1 завершён. Войдите снова или перейдите в демо-режим.</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>Вход на %1…</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation>Бэкенд флота по адресу %1 недоступен.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation>Бэкенд флота по адресу %1 недоступен. Ваши машины снова появятся, как только он ответит.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation>Сеанс завершён. Войдите снова или перейдите в демо-режим.</translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation>Адрес сервера должен начинаться с https://, например https://fleet.example.com.</translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation>Отпечаток — это 44-символьная строка, которую вам выдал оператор флота (SHA-256 в кодировке base64).</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation>Введите адрес электронной почты вашей учётной записи.</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>Введите пароль.</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>Неверный адрес электронной почты или пароль.</translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation>Загружаем ваши машины…</translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation>Не удалось сохранить эти автомобили на этом компьютере для работы без сети (%1). Без сети приложение показывает то, что было сохранено раньше.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>Демо-бэкенд флота не запустился за %n секунду.</numerusform>
            <numerusform>Демо-бэкенд флота не запустился за %n секунды.</numerusform>
            <numerusform>Демо-бэкенд флота не запустился за %n секунд.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation>Не удаётся запустить демо-бэкенд флота %1: %2</translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation>Демо-бэкенд флота (idlefleetd) не установлен рядом с этим приложением.</translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation>Демо-бэкенд флота сообщил о себе в виде, который это приложение не понимает.</translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation>Демо-бэкенд флота аварийно завершился при запуске.</translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation>Демо-бэкенд флота остановился при запуске (код выхода %1): %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation>%1 в %2, %3 %</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>синхронизированы</translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation>спешат на %1 мс</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>отстают на %1 мс</translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation>участие вкл.</translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation>участие выкл.</translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation>мин. заряд %1%</translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation>возобновление при %1%</translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation>только при подключении к зарядке</translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation>только льготные часы</translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation>только когда выгодно</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>%n окно</numerusform>
            <numerusform>%n окна</numerusform>
            <numerusform>%n окон</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>%n поездка</numerusform>
            <numerusform>%n поездки</numerusform>
            <numerusform>%n поездок</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation>компьютер до %1 °C</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>пауза до %1</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation>Сначала выберите машину и время.</translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation>Для этого времени нет разбора допуска: %1</translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation>Введите время по часам машины в формате %1, например %2.</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>Сначала выберите машину.</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>Выберите файл на этом компьютере.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>Вычисления (ч)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Энергия (кВт·ч)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>Стоимость электричества</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>Валовой доход</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>Ваша доля</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Неделя с %1</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>Вычисления: %1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>Энергия: %1</translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation>Стоимость электричества: %1</translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation>Валовой доход: %1</translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation>Ваша доля: %1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>Чистый доход: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation>Этой машины больше нет среди ваших.</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation>«%1» — не дата; введите дату в виде %2 или 2026-03-01.</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>Последний день раньше первого.</translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation>Выберите период не длиннее 20 лет.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EventTimelineModel</name>
    <message>
        <source>%1%</source>
        <comment>state of charge</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation>Сохранить</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Открыть</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation>Применено (версия %1)</translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation>Ожидание: машина спит и получит правила, когда проснётся</translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation>Конфликт: правила машины тем временем изменились (сейчас версия %1)</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Отклонено: %1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Отправка…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>В очереди</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>Недопустимые правила: %1</translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation>Сначала выберите группу или отметьте машины в таблице автомобилей.</translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation>Ключ и очередь отправки этого компьютера ещё не готовы; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation>Поиск машин…</translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation>Ни одна из выбранных машин не входит в организацию.</translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation>В группе %1 нет машин.</translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation>Запрашиваем у организации заверение ключа этого компьютера…</translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet на %1</translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation>Организация не заверила ключ этого компьютера: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>Отправляем правила %Ln машине…</numerusform>
            <numerusform>Отправляем правила %Ln машинам…</numerusform>
            <numerusform>Отправляем правила %Ln машинам…</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation>не удалось сохранить изменение в очереди отправки</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>%Ln спящая машина получит правила, когда проснётся.</numerusform>
            <numerusform>%Ln спящие машины получат правила, когда проснутся.</numerusform>
            <numerusform>%Ln спящих машин получат правила, когда проснутся.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Не удалось записать %1: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Отчёт сохранён в %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetOverview</name>
    <message>
        <source>%1 kWh</source>
        <translation>%1 кВт·ч</translation>
    </message>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1 g/kWh</source>
        <translation>%1 г/кВт·ч</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetVehicleModel</name>
    <message>
        <source>Contributing</source>
        <translation>Участвует</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation>Заряжается</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation>Простаивает</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Не в сети</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Название</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation>Группа</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Состояние</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation>Заряд</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation>Мин. заряд</translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation>Почему не участвует</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>Последняя связь</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Энергия сегодня</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation>Сначала выберите машины, которые нужно переместить.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln машина убрана из группы.</numerusform>
            <numerusform>%Ln машины убраны из группы.</numerusform>
            <numerusform>%Ln машин убрано из группы.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln машина перемещена в %1.</numerusform>
            <numerusform>%Ln машины перемещены в %1.</numerusform>
            <numerusform>%Ln машин перемещено в %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation>отозван</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>истёк</translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation>истекает в течение часа</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>истекает через %n час</numerusform>
            <numerusform>истекает через %n часа</numerusform>
            <numerusform>истекает через %n часов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>истекает через %n день</numerusform>
            <numerusform>истекает через %n дня</numerusform>
            <numerusform>истекает через %n дней</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation>Введите адрес электронной почты инженера поддержки, например support@example.com.</translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation>Доступ можно открыть на срок от 1 часа до 30 дней.</translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation>Не удалось открыть доступ: %1</translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation>Не удалось отозвать доступ: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation>Ключ флота организации</translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation>Менеджер флота</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Владелец</translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation>Не удалось отозвать ключ: %1</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Не удаётся создать папку %1.</translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation>Ключ в %1 не является закрытым ключом P-256; переместите его в другое место, чтобы создать новый.</translation>
    </message>
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation>Ключ флота в %1 не является закрытым ключом P-256.</translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation>%1 не удаётся прочитать как ключ флота; файл остаётся на месте.</translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation>В %1 другой ключ флота, чем в %2; оба остаются на месте.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation>Idlefleet на %1</translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation>Не удалось сохранить ваше согласие: %1</translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation>Не удалось сохранить отзыв согласия: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation>Ключ этого компьютера недоступен, поэтому его нельзя привязать. Перезапустите приложение; если ошибка повторится, проверьте, доступна ли папка данных приложения для записи.</translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation>Введите код, который машина показывает на экране.</translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>Код не совпадает с тем, что показывает машина. Осталась %n попытка.</numerusform>
            <numerusform>Код не совпадает с тем, что показывает машина. Осталось %n попытки.</numerusform>
            <numerusform>Код не совпадает с тем, что показывает машина. Осталось %n попыток.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation>Слишком много неверных кодов. Начните заново — машина покажет новый код.</translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation>Срок действия кода истёк. Начните заново — машина покажет новый код.</translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation>Машина больше не ожидает код. Начните заново.</translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation>Сейчас с машиной нет связи: там, где она припаркована, нет сигнала. Повторите попытку, когда она снова будет в сети.</translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation>В машине уже сохранено максимальное число ключей. Отзовите ненужный в разделе «Ключи и доступ» и повторите попытку.</translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation>Привязать компьютер к машине может только её владелец.</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%1 выплачено %2</translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation>%1 в пути, выплата %2</translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation>%1 перенесено на следующий месяц</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation>У этого компьютера ещё нет собственного ключа и очереди отправки, поэтому он не может подписывать изменения для машины.</translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation>Не удалось записать изменение в очередь отправки этого компьютера.</translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation>Ожидает подписи и отправки в машину.</translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation>Отправлено в машину; ожидается подтверждение.</translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation>Машина подтвердила изменение: она работает по правилам версии %1.</translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation>Не применено: правила участия машины изменены в другом месте (сейчас действует версия %1).</translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation>Машина отклонила изменение: этот компьютер к ней не привязан.</translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation>Машина отклонила изменение: %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation>Ещё не доставлено (%1); изменение будет отправлено повторно автоматически.</translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation>Машина подтвердила паузу.</translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation>Машина подтвердила: она снова будет участвовать, когда это позволят её правила.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation>Вкл.</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Выкл.</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Без ограничения</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>В любое время</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2–%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Нет</translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation>%1 %2 по умолчанию</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation>%1 %2–%3: %4%5</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation> (льготный)</translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation>%1 в %2, %3 %</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Без паузы</translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation>Пауза до возобновления</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Пауза до %1</translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation>Участие разрешено</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Часовой пояс</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>Недельные окна</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>Минимальный заряд</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>Уровень возобновления</translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation>Минимальный заряд + 5 %</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>Только при подключении к зарядке</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Тариф</translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation>Только льготные часы</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>Ценовой предел</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>Только когда выгодно</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>Поездки</translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation>Температурный предел компьютера</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Дневной лимит энергии</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 кВт·ч</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>Пауза</translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation>Только на излишке солнечной энергии</translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation>Предел по CO₂</translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation>%1 г CO₂ на кВт·ч</translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation>Цена продажи излишков в сеть</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>Износ батареи</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation>Не удалось проверить, не изменены ли правила машины в другом месте: %1</translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation>Правила участия машины изменены в другом месте; показана их версия %1.</translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation>Ваши прежние изменения восстановлены; они ещё не применены.</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation>Исправьте отмеченные поля, чтобы увидеть предпросмотр.</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>Без паузы</translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation>Пауза, пока вы её не снимете</translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation>Пауза была до %1 (завершена)</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>Пауза до %1</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Не удаётся прочитать %1: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation>Файл %1 слишком велик для файла правил.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation>Перед экспортом исправьте отмеченные поля.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>Сохранено в %1</translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation>Выберите уровень от %1&#xa0;% до %2&#xa0;%.</translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation>Выберите температуру от %1 до %2&#xa0;°C.</translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation>Выберите предел от %1 до %2&#xa0;г/кВт·ч.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation>Выберите время от 00:00 до 24:00.</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation>Выберите время от 00:00 до 23:59.</translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation>Выберите дни заново: это не дни недели.</translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation>Выберите количество энергии от 0 и больше.</translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation>Выберите сумму от 0 и больше.</translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation>Эта сумма слишком велика для цены; проверьте десятичный разделитель.</translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation>Здесь не больше %1: удалите одну запись, прежде чем добавить новую.</translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation>Выберите часовой пояс, в котором указано время машины.</translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation>Этот компьютер не знает такого часового пояса: выберите пояс из списка.</translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation>Выберите трёхбуквенный код валюты, например EUR.</translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation>Сначала выберите валюту тарифа: эта сумма считается в ней.</translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation>Выберите уровень выше минимального заряда (%1&#xa0;%) и не больше %2&#xa0;%, или 0, чтобы возобновлять при минимальном заряде + 5&#xa0;%.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation>Для предпросмотра нужен известный часовой пояс.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 ч</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>%1 allowed from %2 to %3</source>
        <translation>С %2 по %3 разрешено %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation>Нет связи</translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation>Вне связи: машина спит или нет сигнала</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>Не подключена к зарядке</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Не подключена к зарядке, а ваши настройки этого требуют</translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation>Не подключена к зарядке, а её настройки этого требуют</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>Разрешить участие без подключения к зарядке</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>Вне расписания</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Вне вашего расписания участия</translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation>Вне её расписания участия</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>Изменить расписание</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>Пиковый тариф</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>Электричество по пиковому тарифу, а вы разрешаете только льготные часы</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation>Электричество по пиковому тарифу, а её настройки разрешают только льготные часы</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>Изменить настройку льготных часов</translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation>Цена выше предела</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>Электричество дороже вашего ценового предела</translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation>Электричество дороже её ценового предела</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>Изменить ценовой предел</translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation>CO₂ выше предела</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation>Электричество из сети выше вашего предела по CO₂</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation>Электричество из сети выше её предела по CO₂</translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation>Изменить предел по CO₂</translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation>Нет излишка солнечной энергии</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation>Недостаточно излишка солнечной энергии, а вы разрешили только её</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation>Недостаточно излишка солнечной энергии, а в её настройках разрешена только солнечная энергия</translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation>Разрешить электричество из сети</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>Невыгодно</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Задания принесли бы меньше, чем стоит электричество</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>Изменить защиту от убытков</translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation>Достигнут минимальный заряд</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>Батарея достигла вашего минимального заряда</translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation>Батарея достигла минимального заряда</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>Изменить минимальный заряд</translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation>Ниже уровня возобновления</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Ожидание, пока батарея зарядится до уровня возобновления</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation>Ожидание, пока батарея зарядится до уровня возобновления</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>Изменить уровень возобновления</translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation>Резерв для поездки</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Заряд сохраняется для вашей следующей поездки</translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation>Заряд сохраняется для следующей поездки</translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation>Изменить время поездок</translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation>Компьютер перегрет</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>Компьютер слишком горячий</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>Изменить температурный предел</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>Дневной лимит энергии</translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation>Дневной лимит энергии исчерпан</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>Изменить дневной лимит энергии</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>На паузе</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Вы приостановили участие</translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation>Участие приостановлено</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>Возобновить или изменить паузу</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>Участие выключено</translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>Участие выключено в ваших настройках</translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation>Участие выключено в её настройках</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>Включить участие</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>В пути</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>Машина в пути</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>Нет согласия</translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation>Нет вашего согласия на участие</translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation>Владелец не дал согласия на участие</translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation>Дать согласие</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Заблокировано правилом, неизвестным этому приложению (%1)</translation>
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
        <translation>запросов: %1</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n задание принесло %1 до доли владельца</numerusform>
            <numerusform>%n задания принесли %1 до доли владельца</numerusform>
            <numerusform>%n заданий принесли %1 до доли владельца</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n завершилось сбоем и не оплачено</numerusform>
            <numerusform>%n завершились сбоем и не оплачены</numerusform>
            <numerusform>%n завершились сбоем и не оплачены</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation>показаны только задания внутри выбранных дней</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 ч %2 мин</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Начало</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Конец</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Длительность</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Энергия</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Стоимость</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>Заработано</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Чистый доход</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Задания</translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation>Ещё идёт</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation>Данные машины ещё не загружены; повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation>Получаем доход за месяц…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>Формируем PDF…</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>Записываем CSV…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation>Сохранено: %1 (%2 мс).</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
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
        <translation>Открыть Idlefleet</translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>Приостановить все машины на %n час</numerusform>
            <numerusform>Приостановить все машины на %n часа</numerusform>
            <numerusform>Приостановить все машины на %n часов</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation>Возобновить все машины</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Выйти</translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation>%1: участие прекращено</translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: участвуют %L1 из %Ln машины</numerusform>
            <numerusform>Idlefleet: участвуют %L1 из %Ln машин</numerusform>
            <numerusform>Idlefleet: участвуют %L1 из %Ln машин</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation>Ваш отчёт готов</translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation>Отчёт за %1 можно экспортировать в разделе «Энергия и доход».</translation>
    </message>
    <message>
        <source>Idlefleet is still running</source>
        <translation>Idlefleet продолжает работать</translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation>Ваши автомобили продолжают следовать своим правилам. Открыть или закрыть Idlefleet можно через его значок в области уведомлений.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleSummary</name>
    <message>
        <source>%1%</source>
        <comment>share of today&apos;s compute energy on solar surplus</comment>
        <translation>%1%</translation>
    </message>
    <message>
        <source>%1, %2 avoided</source>
        <comment>grams of CO2 emitted, then avoided</comment>
        <translation>%1, предотвращено %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation>%1, %2 на 24 часа</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation>%1, %2 – %3 (следующего дня)</translation>
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
        <translation>%1 кВт·ч</translation>
    </message>
    <message>
        <source>%1 h</source>
        <comment>hours of compute</comment>
        <translation>%1 ч</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::EarningsFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>Нет подключения к бэкенду флота.</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation>Нет подключения к серверу флота.</translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation>Не удалось загрузить автомобили: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation>Автомобили организации изменились во время загрузки. Попробуйте ещё раз.</translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation>Сервер прислал %1 из своих %2 автомобилей.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не удаётся записать %1: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>Бэкенд флота по адресу %1 предъявил другой ключ безопасности, не тот, которому доверяет это приложение, поэтому ничего не было отправлено. Если ключ бэкенда заменили намеренно, подключитесь заново с новым ключом; иначе соединение, возможно, перехватывают.</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>Бэкенд флота по адресу %1 не ответил вовремя.</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>Бэкенд флота по адресу %1 недоступен: %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>Бэкенд флота прислал ответ, который это приложение не может прочитать: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP-статус %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>Вход не выполнен: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>Нет доступа: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>Не найдено: %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>Ошибка бэкенда флота: %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>Бэкенд флота отклонил запрос: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>Сеанс завершён. Войдите снова.</translation>
    </message>
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation>Соединение с бэкендом флота по адресу %1 прервалось: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>Сеанс завершён: войдите снова.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation>Не удалось сохранить подписанное изменение в локальном хранилище.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>Бэкенд флота (версия %1) слишком стар для этого приложения: он поддерживает API версии %2, а приложению нужна %3 или новее. Обновите бэкенд.</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>Это приложение слишком старое для бэкенда флота (версия %1): бэкенду нужен API версии %2 или новее, а приложение поддерживает %3. Обновите приложение.</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation>Не удалось сохранить список машин в локальном хранилище.</translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation>Не удалось сохранить историю в локальном хранилище.</translation>
    </message>
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation>Не удалось сохранить историю участия в локальном хранилище.</translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation>Не удалось сохранить события в локальном хранилище.</translation>
    </message>
</context>
</TS>
