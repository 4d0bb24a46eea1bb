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
    <name>ApplyBar</name>
    <message>
        <source>Sending the change</source>
        <translation>変更を送信しています</translation>
    </message>
    <message>
        <source>Some settings need attention before the change can be applied (%1).</source>
        <translation>変更を適用する前に、確認が必要な設定があります（%1 件）。</translation>
    </message>
    <message>
        <source>Choose above which policy the car keeps.</source>
        <translation>上で、車に残すポリシーを選択してください。</translation>
    </message>
    <message>
        <source>Changes not applied yet.</source>
        <translation>変更はまだ適用されていません。</translation>
    </message>
    <message>
        <source>The car runs this policy (version %1).</source>
        <translation>車はこのポリシー（バージョン %1）で動作しています。</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the first field that needs attention</source>
        <translation>確認が必要な最初の項目を表示</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Revert to the policy the car runs</source>
        <translation>車で動作中のポリシーに戻す</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>Apply the changes to the car</source>
        <translation>変更を車に適用</translation>
    </message>
</context>
<context>
    <name>BatteryCard</name>
    <message>
        <source>Battery</source>
        <translation>バッテリー</translation>
    </message>
    <message>
        <source>What the car keeps for driving.</source>
        <translation>走行用に車が残しておく充電量です。</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>最低充電率</translation>
    </message>
    <message>
        <source>Contributing stops at this state of charge.</source>
        <translation>充電率がこの値になると貢献を停止します。</translation>
    </message>
    <message>
        <source>Battery floor, percent</source>
        <translation>最低充電率（パーセント）</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>再開充電率</translation>
    </message>
    <message>
        <source>0: starts again at the floor + 5 % (%1 %).</source>
        <translation>0：最低充電率 + 5 %（%1 %）で再開します。</translation>
    </message>
    <message>
        <source>After stopping, it starts again only at this state of charge.</source>
        <translation>停止後は、充電率がこの値に達したときにのみ再開します。</translation>
    </message>
    <message>
        <source>Resume level, percent</source>
        <translation>再開充電率（パーセント）</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>出発予定</translation>
    </message>
    <message>
        <source>From 12 hours before a trip the car keeps the charge it needs.</source>
        <translation>出発の 12 時間前から、必要な充電量を確保します。</translation>
    </message>
</context>
<context>
    <name>BundleCard</name>
    <message>
        <source>Save the support bundle</source>
        <translation>サポートバンドルを保存</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Support bundle</source>
        <translation>サポートバンドル</translation>
    </message>
    <message>
        <source>Versions, diagnostics, the policy and its history, a week of events and the trace now, with names, places, e-mail addresses, tokens and keys removed.</source>
        <translation>バージョン、診断情報、ポリシーとその履歴、1 週間分のイベント、現在の参加可否の説明をまとめます。名前、場所、メールアドレス、トークン、キーは削除されます。</translation>
    </message>
    <message>
        <source>Save support bundle…</source>
        <translation>サポートバンドルを保存…</translation>
    </message>
    <message>
        <source>Save the support bundle of this car</source>
        <translation>この車のサポートバンドルを保存</translation>
    </message>
    <message>
        <source>Making the support bundle</source>
        <translation>サポートバンドルを作成しています</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
</context>
<context>
    <name>ComputerCard</name>
    <message>
        <source>Computer</source>
        <translation>コンピューター</translation>
    </message>
    <message>
        <source>Limits that spare the car&apos;s computer and your energy.</source>
        <translation>車のコンピューターを保護し、電力量を抑えるための上限です。</translation>
    </message>
    <message>
        <source>It stops at this temperature and starts again 5 °C below it.</source>
        <translation>この温度で停止し、5 °C 下がると再開します。</translation>
    </message>
    <message>
        <source>Limit the computer&apos;s temperature</source>
        <translation>コンピューターの温度を制限</translation>
    </message>
    <message>
        <source>Temperature limit, degrees Celsius</source>
        <translation>温度上限（摂氏）</translation>
    </message>
    <message>
        <source>Energy used for compute on one local day.</source>
        <translation>現地時間の 1 日に計算処理で使用する電力量です。</translation>
    </message>
    <message>
        <source>Cap the energy a day</source>
        <translation>1 日の電力量を制限</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Daily energy cap, kilowatt-hours</source>
        <translation>1 日の電力量上限（キロワット時）</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>The car&apos;s policy was changed elsewhere</source>
        <translation>車のポリシーが別の場所で変更されました</translation>
    </message>
    <message>
        <source>Your change was not applied: the car runs version %1 now, set from another device or by a fleet manager after you started editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>変更は適用されていません。編集を始めた後に別のデバイスまたはフリート管理者が設定したバージョン %1 が、現在車で動作しています。上書きされたものはありません。車に残すポリシーを選択してください。</translation>
    </message>
    <message>
        <source>The car now runs version %1, set from another device or by a fleet manager while you were editing. Nothing was overwritten. Choose which policy the car keeps.</source>
        <translation>編集中に別のデバイスまたはフリート管理者が設定したバージョン %1 が、現在車で動作しています。上書きされたものはありません。車に残すポリシーを選択してください。</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>設定項目</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>あなたの設定</translation>
    </message>
    <message>
        <source>On the car (version %1)</source>
        <translation>車の設定（バージョン %1）</translation>
    </message>
    <message>
        <source>%1, yours: %2</source>
        <translation>%1、あなたの設定：%2</translation>
    </message>
    <message>
        <source>%1, on the car: %2</source>
        <translation>%1、車の設定：%2</translation>
    </message>
    <message>
        <source>The two are the same in every setting.</source>
        <translation>2 つのポリシーはすべての設定で同じです。</translation>
    </message>
    <message>
        <source>Keep mine</source>
        <translation>自分の設定を残す</translation>
    </message>
    <message>
        <source>Keep my policy and send it to the car</source>
        <translation>自分のポリシーを残して車に送信</translation>
    </message>
    <message>
        <source>Keep the car&apos;s</source>
        <translation>車の設定を残す</translation>
    </message>
    <message>
        <source>Keep the car&apos;s policy and discard my changes</source>
        <translation>車のポリシーを残して自分の変更を破棄</translation>
    </message>
</context>
<context>
    <name>ConnectivityCard</name>
    <message>
        <source>Connectivity</source>
        <translation>接続状況</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>オンライン</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Loading the diagnostics</source>
        <translation>診断情報を読み込んでいます</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Clock</source>
        <translation>時計</translation>
    </message>
    <message>
        <source>Firmware</source>
        <translation>ファームウェア</translation>
    </message>
    <message>
        <source>Compute module</source>
        <translation>計算モジュール</translation>
    </message>
    <message>
        <source>Confirmed policy</source>
        <translation>確認済みのポリシー</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Connection losses (24 h)</source>
        <translation>接続切断（24 時間）</translation>
    </message>
    <message>
        <source>Job failures (24 h)</source>
        <translation>ジョブの失敗（24 時間）</translation>
    </message>
    <message>
        <source>Active keys</source>
        <translation>有効なキー</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Policy version %1: %2</source>
        <translation>ポリシーのバージョン %1：%2</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>更新できませんでした（%1）。以前に取得した内容を表示しています。</translation>
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
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>組織の車</translation>
    </message>
    <message>
        <source>Cars you may diagnose</source>
        <translation>診断を許可された車</translation>
    </message>
    <message>
        <source>One car at a time: the one you opened last. Every car of the organisation is under Vehicles.</source>
        <translation>一度に表示するのは1台、最後に開いた車です。組織のすべての車は「車両」にあります。</translation>
    </message>
    <message>
        <source>Choose another car</source>
        <translation>別の車を選ぶ</translation>
    </message>
</context>
<context>
    <name>DayToggles</name>
    <message>
        <source>%1 on %2</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>DeparturesEditor</name>
    <message>
        <source>Departure %1</source>
        <translation>出発予定 %1</translation>
    </message>
    <message>
        <source>at</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>%1 time</source>
        <translation>%1 の時刻</translation>
    </message>
    <message>
        <source>with</source>
        <translation>充電率</translation>
    </message>
    <message>
        <source>%1 charge needed, percent</source>
        <translation>%1 の必要な充電率（パーセント）</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add departure</source>
        <translation>出発予定を追加</translation>
    </message>
    <message>
        <source>Add a planned departure</source>
        <translation>出発予定を追加</translation>
    </message>
</context>
<context>
    <name>DiagnosticsPage</name>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
    </message>
    <message>
        <source>%1, times on the car&apos;s clock (%2)</source>
        <translation>%1、時刻は車の時計に基づきます（%2）</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Refresh the diagnostics and the timeline</source>
        <translation>診断情報とイベント履歴を更新</translation>
    </message>
    <message>
        <source>Your support access:</source>
        <translation>サポートアクセス：</translation>
    </message>
</context>
<context>
    <name>EarningsChart</name>
    <message>
        <source>compute hours</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Chart of %1; the arrow keys go through the buckets</source>
        <translation>%1 のグラフ。矢印キーで各区間を移動できます</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>推移</translation>
    </message>
    <message>
        <source>What the chart shows</source>
        <translation>グラフの表示内容</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>Compute hours</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>Energy in kWh</source>
        <translation>電力量（kWh）</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Cost, gross and net</source>
        <translation>電気代、総収入、純収益</translation>
    </message>
    <message>
        <source>Nothing contributed in these days.</source>
        <translation>この期間には貢献がありません。</translation>
    </message>
</context>
<context>
    <name>EarningsPage</name>
    <message>
        <source>Energy and earnings</source>
        <translation>電力量と収入</translation>
    </message>
    <message>
        <source>%1, %2 (%3)</source>
        <translation>%1、%2（%3）</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>総収入</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>あなたの取り分</translation>
    </message>
    <message>
        <source>Your share (%1)</source>
        <translation>あなたの取り分（%1）</translation>
    </message>
    <message>
        <source>Net, after electricity</source>
        <translation>純収益（電気代差引後）</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>バッテリーの劣化コスト</translation>
    </message>
    <message>
        <source>Net, after electricity and wear</source>
        <translation>純収益（電気代と劣化コスト差引後）</translation>
    </message>
    <message>
        <source>The owner&apos;s share (%1)</source>
        <translation>オーナーの取り分（%1）</translation>
    </message>
    <message>
        <source>The owner&apos;s share</source>
        <translation>オーナーの取り分</translation>
    </message>
</context>
<context>
    <name>ElectricityCard</name>
    <message>
        <source>Electricity</source>
        <translation>電気料金</translation>
    </message>
    <message>
        <source>Your tariff and what the car may spend on power.</source>
        <translation>料金プランと、車が電力に使える金額です。</translation>
    </message>
    <message>
        <source>Without a tariff no time is off-peak, so the car would never contribute.</source>
        <translation>料金プランがないとオフピークの時間帯がないため、車は貢献しません。</translation>
    </message>
    <message>
        <source>Only at off-peak times</source>
        <translation>オフピーク時間帯のみ</translation>
    </message>
    <message>
        <source>Not when power costs more than</source>
        <translation>電気料金が次を超えるときは貢献しない</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Price limit per kWh</source>
        <translation>kWh あたりの上限価格</translation>
    </message>
    <message>
        <source>Contribute only when the jobs pay you at least what the power costs.</source>
        <translation>ジョブの収入が電気代以上になるときだけ貢献します。</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>利益が出るときのみ</translation>
    </message>
</context>
<context>
    <name>EnergyCard</name>
    <message>
        <source>Energy</source>
        <translation>エネルギー</translation>
    </message>
    <message>
        <source>Sunshine, the grid&apos;s carbon and the battery&apos;s wear.</source>
        <translation>太陽光、系統電力の CO₂ 排出、バッテリーの劣化です。</translation>
    </message>
    <message>
        <source>Only while the solar panels at home make more than the house uses and cover the computer&apos;s whole draw. The car must be plugged in at home.</source>
        <translation>自宅の太陽光パネルの発電量が家庭の消費電力を上回り、コンピューターの消費電力をすべてまかなえる間だけ貢献します。車が自宅で充電ケーブルに接続されている必要があります。</translation>
    </message>
    <message>
        <source>Only on my own solar surplus</source>
        <translation>自宅の太陽光の余剰電力のみ</translation>
    </message>
    <message>
        <source>The grid&apos;s carbon intensity changes by the hour. Solar surplus is never limited.</source>
        <translation>系統電力の CO₂ 排出係数は 1 時間ごとに変わります。太陽光の余剰電力は制限の対象外です。</translation>
    </message>
    <message>
        <source>Not when the grid is dirtier than</source>
        <translation>系統電力の CO₂ 排出係数が次を超えるときは貢献しない</translation>
    </message>
    <message>
        <source>g CO₂ per kWh</source>
        <translation>g-CO₂/kWh</translation>
    </message>
    <message>
        <source>Carbon limit, grams of CO₂ per kilowatt-hour</source>
        <translation>CO₂ の上限（1 キロワット時あたりのグラム数）</translation>
    </message>
    <message>
        <source>What your exported power earns</source>
        <translation>売電で得られる金額</translation>
    </message>
    <message>
        <source>Surplus the computer uses is not exported: it costs you this instead of the grid price.</source>
        <translation>コンピューターが使う余剰電力は売電されないため、買電料金ではなくこの金額が費用になります。</translation>
    </message>
    <message>
        <source>Set your tariff above first: the feed-in price is part of it.</source>
        <translation>先に上で料金プランを設定してください。売電単価は料金プランの一部です。</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Feed-in price per kWh</source>
        <translation>kWh あたりの売電単価</translation>
    </message>
    <message>
        <source>Charged against your net for energy the computer draws from the battery, not when plugged in. It also counts in the profit guard.</source>
        <translation>充電ケーブル接続中を除き、コンピューターがバッテリーから使った電力量に応じて純収益から差し引かれます。採算チェックの判定にも含まれます。</translation>
    </message>
    <message>
        <source>Set your tariff above first: the wear is counted in its currency.</source>
        <translation>先に上で料金プランを設定してください。劣化コストは料金プランの通貨で計算されます。</translation>
    </message>
    <message>
        <source>Count the battery&apos;s wear</source>
        <translation>バッテリーの劣化コストを計上</translation>
    </message>
    <message>
        <source>Battery wear per kWh</source>
        <translation>kWh あたりのバッテリーの劣化コスト</translation>
    </message>
    <message>
        <source>Work it out from the battery:</source>
        <translation>バッテリーの仕様から計算：</translation>
    </message>
    <message>
        <source>Pack price</source>
        <translation>バッテリーパック価格</translation>
    </message>
    <message>
        <source>Battery pack price</source>
        <translation>バッテリーパック価格</translation>
    </message>
    <message>
        <source>Usable energy</source>
        <translation>使用可能容量</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>Usable battery energy, kilowatt-hours</source>
        <translation>バッテリーの使用可能容量（キロワット時）</translation>
    </message>
    <message>
        <source>Rated full cycles</source>
        <translation>定格フルサイクル数</translation>
    </message>
    <message>
        <source>Rated full charge cycles</source>
        <translation>定格フル充電サイクル数</translation>
    </message>
    <message>
        <source>Use %1 %2 per kWh</source>
        <translation>%1 %2/kWh を使用</translation>
    </message>
    <message>
        <source>Enter a price, energy and cycles above 0</source>
        <translation>価格、容量、サイクル数に 0 より大きい値を入力してください</translation>
    </message>
</context>
<context>
    <name>EventDelegate</name>
    <message>
        <source>charge %1</source>
        <translation>充電率 %1</translation>
    </message>
    <message>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <source>Charge %1</source>
        <translation>充電率 %1</translation>
    </message>
</context>
<context>
    <name>EventTimeline</name>
    <message>
        <source>Event timeline</source>
        <translation>イベント履歴</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln event(s)</source>
        <translation>
            <numerusform>%Ln 件中 %L1 件のイベント</numerusform>
        </translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>過去 1 日</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Last 31 days</source>
        <translation>過去 31 日間</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>過去 90 日間</translation>
    </message>
    <message>
        <source>How far back the timeline reaches</source>
        <translation>履歴の表示期間</translation>
    </message>
    <message>
        <source>Contribution</source>
        <translation>貢献</translation>
    </message>
    <message>
        <source>Show contribution events</source>
        <translation>貢献のイベントを表示</translation>
    </message>
    <message>
        <source>Plugging</source>
        <translation>充電ケーブル</translation>
    </message>
    <message>
        <source>Show plug-in and unplug events</source>
        <translation>充電ケーブルの接続と取り外しのイベントを表示</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Show failed jobs</source>
        <translation>失敗したジョブを表示</translation>
    </message>
    <message>
        <source>Connectivity</source>
        <translation>接続状況</translation>
    </message>
    <message>
        <source>Show connection events</source>
        <translation>接続のイベントを表示</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Show key events</source>
        <translation>キーのイベントを表示</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>ポリシー</translation>
    </message>
    <message>
        <source>Show policy changes</source>
        <translation>ポリシーの変更を表示</translation>
    </message>
    <message>
        <source>Search the events (a reason, a key, a cause…)</source>
        <translation>イベントを検索（理由、キー、原因など…）</translation>
    </message>
    <message>
        <source>Search the events</source>
        <translation>イベントを検索</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched earlier.</source>
        <translation>更新できませんでした（%1）。以前に取得した内容を表示しています。</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>イベント</translation>
    </message>
    <message>
        <source>No event matches the filters.</source>
        <translation>フィルターに一致するイベントはありません。</translation>
    </message>
    <message>
        <source>No events in this range.</source>
        <translation>この期間のイベントはありません。</translation>
    </message>
</context>
<context>
    <name>FleetBulkPage</name>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>ポリシーファイル (*.json)</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>一括ポリシー</translation>
    </message>
    <message>
        <source>One policy for many cars, signed with this computer&apos;s key that your organisation certifies.</source>
        <translation>複数の車に 1 つのポリシーを適用します。組織が認証したこのコンピューターのキーで署名されます。</translation>
    </message>
    <message>
        <source>Template name</source>
        <translation>テンプレート名</translation>
    </message>
    <message>
        <source>Depot nights</source>
        <translation>車庫での夜間</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln car(s) selected in the vehicle table</source>
        <translation>
            <numerusform>車両一覧で選択した %Ln 台の車</numerusform>
        </translation>
    </message>
    <message>
        <source>Every car of a group:</source>
        <translation>グループ内のすべての車：</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Open a policy file…</source>
        <translation>ポリシーファイルを開く…</translation>
    </message>
    <message>
        <source>Applying…</source>
        <translation>適用しています…</translation>
    </message>
    <message>
        <source>Apply to the cars</source>
        <translation>車に適用</translation>
    </message>
    <message>
        <source>Each car&apos;s answer to “%1”</source>
        <translation>「%1」に対する各車の応答</translation>
    </message>
    <message>
        <source>Each car&apos;s answer</source>
        <translation>各車の応答</translation>
    </message>
    <message>
        <source>Apply the policy to see here how each car answers: applied, waiting while it sleeps, or refused with the reason.</source>
        <translation>ポリシーを適用すると、各車の応答がここに表示されます（適用済み、スリープ中のため待機、または拒否とその理由）。</translation>
    </message>
    <message>
        <source>Cars that answered</source>
        <translation>応答した車</translation>
    </message>
    <message numerus="yes">
        <source>%L1 applied, %L2 waiting, %L3 refused of %Ln car(s)</source>
        <translation>
            <numerusform>%Ln 台中 適用 %L1 台、待機 %L2 台、拒否 %L3 台</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Applied</source>
        <translation>適用済み</translation>
    </message>
    <message>
        <source>Asleep</source>
        <translation>スリープ中</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>競合</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>拒否</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>送信中</translation>
    </message>
    <message>
        <source>Export the report…</source>
        <translation>レポートをエクスポート…</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>レポートを保存</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>ポリシーをインポート</translation>
    </message>
</context>
<context>
    <name>FleetPage</name>
    <message>
        <source>Your organisation</source>
        <translation>あなたの組織</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s), as of %1</source>
        <translation>
            <numerusform>%Ln 台（%1 時点）</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the organisation…</source>
        <translation>組織を読み込んでいます…</translation>
    </message>
    <message>
        <source>Contributing now</source>
        <translation>現在貢献中</translation>
    </message>
    <message>
        <source>%1 of %2 (%3%)</source>
        <translation>%2 台中 %1 台（%3%）</translation>
    </message>
    <message>
        <source>Reachable now</source>
        <translation>現在オンライン</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>充電ケーブル接続中</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message numerus="yes">
        <source>Cars paying in %1: %Ln car(s), last %2 days</source>
        <translation>
            <numerusform>%1 建ての車：%Ln 台、過去 %2 日間</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>総収入</translation>
    </message>
    <message>
        <source>Net earnings</source>
        <translation>純収益</translation>
    </message>
    <message>
        <source>Why cars are not contributing now</source>
        <translation>現在貢献していない理由</translation>
    </message>
    <message>
        <source>Every car is contributing.</source>
        <translation>すべての車が貢献しています。</translation>
    </message>
    <message>
        <source>Groups</source>
        <translation>グループ</translation>
    </message>
    <message numerus="yes">
        <source>%1: %L2 of %Ln contributing</source>
        <translation>
            <numerusform>%1：%Ln 台中 %L2 台が貢献中</numerusform>
        </translation>
    </message>
    <message>
        <source>Compute energy of the whole fleet, per hour</source>
        <translation>フリート全体の計算用電力量（1 時間ごと）</translation>
    </message>
    <message>
        <source>kWh</source>
        <translation>kWh</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>On solar</source>
        <translation>太陽光の割合</translation>
    </message>
    <message>
        <source>CO₂</source>
        <translation>CO₂ 排出量</translation>
    </message>
    <message>
        <source>Grid carbon</source>
        <translation>系統電力の排出係数</translation>
    </message>
    <message>
        <source>Cars in no group</source>
        <translation>グループ未所属の車</translation>
    </message>
    <message>
        <source>%1 · %2 on solar · %3 · net %4</source>
        <translation>%1 · 太陽光 %2 · %3 · 純収益 %4</translation>
    </message>
    <message>
        <source>No compute in this period</source>
        <translation>この期間の計算はありません</translation>
    </message>
    <message>
        <source>%1: no cars now</source>
        <translation>%1：現在車両なし</translation>
    </message>
</context>
<context>
    <name>FleetTablePage</name>
    <message>
        <source>Any reason</source>
        <translation>すべての理由</translation>
    </message>
    <message>
        <source>Out of reach</source>
        <translation>通信不可</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Loading %L1 of %L2 cars…</source>
        <translation>%L2 台中 %L1 台を読み込んでいます…</translation>
    </message>
    <message numerus="yes">
        <source>%L1 of %Ln car(s) shown, %L2 selected</source>
        <translation>
            <numerusform>%Ln 台中 %L1 台を表示、%L2 台を選択中</numerusform>
        </translation>
    </message>
    <message>
        <source>Loading the cars</source>
        <translation>車を読み込んでいます</translation>
    </message>
    <message>
        <source>Search by name or id</source>
        <translation>名前または ID で検索</translation>
    </message>
    <message>
        <source>Every group</source>
        <translation>すべてのグループ</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>グループ</translation>
    </message>
    <message>
        <source>Any state</source>
        <translation>すべての状態</translation>
    </message>
    <message>
        <source>Contributing</source>
        <translation>貢献中</translation>
    </message>
    <message>
        <source>Charging</source>
        <translation>充電中</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Reason it does not contribute</source>
        <translation>貢献していない理由</translation>
    </message>
    <message>
        <source>Below the battery floor</source>
        <translation>最低充電率未満</translation>
    </message>
    <message>
        <source>Out of reach for over</source>
        <translation>通信不可の継続時間が次を超える：</translation>
    </message>
    <message>
        <source>Out of reach for more than this many hours (0: any)</source>
        <translation>通信不可の継続時間がこの時間数を超える車（0：すべて）</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Select all shown</source>
        <translation>表示中の車をすべて選択</translation>
    </message>
    <message>
        <source>Clear the selection</source>
        <translation>選択を解除</translation>
    </message>
    <message numerus="yes">
        <source>Apply a policy to %Ln car(s)…</source>
        <translation>
            <numerusform>%Ln 台の車にポリシーを適用…</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort again with the newest values</source>
        <translation>最新の値で並べ替え直す</translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>%1 で並べ替え</translation>
    </message>
    <message>
        <source>The organisation&apos;s cars</source>
        <translation>組織の車</translation>
    </message>
    <message>
        <source>Select %1</source>
        <translation>%1 を選択</translation>
    </message>
    <message>
        <source>Double-click a car, or press Enter on it, to open its dashboard. Space selects it.</source>
        <translation>車をダブルクリックするか、車を選んで Enter キーを押すと、その車のダッシュボードが開きます。Space キーで選択できます。</translation>
    </message>
    <message numerus="yes">
        <source>Move %Ln car(s) to a group</source>
        <translation>
            <numerusform>%Ln 台をグループへ移動</numerusform>
        </translation>
    </message>
    <message>
        <source>A depot or a team: choose one or type a new name (empty: no group).</source>
        <translation>車庫またはチーム：選ぶか新しい名前を入力します（空欄：グループなし）。</translation>
    </message>
    <message>
        <source>Move to a group…</source>
        <translation>グループへ移動…</translation>
    </message>
</context>
<context>
    <name>LoadStatus</name>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>Could not refresh (%1). Showing what was fetched %2.</source>
        <translation>更新できませんでした（%1）。%2 に取得した内容を表示しています。</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load: %1</source>
        <translation>読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry loading</source>
        <translation>読み込みを再試行</translation>
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
    <message>
        <source>Organisation</source>
        <translation>組織</translation>
    </message>
    <message>
        <source>Vehicles</source>
        <translation>車両</translation>
    </message>
    <message>
        <source>Bulk policy</source>
        <translation>一括ポリシー</translation>
    </message>
    <message>
        <source>Diagnostics</source>
        <translation>診断</translation>
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
    <message>
        <source>Sign out</source>
        <translation>サインアウト</translation>
    </message>
    <message>
        <source>Sign out of %1</source>
        <translation>%1 からサインアウト</translation>
    </message>
    <message>
        <source>Have an account with a fleet operator? Sign in with the server address and pin they gave you.</source>
        <translation>フリート運営者のアカウントをお持ちですか？提供されたサーバーアドレスとサーバーキーのフィンガープリントでサインインしてください。</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>Fleet server address</source>
        <translation>フリートサーバーのアドレス</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>フィンガープリント</translation>
    </message>
    <message>
        <source>44 characters, from your fleet operator</source>
        <translation>フリート運営者から提供された 44 文字</translation>
    </message>
    <message>
        <source>Server key pin</source>
        <translation>サーバーキーのフィンガープリント</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>E-mail address</source>
        <translation>メールアドレス</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>パスワード</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Sign in to the fleet server</source>
        <translation>フリートサーバーにサインイン</translation>
    </message>
    <message>
        <source>or go on in demo mode</source>
        <translation>またはデモモードで続ける</translation>
    </message>
</context>
<context>
    <name>ParticipationCard</name>
    <message>
        <source>Participation</source>
        <translation>参加</translation>
    </message>
    <message>
        <source>Whether the car lends its computer at all, and a snooze.</source>
        <translation>車がコンピューターを貸し出すかどうかと、一時停止の設定です。</translation>
    </message>
    <message>
        <source>Off: the car never lends its computer, whatever the rules below say.</source>
        <translation>オフ：以下のルールにかかわらず、車はコンピューターを貸し出しません。</translation>
    </message>
    <message>
        <source>Let the car contribute while parked</source>
        <translation>駐車中の貢献を許可</translation>
    </message>
    <message>
        <source>Off: it may also contribute from the battery alone, down to the floor.</source>
        <translation>オフ：バッテリーだけでも、最低充電率まで貢献できます。</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>充電ケーブル接続中のみ</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>No contribution until then; times are in the car&apos;s time zone.</source>
        <translation>それまで貢献しません。時刻は車のタイムゾーンで表示されます。</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>Snooze for one hour</source>
        <translation>1 時間一時停止</translation>
    </message>
    <message>
        <source>Until 06:00</source>
        <translation>06:00 まで</translation>
    </message>
    <message>
        <source>Snooze until 06:00 tomorrow</source>
        <translation>明日の 06:00 まで一時停止</translation>
    </message>
    <message>
        <source>Until I resume</source>
        <translation>再開するまで</translation>
    </message>
    <message>
        <source>Snooze until I resume</source>
        <translation>再開するまで一時停止</translation>
    </message>
    <message>
        <source>Resume now</source>
        <translation>今すぐ再開</translation>
    </message>
    <message>
        <source>End the snooze</source>
        <translation>一時停止を終了</translation>
    </message>
    <message>
        <source>yyyy-mm-dd hh:mm</source>
        <translation>yyyy-mm-dd hh:mm</translation>
    </message>
    <message>
        <source>Snooze until a date and time</source>
        <translation>日時を指定して一時停止</translation>
    </message>
    <message>
        <source>Snooze until then</source>
        <translation>この日時まで一時停止</translation>
    </message>
    <message>
        <source>Snooze until the date and time typed</source>
        <translation>入力した日時まで一時停止</translation>
    </message>
    <message>
        <source>Type a date and time such as 2026-11-30 08:00.</source>
        <translation>2026-11-30 08:00 のように日時を入力してください。</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Every time on this page is the car&apos;s local time in this zone, daylight saving included.</source>
        <translation>このページの時刻はすべて、このタイムゾーンにおける車の現地時間です（夏時間を含みます）。</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未設定</translation>
    </message>
</context>
<context>
    <name>PayoutsCard</name>
    <message>
        <source>Payouts</source>
        <translation>支払い</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later once it reaches %1; a smaller balance is carried over to the next month.</source>
        <translation>各月の純額は 1 日の午前 0 時に確定し、%1 以上であれば 3 日後に支払われます。それ未満の残高は翌月に繰り越されます。</translation>
    </message>
    <message>
        <source>Each month&apos;s net is settled at midnight on the 1st and paid out three days later.</source>
        <translation>各月の純額は 1 日の午前 0 時に確定し、3 日後に支払われます。</translation>
    </message>
    <message>
        <source>No month has been settled yet.</source>
        <translation>確定した月はまだありません。</translation>
    </message>
    <message>
        <source>net %1</source>
        <translation>純収益 %1</translation>
    </message>
</context>
<context>
    <name>PolicyEditorView</name>
    <message>
        <source>Time zone: %1</source>
        <translation>タイムゾーン：%1</translation>
    </message>
    <message>
        <source>Edited from version %1</source>
        <translation>バージョン %1 から編集中</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>バージョン %1</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>インポート…</translation>
    </message>
    <message>
        <source>Import a policy from a JSON file</source>
        <translation>JSON ファイルからポリシーをインポート</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Export this policy to a JSON file</source>
        <translation>このポリシーを JSON ファイルにエクスポート</translation>
    </message>
    <message>
        <source>Not imported: %1</source>
        <translation>インポートされませんでした: %1</translation>
    </message>
    <message>
        <source>This computer must be paired with %1 before it can change its policy: every change is signed with this computer&apos;s own key, and the car only accepts keys paired on its screen.</source>
        <translation>ポリシーを変更するには、このコンピューターを %1 とペアリングする必要があります。変更はすべてこのコンピューター自身のキーで署名され、車は自身の画面でペアリングされたキーしか受け付けません。</translation>
    </message>
    <message>
        <source>the car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>このコンピューターをペアリング</translation>
    </message>
    <message>
        <source>Pair this computer with the car</source>
        <translation>このコンピューターを車とペアリング</translation>
    </message>
    <message>
        <source>The coming week</source>
        <translation>今後 1 週間</translation>
    </message>
    <message>
        <source>When the car may contribute over the next seven days by the time, snooze and price rules above, as the car itself computes it. Charge, temperature and earnings decide on the spot.</source>
        <translation>上記の時間帯、一時停止、料金のルールに基づいて、今後 7 日間に車が貢献できる時間を車自身の計算どおりに表示します。充電率、温度、収入はその時点で判断されます。</translation>
    </message>
    <message>
        <source>Contributing is switched off, so no time is allowed.</source>
        <translation>貢献がオフになっているため、許可された時間はありません。</translation>
    </message>
    <message>
        <source>Off-peak only, but without a tariff no time is off-peak.</source>
        <translation>オフピークのみに設定されていますが、料金プランがないためオフピークの時間帯はありません。</translation>
    </message>
    <message>
        <source>Import a policy</source>
        <translation>ポリシーをインポート</translation>
    </message>
    <message>
        <source>Policy files (*.json)</source>
        <translation>ポリシーファイル (*.json)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Export the policy</source>
        <translation>ポリシーをエクスポート</translation>
    </message>
</context>
<context>
    <name>PolicyFormat</name>
    <message>
        <source>Every day</source>
        <translation>毎日</translation>
    </message>
    <message>
        <source>Weekdays</source>
        <translation>平日</translation>
    </message>
    <message>
        <source>Weekends</source>
        <translation>週末</translation>
    </message>
</context>
<context>
    <name>PolicyPage</name>
    <message>
        <source>When it may contribute</source>
        <translation>貢献の条件</translation>
    </message>
    <message>
        <source>The participation policy of %1, applied by the car itself.</source>
        <translation>%1 の参加ポリシーです。車自身が適用します。</translation>
    </message>
    <message>
        <source>The participation policy of your car, applied by the car itself.</source>
        <translation>あなたの車の参加ポリシーです。車自身が適用します。</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>読み込み中</translation>
    </message>
    <message>
        <source>Loading the policy the car runs…</source>
        <translation>車で動作中のポリシーを読み込んでいます…</translation>
    </message>
    <message>
        <source>The policy could not be loaded: %1</source>
        <translation>ポリシーを読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Try loading the policy again</source>
        <translation>ポリシーの読み込みを再試行</translation>
    </message>
    <message>
        <source>There is no car to set a policy for yet.</source>
        <translation>ポリシーを設定できる車はまだありません。</translation>
    </message>
    <message>
        <source>Discard your changes?</source>
        <translation>変更を破棄しますか？</translation>
    </message>
    <message>
        <source>The changes to %1&apos;s policy have not been applied.</source>
        <translation>%1 のポリシーへの変更はまだ適用されていません。</translation>
    </message>
</context>
<context>
    <name>PolicyVersionsCard</name>
    <message>
        <source>Policy versions</source>
        <translation>ポリシーのバージョン</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>読み込んでいます…</translation>
    </message>
    <message>
        <source>No policy versions known.</source>
        <translation>既知のポリシーバージョンはありません。</translation>
    </message>
    <message>
        <source>Version %1, applied %2, signed by key %3</source>
        <translation>バージョン %1、%2 に適用、キー %3 で署名</translation>
    </message>
    <message>
        <source>Version %1, applied %2, the car&apos;s first policy</source>
        <translation>バージョン %1、%2 に適用、車の最初のポリシー</translation>
    </message>
    <message>
        <source>(runs now)</source>
        <translation>（現在動作中）</translation>
    </message>
</context>
<context>
    <name>RangeBar</name>
    <message>
        <source>This month</source>
        <translation>今月</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>過去 3 か月</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>今年</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>期間を指定</translation>
    </message>
    <message>
        <source>Range of days</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>From</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>開始日</translation>
    </message>
    <message>
        <source>to</source>
        <comment>from a date to a date</comment>
        <translation>～</translation>
    </message>
    <message>
        <source>To</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>終了日</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>表示</translation>
    </message>
    <message>
        <source>Show the chosen days</source>
        <translation>選択した期間を表示</translation>
    </message>
    <message>
        <source>Bucket size</source>
        <translation>集計単位</translation>
    </message>
    <message>
        <source>By hour</source>
        <translation>時間別</translation>
    </message>
    <message>
        <source>By day</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>By week</source>
        <translation>週別</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>月別</translation>
    </message>
</context>
<context>
    <name>ReasonBars</name>
    <message numerus="yes">
        <source>%1: %Ln car(s). Opens them in the table.</source>
        <translation>
            <numerusform>%1：%Ln 台。車両一覧で表示します。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionsTable</name>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message numerus="yes">
        <source>%Ln session(s)</source>
        <translation>
            <numerusform>%Ln 件のセッション</numerusform>
        </translation>
    </message>
    <message>
        <source>Sort by %1</source>
        <translation>%1 で並べ替え</translation>
    </message>
    <message>
        <source>%1, smallest first; press for largest first</source>
        <translation>%1、小さい順。押すと大きい順</translation>
    </message>
    <message>
        <source>%1, largest first; press for smallest first</source>
        <translation>%1、大きい順。押すと小さい順</translation>
    </message>
    <message>
        <source>Contribution sessions</source>
        <translation>貢献セッション</translation>
    </message>
    <message>
        <source>The session began before the chosen days; its figures count only the part inside them.</source>
        <translation>このセッションは選択した期間より前に始まりました。数値は期間内の部分だけです。</translation>
    </message>
    <message>
        <source>The session goes on after the chosen days; its figures count only the part inside them.</source>
        <translation>このセッションは選択した期間の後も続いています。数値は期間内の部分だけです。</translation>
    </message>
    <message>
        <source>… A session that runs past the first or last chosen day: its figures count only the part inside the days.</source>
        <translation>… 選択した最初または最後の日をまたぐセッション：数値は期間内の部分だけです。</translation>
    </message>
    <message>
        <source>Choose a session to see the jobs it served.</source>
        <translation>セッションを選ぶと、処理したジョブが表示されます。</translation>
    </message>
    <message>
        <source>Jobs of the session %1</source>
        <translation>セッション %1 のジョブ</translation>
    </message>
    <message>
        <source>Jobs of the chosen session</source>
        <translation>選択したセッションのジョブ</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>failed, paid nothing</source>
        <translation>失敗（支払いなし）</translation>
    </message>
    <message>
        <source>running</source>
        <translation>実行中</translation>
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
    <message>
        <source>Export progress</source>
        <translation>エクスポートの進行状況</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the export</source>
        <translation>エクスポートを停止</translation>
    </message>
    <message>
        <source>Your data</source>
        <translation>あなたのデータ</translation>
    </message>
    <message>
        <source>Everything the fleet keeps about your account, as one JSON file.</source>
        <translation>フリートがあなたのアカウントについて保存しているすべてを、1 つの JSON ファイルで。</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The organisation&apos;s cars and their history stay.</source>
        <translation>あなたのアカウントとサインイン情報をフリートから完全に削除します。組織の車とその履歴は残ります。</translation>
    </message>
    <message>
        <source>Removes your account and your sign-ins from the fleet for good. The cars you were granted stay with their owners.</source>
        <translation>あなたのアカウントとサインイン情報をフリートから完全に削除します。アクセスを許可されていた車はオーナーのもとに残ります。</translation>
    </message>
</context>
<context>
    <name>StatementCard</name>
    <message>
        <source>Save the statement as PDF</source>
        <translation>明細を PDF で保存</translation>
    </message>
    <message>
        <source>Save the statement as CSV</source>
        <translation>明細を CSV で保存</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF ファイル (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>Monthly statement</source>
        <translation>月次明細</translation>
    </message>
    <message>
        <source>Every day of the month with its energy, electricity cost, gross earnings, your share and net, for your records or your accountant.</source>
        <translation>月の各日の電力量、電気代、総収入、あなたの取り分、純収益をまとめた明細です。記録用や税理士への提出にご利用ください。</translation>
    </message>
    <message>
        <source>Month of the statement</source>
        <translation>明細の対象月</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>PDF で保存…</translation>
    </message>
    <message>
        <source>Save as CSV…</source>
        <translation>CSV で保存…</translation>
    </message>
    <message>
        <source>Writing the statement</source>
        <translation>明細を書き出しています</translation>
    </message>
</context>
<context>
    <name>StatementText</name>
    <message>
        <source>Chat</source>
        <comment>a kind of AI job</comment>
        <translation>チャット</translation>
    </message>
    <message>
        <source>Embeddings</source>
        <comment>a kind of AI job</comment>
        <translation>埋め込み</translation>
    </message>
    <message>
        <source>Transcription</source>
        <comment>a kind of AI job</comment>
        <translation>文字起こし</translation>
    </message>
    <message>
        <source>Translation</source>
        <comment>a kind of AI job</comment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Images</source>
        <comment>a kind of AI job</comment>
        <translation>画像</translation>
    </message>
    <message>
        <source>Earnings statement</source>
        <translation>収入明細書</translation>
    </message>
    <message>
        <source>Cannot write %1: check that the folder exists and that you may write there.</source>
        <translation>%1 に書き込めません。フォルダーが存在し、書き込み権限があるか確認してください。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1% of what the jobs paid</source>
        <comment>the owner&apos;s share</comment>
        <translation>ジョブの支払額の %1%</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Car</source>
        <translation>車</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>car name and id</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>あなたの取り分</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>作成日時</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>計算時間</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>Gross: what the jobs paid</source>
        <translation>総収入（ジョブの支払額）</translation>
    </message>
    <message>
        <source>Your share (%1%)</source>
        <translation>あなたの取り分（%1%）</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Carried over to next month: %1 (below the %2 minimum payout)</source>
        <translation>翌月に繰り越し：%1（最低支払額 %2 未満）</translation>
    </message>
    <message>
        <source>Paid out: %1 on %2</source>
        <translation>支払済み：%1（支払日：%2）</translation>
    </message>
    <message>
        <source>Payout pending: %1, paid on %2</source>
        <translation>支払待ち：%1（支払日：%2）</translation>
    </message>
    <message>
        <source>(with %1 carried in from earlier months)</source>
        <translation>（前月までの繰越額 %1 を含む）</translation>
    </message>
    <message>
        <source>Payout: the month is settled at midnight on the 1st of the next.</source>
        <translation>支払：当月分は翌月 1 日の午前 0 時に確定します。</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>総収入</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純収益</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>日別</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日付</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>合計</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>セッション</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>… a session that began before the month or went on after it: only its part in the month is counted.</source>
        <translation>… 前月に始まった、または翌月まで続いたセッション：当月分のみを計上しています。</translation>
    </message>
    <message>
        <source>Jobs served</source>
        <translation>処理したジョブ</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>リクエスト</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>支払額</translation>
    </message>
    <message>
        <source>Cannot finish writing %1.</source>
        <translation>%1 の書き込みを完了できません。</translation>
    </message>
    <message>
        <source>of it solar surplus / grid / battery</source>
        <translation>うち太陽光の余剰電力 / 系統電力 / バッテリー</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <comment>three amounts of energy</comment>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>CO₂ of the grid energy</source>
        <translation>系統電力の CO₂ 排出量</translation>
    </message>
    <message>
        <source>%1 (and %2 of unknown carbon)</source>
        <comment>grams, then energy</comment>
        <translation>%1（排出係数が不明な電力 %2 を除く）</translation>
    </message>
    <message>
        <source>CO₂ the solar surplus avoided</source>
        <translation>太陽光の余剰電力による CO₂ 削減量</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>バッテリーの劣化コスト</translation>
    </message>
    <message>
        <source>Net: your share less electricity and wear</source>
        <translation>純収益（あなたの取り分から電気代と劣化コストを差引）</translation>
    </message>
    <message>
        <source>Wear</source>
        <translation>劣化</translation>
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
    <message>
        <source>Sign out and use demo mode</source>
        <translation>サインアウトしてデモモードを使用</translation>
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
        <translation>%1/時間</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <comment>a date and a time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Started contributing</source>
        <translation>貢献を開始しました</translation>
    </message>
    <message>
        <source>Stopped contributing</source>
        <translation>貢献を停止しました</translation>
    </message>
    <message>
        <source>Plugged in</source>
        <translation>充電ケーブルが接続されました</translation>
    </message>
    <message>
        <source>Unplugged</source>
        <translation>充電ケーブルが取り外されました</translation>
    </message>
    <message>
        <source>Reasons for not contributing changed</source>
        <translation>貢献していない理由が変わりました</translation>
    </message>
    <message>
        <source>A job failed</source>
        <translation>ジョブが失敗しました</translation>
    </message>
    <message>
        <source>Connection lost</source>
        <translation>接続が切れました</translation>
    </message>
    <message>
        <source>Connection restored</source>
        <translation>接続が回復しました</translation>
    </message>
    <message>
        <source>A key was added</source>
        <translation>キーが追加されました</translation>
    </message>
    <message>
        <source>A key was revoked</source>
        <translation>キーが取り消されました</translation>
    </message>
    <message>
        <source>The policy changed</source>
        <translation>ポリシーが変更されました</translation>
    </message>
    <message>
        <source>An event this app does not know</source>
        <translation>このアプリが認識できないイベント</translation>
    </message>
    <message>
        <source>The computer slowed down to cool off</source>
        <translation>冷却のためコンピューターの処理速度が下がりました</translation>
    </message>
    <message>
        <source>The job ran out of time</source>
        <translation>ジョブが時間切れになりました</translation>
    </message>
    <message>
        <source>Key %1</source>
        <translation>キー %1</translation>
    </message>
    <message>
        <source>Version %1 confirmed by the car</source>
        <translation>車がバージョン %1 を確認しました</translation>
    </message>
    <message>
        <source>No access to the diagnostics of %1: there is no support grant for this car, or it has ended.</source>
        <translation>%1 の診断情報にアクセスできません。この車へのサポートアクセスが許可されていないか、期限が切れています。</translation>
    </message>
    <message>
        <source>There is no car %1.</source>
        <translation>車 %1 は存在しません。</translation>
    </message>
    <message>
        <source>contributing was switched off</source>
        <translation>貢献がオフになっていた</translation>
    </message>
    <message>
        <source>it was paused until %1</source>
        <translation>%1 まで一時停止されていた</translation>
    </message>
    <message>
        <source>it was paused</source>
        <translation>一時停止されていた</translation>
    </message>
    <message>
        <source>the car was driving</source>
        <translation>車が走行中だった</translation>
    </message>
    <message>
        <source>it was not plugged in, and its policy requires it</source>
        <translation>充電ケーブルが未接続で、ポリシーでは接続が必要だった</translation>
    </message>
    <message>
        <source>outside its schedule (the next window starts at %1)</source>
        <translation>スケジュールの時間外だった（次の時間帯は %1 に開始）</translation>
    </message>
    <message>
        <source>outside its schedule (no window in the next 7 days)</source>
        <translation>スケジュールの時間外だった（今後 7 日間に時間帯なし）</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed (off-peak starts at %2)</source>
        <translation>電気料金がピーク料金の %1 で、オフピークのみ許可されていた（オフピークは %2 から）</translation>
    </message>
    <message>
        <source>electricity was at its peak price of %1 and only off-peak hours are allowed</source>
        <translation>電気料金がピーク料金の %1 で、オフピークのみ許可されていた</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2 (cheaper from %3)</source>
        <translation>電気料金が %1 で、上限の %2 を超えていた（%3 から安くなる）</translation>
    </message>
    <message>
        <source>electricity cost %1, above the limit of %2</source>
        <translation>電気料金が %1 で、上限の %2 を超えていた</translation>
    </message>
    <message>
        <source>an hour of jobs would earn %1 but its electricity would cost %2</source>
        <translation>1 時間のジョブの収入が %1 なのに対し、電気代が %2 かかる</translation>
    </message>
    <message>
        <source>at the minimum charge of %1% (charge %2%)</source>
        <translation>最低充電率 %1% に達していた（充電率 %2%）</translation>
    </message>
    <message>
        <source>below the resume level of %1% (charge %2%)</source>
        <translation>再開充電率 %1% を下回っていた（充電率 %2%）</translation>
    </message>
    <message>
        <source>the %1 departure needs %2% (charge %3%)</source>
        <translation>%1 の出発に %2% が必要だった（充電率 %3%）</translation>
    </message>
    <message>
        <source>keeping charge for a departure (charge %1%)</source>
        <translation>出発のために充電を確保していた（充電率 %1%）</translation>
    </message>
    <message>
        <source>the computer was at %1 °C, its limit is %2 °C</source>
        <translation>コンピューターが %1 °C だった（上限は %2 °C）</translation>
    </message>
    <message>
        <source>the day&apos;s energy limit of %1 was reached (%2 used)</source>
        <translation>1 日の電力量上限 %1 に達していた（使用量 %2）</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>At %1 it contributed.</source>
        <translation>%1 には貢献していました。</translation>
    </message>
    <message>
        <source>At %1 it did not contribute because: %2.</source>
        <translation>%1 には次の理由で貢献していませんでした：%2。</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between reasons</comment>
        <translation>；</translation>
    </message>
    <message>
        <source>At %1 it did not contribute: it was offline.</source>
        <translation>%1 にはオフラインだったため貢献していませんでした。</translation>
    </message>
    <message>
        <source>At %1 it did not contribute, though its policy allowed it (no job came).</source>
        <translation>%1 にはポリシーで許可されていましたが、貢献していませんでした（ジョブが届きませんでした）。</translation>
    </message>
    <message>
        <source>There is no history for that minute: this is the car&apos;s state now.</source>
        <translation>その時刻の履歴はありません。これは車の現在の状態です。</translation>
    </message>
    <message>
        <source>its owner had not given (or had withdrawn) consent to take part</source>
        <translation>オーナーが参加に同意していなかった（または同意を撤回していた）</translation>
    </message>
    <message>
        <source>the grid&apos;s electricity emitted %1 g of CO₂ per kWh, above the limit of %2 g</source>
        <translation>系統電力の排出量は 1 kWh あたり %1 g の CO₂ で、上限の %2 g を超えていました</translation>
    </message>
    <message>
        <source>only solar power was allowed, and the surplus of %1 W did not cover the computer&apos;s %2 W</source>
        <translation>太陽光のみが許可されており、余剰 %1 W ではコンピューターの %2 W をまかなえませんでした</translation>
    </message>
</context>
<context>
    <name>TariffEditor</name>
    <message>
        <source>Use my electricity tariff</source>
        <translation>電気料金プランを使用</translation>
    </message>
    <message>
        <source>Start from</source>
        <translation>プリセットから開始</translation>
    </message>
    <message>
        <source>Use the %1 tariff</source>
        <translation>%1 の料金プランを使用</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>通貨</translation>
    </message>
    <message>
        <source>Currency, ISO 4217 code</source>
        <translation>通貨（ISO 4217 コード）</translation>
    </message>
    <message>
        <source>Price at other times</source>
        <translation>その他の時間帯の料金</translation>
    </message>
    <message>
        <source>%1 per kWh</source>
        <translation>%1/kWh</translation>
    </message>
    <message>
        <source>Price outside the periods, per kWh</source>
        <translation>料金時間帯以外の kWh あたりの料金</translation>
    </message>
    <message>
        <source>Periods (the first that covers a time sets its price)</source>
        <translation>料金時間帯（その時刻に最初に該当する時間帯の料金が適用されます）</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>料金時間帯 %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1 の開始時刻</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1 の終了時刻</translation>
    </message>
    <message>
        <source>%1 price per kWh</source>
        <translation>%1 の kWh あたりの料金</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>オフピーク</translation>
    </message>
    <message>
        <source>%1 is off-peak</source>
        <translation>%1 はオフピーク</translation>
    </message>
    <message>
        <source>Move %1 up</source>
        <translation>%1 を上へ移動</translation>
    </message>
    <message>
        <source>Earlier in the list: wins where periods overlap</source>
        <translation>リストの上にあるほど、時間帯が重なる場合に優先されます</translation>
    </message>
    <message>
        <source>Move %1 down</source>
        <translation>%1 を下へ移動</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1</source>
        <translation>%1 を削除</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>時間帯を追加</translation>
    </message>
    <message>
        <source>Add a tariff period</source>
        <translation>料金時間帯を追加</translation>
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
        <translation>カリフォルニア州：15:00 までオフピーク、16:00～21:00 はピーク（毎日）</translation>
    </message>
    <message>
        <source>Octopus Go</source>
        <translation>Octopus Go</translation>
    </message>
    <message>
        <source>UK: cheap rate 00:30–05:30 every night</source>
        <translation>英国：毎晩 00:30～05:30 はオフピーク</translation>
    </message>
    <message>
        <source>Flat rate</source>
        <translation>均一料金</translation>
    </message>
    <message>
        <source>One price at every hour; nothing is off-peak</source>
        <translation>全時間帯で同じ料金。オフピークはありません</translation>
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
        <translation>00:00 から 24:00 までの時刻を入力してください（例: 22:30）。</translation>
    </message>
    <message>
        <source>Enter a time from 00:00 to 23:59, such as 07:30.</source>
        <translation>00:00 から 23:59 までの時刻を入力してください（例: 07:30）。</translation>
    </message>
</context>
<context>
    <name>TotalTile</name>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>TraceCard</name>
    <message>
        <source>Eligibility trace</source>
        <translation>参加可否の説明</translation>
    </message>
    <message>
        <source>What the car knew and decided in one minute. The time is on the car&apos;s clock (%1).</source>
        <translation>ある 1 分間に車が把握していた情報と、その判断です。時刻は車の時計（%1）に基づきます。</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Date and time on the car&apos;s clock</source>
        <translation>車の時計での日時</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
    <message>
        <source>Set the time to now on the car&apos;s clock</source>
        <translation>車の時計の現在時刻を設定</translation>
    </message>
    <message>
        <source>Explain</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Explain why the car did or did not contribute at that time</source>
        <translation>その時刻に車が貢献した、またはしなかった理由を説明</translation>
    </message>
    <message>
        <source>Fetching the trace</source>
        <translation>説明を取得しています</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
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
        <translation>整数を入力してください。</translation>
    </message>
    <message>
        <source>Enter a number, such as 0.25.</source>
        <translation>数値を入力してください（例: 0.25）。</translation>
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
        <source>Your share of the jobs: about %1 an hour, before electricity</source>
        <translation>ジョブのあなたの取り分：1 時間あたり約 %1（電気代差引前）</translation>
    </message>
    <message>
        <source>On sunshine today</source>
        <translation>本日の太陽光の割合</translation>
    </message>
    <message>
        <source>CO₂ today</source>
        <translation>本日の CO₂</translation>
    </message>
    <message>
        <source>When it may contribute</source>
        <translation>貢献の条件</translation>
    </message>
    <message>
        <source>When %1 may contribute</source>
        <translation>%1 の貢献の条件</translation>
    </message>
    <message>
        <source>Pause saved on this computer; sending it to the car…</source>
        <translation>一時停止をこのコンピューターに保存しました。車に送信しています…</translation>
    </message>
    <message>
        <source>Resume saved on this computer; sending it to the car…</source>
        <translation>再開をこのコンピューターに保存しました。車に送信しています…</translation>
    </message>
    <message>
        <source>Pause on its way: %1 is out of reach and pauses when it is back online.</source>
        <translation>一時停止を送信中: %1 は現在通信できません。再び接続されると一時停止します。</translation>
    </message>
    <message>
        <source>Resume on its way: %1 is out of reach and resumes when it is back online.</source>
        <translation>再開を送信中: %1 は現在通信できません。再び接続されると再開します。</translation>
    </message>
    <message>
        <source>Pause sent; waiting for the car to confirm.</source>
        <translation>一時停止を送信しました。車の確認を待っています。</translation>
    </message>
    <message>
        <source>Resume sent; waiting for the car to confirm.</source>
        <translation>再開を送信しました。車の確認を待っています。</translation>
    </message>
    <message>
        <source>Not paused: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>一時停止されていません: このコンピューターは %1 とペアリングされていません。車は、車の画面でペアリングしたコンピューターからの変更だけを受け付けます。</translation>
    </message>
    <message>
        <source>Not resumed: this computer is not paired with %1, and the car only accepts changes from computers paired on its screen.</source>
        <translation>再開されていません: このコンピューターは %1 とペアリングされていません。車は、車の画面でペアリングしたコンピューターからの変更だけを受け付けます。</translation>
    </message>
    <message>
        <source>Not paused: %1</source>
        <translation>一時停止されていません: %1</translation>
    </message>
    <message>
        <source>Not resumed: %1</source>
        <translation>再開されていません: %1</translation>
    </message>
    <message>
        <source>Pair this computer</source>
        <translation>このコンピューターをペアリング</translation>
    </message>
    <message>
        <source>Pair this computer with %1</source>
        <translation>このコンピューターを %1 とペアリング</translation>
    </message>
    <message>
        <source>The owner&apos;s share of the jobs: about %1 an hour, before electricity</source>
        <translation>ジョブのうちオーナーの取り分: 1 時間あたり約 %1（電気代を引く前）</translation>
    </message>
    <message>
        <source>Since it joined</source>
        <translation>参加以来</translation>
    </message>
    <message>
        <source>Offline, not seen yet</source>
        <translation>オフライン、まだ接続なし</translation>
    </message>
    <message>
        <source>Offline since %1</source>
        <translation>%1 からオフライン</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>まだなし</translation>
    </message>
    <message numerus="yes">
        <source>None in the next %n day(s) under its settings.</source>
        <translation>
            <numerusform>この車の設定では、今後 %n 日間に貢献時間帯はありません。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WeekGrid</name>
    <message>
        <source>Weekly windows, Monday to Sunday</source>
        <translation>毎週の時間帯（月曜日～日曜日）</translation>
    </message>
    <message>
        <source>Drag on an empty area to add a window; drag a window to move it or its ends to resize it.</source>
        <translation>空いている場所をドラッグすると時間帯を追加できます。時間帯をドラッグすると移動、両端をドラッグすると長さを変更できます。</translation>
    </message>
    <message>
        <source>Window %1: %2</source>
        <translation>時間帯 %1：%2</translation>
    </message>
    <message>
        <source>Arrows move it by 15 minutes or a day; Shift with the arrows resizes it; Delete removes it.</source>
        <translation>矢印キーで 15 分または 1 日単位で移動、Shift キーと矢印キーで長さを変更、Delete キーで削除します。</translation>
    </message>
</context>
<context>
    <name>WeekPreview</name>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 off-peak</source>
        <translation>オフピーク %1</translation>
    </message>
    <message>
        <source>%1: %2 allowed</source>
        <translation>%1：%2 許可</translation>
    </message>
    <message>
        <source>%1 · clocks change</source>
        <translation>%1 · 時刻切り替えあり</translation>
    </message>
    <message>
        <source>May contribute</source>
        <translation>貢献可能</translation>
    </message>
    <message>
        <source>Off-peak</source>
        <translation>オフピーク</translation>
    </message>
    <message>
        <source>Peak (darker: dearer)</source>
        <translation>ピーク（濃いほど高額）</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>現在</translation>
    </message>
</context>
<context>
    <name>WindowList</name>
    <message>
        <source>Window %1</source>
        <translation>時間帯 %1</translation>
    </message>
    <message>
        <source>%1 starts at</source>
        <translation>%1 の開始時刻</translation>
    </message>
    <message>
        <source>%1 ends at</source>
        <translation>%1 の終了時刻</translation>
    </message>
    <message>
        <source>next day</source>
        <translation>翌日</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Delete %1 (%2)</source>
        <translation>%1（%2）を削除</translation>
    </message>
    <message>
        <source>Add window</source>
        <translation>時間帯を追加</translation>
    </message>
    <message>
        <source>Add a weekly window</source>
        <translation>毎週の時間帯を追加</translation>
    </message>
    <message>
        <source>No windows: the car may contribute at any hour the other rules allow.</source>
        <translation>時間帯なし：ほかのルールで許可されていれば、いつでも貢献できます。</translation>
    </message>
</context>
<context>
    <name>WindowsCard</name>
    <message>
        <source>Weekly windows</source>
        <translation>毎週の時間帯</translation>
    </message>
    <message>
        <source>When in the week the car may contribute. Drag on the grid to draw a window, drag it to move it, drag its ends to resize it.</source>
        <translation>1 週間のうち車が貢献できる時間帯です。グリッド上をドラッグして時間帯を描き、ドラッグで移動、両端をドラッグして長さを変更します。</translation>
    </message>
    <message>
        <source>Keyboard: Tab to a window; arrows move it by 15 minutes or a day; Shift+Left/Right move its end, Shift+Up/Down its start; Delete removes it.</source>
        <translation>キーボード：Tab キーで時間帯に移動し、矢印キーで 15 分または 1 日単位で移動します。Shift+←/→ で終了時刻、Shift+↑/↓ で開始時刻を動かし、Delete キーで削除します。</translation>
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
        <source>Saved your account, %Ln car(s) and their contributions to %1.</source>
        <translation>
            <numerusform>アカウント、%Ln 台の車とその貢献履歴を %1 に保存しました。</numerusform>
        </translation>
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
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>エクスポートを停止しました。ファイルは作成されていません。</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
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
        <source>Your session on %1 has ended. Sign in again, or use demo mode.</source>
        <translation>%1 のセッションが終了しました。もう一度サインインするか、デモモードを使用してください。</translation>
    </message>
    <message>
        <source>Signing in to %1…</source>
        <translation>%1 にサインインしています…</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached.</source>
        <translation>%1 のフリートバックエンドに接続できません。</translation>
    </message>
    <message>
        <source>The fleet backend at %1 cannot be reached. Your cars show again once it answers.</source>
        <translation>%1 のフリートバックエンドに接続できません。応答があり次第、車が再び表示されます。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, or use demo mode.</source>
        <translation>セッションが終了しました。もう一度サインインするか、デモモードを使用してください。</translation>
    </message>
    <message>
        <source>The server must be an https:// address, such as https://fleet.example.com.</source>
        <translation>サーバーには https:// で始まるアドレスを指定してください（例: https://fleet.example.com）。</translation>
    </message>
    <message>
        <source>The pin is the 44-character fingerprint your fleet operator gave you (base64 of SHA-256).</source>
        <translation>フィンガープリントは、フリート運営者から提供された 44 文字の文字列（SHA-256 の base64）です。</translation>
    </message>
    <message>
        <source>Type the e-mail address of your account.</source>
        <translation>アカウントのメールアドレスを入力してください。</translation>
    </message>
    <message>
        <source>Type your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>The e-mail address or the password is not right.</source>
        <translation>メールアドレスまたはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>Loading your cars…</source>
        <translation>車を読み込んでいます…</translation>
    </message>
    <message>
        <source>These cars could not be kept on this computer for use without a network (%1). Without a network the app shows what it kept before.</source>
        <translation>これらの車をネットワークなしで使うためにこのコンピューターに保存できませんでした（%1）。ネットワークがないときは、以前に保存した内容を表示します。</translation>
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
    <name>idlefleet::app::DeparturesModel</name>
    <message>
        <source>%1 at %2, %3 %</source>
        <translation>%1 %2、%3 %</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::DiagnosticsModel</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
    <message>
        <source>in step</source>
        <translation>ずれなし</translation>
    </message>
    <message>
        <source>%1 ms ahead</source>
        <translation>%1 ms 進み</translation>
    </message>
    <message>
        <source>%1 ms behind</source>
        <translation>%1 ms 遅れ</translation>
    </message>
    <message>
        <source>contributing on</source>
        <translation>貢献オン</translation>
    </message>
    <message>
        <source>contributing off</source>
        <translation>貢献オフ</translation>
    </message>
    <message>
        <source>floor %1%</source>
        <translation>最低充電率 %1%</translation>
    </message>
    <message>
        <source>resume at %1%</source>
        <translation>%1% で再開</translation>
    </message>
    <message>
        <source>only plugged in</source>
        <translation>充電ケーブル接続中のみ</translation>
    </message>
    <message>
        <source>only off-peak</source>
        <translation>オフピークのみ</translation>
    </message>
    <message>
        <source>only when profitable</source>
        <translation>利益が出るときのみ</translation>
    </message>
    <message numerus="yes">
        <source>%n window(s)</source>
        <translation>
            <numerusform>時間帯 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n departure(s)</source>
        <translation>
            <numerusform>出発予定 %n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>computer up to %1 °C</source>
        <translation>コンピューター %1 °C まで</translation>
    </message>
    <message>
        <source>paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between settings</comment>
        <translation>、</translation>
    </message>
    <message>
        <source>Choose a car and a time first.</source>
        <translation>先に車と時刻を選択してください。</translation>
    </message>
    <message>
        <source>There is no trace for that time: %1</source>
        <translation>その時刻の説明はありません: %1</translation>
    </message>
    <message>
        <source>Type a time on the car&apos;s clock as %1, for example %2.</source>
        <translation>車の時計の時刻を %1 の形式で入力してください（例: %2）。</translation>
    </message>
    <message>
        <source>Choose a car first.</source>
        <translation>先に車を選択してください。</translation>
    </message>
    <message>
        <source>Choose a file on this computer.</source>
        <translation>このコンピューター上のファイルを選択してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsModel</name>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Compute (h)</source>
        <translation>計算時間 (h)</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>電力量 (kWh)</translation>
    </message>
    <message>
        <source>Electricity cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Gross earnings</source>
        <translation>総収入</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純収益</translation>
    </message>
    <message>
        <source>Your share</source>
        <translation>あなたの取り分</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>%1 の週</translation>
    </message>
    <message>
        <source>Compute: %1</source>
        <translation>計算時間：%1</translation>
    </message>
    <message>
        <source>Energy: %1</source>
        <translation>電力量：%1</translation>
    </message>
    <message>
        <source>Electricity cost: %1</source>
        <translation>電気代：%1</translation>
    </message>
    <message>
        <source>Gross: %1</source>
        <translation>総収入：%1</translation>
    </message>
    <message>
        <source>Your share: %1</source>
        <translation>あなたの取り分：%1</translation>
    </message>
    <message>
        <source>Net: %1</source>
        <translation>純収益：%1</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::EarningsRange</name>
    <message>
        <source>This car is not among your cars any more.</source>
        <translation>この車はもうあなたの車の一覧にありません。</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a range of dates</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date; write it as %2 or 2026-03-01.</source>
        <translation>「%1」は日付ではありません。%2 または 2026-03-01 の形式で入力してください。</translation>
    </message>
    <message>
        <source>The last day comes before the first.</source>
        <translation>終了日が開始日より前になっています。</translation>
    </message>
    <message>
        <source>Choose at most 20 years.</source>
        <translation>期間は 20 年以内で選択してください。</translation>
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
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FileChooser</name>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>開く</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::FleetBulk</name>
    <message>
        <source>Applied (version %1)</source>
        <translation>適用済み（バージョン %1）</translation>
    </message>
    <message>
        <source>Waiting: the car is asleep; it gets the policy when it wakes</source>
        <translation>待機中：車がスリープ中です。復帰時にポリシーを受け取ります</translation>
    </message>
    <message>
        <source>Conflict: the car&apos;s policy changed meanwhile (now version %1)</source>
        <translation>競合：その間に車のポリシーが変更されました（現在はバージョン %1）</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否：%1</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>The policy is not valid: %1</source>
        <translation>ポリシーが無効です: %1</translation>
    </message>
    <message>
        <source>Choose a group or select cars in the vehicle table first.</source>
        <translation>先にグループを選択するか、車両一覧で車を選択してください。</translation>
    </message>
    <message>
        <source>This computer&apos;s key and outbox are not ready; try again in a moment.</source>
        <translation>このコンピューターのキーと送信トレイの準備ができていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Finding the cars…</source>
        <translation>車を検索しています…</translation>
    </message>
    <message>
        <source>None of the selected cars is in the organisation.</source>
        <translation>選択した車はいずれも組織に属していません。</translation>
    </message>
    <message>
        <source>The group %1 has no cars.</source>
        <translation>グループ %1 には車がありません。</translation>
    </message>
    <message>
        <source>Asking the organisation to certify this computer&apos;s key…</source>
        <translation>このコンピューターのキーの認証を組織に依頼しています…</translation>
    </message>
    <message>
        <source>Idlefleet on %1</source>
        <translation>%1 の Idlefleet</translation>
    </message>
    <message>
        <source>The organisation did not certify this computer&apos;s key: %1</source>
        <translation>組織はこのコンピューターのキーを認証しませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Sending the policy to %Ln car(s)…</source>
        <translation>
            <numerusform>%Ln 台の車にポリシーを送信しています…</numerusform>
        </translation>
    </message>
    <message>
        <source>the outbox could not keep the change</source>
        <translation>送信トレイに変更を保存できませんでした</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) asleep get the policy when they wake.</source>
        <translation>
            <numerusform>スリープ中の %Ln 台の車は、復帰時にポリシーを受け取ります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>レポートを %1 に保存しました</translation>
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
        <translation>%1%</translation>
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
        <translation>貢献中</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>Charging</source>
        <comment>plugged in, not contributing</comment>
        <translation>充電中</translation>
    </message>
    <message>
        <source>Idle</source>
        <comment>parked, unplugged, not contributing</comment>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>ID</source>
        <comment>a car&apos;s identifier</comment>
        <translation>ID</translation>
    </message>
    <message>
        <source>Group</source>
        <comment>a depot or team of cars</comment>
        <translation>グループ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Charge</source>
        <comment>battery state of charge</comment>
        <translation>充電率</translation>
    </message>
    <message>
        <source>Floor</source>
        <comment>the lowest charge contributing may leave</comment>
        <translation>最低充電率</translation>
    </message>
    <message>
        <source>Why not contributing</source>
        <translation>貢献していない理由</translation>
    </message>
    <message>
        <source>Last seen</source>
        <translation>最終確認</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>今日の電力量</translation>
    </message>
    <message>
        <source>Model</source>
        <comment>make and model of a car</comment>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Select the cars to move first.</source>
        <translation>先に移動する車を選択してください。</translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) taken out of their group.</source>
        <translation>
            <numerusform>%Ln 台をグループから外しました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln car(s) moved to %1.</source>
        <translation>
            <numerusform>%Ln 台を %1 に移動しました。</numerusform>
        </translation>
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
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
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
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
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
    <message>
        <source>The fleet key in %1 is not a P-256 private key.</source>
        <translation>%1 のフリートキーは P-256 の秘密鍵ではありません。</translation>
    </message>
    <message>
        <source>%1 cannot be read as a fleet key; it stays where it is.</source>
        <translation>%1 をフリートキーとして読み込めません。ファイルはそのまま残します。</translation>
    </message>
    <message>
        <source>%1 holds another fleet key than %2; both stay where they are.</source>
        <translation>%1 には %2 とは別のフリートキーが入っています。どちらもそのまま残します。</translation>
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
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PayoutsModel</name>
    <message>
        <source>Paid %1 on %2</source>
        <translation>%2 に %1 を支払済み</translation>
    </message>
    <message>
        <source>%1 on its way, paid on %2</source>
        <translation>%1 支払処理中（支払日：%2）</translation>
    </message>
    <message>
        <source>%1 carried over to next month</source>
        <translation>%1 を翌月に繰越</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyChange</name>
    <message>
        <source>This computer has no key and outbox of its own yet, so it cannot sign changes for the car.</source>
        <translation>このコンピューターにはまだ専用のキーと送信トレイがないため、車への変更に署名できません。</translation>
    </message>
    <message>
        <source>The change could not be written to this computer&apos;s outbox.</source>
        <translation>変更をこのコンピューターの送信トレイに書き込めませんでした。</translation>
    </message>
    <message>
        <source>Waiting to be signed and sent to the car.</source>
        <translation>署名して車に送信するのを待っています。</translation>
    </message>
    <message>
        <source>Sent to the car; waiting for it to confirm.</source>
        <translation>車に送信しました。車の確認を待っています。</translation>
    </message>
    <message>
        <source>The car confirmed the change: it runs version %1 of the policy.</source>
        <translation>車が変更を確認しました。ポリシーのバージョン %1 で動作しています。</translation>
    </message>
    <message>
        <source>Not applied: the car&apos;s policy was changed elsewhere (it is at version %1 now).</source>
        <translation>適用されていません。車のポリシーが別の場所で変更されました（現在はバージョン %1）。</translation>
    </message>
    <message>
        <source>The car refused the change: this computer is not paired with it.</source>
        <translation>車が変更を拒否しました。このコンピューターは車とペアリングされていません。</translation>
    </message>
    <message>
        <source>The car refused the change: %1</source>
        <translation>車が変更を拒否しました: %1</translation>
    </message>
    <message>
        <source>Not delivered yet (%1); it is sent again automatically.</source>
        <translation>まだ届いていません（%1）。自動的に再送信されます。</translation>
    </message>
    <message>
        <source>The car confirmed the pause.</source>
        <translation>車が一時停止を確認しました。</translation>
    </message>
    <message>
        <source>The car confirmed: it contributes again when its policy allows.</source>
        <translation>車が確認しました。ポリシーで許可された時間になると、再び貢献します。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyConflict</name>
    <message>
        <source>On</source>
        <translation>オン</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>オフ</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>制限なし</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>いつでも</translation>
    </message>
    <message>
        <source>%1 %2–%3</source>
        <translation>%1 %2～%3</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 %2 by default</source>
        <translation>既定 %1 %2</translation>
    </message>
    <message>
        <source>%1 %2–%3: %4%5</source>
        <translation>%1 %2～%3：%4%5</translation>
    </message>
    <message>
        <source> (off-peak)</source>
        <translation>（オフピーク）</translation>
    </message>
    <message>
        <source>%1 %2, %3 %</source>
        <translation>%1 %2、%3 %</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>一時停止していません</translation>
    </message>
    <message>
        <source>Paused until resumed</source>
        <translation>再開するまで一時停止</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
    <message>
        <source>Contributing allowed</source>
        <translation>貢献を許可</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>タイムゾーン</translation>
    </message>
    <message>
        <source>Weekly windows</source>
        <translation>毎週の時間帯</translation>
    </message>
    <message>
        <source>Battery floor</source>
        <translation>最低充電率</translation>
    </message>
    <message>
        <source>Resume level</source>
        <translation>再開充電率</translation>
    </message>
    <message>
        <source>Floor + 5 %</source>
        <translation>最低充電率 + 5 %</translation>
    </message>
    <message>
        <source>Only while plugged in</source>
        <translation>充電ケーブル接続中のみ</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>料金プラン</translation>
    </message>
    <message>
        <source>Off-peak only</source>
        <translation>オフピークのみ</translation>
    </message>
    <message>
        <source>Price limit</source>
        <translation>上限価格</translation>
    </message>
    <message>
        <source>Only when profitable</source>
        <translation>利益が出るときのみ</translation>
    </message>
    <message>
        <source>Departures</source>
        <translation>出発予定</translation>
    </message>
    <message>
        <source>Computer temperature limit</source>
        <translation>コンピューターの温度上限</translation>
    </message>
    <message>
        <source>%1 °C</source>
        <translation>%1 °C</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>1 日の電力量上限</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>Snooze</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Only on solar surplus</source>
        <translation>太陽光の余剰電力のみ</translation>
    </message>
    <message>
        <source>Carbon limit</source>
        <translation>CO₂ の上限</translation>
    </message>
    <message>
        <source>%1 g CO₂ per kWh</source>
        <translation>%1 g-CO₂/kWh</translation>
    </message>
    <message>
        <source>Feed-in price</source>
        <translation>売電単価</translation>
    </message>
    <message>
        <source>Battery wear</source>
        <translation>バッテリーの劣化コスト</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyEditor</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
    <message>
        <source>Could not check the car for changes made elsewhere: %1</source>
        <translation>別の場所で行われた変更を車で確認できませんでした: %1</translation>
    </message>
    <message>
        <source>The car&apos;s policy was changed elsewhere; this is its version %1.</source>
        <translation>車のポリシーが別の場所で変更されました。これは車のバージョン %1 です。</translation>
    </message>
    <message>
        <source>Your changes from before are back; they are not applied yet.</source>
        <translation>以前の変更を復元しました。まだ適用されていません。</translation>
    </message>
    <message>
        <source>Correct the marked fields to see the preview.</source>
        <translation>プレビューを表示するには、マークされた項目を修正してください。</translation>
    </message>
    <message>
        <source>Not paused</source>
        <translation>一時停止していません</translation>
    </message>
    <message>
        <source>Paused until you resume it</source>
        <translation>再開するまで一時停止</translation>
    </message>
    <message>
        <source>Was paused until %1 (over)</source>
        <translation>%1 まで一時停止していました（終了）</translation>
    </message>
    <message>
        <source>Paused until %1</source>
        <translation>%1 まで一時停止</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み込めません: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a policy.</source>
        <translation>%1 はポリシーとしては大きすぎます。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Correct the marked fields before exporting.</source>
        <translation>エクスポートする前に、マークされた項目を修正してください。</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved to %1</source>
        <translation>%1 に保存しました</translation>
    </message>
    <message>
        <source>Choose a level from %1% to %2%.</source>
        <translation>%1% から %2% までの値を選んでください。</translation>
    </message>
    <message>
        <source>Choose a temperature from %1 to %2 °C.</source>
        <translation>%1 ～ %2 °C の温度を選んでください。</translation>
    </message>
    <message>
        <source>Choose a limit from %1 to %2 g/kWh.</source>
        <translation>%1 ～ %2 g/kWh の上限を選んでください。</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 24:00.</source>
        <translation>00:00 から 24:00 までの時刻を選んでください。</translation>
    </message>
    <message>
        <source>Choose a time from 00:00 to 23:59.</source>
        <translation>00:00 から 23:59 までの時刻を選んでください。</translation>
    </message>
    <message>
        <source>Choose the days again: these are not days of the week.</source>
        <translation>曜日を選び直してください。これは曜日として正しくありません。</translation>
    </message>
    <message>
        <source>Choose an amount of energy that is 0 or more.</source>
        <translation>0 以上のエネルギー量を選んでください。</translation>
    </message>
    <message>
        <source>Choose an amount that is 0 or more.</source>
        <translation>0 以上の金額を選んでください。</translation>
    </message>
    <message>
        <source>This amount is far too large for a price; check its decimal point.</source>
        <translation>価格としては大きすぎます。小数点の位置を確認してください。</translation>
    </message>
    <message>
        <source>At most %1 here: remove one before adding another.</source>
        <translation>ここには最大 %1 件までです。追加する前に 1 件削除してください。</translation>
    </message>
    <message>
        <source>Choose the time zone the car&apos;s times are in.</source>
        <translation>車の時刻の基準となるタイムゾーンを選んでください。</translation>
    </message>
    <message>
        <source>This computer does not know this time zone: choose one from the list.</source>
        <translation>このコンピューターはこのタイムゾーンを認識できません。一覧から選んでください。</translation>
    </message>
    <message>
        <source>Choose a three-letter currency code, such as EUR.</source>
        <translation>EUR のような 3 文字の通貨コードを選んでください。</translation>
    </message>
    <message>
        <source>Choose the tariff&apos;s currency first: this amount is counted in it.</source>
        <translation>先に料金プランの通貨を選んでください。この金額はその通貨で計算されます。</translation>
    </message>
    <message>
        <source>Choose a level above the battery floor (%1%) and at most %2%, or 0 to start again at the floor + 5%.</source>
        <translation>最低充電率（%1%）より高く、%2% 以下の値を選んでください。0 にすると、最低充電率 + 5% で再開します。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::PolicyPreviewModel</name>
    <message>
        <source>The preview needs a known time zone.</source>
        <translation>プレビューには既知のタイムゾーンが必要です。</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 allowed from %2 to %3</source>
        <translation>%2～%3 に %1 許可</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::Reasons</name>
    <message>
        <source>Out of reach</source>
        <translation>通信不可</translation>
    </message>
    <message>
        <source>Out of reach: the car is asleep or has no signal</source>
        <translation>接続できません：車がスリープ中か圏外です</translation>
    </message>
    <message>
        <source>Not plugged in</source>
        <translation>充電ケーブル未接続</translation>
    </message>
    <message>
        <source>Not plugged in, and your settings require it</source>
        <translation>充電ケーブルが未接続で、設定で接続が必要です</translation>
    </message>
    <message>
        <source>Not plugged in, and its settings require it</source>
        <translation>充電ケーブルが未接続で、この車の設定では接続が必要です</translation>
    </message>
    <message>
        <source>Allow contributing unplugged</source>
        <translation>ケーブル未接続での貢献を許可</translation>
    </message>
    <message>
        <source>Outside the schedule</source>
        <translation>スケジュール時間外</translation>
    </message>
    <message>
        <source>Outside your contribution schedule</source>
        <translation>貢献スケジュールの時間外です</translation>
    </message>
    <message>
        <source>Outside its contribution schedule</source>
        <translation>この車の貢献スケジュールの時間外です</translation>
    </message>
    <message>
        <source>Change the schedule</source>
        <translation>スケジュールを変更</translation>
    </message>
    <message>
        <source>Peak tariff</source>
        <translation>ピーク料金</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and you allow only off-peak hours</source>
        <translation>電気料金がピーク時間帯で、オフピークのみ許可しています</translation>
    </message>
    <message>
        <source>Electricity is at its peak price and its settings allow only off-peak hours</source>
        <translation>電気料金がピーク時間帯で、この車の設定はオフピークのみ許可しています</translation>
    </message>
    <message>
        <source>Change the off-peak setting</source>
        <translation>オフピーク設定を変更</translation>
    </message>
    <message>
        <source>Price above the limit</source>
        <translation>上限価格超過</translation>
    </message>
    <message>
        <source>Electricity costs more than your price limit</source>
        <translation>電気料金が上限価格を超えています</translation>
    </message>
    <message>
        <source>Electricity costs more than its price limit</source>
        <translation>電気料金がこの車の上限価格を超えています</translation>
    </message>
    <message>
        <source>Change the price limit</source>
        <translation>上限価格を変更</translation>
    </message>
    <message>
        <source>Carbon above the limit</source>
        <translation>CO₂ が上限超過</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above your carbon limit</source>
        <translation>系統電力の CO₂ が設定した上限を超えています</translation>
    </message>
    <message>
        <source>The grid&apos;s electricity is above its carbon limit</source>
        <translation>系統電力の CO₂ がこの車の上限を超えています</translation>
    </message>
    <message>
        <source>Change the carbon limit</source>
        <translation>CO₂ の上限を変更</translation>
    </message>
    <message>
        <source>No solar surplus</source>
        <translation>太陽光の余剰なし</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and you allow only solar power</source>
        <translation>太陽光の余剰が足りません（太陽光のみを許可しています）</translation>
    </message>
    <message>
        <source>Not enough solar surplus, and its settings allow only solar power</source>
        <translation>太陽光の余剰が足りません（この車は太陽光のみを許可しています）</translation>
    </message>
    <message>
        <source>Allow power from the grid</source>
        <translation>系統電力を許可</translation>
    </message>
    <message>
        <source>Unprofitable</source>
        <translation>採算割れ</translation>
    </message>
    <message>
        <source>Jobs would earn less than the electricity costs</source>
        <translation>ジョブの収入が電気代を下回ります</translation>
    </message>
    <message>
        <source>Change the profit guard</source>
        <translation>採算チェックを変更</translation>
    </message>
    <message>
        <source>Battery floor reached</source>
        <translation>最低充電率に到達</translation>
    </message>
    <message>
        <source>The battery reached your minimum charge</source>
        <translation>バッテリーが最低充電率に達しました</translation>
    </message>
    <message>
        <source>The battery reached its minimum charge</source>
        <translation>バッテリーが最低充電率に達しました</translation>
    </message>
    <message>
        <source>Change the battery floor</source>
        <translation>最低充電率を変更</translation>
    </message>
    <message>
        <source>Below the resume level</source>
        <translation>再開充電率未満</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach your resume level</source>
        <translation>バッテリーが再開充電率に達するのを待っています</translation>
    </message>
    <message>
        <source>Waiting for the battery to reach its resume level</source>
        <translation>バッテリーが再開充電率に達するのを待っています</translation>
    </message>
    <message>
        <source>Change the resume level</source>
        <translation>再開充電率を変更</translation>
    </message>
    <message>
        <source>Departure reserve</source>
        <translation>出発用の充電確保</translation>
    </message>
    <message>
        <source>Keeping charge for your next departure</source>
        <translation>次の出発のために充電を残しています</translation>
    </message>
    <message>
        <source>Keeping charge for the next departure</source>
        <translation>次の出発のために充電を残しています</translation>
    </message>
    <message>
        <source>Change the departures</source>
        <translation>出発予定を変更</translation>
    </message>
    <message>
        <source>Computer too hot</source>
        <translation>コンピューターの高温</translation>
    </message>
    <message>
        <source>The computer is too hot</source>
        <translation>コンピューターが熱すぎます</translation>
    </message>
    <message>
        <source>Change the temperature limit</source>
        <translation>温度上限を変更</translation>
    </message>
    <message>
        <source>Daily energy cap</source>
        <translation>1 日の電力量上限</translation>
    </message>
    <message>
        <source>Today&apos;s energy limit is reached</source>
        <translation>本日の電力量の上限に達しました</translation>
    </message>
    <message>
        <source>Change the daily energy limit</source>
        <translation>1 日の電力量上限を変更</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>一時停止中</translation>
    </message>
    <message>
        <source>You paused contributing</source>
        <translation>貢献を一時停止しています</translation>
    </message>
    <message>
        <source>Contributing is paused</source>
        <translation>貢献は一時停止中です</translation>
    </message>
    <message>
        <source>Resume or change the pause</source>
        <translation>再開または一時停止を変更</translation>
    </message>
    <message>
        <source>Switched off</source>
        <translation>貢献オフ</translation>
    </message>
    <message>
        <source>Contributing is switched off in your settings</source>
        <translation>設定で貢献がオフになっています</translation>
    </message>
    <message>
        <source>Contributing is switched off in its settings</source>
        <translation>この車の設定で貢献がオフになっています</translation>
    </message>
    <message>
        <source>Switch contributing on</source>
        <translation>貢献をオンにする</translation>
    </message>
    <message>
        <source>Driving</source>
        <translation>走行中</translation>
    </message>
    <message>
        <source>The car is driving</source>
        <translation>車が走行中です</translation>
    </message>
    <message>
        <source>No consent</source>
        <translation>同意なし</translation>
    </message>
    <message>
        <source>Your consent to take part is missing</source>
        <translation>参加への同意がありません</translation>
    </message>
    <message>
        <source>The owner has not given consent to take part</source>
        <translation>所有者が参加に同意していません</translation>
    </message>
    <message>
        <source>Give your consent</source>
        <translation>同意する</translation>
    </message>
    <message>
        <source>Blocked by a rule this app does not know (%1)</source>
        <translation>このアプリが知らないルールで停止しています (%1)</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionJobsModel</name>
    <message>
        <source>%1 – %2</source>
        <comment>a job&apos;s start and end</comment>
        <translation>%1～%2</translation>
    </message>
    <message>
        <source>%1 requests</source>
        <comment>requests a job served</comment>
        <translation>%1 件のリクエスト</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a session&apos;s start and end</comment>
        <translation>%1～%2</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) paid %1 before the owner&apos;s share</source>
        <translation>
            <numerusform>%n 件のジョブの支払い：%1（オーナー取り分の前）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failed and paid nothing</source>
        <translation>
            <numerusform>%n 件は失敗し、支払いはありません</numerusform>
        </translation>
    </message>
    <message>
        <source>only the jobs inside the chosen days are listed</source>
        <translation>選択した期間内のジョブだけを表示しています</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::SessionsModel</name>
    <message>
        <source>%1 h %2 min</source>
        <comment>a duration</comment>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>End</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>継続時間</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>電力量</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>電気代</translation>
    </message>
    <message>
        <source>Earned</source>
        <translation>収入</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>純収益</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>Still running</source>
        <comment>a contribution session without an end yet</comment>
        <translation>継続中</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::StatementExporter</name>
    <message>
        <source>The car&apos;s details have not loaded yet; try again in a moment.</source>
        <translation>車の詳細がまだ読み込まれていません。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>Fetching the month&apos;s earnings…</source>
        <translation>当月の収入を取得しています…</translation>
    </message>
    <message>
        <source>Drawing the PDF…</source>
        <translation>PDF を作成しています…</translation>
    </message>
    <message>
        <source>Writing the CSV…</source>
        <translation>CSV を書き出しています…</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Saved %1 (%2 ms).</source>
        <translation>%1 を保存しました（%2 ms）。</translation>
    </message>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::TariffPeriodsModel</name>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1、%2～%3</translation>
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
        <source>Idlefleet: %L1 of %Ln car(s) contributing</source>
        <translation>
            <numerusform>Idlefleet: %Ln 台中 %L1 台が貢献中</numerusform>
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
    <message>
        <source>Idlefleet is still running</source>
        <translation>Idlefleet は実行中です</translation>
    </message>
    <message>
        <source>Your cars go on following their rules. Open Idlefleet or quit it from its icon in the tray.</source>
        <translation>車は引き続きポリシーに従います。Idlefleet を開く・終了するには、システムトレイのアイコンを使います。</translation>
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
        <translation>%1（削減 %2）</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::WeekWindowsModel</name>
    <message>
        <source>%1, %2 for 24 hours</source>
        <translation>%1、%2 から 24 時間</translation>
    </message>
    <message>
        <source>%1, %2 – %3 (next day)</source>
        <translation>%1、%2～%3（翌日）</translation>
    </message>
    <message>
        <source>%1, %2 – %3</source>
        <translation>%1、%2～%3</translation>
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
        <translation>%1 時間</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::EarningsFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::earnings::StatementFetch</name>
    <message>
        <source>Not connected to the fleet backend.</source>
        <translation>フリートバックエンドに接続されていません。</translation>
    </message>
</context>
<context>
    <name>idlefleet::app::fleet::FleetVehicleLoad</name>
    <message>
        <source>Not connected to a fleet server.</source>
        <translation>フリートサーバーに接続されていません。</translation>
    </message>
    <message>
        <source>The vehicles could not be loaded: %1</source>
        <translation>車両を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>The organisation&apos;s vehicles changed while they were loading. Try again.</source>
        <translation>読み込み中に組織の車両が変わりました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent %1 of its %2 vehicles.</source>
        <translation>サーバーは %2 台のうち %1 台しか送信しませんでした。</translation>
    </message>
</context>
<context>
    <name>idlefleet::client::ExportFileJob</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません：%2</translation>
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
    <message>
        <source>The connection to the fleet backend at %1 broke off: %2</source>
        <translation>%1 のフリートバックエンドとの接続が途切れました：%2</translation>
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
    <message>
        <source>The local store could not keep the contributions.</source>
        <translation>貢献履歴をローカルストアに保存できませんでした。</translation>
    </message>
    <message>
        <source>The local store could not keep the events.</source>
        <translation>イベントをローカルストアに保存できませんでした。</translation>
    </message>
</context>
</TS>
