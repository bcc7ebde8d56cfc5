<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>ApiError</name>
    <message>
        <source>Done.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>サーバーに接続できません。接続を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>サーバーから時間内に応答がありませんでした。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>サーバーが要求を拒否しました。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>ユーザー名またはパスワードが正しくありません。</translation>
    </message>
    <message>
        <source>You are not signed in, or your session ended. Sign in again.</source>
        <translation>サインインしていないか、セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>このアカウントには、この操作を行う権限がありません。</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>見つかりません。削除された可能性があります。</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %Ln s.</source>
        <translation>
            <numerusform>試行回数が多すぎます。%Ln 秒後にもう一度お試しください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>試行回数が多すぎます。しばらく待ってから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later.</source>
        <translation>サーバーで問題が発生しました。しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>サーバーから、このアプリで読み取れない応答が返されました。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>問題が発生しました。</translation>
    </message>
</context>
<context>
    <name>nest::client::ApiJob</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>要求はキャンセルされました。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>サーバーの応答が %1 MiB を超えています。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒以内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (バイト %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>サーバーの応答が有効な JSON ではありません (%1)。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete (%1).</source>
        <translation>サーバーの応答が不完全です (%1)。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>サーバーから HTTP %1 が返されました。</translation>
    </message>
</context>
<context>
    <name>nest::client::SecretStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>システムのキーチェーンを利用できません (%1)。Nest Desktop を終了するまではサインインした状態が維持されますが、次回はもう一度サインインする必要があります。ディスクには何も保存されません。</translation>
    </message>
</context>
<context>
    <name>nest::client::Session</name>
    <message>
        <source>The saved session belongs to another server.</source>
        <translation>保存されたセッションは別のサーバーのものです。</translation>
    </message>
    <message>
        <source>No saved session for this account. Sign in.</source>
        <translation>このアカウントの保存されたセッションはありません。サインインしてください。</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>セッションが終了しました。もう一度サインインしてください。</translation>
    </message>
</context>
<context>
    <name>nest::client::UserKeys</name>
    <message>
        <source>You were signed out before the signing key was ready.</source>
        <translation>署名鍵の準備が完了する前にサインアウトされました。</translation>
    </message>
    <message>
        <source>Sign in to sign actions.</source>
        <translation>操作に署名するには、サインインしてください。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>キーチェーンを読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated.</source>
        <translation>署名鍵を生成できませんでした。</translation>
    </message>
    <message>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>署名鍵をキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>The server did not accept the signing key: %1</source>
        <translation>サーバーが署名鍵を受け付けませんでした: %1</translation>
    </message>
    <message>
        <source>The server registered a different signing key.</source>
        <translation>サーバーに別の署名鍵が登録されました。</translation>
    </message>
</context>
<context>
    <name>nest::desktop</name>
    <message>
        <source>Dashboard</source>
        <translation>ダッシュボード</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
</context>
<context>
    <name>nest::desktop::DesktopApp</name>
    <message>
        <source>this computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>The server on this computer could not start:
%1</source>
        <translation>このコンピューターのサーバーを起動できませんでした:
%1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
</context>
<context>
    <name>nest::ui::AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>外観</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>テーマ(&amp;T):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>言語(&amp;L):</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>テーマ</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>言語</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>今すぐ再試行</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</source>
        <translation>
            <numerusform>%2 に %1 との接続が切断されました。%Ln 秒後に再接続します。表示内容が最新でない可能性があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>%2 以降、%1 に接続されていません。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionIndicator</name>
    <message>
        <source>Live · %1 ms</source>
        <translation>ライブ · %1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>ライブ</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続中…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %Ln s</source>
        <translation>
            <numerusform>%Ln 秒後に再接続</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>再接続中…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>オフライン</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>サーバー: このコンピューター</translation>
    </message>
    <message>
        <source>Server: remote</source>
        <translation>サーバー: リモート</translation>
    </message>
</context>
<context>
    <name>nest::ui::DashboardView</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1: %2 (expected %3)</source>
        <translation>%1: %2 (期待値 %3)</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>過去 1 分間</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>過去 5 分間</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>過去 1 時間</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>過去 24 時間</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>最新に追従</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>再開</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>イベントの種類</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>滞在</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー入力</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>エクスポート</translation>
    </message>
    <message>
        <source>Window as CSV…</source>
        <translation>表示期間を CSV で…</translation>
    </message>
    <message>
        <source>Window as JSON…</source>
        <translation>表示期間を JSON で…</translation>
    </message>
    <message>
        <source>Rate chart as PNG…</source>
        <translation>発生率チャートを PNG で…</translation>
    </message>
    <message>
        <source>Radar as PNG…</source>
        <translation>レーダーチャートを PNG で…</translation>
    </message>
    <message>
        <source>Trait trend as PNG…</source>
        <translation>特性の推移を PNG で…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Filter by user ID</source>
        <translation>ユーザー ID で絞り込み</translation>
    </message>
    <message>
        <source>Show one user&apos;s events in the chart; clear to see everybody</source>
        <translation>特定のユーザーのイベントをチャートに表示します。全員を表示するには空欄にしてください。</translation>
    </message>
    <message numerus="yes">
        <source>%1 events/s · %Ln active user(s)</source>
        <translation>
            <numerusform>%1 イベント/秒 · アクティブユーザー %Ln 人</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events/s from %2, live since %3</source>
        <translation>%2: %1 イベント/秒、%3 からライブ表示</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 画像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV ファイル (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON ファイル (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 に書き込めませんでした。</translation>
    </message>
</context>
<context>
    <name>nest::ui::MainWindow</name>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Signed in as %1 with the roles: %2</source>
        <translation>%1 としてサインインしています。ロール: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>テーマ(&amp;T)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>システムに合わせる</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>ライト</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>ダーク</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>ビュー</translation>
    </message>
</context>
<context>
    <name>nest::ui::Personality</name>
    <message>
        <source>Openness</source>
        <translation>開放性</translation>
    </message>
    <message>
        <source>Conscientiousness</source>
        <translation>誠実性</translation>
    </message>
    <message>
        <source>Extraversion</source>
        <translation>外向性</translation>
    </message>
    <message>
        <source>Agreeableness</source>
        <translation>協調性</translation>
    </message>
    <message>
        <source>Neuroticism</source>
        <translation>神経症傾向</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityLearnerView</name>
    <message>
        <source>Continuous learner</source>
        <translation>継続学習モデル</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>バージョン:</translation>
    </message>
    <message>
        <source>Samples seen:</source>
        <translation>処理済みサンプル:</translation>
    </message>
    <message>
        <source>Labeled samples:</source>
        <translation>ラベル付きサンプル:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>損失:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>最終更新:</translation>
    </message>
    <message>
        <source>Learner loss over time</source>
        <translation>学習モデルの損失の推移</translation>
    </message>
    <message>
        <source>Loss over time</source>
        <translation>損失の推移</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityPanel</name>
    <message>
        <source>Search users by id or name</source>
        <translation>ID または名前でユーザーを検索</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>ユーザーを検索</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>検索結果</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>選択したユーザー</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>コホート平均</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>ユーザーが選択されていません</translation>
    </message>
    <message>
        <source>Search for a user by id or name and pick one from the results.</source>
        <translation>ID または名前でユーザーを検索し、結果から選択してください。</translation>
    </message>
    <message>
        <source>%1 · confidence %2% · samples: %3</source>
        <translation>%1 · 信頼度 %2% · サンプル: %3</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityRadar</name>
    <message>
        <source>Selected user</source>
        <translation>選択したユーザー</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>コホート平均</translation>
    </message>
    <message>
        <source>Personality radar</source>
        <translation>性格レーダー</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation>%1、信頼度 %2%</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityTrend</name>
    <message>
        <source>Personality trend</source>
        <translation>性格の推移</translation>
    </message>
</context>
<context>
    <name>nest::ui::RateChart</name>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>データなし</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert (%1): %2</source>
        <translation>アラート (%1): %2</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>ページビュー</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>クリック</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>スクロール</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>滞在</translation>
    </message>
    <message>
        <source>Key presses</source>
        <translation>キー入力</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>検索</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>アラート</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>イベント/秒</translation>
    </message>
    <message>
        <source>Event rate per kind</source>
        <translation>種類別のイベント発生率</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>まだイベントはありません。</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上昇傾向</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降傾向</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</source>
        <translation>%1 時点: 全体で %2 イベント/秒、過去 1 分間は %3 です。最も多いイベント: %4 %5/秒、%6 %7/秒。</translation>
    </message>
</context>
<context>
    <name>nest::ui::Roles</name>
    <message>
        <source>analyst</source>
        <translation>アナリスト</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>トレーダー</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>投票者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理者</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>ロールなし</translation>
    </message>
</context>
<context>
    <name>nest::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>アカウント</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>サインイン中のアカウント:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>サインインしていません</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>ロール:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>サインアウト(&amp;O)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>接続</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>サーバー:</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>ローカルデータ:</translation>
    </message>
    <message>
        <source>Sign-in secrets:</source>
        <translation>サインインの認証情報:</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>システムのキーチェーンに保管されています。</translation>
    </message>
    <message>
        <source>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>利用できるシステムのキーチェーンがありません。Nest Desktop を終了するまではサインインしたままですが、次回は再度サインインが必要です。ディスクには何も保存されません。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</source>
        <translation>すべてのコントロールには Tab キーと Shift+Tab キーでも移動でき、Space キーまたは Enter キーで操作できます。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Go to the first view in the sidebar</source>
        <translation>サイドバーの最初のビューに移動</translation>
    </message>
    <message>
        <source>Go to the second view</source>
        <translation>2 番目のビューに移動</translation>
    </message>
    <message>
        <source>Go to the third view</source>
        <translation>3 番目のビューに移動</translation>
    </message>
    <message>
        <source>Go to the fourth view</source>
        <translation>4 番目のビューに移動</translation>
    </message>
    <message>
        <source>Go to the fifth view</source>
        <translation>5 番目のビューに移動</translation>
    </message>
    <message>
        <source>Search in the current view</source>
        <translation>現在のビュー内を検索</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>今すぐサーバーに再接続</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>ライトとダークを切り替え</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>この一覧を表示</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
</context>
<context>
    <name>nest::ui::SignInDialog</name>
    <message>
        <source>Sign in to Nest</source>
        <translation>Nest にサインイン</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>サーバー</translation>
    </message>
    <message>
        <source>&amp;This computer (works offline)</source>
        <translation>このコンピューター (オフラインで動作)(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;Nest server:</source>
        <translation>Nest サーバー(&amp;N):</translation>
    </message>
    <message>
        <source>https://nest.example.org</source>
        <translation>https://nest.example.org</translation>
    </message>
    <message>
        <source>I am new here: &amp;create an account</source>
        <translation>初めての方: アカウントを作成(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>ユーザー名(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>パスワード(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>表示名(&amp;D):</translation>
    </message>
    <message>
        <source>3 to 32 of a-z, 0-9 and _</source>
        <translation>a-z、0-9、_ で 3〜32 文字</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8 文字以上</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>任意</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>アカウントを作成</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>サインイン</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>サインイン中…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://nest.example.org.</source>
        <translation>サーバーのアドレスを入力してください (例: https://nest.example.org)。</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lowercase letters, digits and _.</source>
        <translation>ユーザー名は、英小文字、数字、_ を使った 3〜32 文字で指定してください。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>パスワードを入力してください。</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>8 文字以上のパスワードを設定してください。</translation>
    </message>
</context>
</TS>
