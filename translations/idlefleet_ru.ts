<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru_RU">
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
        <source>Earning you about %1 an hour</source>
        <translation>Приносит вам около %1 в час</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>Почему машина сейчас не участвует</translation>
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
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>Участие выключено в ваших настройках</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>Вы приостановили участие</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>Машина в пути</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>Не подключена к зарядке, а ваши настройки этого требуют</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>Вне вашего расписания участия</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>Электричество по пиковому тарифу, а вы разрешаете только льготные часы</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>Электричество дороже вашего ценового предела</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>Задания принесли бы меньше, чем стоит электричество</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>Батарея достигла вашего минимального заряда</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>Ожидание, пока батарея зарядится до уровня возобновления</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>Заряд сохраняется для вашей следующей поездки</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>Компьютер слишком горячий</translation>
    </message>
    <message>
        <source>Today's energy limit is reached</source>
        <translation>Дневной лимит энергии исчерпан</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>Заблокировано правилом, неизвестным этому приложению (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend's key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
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
</TS>