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
    <name>nest::client::EncryptedCache</name>
    <message>
        <source>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</source>
        <translation>ローカルキャッシュのファイルが破損していました (%1)。このファイルは破棄され、サーバーから再構築されます。</translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache in the keychain is unreadable; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>キーチェーン内のローカルキャッシュの鍵を読み取れません。キャッシュされた %n 件のレコードは破棄され、サーバーから再構築されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache is missing from the keychain; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>キーチェーンにローカルキャッシュの鍵がありません。キャッシュされた %n 件のレコードは破棄され、サーバーから再構築されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached record(s) used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>キャッシュされた %n 件のレコードが、キーチェーンにもう存在しない鍵を使用していました。これらのレコードは破棄され、サーバーから再構築されます。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the local cache could not be stored in the keychain: %1</source>
        <translation>ローカルキャッシュの鍵をキーチェーンに保存できませんでした: %1</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>鍵のローテーション中に、キャッシュされたレコードが整合性チェックに失敗しました (改ざん、入れ替え、または切り詰め)。ローカルキャッシュは破棄され、サーバーから再構築されます。</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>キャッシュされたレコードが整合性チェックに失敗しました (改ざん、入れ替え、または切り詰め)。ローカルキャッシュは破棄され、サーバーから再構築されます。</translation>
    </message>
</context>
<context>
    <name>nest::client::Outbox</name>
    <message>
        <source>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</source>
        <translation>送信待ちファイルが破損しているため (%1)、送信待ちの操作を読み取れませんでした。ファイルは %2 として保存されています。</translation>
    </message>
    <message>
        <source>the outbox key in the keychain is unreadable</source>
        <translation>キーチェーン内の送信待ち用の鍵を読み取れません</translation>
    </message>
    <message>
        <source>the outbox key is missing from the keychain</source>
        <translation>キーチェーンに送信待ち用の鍵がありません</translation>
    </message>
    <message>
        <source>their stored form failed its integrity check</source>
        <translation>保存されたデータが整合性チェックに失敗しました</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent could not be recovered (%1) and were lost: %2.</source>
        <translation>
            <numerusform>送信待ちの操作 %n 件を復元できず (%1)、失われました: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written.</source>
        <translation>送信待ちファイルに書き込めませんでした。</translation>
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
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>コミュニティ</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>ガバナンス</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>送信待ち (%1)</translation>
    </message>
</context>
<context>
    <name>nest::desktop::CommunityController</name>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>ありがとうございます。モデレーターが確認します。</translation>
    </message>
    <message>
        <source>Your queued post was published.</source>
        <translation>送信待ちの投稿が公開されました。</translation>
    </message>
    <message>
        <source>Your queued post was refused: %1</source>
        <translation>送信待ちの投稿は拒否されました: %1</translation>
    </message>
    <message>
        <source>Post “%1”</source>
        <translation>「%1」を投稿</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>サインアウトしているため、送信されませんでした。</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>投稿にいいね</translation>
    </message>
    <message>
        <source>Unlike a post</source>
        <translation>投稿のいいねを取り消し</translation>
    </message>
    <message>
        <source>Your queued comment was published.</source>
        <translation>送信待ちのコメントが公開されました。</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>「%1」とコメント</translation>
    </message>
    <message>
        <source>Report a post: %1</source>
        <translation>投稿を報告: %1</translation>
    </message>
    <message>
        <source>Unhide a post: %1</source>
        <translation>投稿の非表示を解除: %1</translation>
    </message>
    <message>
        <source>Lift a suspension: %1</source>
        <translation>利用停止を解除: %1</translation>
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
    <name>nest::desktop::FallbackController</name>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
</context>
<context>
    <name>nest::desktop::GovernanceController</name>
    <message>
        <source>Could not load the proposals: %1</source>
        <translation>提案を読み込めませんでした: %1</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was counted.</source>
        <translation>「%1」への送信待ちの投票が集計されました。</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was refused: %2</source>
        <translation>「%1」への送信待ちの投票は拒否されました: %2</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>「%1」に投票</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>サインアウトしているため、送信されませんでした。</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was created.</source>
        <translation>送信待ちの提案「%1」が作成されました。</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was refused: %2</source>
        <translation>送信待ちの提案「%1」は拒否されました: %2</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>「%1」を提案</translation>
    </message>
</context>
<context>
    <name>nest::desktop::MarketController</name>
    <message>
        <source>Outbid</source>
        <translation>他の入札者に上回られました</translation>
    </message>
    <message>
        <source>You were outbid on “%1”: the leading bid is now %2.</source>
        <translation>「%1」で他の入札者に上回られました。現在の最高入札額は %2 です。</translation>
    </message>
    <message>
        <source>Auction won</source>
        <translation>オークションで落札</translation>
    </message>
    <message>
        <source>You won “%1” for %2.</source>
        <translation>「%1」を %2 で落札しました。</translation>
    </message>
    <message>
        <source>Auction ended</source>
        <translation>オークション終了</translation>
    </message>
    <message>
        <source>The auction for “%1” has ended; another bidder won it.</source>
        <translation>「%1」のオークションは終了しました。他の入札者が落札しました。</translation>
    </message>
    <message>
        <source>“%1” sold for %2.</source>
        <translation>「%1」は %2 で売却されました。</translation>
    </message>
    <message>
        <source>“%1” ended without a sale.</source>
        <translation>「%1」は売却されずに終了しました。</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>署名して送信中…</translation>
    </message>
    <message>
        <source>This action was not sent: it could not be signed. %1</source>
        <translation>署名できなかったため、この操作は送信されませんでした。%1</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum. The next bid must be at least %1.</source>
        <translation>他の入札者に上回られました: 入札額が最低額を下回っています。次の入札は %1 以上にしてください。</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum.</source>
        <translation>他の入札者に上回られました: 入札額が最低額を下回っています。</translation>
    </message>
    <message>
        <source>Not enough funds: your balance is %1 (%2 more is held in escrow).</source>
        <translation>残高が不足しています: 残高は %1 です (このほかに %2 がエスクローで保留されています)。</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>このオークションは終了しました。</translation>
    </message>
    <message>
        <source>This listing is no longer on sale.</source>
        <translation>この出品は現在販売されていません。</translation>
    </message>
    <message>
        <source>The price changed before your order arrived. Check it and try again.</source>
        <translation>注文が届く前に価格が変更されました。価格を確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>An auction cannot be cancelled once someone has bid on it.</source>
        <translation>入札が入ったオークションはキャンセルできません。</translation>
    </message>
    <message>
        <source>This offer is no longer open: it was accepted, declined or has expired.</source>
        <translation>このオファーはすでに締め切られています: 承諾または拒否されたか、有効期限が切れています。</translation>
    </message>
    <message>
        <source>You cannot buy, bid on or make an offer for your own listing.</source>
        <translation>自分の出品を購入したり、入札やオファーをしたりすることはできません。</translation>
    </message>
    <message>
        <source>Only the seller can do that.</source>
        <translation>この操作は出品者のみが行えます。</translation>
    </message>
    <message>
        <source>The server refused this action&apos;s signature. Your signing key may have been replaced on another computer; try again.</source>
        <translation>サーバーがこの操作の署名を拒否しました。別のコンピューターで署名鍵が置き換えられた可能性があります。もう一度お試しください。</translation>
    </message>
    <message>
        <source>This kind of listing does not allow that.</source>
        <translation>この種類の出品では、その操作はできません。</translation>
    </message>
    <message>
        <source>Bought. The item is yours.</source>
        <translation>購入しました。このアイテムはあなたのものです。</translation>
    </message>
    <message>
        <source>Your bid of %1 leads.</source>
        <translation>%1 の入札が現在の最高入札です。</translation>
    </message>
    <message>
        <source>Offer of %1 made; it is held in escrow until it is accepted or expires.</source>
        <translation>%1 のオファーを送信しました。承諾されるか有効期限が切れるまで、エスクローで保留されます。</translation>
    </message>
    <message>
        <source>Offer accepted: the item is sold.</source>
        <translation>オファーを承諾しました。アイテムは売却されました。</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>出品をキャンセルしました。</translation>
    </message>
    <message>
        <source>“%1” is listed.</source>
        <translation>「%1」を出品しました。</translation>
    </message>
    <message>
        <source>This action was not sent: you are signed out.</source>
        <translation>サインアウトしているため、この操作は送信されませんでした。</translation>
    </message>
    <message>
        <source>Buy “%1” for up to %2</source>
        <translation>「%1」を最大 %2 で購入</translation>
    </message>
    <message>
        <source>Bid %1 on “%2”</source>
        <translation>「%2」に %1 で入札</translation>
    </message>
    <message>
        <source>Offer %1 for “%2”</source>
        <translation>「%2」に %1 でオファー</translation>
    </message>
    <message>
        <source>Accept an offer for “%1”</source>
        <translation>「%1」へのオファーを承諾</translation>
    </message>
    <message>
        <source>Cancel the listing “%1”</source>
        <translation>出品「%1」をキャンセル</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>「%1」を出品</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ModerationController</name>
    <message>
        <source>Done. The action is in the moderation log.</source>
        <translation>完了しました。この操作はモデレーションログに記録されました。</translation>
    </message>
    <message>
        <source>Hide a post: %1</source>
        <translation>投稿を非表示: %1</translation>
    </message>
    <message>
        <source>Delete a post: %1</source>
        <translation>投稿を削除: %1</translation>
    </message>
    <message>
        <source>Suspend a member: %1</source>
        <translation>メンバーを利用停止: %1</translation>
    </message>
    <message>
        <source>Dismiss a report: %1</source>
        <translation>報告を却下: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>サインアウトしているため、送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OfflineController</name>
    <message numerus="yes">
        <source>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</source>
        <translation>
            <numerusform>次の操作を送信できませんでした: %1 %n 秒後、または接続が回復しだい再試行します。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>操作が拒否されました</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 は拒否されました: %2</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OutboxActions</name>
    <message>
        <source>Queued: will be sent when the server is reachable.</source>
        <translation>送信待ちに追加しました。サーバーに接続できるようになりしだい送信されます。</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ViewCache</name>
    <message>
        <source>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</source>
        <translation>オフライン — 最終更新 %1。サーバーから最後に受信した内容を表示しています。サーバーが応答しだい更新されます。</translation>
    </message>
</context>
<context>
    <name>nest::ui::AmountDialog</name>
    <message>
        <source>Place a bid</source>
        <translation>入札する</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>オファーする</translation>
    </message>
    <message>
        <source>Your bid on “%1”</source>
        <translation>「%1」への入札</translation>
    </message>
    <message>
        <source>Your offer for “%1”</source>
        <translation>「%1」へのオファー</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金額 (%1)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 日</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有効期間</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>%1 以上を入力してください。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>金額を入力してください。</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until you are outbid or the auction ends.</source>
        <translation>他の入札者に上回られるかオークションが終了するまで、残高から %1 がエスクローで保留されます。</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until the seller accepts or the offer expires.</source>
        <translation>出品者が承諾するかオファーの有効期限が切れるまで、残高から %1 がエスクローで保留されます。</translation>
    </message>
    <message>
        <source>On a sale the seller pays the market fee of %1 (%2%).</source>
        <translation>売却時には、出品者がマーケット手数料 %1 (%2%) を支払います。</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>%1 で入札</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 でオファー</translation>
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
    <name>nest::ui::CommunityView</name>
    <message>
        <source>Unhide post</source>
        <translation>投稿の非表示を解除</translation>
    </message>
    <message>
        <source>Show this post to everyone again. Why?</source>
        <translation>この投稿を再びすべてのユーザーに表示します。理由を入力してください。</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>利用停止を解除</translation>
    </message>
    <message>
        <source>Let this member post again now. Why?</source>
        <translation>このメンバーが今すぐ再び投稿できるようにします。理由を入力してください。</translation>
    </message>
    <message>
        <source>1 new post</source>
        <translation>新しい投稿 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new posts</source>
        <translation>
            <numerusform>新しい投稿 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>投稿を報告</translation>
    </message>
    <message>
        <source>Why should moderators look at this post?</source>
        <translation>モデレーターがこの投稿を確認すべき理由は何ですか？</translation>
    </message>
    <message>
        <source>This post is no longer available.</source>
        <translation>この投稿は表示できなくなりました。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Posts are at most %1 characters.</source>
        <translation>投稿は最大 %1 文字までです。</translation>
    </message>
    <message>
        <source>Share something with the community</source>
        <translation>コミュニティと何かを共有しましょう</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Select a post to read its comments.</source>
        <translation>投稿を選択すると、コメントが表示されます。</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新しい投稿</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>投稿</translation>
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
    <message>
        <source>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</source>
        <translation>%2 以降、%1 のサーバーに接続できません。分析はこのコンピューターのデータを表示しています。操作は送信待ちに追加され、接続が回復すると送信されます。</translation>
    </message>
    <message>
        <source>You are working on this computer&apos;s server: what you do stays on this computer.</source>
        <translation>このコンピューターのサーバーで作業しています。操作内容はこのコンピューターの外には送信されません。</translation>
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
    <name>nest::ui::CreateListingDialog</name>
    <message>
        <source>List an item</source>
        <translation>アイテムを出品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定価格</translation>
    </message>
    <message>
        <source>Auction (highest bid wins)</source>
        <translation>オークション (最高入札者が落札)</translation>
    </message>
    <message>
        <source>Dutch auction (price falls)</source>
        <translation>ダッチオークション (価格が下落)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>価格 (%1)</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>最低価格</translation>
    </message>
    <message>
        <source>Reserve (optional)</source>
        <translation>最低落札価格 (任意)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 日</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>期間</translation>
    </message>
    <message>
        <source>Enter a name, a collection, and a start price above the lowest price.</source>
        <translation>名前、コレクション、および最低価格より高い開始価格を入力してください。</translation>
    </message>
    <message>
        <source>Enter a name, a collection and a price.</source>
        <translation>名前、コレクション、価格を入力してください。</translation>
    </message>
    <message>
        <source>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</source>
        <translation>%1 で売却された場合、マーケット手数料 %2 (%3%) が差し引かれ、受取額は %4 になります。</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateProposalDialog</name>
    <message>
        <source>Yes</source>
        <translation>賛成</translation>
    </message>
    <message>
        <source>No</source>
        <translation>反対</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>提案のタイトルを入力してください。</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>説明が長すぎます (最大 %1 文字)。</translation>
    </message>
    <message>
        <source>Write 2 to 10 choices, one per line.</source>
        <translation>選択肢を 1 行に 1 つずつ、2～10 個入力してください。</translation>
    </message>
    <message>
        <source>A choice is too long (at most %1 characters).</source>
        <translation>選択肢が長すぎます (最大 %1 文字)。</translation>
    </message>
    <message>
        <source>Each choice must be different.</source>
        <translation>選択肢はすべて異なるものにしてください。</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>投票の終了日時は開始日時より後にしてください。</translation>
    </message>
    <message>
        <source>Voting must close in the future.</source>
        <translation>投票の終了日時は未来の日時にしてください。</translation>
    </message>
    <message>
        <source>Voting may stay open for at most 366 days.</source>
        <translation>投票期間は最長 366 日です。</translation>
    </message>
    <message>
        <source>Set a quorum: the total weight that must vote (0 for none).</source>
        <translation>定足数を設定してください: 投票に必要な重みの合計です (なしの場合は 0)。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>作成中…</translation>
    </message>
    <message>
        <source>Create proposal</source>
        <translation>提案を作成</translation>
    </message>
    <message>
        <source>Without an action the result is advisory.</source>
        <translation>操作がない場合、結果は勧告的なものになります。</translation>
    </message>
    <message>
        <source>The first choice enacts the action: it runs when that choice wins, after the timelock.</source>
        <translation>最初の選択肢が操作を実行します: その選択肢が勝った場合、タイムロック後に実行されます。</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新しい提案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>タイトル</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>説明</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>選択肢 (1 行に 1 つ)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>加重方式</translation>
    </message>
    <message>
        <source>Voting opens</source>
        <translation>投票開始</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>投票終了</translation>
    </message>
    <message>
        <source>Quorum (weight)</source>
        <translation>定足数 (重み)</translation>
    </message>
    <message>
        <source>Timelock (hours)</source>
        <translation>タイムロック (時間)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <source>Approval (several choices)</source>
        <translation>承認投票 (複数選択)</translation>
    </message>
    <message>
        <source>Equal: one voter, one vote</source>
        <translation>均等: 1 人 1 票</translation>
    </message>
    <message>
        <source>Balance at creation</source>
        <translation>作成時点の残高</translation>
    </message>
    <message>
        <source>Square root of balance (quadratic)</source>
        <translation>残高の平方根 (二次)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Set the marketplace fee</source>
        <translation>マーケット手数料を設定</translation>
    </message>
    <message>
        <source>Set the alert threshold</source>
        <translation>アラートしきい値を設定</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
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
    <name>nest::ui::GovernanceView</name>
    <message>
        <source>Voting on this proposal has closed.</source>
        <translation>この提案の投票は締め切られました。</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>すべての提案</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>開始待ち</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>可決</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>否決</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>新しい提案…</translation>
    </message>
    <message>
        <source>Proposing needs the voter role</source>
        <translation>提案するには投票者ロールが必要です</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>表示する提案</translation>
    </message>
</context>
<context>
    <name>nest::ui::ItemDetailPanel</name>
    <message>
        <source>Buy now</source>
        <translation>今すぐ購入</translation>
    </message>
    <message>
        <source>Place a bid…</source>
        <translation>入札する…</translation>
    </message>
    <message>
        <source>Make an offer…</source>
        <translation>オファーする…</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>出品をキャンセル</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>オファーを承諾</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>入札</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Price history (sales)</source>
        <translation>価格履歴 (売却)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>アクティビティ</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>入札者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金額</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>購入者</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>you</source>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>残り %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 に終了</translation>
    </message>
    <message>
        <source>Select a listing to see it here.</source>
        <translation>出品を選択すると、ここに表示されます。</translation>
    </message>
    <message>
        <source>%1 · %2 · seller %3</source>
        <translation>%1 · %2 · 出品者 %3</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>売却価格</translation>
    </message>
    <message>
        <source>Leading bid</source>
        <translation>最高入札額</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>開始価格</translation>
    </message>
    <message>
        <source>Price now (falling)</source>
        <translation>現在の価格 (下落中)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Sold to %1</source>
        <translation>売却済み (購入者: %1)</translation>
    </message>
    <message>
        <source>You are the leading bidder</source>
        <translation>あなたが最高入札者です</translation>
    </message>
    <message>
        <source>Next bid at least %1</source>
        <translation>次の入札は %1 以上</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1: %2 で入札</translation>
    </message>
    <message>
        <source>%1 offered %2 (%3)</source>
        <translation>%1: %2 でオファー (%3)</translation>
    </message>
    <message>
        <source>Sold for %1</source>
        <translation>%1 で売却</translation>
    </message>
    <message>
        <source>Listed by %1</source>
        <translation>出品者: %1</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>価格履歴</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>まだ売却はありません。</translation>
    </message>
    <message>
        <source>rising since the first sale</source>
        <translation>最初の売却から上昇傾向</translation>
    </message>
    <message>
        <source>falling since the first sale</source>
        <translation>最初の売却から下降傾向</translation>
    </message>
    <message>
        <source>unchanged since the first sale</source>
        <translation>最初の売却から変化なし</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</source>
        <translation>
            <numerusform>売却 %Ln 件。最新は %2 の %1、最安値 %3、最高値 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>The price is %1.</source>
        <translation>価格は %1 です。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ListingsModel</name>
    <message>
        <source>ended</source>
        <translation>終了</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定価格</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>オークション</translation>
    </message>
    <message>
        <source>Dutch auction</source>
        <translation>ダッチオークション</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>出品中</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>売却済み</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Ended unsold</source>
        <translation>未売却で終了</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>アイテム</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>価格</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>入札数</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>残り時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
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
    <name>nest::ui::MarketView</name>
    <message>
        <source>Marketplace</source>
        <translation>マーケットプレイス</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>アイテムを検索</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>下限価格</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>上限価格</translation>
    </message>
    <message>
        <source>List an item…</source>
        <translation>アイテムを出品…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>すべての種類</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>すべてのステータス</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>すべてのコレクション</translation>
    </message>
    <message>
        <source>Balance %1 · In escrow %2</source>
        <translation>残高 %1 · エスクロー %2</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>今すぐ購入</translation>
    </message>
    <message>
        <source>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</source>
        <translation>「%1」を %2 で購入しますか？
マーケット手数料 %3 は、出品者がこの金額から支払います。%4</translation>
    </message>
    <message>
        <source>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</source>
        <translation>
価格は下がり続けます: サーバーが注文を受け付けた時点の価格を支払います (この金額が上限です)。</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>出品をキャンセル</translation>
    </message>
    <message>
        <source>Take “%1” off the market? Pending offers are returned to their buyers.</source>
        <translation>「%1」の出品を取り下げますか？保留中のオファーは購入者に返却されます。</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>オファーを承諾</translation>
    </message>
    <message>
        <source>Sell “%1” for %2?
The market keeps %3 and you receive %4.</source>
        <translation>「%1」を %2 で売却しますか？
マーケット手数料 %3 が差し引かれ、受取額は %4 になります。</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>出品一覧</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>コレクション</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationLogModel</name>
    <message>
        <source>%1… (chain breaks here)</source>
        <translation>%1… (ここでチェーンが途切れています)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>モデレーター</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>対象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>ハッシュ</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationView</name>
    <message>
        <source>Hide post</source>
        <translation>投稿を非表示</translation>
    </message>
    <message>
        <source>Hide this post from everyone but its author and moderators. Why?</source>
        <translation>投稿者とモデレーター以外のすべてのユーザーに対して、この投稿を非表示にします。理由を入力してください。</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>投稿を削除</translation>
    </message>
    <message>
        <source>Delete this post for everyone. Why?</source>
        <translation>この投稿をすべてのユーザーに対して削除します。理由を入力してください。</translation>
    </message>
    <message>
        <source>Suspend author</source>
        <translation>投稿者を利用停止</translation>
    </message>
    <message>
        <source>Suspend @%1: they can read but not post, comment, like or report. Why?</source>
        <translation>@%1 を利用停止にします。閲覧はできますが、投稿、コメント、いいね、報告はできなくなります。理由を入力してください。</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>報告を却下</translation>
    </message>
    <message>
        <source>Close this report without acting on the post. Why?</source>
        <translation>投稿に対して措置を取らずに、この報告を閉じます。理由を入力してください。</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 に書き込めませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log entries to %1.</source>
        <translation>
            <numerusform>%Ln 件のログエントリを %1 にエクスポートしました。</numerusform>
        </translation>
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
        <source>Export moderation log</source>
        <translation>モデレーションログをエクスポート</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>未処理の報告</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>非表示 (H)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>削除 (Del)</translation>
    </message>
    <message>
        <source>Suspend author (S)</source>
        <translation>投稿者を利用停止 (S)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>却下 (D)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>モデレーションログ</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>チェーンを検証</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON をエクスポート…</translation>
    </message>
    <message>
        <source>Each entry is hash-chained to the one before it: &quot;Verify chain&quot; recomputes every hash.</source>
        <translation>各エントリは直前のエントリとハッシュチェーンでつながっています。「チェーンを検証」を押すと、すべてのハッシュを再計算します。</translation>
    </message>
    <message>
        <source>Chain intact: 1 entry verified.</source>
        <translation>チェーンは正常です: 1 件のエントリを検証しました。</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entries verified.</source>
        <translation>
            <numerusform>チェーンは正常です: %Ln 件のエントリを検証しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>エントリ #%1 でチェーンが途切れています: %2</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxModel</name>
    <message>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメント</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>いいね</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>入札</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>オファー</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>購入</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>モデレーション</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s) so far)</source>
        <translation>
            <numerusform>待機中 (これまでに %n 回試行)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>拒否されました: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>報告</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>出品</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>オファーを承諾</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>出品をキャンセル</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>破棄(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel action</source>
        <translation>操作をキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>送信待ち</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>送信待ちの操作はありません。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent, in this order.</source>
        <translation>
            <numerusform>%n 件の操作が、この順序で送信を待っています。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the server.</source>
        <translation>
            <numerusform>%n 件の操作がサーバーに拒否されました。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>今すぐ再試行(&amp;R)</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>送信待ちの操作</translation>
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
    <message>
        <source>No training updates yet.</source>
        <translation>まだ学習の更新はありません。</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>横ばい</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降傾向</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上昇傾向</translation>
    </message>
    <message numerus="yes">
        <source>Loss %1 at %2, %3 over %Ln updates.</source>
        <translation>
            <numerusform>%2 時点の損失: %1、%Ln 回の更新で %3。</numerusform>
        </translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Selected user: %1; confidence %2%.</source>
        <translation>選択したユーザー: %1、信頼度 %2%。</translation>
    </message>
    <message>
        <source>No user selected.</source>
        <translation>ユーザーが選択されていません。</translation>
    </message>
    <message>
        <source>Cohort average: %1.</source>
        <translation>コホート平均: %1。</translation>
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
    <message>
        <source>No estimates yet.</source>
        <translation>まだ推定値はありません。</translation>
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
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimates from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>%1 から %2 までの推定値 %Ln 件。最新: %3。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
</context>
<context>
    <name>nest::ui::PostDelegate</name>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>いいね %Ln 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>コメント %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>いいね済み · %1</translation>
    </message>
    <message>
        <source>Hidden · %1</source>
        <translation>非表示 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln 時間前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln 分前</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>たった今</translation>
    </message>
</context>
<context>
    <name>nest::ui::PostPanel</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 (@%2)</source>
        <translation>%1 (@%2)</translation>
    </message>
    <message>
        <source>Liked (%1)</source>
        <translation>いいね済み (%1)</translation>
    </message>
    <message>
        <source>Like (%1)</source>
        <translation>いいね (%1)</translation>
    </message>
    <message>
        <source>Hidden by a moderator: only you and moderators see it.</source>
        <translation>モデレーターによって非表示にされました。あなたとモデレーターにのみ表示されます。</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>モデレーターによって非表示: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>コメント (%1)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>報告…</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>非表示を解除…</translation>
    </message>
    <message>
        <source>Show more comments</source>
        <translation>さらにコメントを表示</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>コメントを書く</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>コメントする</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProfilePanel</name>
    <message>
        <source>Joined %1 · 1 post</source>
        <translation>%1 に参加 · 投稿 1 件</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 · %Ln posts</source>
        <translation>
            <numerusform>%1 に参加 · 投稿 %Ln 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>利用停止を解除…</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>%1 まで利用停止中</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>%1 まで利用停止中: %2</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>投稿</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalListModel</name>
    <message>
        <source>%1%</source>
        <translation>%1%</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>When</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>Of quorum</source>
        <translation>定足数比</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalPage</name>
    <message>
        <source>%1 · then a %2 timelock</source>
        <translation>%1 · その後 %2 のタイムロック</translation>
    </message>
    <message>
        <source>Turnout %1 of a quorum of %2</source>
        <translation>投票率 %1 / 定足数 %2</translation>
    </message>
    <message>
        <source>%1 (%2% of all eligible weight)</source>
        <translation>%1 (投票資格のある全体の重みの %2%)</translation>
    </message>
    <message>
        <source>No action: the result is advisory.</source>
        <translation>操作なし: 結果は勧告的なものです。</translation>
    </message>
    <message>
        <source>Executed %1: %2.</source>
        <translation>%1 に実行済み: %2。</translation>
    </message>
    <message>
        <source>Not executed: %1.</source>
        <translation>実行されませんでした: %1。</translation>
    </message>
    <message>
        <source>Execution failed: %1 (%2)</source>
        <translation>実行に失敗しました: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2, in %3 (timelock).</source>
        <translation>%1: %2 に実行予定 (%3 後、タイムロック)。</translation>
    </message>
    <message>
        <source>If “%1” wins: %2, %3 after voting ends.</source>
        <translation>「%1」が勝った場合、投票終了の %3 後に実行: %2。</translation>
    </message>
    <message>
        <source>Verifying: fetching the vote log and checking every signature…</source>
        <translation>検証中: 投票ログを取得し、すべての署名を確認しています…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>検証できませんでした: %1</translation>
    </message>
    <message>
        <source>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server&apos;s tally (turnout %3)%4.</source>
        <translation>このコンピューターで検証しました: 署名 %1 件を確認し、%2 票を集計しました。再集計はサーバーの集計 (投票率 %3)%4と一致します。</translation>
    </message>
    <message>
        <source> and its result</source>
        <translation> およびその結果</translation>
    </message>
    <message>
        <source>The result does NOT verify.</source>
        <translation>結果を検証できません。</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>署名を検証できません</translation>
    </message>
    <message>
        <source>its weight is not what the weighting gives</source>
        <translation>重みが加重方式による値と一致しません</translation>
    </message>
    <message>
        <source>its choices are not allowed</source>
        <translation>許可されていない選択肢が含まれています</translation>
    </message>
    <message>
        <source>its superseded mark is wrong</source>
        <translation>置き換え済みの印が正しくありません</translation>
    </message>
    <message>
        <source>Vote #%1 by %2: %3.</source>
        <translation>%2 による投票 #%1: %3。</translation>
    </message>
    <message>
        <source>Recounted tally %1 (turnout %2) differs from the server&apos;s.</source>
        <translation>再集計の結果 %1 (投票率 %2) がサーバーの集計と異なります。</translation>
    </message>
    <message>
        <source>The recount does not give the server&apos;s result.</source>
        <translation>再集計の結果がサーバーの結果と一致しません。</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 choices · voting %5 – %6</source>
        <translation>%1 · %2、%3 · 選択肢 %4 個 · 投票期間 %5 – %6</translation>
    </message>
    <message>
        <source>Your vote: %1 (weight %2), signed %3…</source>
        <translation>あなたの投票: %1 (重み %2)、署名 %3…</translation>
    </message>
    <message>
        <source>Change vote…</source>
        <translation>投票を変更…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>投票…</translation>
    </message>
    <message>
        <source>Pick a proposal to see its choices and tally.</source>
        <translation>提案を選択すると、選択肢と集計が表示されます。</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>結果を検証</translation>
    </message>
    <message>
        <source>Fetch the vote log, check every signature on this computer and recount with the proposal&apos;s weighting</source>
        <translation>投票ログを取得し、このコンピューターですべての署名を確認して、提案の加重方式で再集計します</translation>
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
    <message>
        <source>Show or hide %1</source>
        <translation>%1 の表示/非表示</translation>
    </message>
    <message>
        <source>Show or hide the alert markers</source>
        <translation>アラートマーカーの表示/非表示</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>凡例</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>理由 (必須)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 時間</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 日</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 日</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 日</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>期間:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReportQueueModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(削除済み)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>投稿</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>投稿者</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>報告数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>理由</translation>
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
    <message>
        <source>Security</source>
        <translation>セキュリティ</translation>
    </message>
    <message>
        <source>Local cache key:</source>
        <translation>ローカルキャッシュの鍵:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>作成日時:</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>今すぐローテーション(&amp;R)</translation>
    </message>
    <message>
        <source>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</source>
        <translation>暗号化されたローカルキャッシュ用の新しい鍵を作成し、キャッシュされたデータをその鍵で再暗号化して、古い鍵をキーチェーンから削除します。この処理は 30 日ごとにも自動で行われます。</translation>
    </message>
    <message>
        <source>Not open (sign in first)</source>
        <translation>開かれていません (先にサインインしてください)</translation>
    </message>
    <message>
        <source>Re-encrypting: %1 of %2 records</source>
        <translation>再暗号化中: %2 件中 %1 件のレコード</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer; its key is kept only in the system keychain.</source>
        <translation>キャッシュされたデータはこのコンピューター上で暗号化され、その鍵はシステムのキーチェーンにのみ保管されます。</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</source>
        <translation>キャッシュされたデータはこのコンピューター上で暗号化されます。システムのキーチェーンがないため鍵はメモリ上にのみ保持され、起動するたびにキャッシュは空の状態から始まります。</translation>
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
<context>
    <name>nest::ui::TallyChart</name>
    <message>
        <source>Tally</source>
        <translation>集計</translation>
    </message>
    <message>
        <source>No tally yet.</source>
        <translation>まだ集計はありません。</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Votes by weight: %1.</source>
        <translation>重みで集計した得票: %1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Winner: %1.</source>
        <translation>勝者: %1。</translation>
    </message>
    <message>
        <source>Leading: %1.</source>
        <translation>優勢: %1。</translation>
    </message>
</context>
<context>
    <name>nest::ui::VoteDialog</name>
    <message>
        <source>Proposal: %1
Your choice: %2
Weight: %3
Recorded: %4 (vote #%5)
Signed with your key %6 over:
%7</source>
        <translation>提案: %1
あなたの選択: %2
重み: %3
記録日時: %4 (投票 #%5)
あなたの鍵 %6 で次の内容に署名しました:
%7</translation>
    </message>
    <message>
        <source>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</source>
        <translation>投票先: %1

アプリはキーチェーンにあるあなたの鍵でこの投票に署名します。投票期間中は投票を変更できます。ログには両方の投票が残り、前の投票は置き換え済みとして記録されます。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Approve every choice you support.</source>
        <translation>支持する選択肢をすべて承認してください。</translation>
    </message>
    <message>
        <source>Pick one choice.</source>
        <translation>選択肢を 1 つ選んでください。</translation>
    </message>
    <message>
        <source>Signing and sending your vote…</source>
        <translation>投票に署名して送信中…</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>投票が記録されました。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>戻る</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>次へ</translation>
    </message>
    <message>
        <source>Sign and vote</source>
        <translation>署名して投票</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>署名</translation>
    </message>
</context>
<context>
    <name>nest::ui::governanceformat</name>
    <message>
        <source>Pending</source>
        <translation>開始待ち</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>可決</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>否決</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>実行済み</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>単一選択</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>承認投票</translation>
    </message>
    <message>
        <source>one voter, one vote</source>
        <translation>1 人 1 票</translation>
    </message>
    <message>
        <source>weighted by balance</source>
        <translation>残高で加重</translation>
    </message>
    <message>
        <source>weighted by the square root of balance</source>
        <translation>残高の平方根で加重</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 時間 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 後に開始</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>%1 後に終了</translation>
    </message>
    <message>
        <source>Executes in %1</source>
        <translation>%1 後に実行</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>実行に失敗</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>%1 に可決</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 に締め切り</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>%1 に実行済み</translation>
    </message>
    <message>
        <source>Set the marketplace fee to %1%</source>
        <translation>マーケット手数料を %1% に設定</translation>
    </message>
    <message>
        <source>Set the alert threshold to %1σ</source>
        <translation>アラートしきい値を %1σ に設定</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1 を %2 に設定</translation>
    </message>
    <message>
        <source>%1 (unknown action)</source>
        <translation>%1 (不明な操作)</translation>
    </message>
</context>
</TS>
