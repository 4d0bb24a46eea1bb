<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AccessPage</name>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>キーとアクセス</translation>
    </message>
    <message>
        <source>The computers that may change the car&apos;s settings, and the support engineers who may read its diagnostics.</source>
        <translation>車の設定を変更できるコンピューターと、診断情報を閲覧できるサポートエンジニアです。</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Paired keys</source>
        <translation>ペアリング済みのキー</translation>
    </message>
    <message>
        <source>Lost a laptop? Revoke its key and the car refuses every change signed with it from then on.</source>
        <translation>ノートパソコンを紛失しましたか？そのキーを取り消すと、以後そのキーで署名された変更はすべて車に拒否されます。</translation>
    </message>
    <message>
        <source>No computer is paired with this car yet.</source>
        <translation>この車にペアリングされたコンピューターはまだありません。</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>このコンピューターをペアリング</translation>
    </message>
    <message>
        <source>%1 (this computer)</source>
        <translation>%1（このコンピューター）</translation>
    </message>
    <message>
        <source>%1 · key %2 · paired %3 · last used %4</source>
        <translation>%1 · キー %2 · ペアリング %3 · 最終使用 %4</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>取り消す</translation>
    </message>
    <message>
        <source>Revoke the key of %1</source>
        <translation>%1 のキーを取り消す</translation>
    </message>
    <message>
        <source>Support access</source>
        <translation>サポートアクセス</translation>
    </message>
    <message>
        <source>A support engineer you let in can read this car&apos;s status, settings and event timeline until the access ends. They can never change anything, and every look is logged.</source>
        <translation>アクセスを許可したサポートエンジニアは、期限が切れるまでこの車の状態、設定、イベント履歴を閲覧できます。変更は一切できず、閲覧はすべて記録されます。</translation>
    </message>
    <message>
        <source>support engineer&apos;s e-mail</source>
        <translation>サポートエンジニアのメールアドレス</translation>
    </message>
    <message>
        <source>Support engineer&apos;s e-mail address</source>
        <translation>サポートエンジニアのメールアドレス</translation>
    </message>
    <message numerus="yes">
        <source>for %n hour(s)</source>
        <translation>
            <numerusform>%n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>for %n day(s)</source>
        <translation>
            <numerusform>%n 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>How long the access lasts</source>
        <translation>アクセスの有効期間</translation>
    </message>
    <message>
        <source>Grant access</source>
        <translation>アクセスを許可</translation>
    </message>
    <message>
        <source>No one has been given access to this car.</source>
        <translation>この車へのアクセスを許可された人はいません。</translation>
    </message>
    <message>
        <source>%1 (until %2)</source>
        <translation>%1（%2 まで）</translation>
    </message>
    <message>
        <source>Revoke the access of %1</source>
        <translation>%1 のアクセスを取り消す</translation>
    </message>
    <message>
        <source>Revoke this key?</source>
        <translation>このキーを取り消しますか？</translation>
    </message>
    <message>
        <source>“%1” will no longer be able to change this car&apos;s settings. To use it again, pair it again with a code from the car.</source>
        <translation>「%1」はこの車の設定を変更できなくなります。再び使用するには、車に表示されるコードでもう一度ペアリングしてください。</translation>
    </message>
</context>
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
    <name>EarningsPage</name>
    <message>
        <source>Coming soon</source>
        <translation>近日公開</translation>
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
    <message>
        <source>When it may contribute</source>
        <translation>貢献の条件</translation>
    </message>
    <message>
        <source>Energy and earnings</source>
        <translation>電力量と収入</translation>
    </message>
    <message>
        <source>Keys and access</source>
        <translation>キーとアクセス</translation>
    </message>
    <message>
        <source>Pair a car</source>
        <translation>車とペアリング</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>OnboardingPage</name>
    <message>
        <source>Get started</source>
        <translation>はじめに</translation>
    </message>
    <message>
        <source>Three steps: your account, your consent, and pairing this computer with your car.</source>
        <translation>アカウントの確認、参加への同意、このコンピューターと車のペアリングの 3 ステップです。</translation>
    </message>
    <message>
        <source>Your account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>You are in demo mode, signed in as %1 (%2) in a simulated fleet. Nothing you do here touches a real car.</source>
        <translation>デモモードです。シミュレーションのフリートに %1（%2）としてサインインしています。ここでの操作が実際の車に影響することはありません。</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2).</source>
        <translation>%1（%2）としてサインインしています。</translation>
    </message>
    <message>
        <source>Your consent to take part</source>
        <translation>参加への同意</translation>
    </message>
    <message>
        <source>&lt;b&gt;What runs on the car:&lt;/b&gt; AI inference jobs from the fleet, in a sealed runtime on the car&apos;s own computer, only while your settings allow it. Jobs never reach the car&apos;s driving systems.&lt;br&gt;&lt;b&gt;What data leaves the car:&lt;/b&gt; state of charge, whether it is plugged in, the computer&apos;s temperature and power, energy used and the jobs served. Never its location, camera images or who drives it.&lt;br&gt;&lt;b&gt;What you earn:&lt;/b&gt; 70 % of what the fleet is paid for your car&apos;s compute; the electricity is yours to pay, at your tariff.</source>
        <translation>&lt;b&gt;車で実行されるもの：&lt;/b&gt;フリートからの AI 推論ジョブです。車自身のコンピューター上の隔離された実行環境で、設定で許可されている間だけ実行されます。ジョブが車の走行システムに届くことはありません。&lt;br&gt;&lt;b&gt;車から送信されるデータ：&lt;/b&gt;充電率、充電ケーブルの接続状態、コンピューターの温度と消費電力、使用した電力量、処理したジョブです。位置情報、カメラ映像、運転者の情報は決して送信されません。&lt;br&gt;&lt;b&gt;あなたの収入：&lt;/b&gt;あなたの車の計算処理に対してフリートが受け取る金額の 70 % です。電気代はご契約の料金プランに基づきお客様のご負担となります。</translation>
    </message>
    <message>
        <source>You agreed to the terms of version %1 on %2. You can withdraw in Settings at any time.</source>
        <translation>%2 にバージョン %1 の規約に同意しました。同意は「設定」でいつでも撤回できます。</translation>
    </message>
    <message>
        <source>Terms version %1. Your answer is recorded with the date.</source>
        <translation>規約バージョン %1。回答は日付とともに記録されます。</translation>
    </message>
    <message>
        <source>I agree</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>I agree to take part under terms version %1</source>
        <translation>規約バージョン %1 に基づく参加に同意する</translation>
    </message>
    <message>
        <source>Pair this computer with your car</source>
        <translation>このコンピューターを車とペアリング</translation>
    </message>
    <message>
        <source>Pairing lets this computer sign the changes you make, so the car accepts them from you and no one else. It is named “%1” in the car&apos;s key list.</source>
        <translation>ペアリングすると、このコンピューターがあなたの変更に署名するため、車はあなた以外からの変更を受け付けなくなります。車のキー一覧には「%1」という名前で表示されます。</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Car to pair</source>
        <translation>ペアリングする車</translation>
    </message>
    <message>
        <source>✓ This computer is paired with the car. Your changes are signed and the car accepts them.</source>
        <translation>✓ このコンピューターは車とペアリングされています。変更には署名が付き、車に受け付けられます。</translation>
    </message>
    <message>
        <source>Start again</source>
        <translation>やり直す</translation>
    </message>
    <message>
        <source>Start pairing</source>
        <translation>ペアリングを開始</translation>
    </message>
    <message>
        <source>The car now shows a six-digit code on its centre screen. Type it here before %1.</source>
        <translation>車のセンターディスプレイに 6 桁のコードが表示されています。%1 までにここに入力してください。</translation>
    </message>
    <message>
        <source>Demo mode: the simulated car&apos;s screen shows %1.</source>
        <translation>デモモード：シミュレーションの車の画面には %1 と表示されています。</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>コード</translation>
    </message>
    <message>
        <source>Pairing code shown by the car</source>
        <translation>車に表示されたペアリングコード</translation>
    </message>
    <message>
        <source>Pair</source>
        <translation>ペアリング</translation>
    </message>
    <message>
        <source>Pair with this code</source>
        <translation>このコードでペアリング</translation>
    </message>
    <message>
        <source>Asking the car to show a code…</source>
        <translation>車にコードの表示を要求しています…</translation>
    </message>
    <message>
        <source>Checking the code with the car…</source>
        <translation>車でコードを確認しています…</translation>
    </message>
    <message>
        <source>Reading the car&apos;s keys…</source>
        <translation>車のキーを読み込んでいます…</translation>
    </message>
    <message>
        <source>Go to the dashboard</source>
        <translation>ダッシュボードへ</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>Coming soon</source>
        <translation>近日公開</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Export all my data</source>
        <translation>すべてのデータをエクスポート</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>idlefleet-my-data</source>
        <translation>idlefleet-マイデータ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>How the app looks and speaks, and what it keeps about you.</source>
        <translation>アプリの表示と言語、保存されるあなたの情報を管理します。</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
    <message>
        <source>Dark theme</source>
        <translation>ダークテーマ</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Tell me when a car stops for its battery floor or heat, and when a monthly statement is ready</source>
        <translation>車が最低充電率や高温で停止したときと、月次明細の準備ができたときに通知する</translation>
    </message>
    <message>
        <source>Desktop notifications</source>
        <translation>デスクトップ通知</translation>
    </message>
    <message>
        <source>Your data and your consent</source>
        <translation>データと同意</translation>
    </message>
    <message>
        <source>In demo mode these act on the simulated fleet&apos;s demo account.</source>
        <translation>デモモードでは、これらの操作はシミュレーションのフリートのデモアカウントに対して行われます。</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>%1 としてサインインしています。</translation>
    </message>
    <message>
        <source>Your account, consents, cars, settings, keys, every contribution and who had support access, as one JSON file.</source>
        <translation>アカウント、同意、車、設定、キー、すべての貢献履歴、サポートアクセスの記録を 1 つの JSON ファイルにまとめます。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Withdraw my consent</source>
        <translation>同意を撤回</translation>
    </message>
    <message>
        <source>Consent not given yet</source>
        <translation>まだ同意していません</translation>
    </message>
    <message>
        <source>Consent withdrawn</source>
        <translation>同意を撤回済みです</translation>
    </message>
    <message>
        <source>Every car stops contributing and stays paused until you agree again. Your history is kept.</source>
        <translation>すべての車が貢献を停止し、再び同意するまで一時停止したままになります。履歴は保持されます。</translation>
    </message>
    <message>
        <source>Agree under Pair a car to take part.</source>
        <translation>参加するには「車とペアリング」で同意してください。</translation>
    </message>
    <message>
        <source>Withdraw</source>
        <translation>撤回</translation>
    </message>
    <message>
        <source>Delete my account</source>
        <translation>アカウントを削除</translation>
    </message>
    <message>
        <source>Removes your account, your cars&apos; settings, keys, history and earnings from the fleet for good. Export first if you want a copy.</source>
        <translation>アカウント、車の設定、キー、履歴、収入をフリートから完全に削除します。コピーが必要な場合は、先にエクスポートしてください。</translation>
    </message>
    <message>
        <source>Delete…</source>
        <translation>削除…</translation>
    </message>
    <message>
        <source>Delete your account for good?</source>
        <translation>アカウントを完全に削除しますか？</translation>
    </message>
    <message>
        <source>This cannot be undone. Type your password to confirm.</source>
        <translation>この操作は元に戻せません。確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
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
    <message>
        <source>%1 – %2</source>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>Offline, last seen just now</source>
        <translation>オフライン（最終接続：たった今）</translation>
    </message>
    <message numerus="yes">
        <source>Offline, last seen %n minute(s) ago</source>
        <translation>
            <numerusform>オフライン（最終接続：%n 分前）</numerusform>
        </translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>現在貢献中</translation>
    </message>
    <message>
        <source>Next contribution window</source>
        <translation>次の貢献時間帯</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under your settings.</source>
        <translation>
            <numerusform>現在の設定では、今後 %n 日間に貢献時間帯はありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Until %1</source>
        <translation>%1 まで</translation>
    </message>
    <message>
        <source>About %1 kWh · electricity %2 · earns %3 · net %4</source>
        <translation>約 %1 kWh · 電気代 %2 · 収入 %3 · 純収益 %4</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>本日</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Since you joined</source>
        <translation>参加以来</translation>
    </message>
    <message>
        <source>%1: net %2, %3 kWh</source>
        <translation>%1：純収益 %2、%3 kWh</translation>
    </message>
    <message>
        <source>Forecast and totals are not up to date: %1</source>
        <translation>予測と合計は最新ではありません: %1</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause for 2 hours</source>
        <translation>2 時間一時停止</translation>
    </message>
    <message>
        <source>Resume contributing of %1</source>
        <translation>%1 の貢献を再開</translation>
    </message>
    <message>
        <source>Pause contributing of %1 for two hours</source>
        <translation>%1 の貢献を 2 時間一時停止</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Contribution settings of %1</source>
        <translation>%1 の貢献設定</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::AccountActions</name>
    <message>
        <source>Choose a file to write the export to.</source>
        <translation>エクスポート先のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Collecting your data…</source>
        <translation>データを収集しています…</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>エクスポートに失敗しました: %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved your account, %n car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>アカウント、%n 台の車とその貢献履歴を %1 に保存しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Type your password to confirm.</source>
        <translation>確認のためパスワードを入力してください。</translation>
    </message>
    <message>
        <source>Deleting your account…</source>
        <translation>アカウントを削除しています…</translation>
    </message>
    <message>
        <source>The password is not right; nothing was deleted.</source>
        <translation>パスワードが正しくありません。何も削除されていません。</translation>
    </message>
    <message>
        <source>The account could not be deleted: %1</source>
        <translation>アカウントを削除できませんでした: %1</translation>
    </message>
    <message>
        <source>Your account and everything kept about it are deleted.</source>
        <translation>アカウントと、アカウントに関して保存されていたすべての情報を削除しました。</translation>
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
    <message>
        <source>The change could not be saved on this computer; nothing was sent. Check that the app&apos;s data folder is writable.</source>
        <translation>変更をこのコンピューターに保存できなかったため、何も送信していません。アプリのデータフォルダーに書き込みできるか確認してください。</translation>
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
    <name>idlefleet::app::GrantListModel</name>
    <message>
        <source>revoked</source>
        <translation>取り消し済み</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>期限切れ</translation>
    </message>
    <message>
        <source>ends within the hour</source>
        <translation>1 時間以内に終了</translation>
    </message>
    <message numerus="yes">
        <source>ends in %n hour(s)</source>
        <translation>
            <numerusform>残り %n 時間</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ends in %n day(s)</source>
        <translation>
            <numerusform>残り %n 日</numerusform>
        </translation>
    </message>
    <message>
        <source>Type the support engineer&apos;s e-mail address, such as support@example.com.</source>
        <translation>サポートエンジニアのメールアドレスを入力してください（例: support@example.com）。</translation>
    </message>
    <message>
        <source>Access lasts from 1 hour to 30 days.</source>
        <translation>アクセス期間は 1 時間から 30 日までです。</translation>
    </message>
    <message>
        <source>Access could not be granted: %1</source>
        <translation>アクセスを許可できませんでした: %1</translation>
    </message>
    <message>
        <source>Access could not be revoked: %1</source>
        <translation>アクセスを取り消せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::KeyListModel</name>
    <message>
        <source>Organisation fleet key</source>
        <translation>組織のフリートキー</translation>
    </message>
    <message>
        <source>Fleet manager</source>
        <translation>フリート管理者</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>オーナー</translation>
    </message>
    <message>
        <source>The key could not be revoked: %1</source>
        <translation>キーを取り消せませんでした: %1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::LocalClient</name>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>The key in %1 is not a P-256 private key; move it away to make a new one.</source>
        <translation>%1 のキーは P-256 秘密鍵ではありません。新しいキーを作成するには、このファイルを別の場所に移動してください。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::OnboardingController</name>
    <message>
        <source>Idlefleet on %1</source>
        <translation>%1 の Idlefleet</translation>
    </message>
    <message>
        <source>Your consent could not be recorded: %1</source>
        <translation>同意を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>Your withdrawal could not be recorded: %1</source>
        <translation>同意の撤回を記録できませんでした: %1</translation>
    </message>
    <message>
        <source>This computer&apos;s key is not available, so it cannot be paired. Restart the app; if this stays, check that its data folder is writable.</source>
        <translation>このコンピューターのキーを利用できないため、ペアリングできません。アプリを再起動してください。それでも解決しない場合は、データフォルダーに書き込みできるか確認してください。</translation>
    </message>
    <message>
        <source>Type the code the car shows on its screen.</source>
        <translation>車の画面に表示されているコードを入力してください。</translation>
    </message>
    <message numerus="yes">
        <source>That code does not match what the car shows. %n try(s) left.</source>
        <translation>
            <numerusform>コードが車の表示と一致しません。あと %n 回入力できます。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many wrong codes. Start again and the car shows a new code.</source>
        <translation>誤ったコードの入力が多すぎます。やり直すと、車に新しいコードが表示されます。</translation>
    </message>
    <message>
        <source>The code has expired. Start again and the car shows a new code.</source>
        <translation>コードの有効期限が切れました。やり直すと、車に新しいコードが表示されます。</translation>
    </message>
    <message>
        <source>The car is not waiting for a code any more. Start again.</source>
        <translation>車はもうコードの入力を待っていません。やり直してください。</translation>
    </message>
    <message>
        <source>The car cannot be reached right now: it has no signal where it is parked. Try again when it is back online.</source>
        <translation>現在、車に接続できません。駐車場所で電波が届いていません。車がオンラインに戻ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The car already holds as many keys as it can. Revoke one you no longer use under Keys and access, then try again.</source>
        <translation>車に登録できるキーの数が上限に達しています。「キーとアクセス」で使わなくなったキーを取り消してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Only the car&apos;s owner can pair a computer with it.</source>
        <translation>コンピューターを車とペアリングできるのは、車のオーナーだけです。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TrayIcon</name>
    <message>
        <source>Open Idlefleet</source>
        <translation>Idlefleet を開く</translation>
    </message>
    <message numerus="yes">
        <source>Pause every car for %n hour(s)</source>
        <translation>
            <numerusform>すべての車を %n 時間一時停止</numerusform>
        </translation>
    </message>
    <message>
        <source>Resume every car</source>
        <translation>すべての車を再開</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Idlefleet</source>
        <translation>Idlefleet</translation>
    </message>
    <message>
        <source>%1 stopped contributing</source>
        <translation>%1 が貢献を停止しました</translation>
    </message>
    <message numerus="yes">
        <source>Idlefleet: %1 of %n car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %n 台中 %1 台が貢献中</numerusform>
        </translation>
    </message>
    <message>
        <source>Your statement is ready</source>
        <translation>明細の準備ができました</translation>
    </message>
    <message>
        <source>The statement for %1 can be exported under Energy and earnings.</source>
        <translation>%1 の明細は「電力量と収入」からエクスポートできます。</translation>
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
        <source>Today&apos;s energy limit is reached</source>
        <translation>本日の電力量の上限に達しました</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>このアプリが知らないルールで停止しています (%1)</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>貢献をオンにする</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>再開または一時停止を変更</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>ケーブル未接続での貢献を許可</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>スケジュールを変更</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>オフピーク設定を変更</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>上限価格を変更</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>利益ガードを変更</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>最低充電率を変更</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>再開レベルを変更</translation>
    </message>
    <message>
        <source>Change your departures</source>
        <translation>出発予定を変更</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>温度上限を変更</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>1 日の電力量上限を変更</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::FleetJob</name>
    <message>
        <source>The fleet backend at %1 showed a different security key than the one this app trusts, so nothing was sent. If the backend&apos;s key was replaced on purpose, connect again with its new key; otherwise someone may be intercepting the connection.</source>
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
    <name>idlefleet::client::LiveStreamClient</name>
    <message>
        <source>The session has ended: sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::OutboxSender</name>
    <message>
        <source>The local store could not keep the signed change.</source>
        <translation>署名済みの変更をローカルストアに保存できませんでした。</translation>
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
<context>
    <name>idlefleet::client::StoreSync</name>
    <message>
        <source>The local store could not keep the vehicles.</source>
        <translation>車両情報をローカルストアに保存できませんでした。</translation>
    </message>
    <message>
        <source>The local store could not keep the history.</source>
        <translation>履歴をローカルストアに保存できませんでした。</translation>
    </message>
</context>
</TS>
