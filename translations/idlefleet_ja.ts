<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>DashboardPage</name>
    <message>
        <source>Your cars</source>
        <translation>あなたの車</translation>
    </message>
    <message>
        <source>Showing what the cars reported at %1. %2</source>
        <translation>%1 時点で車から届いた情報を表示しています。%2</translation>
    </message>
    <message>
        <source>Live from the fleet backend, updated %1</source>
        <translation>フリートバックエンドからライブ表示中（%1 更新）</translation>
    </message>
    <message>
        <source>No cars are paired with this account yet.</source>
        <translation>このアカウントにペアリングされた車はまだありません。</translation>
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
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Demo mode</source>
        <translation>デモモード</translation>
    </message>
    <message>
        <source>No fleet backend yet</source>
        <translation>フリートバックエンド未接続</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
</context>
<context>
    <name>StatusOverlay</name>
    <message>
        <source>Cannot show your cars</source>
        <translation>車を表示できません</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
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
        <translation>充電率 %1 パーセント</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>充電率</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>貢献中</translation>
    </message>
    <message>
        <source>Not contributing</source>
        <translation>貢献していません</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>充電ケーブル接続中</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>充電ケーブル未接続</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>%1 °C, %2 W</source>
        <translation>%1 °C、%2 W</translation>
    </message>
    <message>
        <source>%1 °C, idle</source>
        <translation>%1 °C、待機中</translation>
    </message>
    <message>
        <source>Compute energy today</source>
        <translation>本日の計算用電力量</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Reported</source>
        <translation>報告時刻</translation>
    </message>
    <message>
        <source>Earning you about %1 an hour</source>
        <translation>1時間あたり約 %1 の収入</translation>
    </message>
    <message>
        <source>Why it is not contributing now</source>
        <translation>今貢献していない理由</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AppState</name>
    <message>
        <source>Starting the demo fleet backend…</source>
        <translation>デモ用フリートバックエンドを起動しています…</translation>
    </message>
    <message>
        <source>Connecting to the fleet backend…</source>
        <translation>フリートバックエンドに接続しています…</translation>
    </message>
    <message>
        <source>Signing in to the demo world…</source>
        <translation>デモの世界にサインインしています…</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DemoBackend</name>
    <message numerus="yes">
        <source>The demo fleet backend did not start within %n second(s).</source>
        <translation>
            <numerusform>デモ用フリートバックエンドが %n 秒以内に起動しませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot start the demo fleet backend %1: %2</source>
        <translation>デモ用フリートバックエンド %1 を起動できません: %2</translation>
    </message>
    <message>
        <source>The demo fleet backend (idlefleetd) is not installed beside this app.</source>
        <translation>デモ用フリートバックエンド (idlefleetd) がこのアプリと同じ場所にインストールされていません。</translation>
    </message>
    <message>
        <source>The demo fleet backend announced itself in a form this app does not understand.</source>
        <translation>デモ用フリートバックエンドが、このアプリで理解できない形式で応答しました。</translation>
    </message>
    <message>
        <source>The demo fleet backend crashed while starting.</source>
        <translation>デモ用フリートバックエンドが起動中にクラッシュしました。</translation>
    </message>
    <message>
        <source>The demo fleet backend stopped while starting (exit status %1): %2</source>
        <translation>デモ用フリートバックエンドが起動中に終了しました（終了ステータス %1）: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::VehicleListModel</name>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>設定で貢献がオフになっています</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>貢献を一時停止しています</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>車が走行中です</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>充電ケーブルが未接続で、設定で接続が必要です</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>貢献スケジュールの時間外です</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>電気料金がピーク時間帯で、オフピークのみ許可しています</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>電気料金が上限価格を超えています</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>ジョブの収入が電気代を下回ります</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>バッテリーが最低充電率に達しました</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>バッテリーが再開レベルに達するのを待っています</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>次の出発のために充電を残しています</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>コンピューターが熱すぎます</translation>
    </message>
    <message>
        <source>Today's energy limit is reached</source>
        <translation>本日の電力量の上限に達しました</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>このアプリが知らないルールで停止しています (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend's key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
        <translation>%1 のフリートバックエンドが、このアプリが信頼しているものとは異なるセキュリティキーを提示したため、何も送信しませんでした。バックエンドのキーを意図的に交換した場合は、新しいキーで接続し直してください。そうでない場合、通信が傍受されている可能性があります。</translation>
    </message>
    <message>
        <source>The fleet backend at %1 did not answer in time.</source>
        <translation>%1 のフリートバックエンドが時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Cannot reach the fleet backend at %1: %2</source>
        <translation>%1 のフリートバックエンドに接続できません: %2</translation>
    </message>
    <message>
        <source>The fleet backend sent an answer this app cannot read: %1</source>
        <translation>フリートバックエンドから、このアプリでは読み取れない応答が届きました: %1</translation>
    </message>
    <message>
        <source>HTTP status %1</source>
        <translation>HTTP ステータス %1</translation>
    </message>
    <message>
        <source>Not signed in: %1</source>
        <translation>サインインしていません: %1</translation>
    </message>
    <message>
        <source>Not allowed: %1</source>
        <translation>許可されていません: %1</translation>
    </message>
    <message>
        <source>Not found: %1</source>
        <translation>見つかりません: %1</translation>
    </message>
    <message>
        <source>The fleet backend failed: %1</source>
        <translation>フリートバックエンドでエラーが発生しました: %1</translation>
    </message>
    <message>
        <source>The fleet backend refused the request: %1</source>
        <translation>フリートバックエンドが要求を拒否しました: %1</translation>
    </message>
    <message>
        <source>The session has ended. Sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ServerInfoJob</name>
    <message>
        <source>The fleet backend (version %1) is too old for this app: it speaks API version %2 and this app needs %3 or newer. Update the backend.</source>
        <translation>フリートバックエンド（バージョン %1）はこのアプリには古すぎます。API バージョン %2 に対応していますが、このアプリには %3 以降が必要です。バックエンドを更新してください。</translation>
    </message>
    <message>
        <source>This app is too old for the fleet backend (version %1): the backend needs API version %2 or newer and this app speaks %3. Update the app.</source>
        <translation>このアプリはフリートバックエンド（バージョン %1）には古すぎます。バックエンドには API バージョン %2 以降が必要ですが、このアプリは %3 に対応しています。アプリを更新してください。</translation>
    </message>
</context>
</TS>