<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ApiError</name>
    <message>
        <source>Done.</source>
        <translation>完成。</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>无法连接到服务器。请检查网络连接后重试。</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>服务器响应超时。请重试。</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>服务器拒绝了该请求。</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>用户名或密码错误。</translation>
    </message>
    <message>
        <source>You are not signed in, or your session ended. Sign in again.</source>
        <translation>你尚未登录，或会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>你的账户无权执行此操作。</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>未找到，可能已被删除。</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %Ln s.</source>
        <translation>
            <numerusform>尝试次数过多。请在 %Ln 秒后重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>尝试次数过多。请稍候再试。</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later.</source>
        <translation>服务器出现问题。请稍后重试。</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>服务器返回了本应用无法读取的响应。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>出了点问题。</translation>
    </message>
</context>
<context>
    <name>nest::client::ApiJob</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>服务器的响应超过 %1 MiB。</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1 秒内未收到响应。</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1（位于第 %2 字节）</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>不是 JSON 对象</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>服务器的响应不是有效的 JSON（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete (%1).</source>
        <translation>服务器的响应不完整（%1）。</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>服务器返回了 HTTP %1。</translation>
    </message>
</context>
<context>
    <name>nest::client::EncryptedCache</name>
    <message>
        <source>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</source>
        <translation>本地缓存文件已损坏（%1）。该文件已被丢弃，将从服务器重新构建。</translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache in the keychain is unreadable; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>钥匙串中的本地缓存密钥无法读取；已丢弃 %n 条缓存记录，这些记录将从服务器重新构建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache is missing from the keychain; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>钥匙串中缺少本地缓存密钥；已丢弃 %n 条缓存记录，这些记录将从服务器重新构建。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached record(s) used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>%n 条缓存记录使用的密钥已不在钥匙串中；这些记录已被丢弃，将从服务器重新构建。</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the local cache could not be stored in the keychain: %1</source>
        <translation>无法将本地缓存密钥存储到钥匙串：%1</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>密钥轮换期间，一条缓存记录未通过完整性校验（已被篡改、调换或截断）。本地缓存已被丢弃，将从服务器重新构建。</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>一条缓存记录未通过完整性校验（已被篡改、调换或截断）。本地缓存已被丢弃，将从服务器重新构建。</translation>
    </message>
</context>
<context>
    <name>nest::client::Outbox</name>
    <message>
        <source>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</source>
        <translation>发件箱文件已损坏（%1）：无法读取其中待发送的操作。该文件已另存为 %2。</translation>
    </message>
    <message>
        <source>the outbox key in the keychain is unreadable</source>
        <translation>钥匙串中的发件箱密钥无法读取</translation>
    </message>
    <message>
        <source>the outbox key is missing from the keychain</source>
        <translation>钥匙串中缺少发件箱密钥</translation>
    </message>
    <message>
        <source>their stored form failed its integrity check</source>
        <translation>其存储数据未通过完整性校验</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent could not be recovered (%1) and were lost: %2.</source>
        <translation>
            <numerusform>%n 个待发送的操作无法恢复（%1），已丢失：%2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written.</source>
        <translation>无法写入发件箱。</translation>
    </message>
</context>
<context>
    <name>nest::client::SecretStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>系统钥匙串不可用（%1）。在 Nest Desktop 退出前你将保持登录状态，下次启动时需要重新登录。不会向磁盘保存任何内容。</translation>
    </message>
</context>
<context>
    <name>nest::client::Session</name>
    <message>
        <source>The saved session belongs to another server.</source>
        <translation>保存的会话属于另一台服务器。</translation>
    </message>
    <message>
        <source>No saved session for this account. Sign in.</source>
        <translation>此账户没有已保存的会话。请登录。</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>你的会话已结束，请重新登录。</translation>
    </message>
</context>
<context>
    <name>nest::client::UserKeys</name>
    <message>
        <source>You were signed out before the signing key was ready.</source>
        <translation>签名密钥准备就绪前你已退出登录。</translation>
    </message>
    <message>
        <source>Sign in to sign actions.</source>
        <translation>登录后才能对操作进行签名。</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>无法读取钥匙串：%1</translation>
    </message>
    <message>
        <source>A signing key could not be generated.</source>
        <translation>无法生成签名密钥。</translation>
    </message>
    <message>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>无法将签名密钥存储到钥匙串：%1</translation>
    </message>
    <message>
        <source>The server did not accept the signing key: %1</source>
        <translation>服务器未接受签名密钥：%1</translation>
    </message>
    <message>
        <source>The server registered a different signing key.</source>
        <translation>服务器登记了另一个签名密钥。</translation>
    </message>
</context>
<context>
    <name>nest::desktop</name>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>社区</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>社区管理</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>治理</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>发件箱（%1）</translation>
    </message>
</context>
<context>
    <name>nest::desktop::CommunityController</name>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>谢谢：版主会查看此内容。</translation>
    </message>
    <message>
        <source>Your queued post was published.</source>
        <translation>你排队发送的帖子已发布。</translation>
    </message>
    <message>
        <source>Your queued post was refused: %1</source>
        <translation>你排队发送的帖子被拒绝：%1</translation>
    </message>
    <message>
        <source>Post “%1”</source>
        <translation>发帖“%1”</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>未发送：你已退出登录。</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>点赞帖子</translation>
    </message>
    <message>
        <source>Unlike a post</source>
        <translation>取消点赞帖子</translation>
    </message>
    <message>
        <source>Your queued comment was published.</source>
        <translation>你排队发送的评论已发布。</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>评论“%1”</translation>
    </message>
    <message>
        <source>Report a post: %1</source>
        <translation>举报帖子：%1</translation>
    </message>
    <message>
        <source>Unhide a post: %1</source>
        <translation>取消隐藏帖子：%1</translation>
    </message>
    <message>
        <source>Lift a suspension: %1</source>
        <translation>解除封禁：%1</translation>
    </message>
</context>
<context>
    <name>nest::desktop::DesktopApp</name>
    <message>
        <source>this computer</source>
        <translation>本机</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>The server on this computer could not start:
%1</source>
        <translation>本机服务器无法启动：
%1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>nest::desktop::FallbackController</name>
    <message>
        <source>This computer</source>
        <translation>本机</translation>
    </message>
</context>
<context>
    <name>nest::desktop::GovernanceController</name>
    <message>
        <source>Could not load the proposals: %1</source>
        <translation>无法加载提案：%1</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was counted.</source>
        <translation>你排队发送的对“%1”的投票已计入。</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was refused: %2</source>
        <translation>你排队发送的对“%1”的投票被拒绝：%2</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>对“%1”投票</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>未发送：你已退出登录。</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was created.</source>
        <translation>你排队发送的提案“%1”已创建。</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was refused: %2</source>
        <translation>你排队发送的提案“%1”被拒绝：%2</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>发起提案“%1”</translation>
    </message>
</context>
<context>
    <name>nest::desktop::MarketController</name>
    <message>
        <source>Outbid</source>
        <translation>你的出价已被超过</translation>
    </message>
    <message>
        <source>You were outbid on “%1”: the leading bid is now %2.</source>
        <translation>你对“%1”的出价已被超过：当前最高出价为 %2。</translation>
    </message>
    <message>
        <source>Auction won</source>
        <translation>竞拍成功</translation>
    </message>
    <message>
        <source>You won “%1” for %2.</source>
        <translation>你以 %2 拍得了“%1”。</translation>
    </message>
    <message>
        <source>Auction ended</source>
        <translation>拍卖已结束</translation>
    </message>
    <message>
        <source>The auction for “%1” has ended; another bidder won it.</source>
        <translation>“%1”的拍卖已结束，由其他出价者拍得。</translation>
    </message>
    <message>
        <source>“%1” sold for %2.</source>
        <translation>“%1”已以 %2 售出。</translation>
    </message>
    <message>
        <source>“%1” ended without a sale.</source>
        <translation>“%1”已结束，未能售出。</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>正在签名并发送…</translation>
    </message>
    <message>
        <source>This action was not sent: it could not be signed. %1</source>
        <translation>此操作未发送：无法对其签名。%1</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum. The next bid must be at least %1.</source>
        <translation>出价已被超过：你的出价低于最低出价。下次出价至少为 %1。</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum.</source>
        <translation>出价已被超过：你的出价低于最低出价。</translation>
    </message>
    <message>
        <source>Not enough funds: your balance is %1 (%2 more is held in escrow).</source>
        <translation>余额不足：你的余额为 %1（另有 %2 处于托管中）。</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>此拍卖已结束。</translation>
    </message>
    <message>
        <source>This listing is no longer on sale.</source>
        <translation>此挂单已不再出售。</translation>
    </message>
    <message>
        <source>The price changed before your order arrived. Check it and try again.</source>
        <translation>你的订单送达前价格已发生变化。请确认价格后重试。</translation>
    </message>
    <message>
        <source>An auction cannot be cancelled once someone has bid on it.</source>
        <translation>拍卖一旦有人出价便无法取消。</translation>
    </message>
    <message>
        <source>This offer is no longer open: it was accepted, declined or has expired.</source>
        <translation>此报价已失效：已被接受、拒绝或已过期。</translation>
    </message>
    <message>
        <source>You cannot buy, bid on or make an offer for your own listing.</source>
        <translation>你不能购买自己的挂单，也不能对其出价或报价。</translation>
    </message>
    <message>
        <source>Only the seller can do that.</source>
        <translation>只有卖家才能执行此操作。</translation>
    </message>
    <message>
        <source>The server refused this action&apos;s signature. Your signing key may have been replaced on another computer; try again.</source>
        <translation>服务器拒绝了此操作的签名。你的签名密钥可能已在另一台计算机上被替换；请重试。</translation>
    </message>
    <message>
        <source>This kind of listing does not allow that.</source>
        <translation>此类挂单不允许该操作。</translation>
    </message>
    <message>
        <source>Bought. The item is yours.</source>
        <translation>购买成功。该物品现已归你所有。</translation>
    </message>
    <message>
        <source>Your bid of %1 leads.</source>
        <translation>你的出价 %1 目前领先。</translation>
    </message>
    <message>
        <source>Offer of %1 made; it is held in escrow until it is accepted or expires.</source>
        <translation>已提交 %1 的报价；在被接受或过期之前，该金额处于托管中。</translation>
    </message>
    <message>
        <source>Offer accepted: the item is sold.</source>
        <translation>已接受报价：物品已售出。</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>已取消挂单。</translation>
    </message>
    <message>
        <source>“%1” is listed.</source>
        <translation>“%1”已上架。</translation>
    </message>
    <message>
        <source>This action was not sent: you are signed out.</source>
        <translation>此操作未发送：你已退出登录。</translation>
    </message>
    <message>
        <source>Buy “%1” for up to %2</source>
        <translation>以最多 %2 购买“%1”</translation>
    </message>
    <message>
        <source>Bid %1 on “%2”</source>
        <translation>对“%2”出价 %1</translation>
    </message>
    <message>
        <source>Offer %1 for “%2”</source>
        <translation>对“%2”报价 %1</translation>
    </message>
    <message>
        <source>Accept an offer for “%1”</source>
        <translation>接受“%1”的报价</translation>
    </message>
    <message>
        <source>Cancel the listing “%1”</source>
        <translation>取消挂单“%1”</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>上架“%1”</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ModerationController</name>
    <message>
        <source>Done. The action is in the moderation log.</source>
        <translation>完成。该操作已记入管理日志。</translation>
    </message>
    <message>
        <source>Hide a post: %1</source>
        <translation>隐藏帖子：%1</translation>
    </message>
    <message>
        <source>Delete a post: %1</source>
        <translation>删除帖子：%1</translation>
    </message>
    <message>
        <source>Suspend a member: %1</source>
        <translation>封禁成员：%1</translation>
    </message>
    <message>
        <source>Dismiss a report: %1</source>
        <translation>驳回举报：%1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>未发送：你已退出登录。</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OfflineController</name>
    <message numerus="yes">
        <source>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</source>
        <translation>
            <numerusform>下一个操作未发送：%1 将在 %n 秒后重试，或在连接恢复后立即重试。</numerusform>
        </translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>操作被拒绝</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 被拒绝：%2</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OutboxActions</name>
    <message>
        <source>Queued: will be sent when the server is reachable.</source>
        <translation>已排队：将在可以连接到服务器时发送。</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ViewCache</name>
    <message>
        <source>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</source>
        <translation>离线 — 最后更新于 %1。这是服务器最近一次发送的内容；服务器一有响应便会刷新。</translation>
    </message>
</context>
<context>
    <name>nest::ui::AmountDialog</name>
    <message>
        <source>Place a bid</source>
        <translation>出价</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Your bid on “%1”</source>
        <translation>你对“%1”的出价</translation>
    </message>
    <message>
        <source>Your offer for “%1”</source>
        <translation>你对“%1”的报价</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>金额（%1）</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>有效期</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>请输入至少 %1。</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>请输入金额。</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until you are outbid or the auction ends.</source>
        <translation>在你的出价被超过或拍卖结束之前，将从你的余额中托管 %1。</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until the seller accepts or the offer expires.</source>
        <translation>在卖家接受或报价过期之前，将从你的余额中托管 %1。</translation>
    </message>
    <message>
        <source>On a sale the seller pays the market fee of %1 (%2%).</source>
        <translation>成交时由卖家支付 %1（%2%）的市场手续费。</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>出价 %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>报价 %1</translation>
    </message>
</context>
<context>
    <name>nest::ui::AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>外观</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>主题(&amp;T)：</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>nest::ui::CommunityView</name>
    <message>
        <source>Unhide post</source>
        <translation>取消隐藏帖子</translation>
    </message>
    <message>
        <source>Show this post to everyone again. Why?</source>
        <translation>重新向所有人显示此帖子。原因是什么？</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>解除封禁</translation>
    </message>
    <message>
        <source>Let this member post again now. Why?</source>
        <translation>允许该成员立即恢复发帖。原因是什么？</translation>
    </message>
    <message>
        <source>1 new post</source>
        <translation>1 条新帖子</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new posts</source>
        <translation>
            <numerusform>%Ln 条新帖子</numerusform>
        </translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>举报帖子</translation>
    </message>
    <message>
        <source>Why should moderators look at this post?</source>
        <translation>为什么需要版主查看此帖子？</translation>
    </message>
    <message>
        <source>This post is no longer available.</source>
        <translation>此帖子已不可用。</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Posts are at most %1 characters.</source>
        <translation>帖子最多 %1 个字符。</translation>
    </message>
    <message>
        <source>Share something with the community</source>
        <translation>与社区分享点什么</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>发布</translation>
    </message>
    <message>
        <source>Select a post to read its comments.</source>
        <translation>选择一个帖子即可阅读其评论。</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>新帖子</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</source>
        <translation>
            <numerusform>与 %1 的连接已于 %2 断开。将在 %Ln 秒后重新连接；当前显示的内容可能已过时。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>自 %2 起未连接到 %1。</translation>
    </message>
    <message>
        <source>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</source>
        <translation>自 %2 起无法连接到位于 %1 的服务器。分析数据来自本机；你的操作已排队，将在服务器恢复后发送。</translation>
    </message>
    <message>
        <source>You are working on this computer&apos;s server: what you do stays on this computer.</source>
        <translation>你正在使用本机的服务器：你的所有操作都只保留在本机上。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionIndicator</name>
    <message>
        <source>Live · %1 ms</source>
        <translation>在线 · %1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %Ln s</source>
        <translation>
            <numerusform>%Ln 秒后重新连接</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>正在重新连接…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>服务器：本机</translation>
    </message>
    <message>
        <source>Server: remote</source>
        <translation>服务器：远程</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateListingDialog</name>
    <message>
        <source>List an item</source>
        <translation>上架物品</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <source>Auction (highest bid wins)</source>
        <translation>拍卖（最高出价者得）</translation>
    </message>
    <message>
        <source>Dutch auction (price falls)</source>
        <translation>荷兰式拍卖（价格递减）</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>价格（%1）</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>最低价</translation>
    </message>
    <message>
        <source>Reserve (optional)</source>
        <translation>保留价（可选）</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 分钟</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 天</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>时长</translation>
    </message>
    <message>
        <source>Enter a name, a collection, and a start price above the lowest price.</source>
        <translation>请输入名称、合集，以及高于最低价的起始价格。</translation>
    </message>
    <message>
        <source>Enter a name, a collection and a price.</source>
        <translation>请输入名称、合集和价格。</translation>
    </message>
    <message>
        <source>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</source>
        <translation>若以 %1 成交，市场将收取 %2（%3%），你将收到 %4。</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateProposalDialog</name>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>请为提案填写标题。</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>描述过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Write 2 to 10 choices, one per line.</source>
        <translation>请填写 2 到 10 个选项，每行一个。</translation>
    </message>
    <message>
        <source>A choice is too long (at most %1 characters).</source>
        <translation>某个选项过长（最多 %1 个字符）。</translation>
    </message>
    <message>
        <source>Each choice must be different.</source>
        <translation>各选项不能重复。</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>投票结束时间必须晚于开始时间。</translation>
    </message>
    <message>
        <source>Voting must close in the future.</source>
        <translation>投票结束时间必须在将来。</translation>
    </message>
    <message>
        <source>Voting may stay open for at most 366 days.</source>
        <translation>投票开放时间最长为 366 天。</translation>
    </message>
    <message>
        <source>Set a quorum: the total weight that must vote (0 for none).</source>
        <translation>请设置法定票数：必须参与投票的总权重（0 表示不设）。</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>正在创建…</translation>
    </message>
    <message>
        <source>Create proposal</source>
        <translation>创建提案</translation>
    </message>
    <message>
        <source>Without an action the result is advisory.</source>
        <translation>不设操作时，结果仅供参考。</translation>
    </message>
    <message>
        <source>The first choice enacts the action: it runs when that choice wins, after the timelock.</source>
        <translation>第一个选项会触发该操作：该选项胜出后，在时间锁结束时执行。</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>新建提案</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>选项（每行一个）</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票方式</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>计权方式</translation>
    </message>
    <message>
        <source>Voting opens</source>
        <translation>投票开始</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>投票结束</translation>
    </message>
    <message>
        <source>Quorum (weight)</source>
        <translation>法定票数（权重）</translation>
    </message>
    <message>
        <source>Timelock (hours)</source>
        <translation>时间锁（小时）</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Approval (several choices)</source>
        <translation>赞成投票（可多选）</translation>
    </message>
    <message>
        <source>Equal: one voter, one vote</source>
        <translation>平等：每位投票者一票</translation>
    </message>
    <message>
        <source>Balance at creation</source>
        <translation>创建时的余额</translation>
    </message>
    <message>
        <source>Square root of balance (quadratic)</source>
        <translation>余额的平方根（二次）</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Set the marketplace fee</source>
        <translation>设置市场手续费</translation>
    </message>
    <message>
        <source>Set the alert threshold</source>
        <translation>设置警报阈值</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
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
        <translation>%1：%2（预期 %3）</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>最近 1 分钟</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>最近 5 分钟</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>最近 1 小时</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>最近 24 小时</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>实时跟随</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>继续</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>暂停</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>事件类型</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>停留</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Window as CSV…</source>
        <translation>时间窗口数据（CSV）…</translation>
    </message>
    <message>
        <source>Window as JSON…</source>
        <translation>时间窗口数据（JSON）…</translation>
    </message>
    <message>
        <source>Rate chart as PNG…</source>
        <translation>速率图（PNG）…</translation>
    </message>
    <message>
        <source>Radar as PNG…</source>
        <translation>雷达图（PNG）…</translation>
    </message>
    <message>
        <source>Trait trend as PNG…</source>
        <translation>特质趋势图（PNG）…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Filter by user ID</source>
        <translation>按用户 ID 筛选</translation>
    </message>
    <message>
        <source>Show one user&apos;s events in the chart; clear to see everybody</source>
        <translation>在图表中仅显示某个用户的事件；清空即可查看所有用户</translation>
    </message>
    <message numerus="yes">
        <source>%1 events/s · %Ln active user(s)</source>
        <translation>
            <numerusform>%1 个事件/秒 · %Ln 位活跃用户</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events/s from %2, live since %3</source>
        <translation>%2 的事件：%1 个/秒，自 %3 起实时更新</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
</context>
<context>
    <name>nest::ui::GovernanceView</name>
    <message>
        <source>Voting on this proposal has closed.</source>
        <translation>此提案的投票已结束。</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>全部提案</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>待开始</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>新建提案…</translation>
    </message>
    <message>
        <source>Proposing needs the voter role</source>
        <translation>发起提案需要投票者角色</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>提案</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>显示提案</translation>
    </message>
</context>
<context>
    <name>nest::ui::ItemDetailPanel</name>
    <message>
        <source>Buy now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>Place a bid…</source>
        <translation>出价…</translation>
    </message>
    <message>
        <source>Make an offer…</source>
        <translation>报价…</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>取消挂单</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>出价</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Price history (sales)</source>
        <translation>价格历史（成交）</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>动态</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>出价者</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>买家</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>you</source>
        <translation>你</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>%1 后结束</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>已于 %1 结束</translation>
    </message>
    <message>
        <source>Select a listing to see it here.</source>
        <translation>选择一个挂单即可在此处查看。</translation>
    </message>
    <message>
        <source>%1 · %2 · seller %3</source>
        <translation>%1 · %2 · 卖家 %3</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>成交价</translation>
    </message>
    <message>
        <source>Leading bid</source>
        <translation>最高出价</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>起拍价</translation>
    </message>
    <message>
        <source>Price now (falling)</source>
        <translation>当前价格（递减中）</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Sold to %1</source>
        <translation>已售给 %1</translation>
    </message>
    <message>
        <source>You are the leading bidder</source>
        <translation>你是当前最高出价者</translation>
    </message>
    <message>
        <source>Next bid at least %1</source>
        <translation>下次出价至少 %1</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1 出价 %2</translation>
    </message>
    <message>
        <source>%1 offered %2 (%3)</source>
        <translation>%1 报价 %2（%3）</translation>
    </message>
    <message>
        <source>Sold for %1</source>
        <translation>以 %1 成交</translation>
    </message>
    <message>
        <source>Listed by %1</source>
        <translation>由 %1 上架</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>价格历史</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>暂无成交。</translation>
    </message>
    <message>
        <source>rising since the first sale</source>
        <translation>自首次成交以来呈上涨趋势</translation>
    </message>
    <message>
        <source>falling since the first sale</source>
        <translation>自首次成交以来呈下跌趋势</translation>
    </message>
    <message>
        <source>unchanged since the first sale</source>
        <translation>与首次成交时持平</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</source>
        <translation>
            <numerusform>共 %Ln 笔成交。最近一笔于 %2 以 %1 成交；最低 %3，最高 %4。</numerusform>
        </translation>
    </message>
    <message>
        <source>The price is %1.</source>
        <translation>价格%1。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ListingsModel</name>
    <message>
        <source>ended</source>
        <translation>已结束</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>固定价格</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>拍卖</translation>
    </message>
    <message>
        <source>Dutch auction</source>
        <translation>荷兰式拍卖</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>已售出</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Ended unsold</source>
        <translation>未售出结束</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>物品</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>出价次数</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>剩余时间</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
    <message>
        <source>Signed in as %1 with the roles: %2</source>
        <translation>已以 %1 身份登录，角色：%2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>主题(&amp;T)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>浅色</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>深色</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
</context>
<context>
    <name>nest::ui::MarketView</name>
    <message>
        <source>Marketplace</source>
        <translation>市场</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>搜索物品</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>最低价格</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>最高价格</translation>
    </message>
    <message>
        <source>List an item…</source>
        <translation>上架物品…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>所有类型</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>所有状态</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>所有合集</translation>
    </message>
    <message>
        <source>Balance %1 · In escrow %2</source>
        <translation>余额 %1 · 托管中 %2</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>立即购买</translation>
    </message>
    <message>
        <source>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</source>
        <translation>要以 %2 购买“%1”吗？
市场手续费 %3 由卖家从该金额中支付。%4</translation>
    </message>
    <message>
        <source>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</source>
        <translation>
价格会持续下降：你将按服务器收到订单时的价格付款，最多不超过此金额。</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>取消挂单</translation>
    </message>
    <message>
        <source>Take “%1” off the market? Pending offers are returned to their buyers.</source>
        <translation>要将“%1”下架吗？待处理的报价将退还给相应买家。</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Sell “%1” for %2?
The market keeps %3 and you receive %4.</source>
        <translation>要以 %2 出售“%1”吗？
市场将收取 %3，你将收到 %4。</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>合集</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationLogModel</name>
    <message>
        <source>%1… (chain breaks here)</source>
        <translation>%1…（链在此处断开）</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>对象</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>哈希值</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationView</name>
    <message>
        <source>Hide post</source>
        <translation>隐藏帖子</translation>
    </message>
    <message>
        <source>Hide this post from everyone but its author and moderators. Why?</source>
        <translation>对除作者和版主以外的所有人隐藏此帖子。原因是什么？</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>删除帖子</translation>
    </message>
    <message>
        <source>Delete this post for everyone. Why?</source>
        <translation>为所有人删除此帖子。原因是什么？</translation>
    </message>
    <message>
        <source>Suspend author</source>
        <translation>封禁作者</translation>
    </message>
    <message>
        <source>Suspend @%1: they can read but not post, comment, like or report. Why?</source>
        <translation>封禁 @%1：对方仍可浏览，但无法发帖、评论、点赞或举报。原因是什么？</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>驳回举报</translation>
    </message>
    <message>
        <source>Close this report without acting on the post. Why?</source>
        <translation>关闭此举报，不对帖子采取任何操作。原因是什么？</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>无法写入 %1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log entries to %1.</source>
        <translation>
            <numerusform>已将 %Ln 条日志记录导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 文件 (*.json)</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>导出管理日志</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>待处理的举报</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>隐藏（H）</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>删除（Del）</translation>
    </message>
    <message>
        <source>Suspend author (S)</source>
        <translation>封禁作者（S）</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>驳回（D）</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>管理日志</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>验证链</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>导出 CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>导出 JSON…</translation>
    </message>
    <message>
        <source>Each entry is hash-chained to the one before it: &quot;Verify chain&quot; recomputes every hash.</source>
        <translation>每条记录都通过哈希与前一条记录链接：“验证链”会重新计算每个哈希值。</translation>
    </message>
    <message>
        <source>Chain intact: 1 entry verified.</source>
        <translation>链完整：已验证 1 条记录。</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entries verified.</source>
        <translation>
            <numerusform>链完整：已验证 %Ln 条记录。</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>链在记录 #%1 处断开：%2</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxModel</name>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>出价</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>报价</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>社区管理</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s) so far)</source>
        <translation>
            <numerusform>等待中（已尝试 %n 次）</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>等待中</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>已拒绝：%1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>举报</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>挂单</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>接受报价</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>取消挂单</translation>
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
        <translation>忽略(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel action</source>
        <translation>取消操作(&amp;C)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>发件箱</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>没有待发送的操作。</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent, in this order.</source>
        <translation>
            <numerusform>%n 个操作等待发送，将按以下顺序发送。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the server.</source>
        <translation>
            <numerusform>%n 个操作被服务器拒绝。</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>立即重试(&amp;R)</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>待发送的操作</translation>
    </message>
</context>
<context>
    <name>nest::ui::Personality</name>
    <message>
        <source>Openness</source>
        <translation>开放性</translation>
    </message>
    <message>
        <source>Conscientiousness</source>
        <translation>尽责性</translation>
    </message>
    <message>
        <source>Extraversion</source>
        <translation>外向性</translation>
    </message>
    <message>
        <source>Agreeableness</source>
        <translation>宜人性</translation>
    </message>
    <message>
        <source>Neuroticism</source>
        <translation>神经质</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityLearnerView</name>
    <message>
        <source>Continuous learner</source>
        <translation>持续学习模型</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>版本：</translation>
    </message>
    <message>
        <source>Samples seen:</source>
        <translation>已处理样本：</translation>
    </message>
    <message>
        <source>Labeled samples:</source>
        <translation>已标注样本：</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>损失：</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>更新时间：</translation>
    </message>
    <message>
        <source>Learner loss over time</source>
        <translation>学习模型损失变化趋势</translation>
    </message>
    <message>
        <source>Loss over time</source>
        <translation>损失变化趋势</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No training updates yet.</source>
        <translation>暂无训练更新。</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message numerus="yes">
        <source>Loss %1 at %2, %3 over %Ln updates.</source>
        <translation>
            <numerusform>%2 时损失为 %1，在 %Ln 次更新中总体%3。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityPanel</name>
    <message>
        <source>Search users by id or name</source>
        <translation>按 ID 或名称搜索用户</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>搜索用户</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>搜索结果</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>群组平均值</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>未选择用户</translation>
    </message>
    <message>
        <source>Search for a user by id or name and pick one from the results.</source>
        <translation>按 ID 或名称搜索用户，然后从结果中选择一位。</translation>
    </message>
    <message>
        <source>%1 · confidence %2% · samples: %3</source>
        <translation>%1 · 置信度 %2% · 样本：%3</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityRadar</name>
    <message>
        <source>Selected user</source>
        <translation>所选用户</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>群组平均值</translation>
    </message>
    <message>
        <source>Personality radar</source>
        <translation>人格雷达图</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Selected user: %1; confidence %2%.</source>
        <translation>所选用户：%1；置信度 %2%。</translation>
    </message>
    <message>
        <source>No user selected.</source>
        <translation>未选择用户。</translation>
    </message>
    <message>
        <source>Cohort average: %1.</source>
        <translation>群组平均值：%1。</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityResultsModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>user name (user id)</comment>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>%1, confidence %2%</source>
        <translation>%1，置信度 %2%</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityTrend</name>
    <message>
        <source>Personality trend</source>
        <translation>人格趋势</translation>
    </message>
    <message>
        <source>No estimates yet.</source>
        <translation>暂无估计值。</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimates from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>从 %1 到 %2 共 %Ln 个估计值。最新：%3。</numerusform>
        </translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
</context>
<context>
    <name>nest::ui::PostDelegate</name>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation>
            <numerusform>%Ln 个赞</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>%Ln 条评论</numerusform>
        </translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>已点赞 · %1</translation>
    </message>
    <message>
        <source>Hidden · %1</source>
        <translation>已隐藏 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln 小时前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln 分钟前</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>刚刚</translation>
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
        <translation>%1（@%2）</translation>
    </message>
    <message>
        <source>Liked (%1)</source>
        <translation>已点赞（%1）</translation>
    </message>
    <message>
        <source>Like (%1)</source>
        <translation>点赞（%1）</translation>
    </message>
    <message>
        <source>Hidden by a moderator: only you and moderators see it.</source>
        <translation>已被版主隐藏：只有你和版主可以看到。</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>已被版主隐藏：%1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>评论（%1）</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>举报…</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>取消隐藏…</translation>
    </message>
    <message>
        <source>Show more comments</source>
        <translation>显示更多评论</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>写评论</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>评论</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProfilePanel</name>
    <message>
        <source>Joined %1 · 1 post</source>
        <translation>加入于 %1 · 1 条帖子</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 · %Ln posts</source>
        <translation>
            <numerusform>加入于 %1 · %Ln 条帖子</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>解除封禁…</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>已封禁，直至 %1</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>已封禁，直至 %1：%2</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
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
        <translation>状态</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Of quorum</source>
        <translation>占法定票数</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalPage</name>
    <message>
        <source>%1 · then a %2 timelock</source>
        <translation>%1 · 随后有 %2 的时间锁</translation>
    </message>
    <message>
        <source>Turnout %1 of a quorum of %2</source>
        <translation>投票率 %1，法定票数为 %2</translation>
    </message>
    <message>
        <source>%1 (%2% of all eligible weight)</source>
        <translation>%1（占全部合格权重的 %2%）</translation>
    </message>
    <message>
        <source>No action: the result is advisory.</source>
        <translation>无操作：结果仅供参考。</translation>
    </message>
    <message>
        <source>Executed %1: %2.</source>
        <translation>已于 %1 执行：%2。</translation>
    </message>
    <message>
        <source>Not executed: %1.</source>
        <translation>未执行：%1。</translation>
    </message>
    <message>
        <source>Execution failed: %1 (%2)</source>
        <translation>执行失败：%1（%2）</translation>
    </message>
    <message>
        <source>%1 at %2, in %3 (timelock).</source>
        <translation>%1，将于 %2 执行，剩余 %3（时间锁）。</translation>
    </message>
    <message>
        <source>If “%1” wins: %2, %3 after voting ends.</source>
        <translation>如果“%1”胜出：%2，在投票结束 %3 后执行。</translation>
    </message>
    <message>
        <source>Verifying: fetching the vote log and checking every signature…</source>
        <translation>正在验证：获取投票日志并核验每个签名…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>无法验证：%1</translation>
    </message>
    <message>
        <source>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server&apos;s tally (turnout %3)%4.</source>
        <translation>已在本机验证：核验了 %1 个签名，统计了 %2 张选票；重新计票与服务器的计票（投票率 %3）%4一致。</translation>
    </message>
    <message>
        <source> and its result</source>
        <translation>及其结果</translation>
    </message>
    <message>
        <source>The result does NOT verify.</source>
        <translation>结果未通过验证。</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>其签名未通过验证</translation>
    </message>
    <message>
        <source>its weight is not what the weighting gives</source>
        <translation>其权重与计权方式得出的不符</translation>
    </message>
    <message>
        <source>its choices are not allowed</source>
        <translation>其所选选项不被允许</translation>
    </message>
    <message>
        <source>its superseded mark is wrong</source>
        <translation>其“已被取代”标记有误</translation>
    </message>
    <message>
        <source>Vote #%1 by %2: %3.</source>
        <translation>%2 的第 %1 号投票：%3。</translation>
    </message>
    <message>
        <source>Recounted tally %1 (turnout %2) differs from the server&apos;s.</source>
        <translation>重新计票结果 %1（投票率 %2）与服务器的不一致。</translation>
    </message>
    <message>
        <source>The recount does not give the server&apos;s result.</source>
        <translation>重新计票得不出服务器的结果。</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 choices · voting %5 – %6</source>
        <translation>%1 · %2，%3 · %4 个选项 · 投票时间 %5 – %6</translation>
    </message>
    <message>
        <source>Your vote: %1 (weight %2), signed %3…</source>
        <translation>你的投票：%1（权重 %2），签名 %3…</translation>
    </message>
    <message>
        <source>Change vote…</source>
        <translation>更改投票…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>投票…</translation>
    </message>
    <message>
        <source>Pick a proposal to see its choices and tally.</source>
        <translation>选择一个提案以查看其选项和计票。</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>验证结果</translation>
    </message>
    <message>
        <source>Fetch the vote log, check every signature on this computer and recount with the proposal&apos;s weighting</source>
        <translation>获取投票日志，在本机核验每个签名，并按提案的计权方式重新计票</translation>
    </message>
</context>
<context>
    <name>nest::ui::RateChart</name>
    <message>
        <source>Critical</source>
        <translation>严重</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>无数据</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Alert (%1): %2</source>
        <translation>警报（%1）：%2</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>页面浏览</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>点击</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>滚动</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>停留</translation>
    </message>
    <message>
        <source>Key presses</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>点赞</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>警报</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>事件/秒</translation>
    </message>
    <message>
        <source>Event rate per kind</source>
        <translation>各类型事件速率</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>暂无事件。</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>上升</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>下降</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>平稳</translation>
    </message>
    <message>
        <source>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</source>
        <translation>截至 %1：总计每秒 %2 个事件，过去 1 分钟内总体%3。最频繁的事件：%4 %5 个/秒，%6 %7 个/秒。</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>显示或隐藏%1</translation>
    </message>
    <message>
        <source>Show or hide the alert markers</source>
        <translation>显示或隐藏警报标记</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>图例</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>原因（必填）</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 小时</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 天</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 天</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 天</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>时长：</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReportQueueModel</name>
    <message>
        <source>(deleted)</source>
        <translation>（已删除）</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>帖子</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>作者</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>举报数</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>已过时间</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
</context>
<context>
    <name>nest::ui::Roles</name>
    <message>
        <source>analyst</source>
        <translation>分析师</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>版主</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>交易者</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>投票者</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>无角色</translation>
    </message>
</context>
<context>
    <name>nest::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>登录身份：</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>未登录</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>角色：</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>连接</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>本地数据：</translation>
    </message>
    <message>
        <source>Sign-in secrets:</source>
        <translation>登录凭据：</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>没有可用的系统钥匙串。在 Nest Desktop 退出前你会保持登录，下次需要重新登录。不会向磁盘保存任何内容。</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>安全</translation>
    </message>
    <message>
        <source>Local cache key:</source>
        <translation>本地缓存密钥：</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>创建时间：</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>立即轮换(&amp;R)</translation>
    </message>
    <message>
        <source>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</source>
        <translation>为加密的本地缓存生成新密钥，用新密钥重新加密已缓存的内容，并从钥匙串中删除旧密钥。此操作每 30 天也会自动执行一次。</translation>
    </message>
    <message>
        <source>Not open (sign in first)</source>
        <translation>未打开（请先登录）</translation>
    </message>
    <message>
        <source>Re-encrypting: %1 of %2 records</source>
        <translation>正在重新加密：%1 / %2 条记录</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer; its key is kept only in the system keychain.</source>
        <translation>缓存数据在本机上加密存储；其密钥仅保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</source>
        <translation>缓存数据在本机上加密存储。由于没有系统钥匙串，其密钥仅保存在内存中，因此每次启动时缓存都为空。</translation>
    </message>
</context>
<context>
    <name>nest::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</source>
        <translation>你也可以使用 Tab 和 Shift+Tab 切换到任意控件，按 Space 或 Enter 即可激活。</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>按键</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Go to the first view in the sidebar</source>
        <translation>转到侧边栏中的第一个视图</translation>
    </message>
    <message>
        <source>Go to the second view</source>
        <translation>转到第二个视图</translation>
    </message>
    <message>
        <source>Go to the third view</source>
        <translation>转到第三个视图</translation>
    </message>
    <message>
        <source>Go to the fourth view</source>
        <translation>转到第四个视图</translation>
    </message>
    <message>
        <source>Go to the fifth view</source>
        <translation>转到第五个视图</translation>
    </message>
    <message>
        <source>Search in the current view</source>
        <translation>在当前视图中搜索</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>立即重新连接服务器</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>在浅色和深色之间切换</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>显示此列表</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
</context>
<context>
    <name>nest::ui::SignInDialog</name>
    <message>
        <source>Sign in to Nest</source>
        <translation>登录 Nest</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>服务器</translation>
    </message>
    <message>
        <source>&amp;This computer (works offline)</source>
        <translation>本机（可离线使用）(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;Nest server:</source>
        <translation>Nest 服务器(&amp;N)：</translation>
    </message>
    <message>
        <source>https://nest.example.org</source>
        <translation>https://nest.example.org</translation>
    </message>
    <message>
        <source>I am new here: &amp;create an account</source>
        <translation>我是新用户：创建账户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>用户名(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>显示名称(&amp;D)：</translation>
    </message>
    <message>
        <source>3 to 32 of a-z, 0-9 and _</source>
        <translation>3–32 个字符，限 a-z、0-9 和 _</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>至少 8 个字符</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>可选</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>创建账户</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>退出</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://nest.example.org.</source>
        <translation>请输入服务器地址，例如 https://nest.example.org。</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lowercase letters, digits and _.</source>
        <translation>用户名须为 3–32 个字符，只能包含小写字母、数字和 _。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>请设置至少 8 个字符的密码。</translation>
    </message>
</context>
<context>
    <name>nest::ui::TallyChart</name>
    <message>
        <source>Tally</source>
        <translation>计票</translation>
    </message>
    <message>
        <source>No tally yet.</source>
        <translation>暂无计票。</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1：%2（%3%）</translation>
    </message>
    <message>
        <source>Votes by weight: %1.</source>
        <translation>按权重计票：%1。</translation>
    </message>
    <message>
        <source>, </source>
        <translation>，</translation>
    </message>
    <message>
        <source>Winner: %1.</source>
        <translation>胜出：%1。</translation>
    </message>
    <message>
        <source>Leading: %1.</source>
        <translation>领先：%1。</translation>
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
        <translation>提案：%1
你的选择：%2
权重：%3
记录时间：%4（第 %5 号投票）
已用你的密钥 %6 对以下内容签名：
%7</translation>
    </message>
    <message>
        <source>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</source>
        <translation>你投票给：%1

应用会使用钥匙串中你的密钥为此投票签名。投票开放期间你可以更改投票；日志会保留两次投票，较早的一次标记为已被取代。</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>投票</translation>
    </message>
    <message>
        <source>Approve every choice you support.</source>
        <translation>请勾选你支持的每个选项。</translation>
    </message>
    <message>
        <source>Pick one choice.</source>
        <translation>请选择一个选项。</translation>
    </message>
    <message>
        <source>Signing and sending your vote…</source>
        <translation>正在签名并提交你的投票…</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>你的投票已记录。</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>上一步</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>下一步</translation>
    </message>
    <message>
        <source>Sign and vote</source>
        <translation>签名并投票</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>签名</translation>
    </message>
</context>
<context>
    <name>nest::ui::governanceformat</name>
    <message>
        <source>Pending</source>
        <translation>待开始</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>投票中</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>已通过</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已否决</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>已执行</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>赞成投票（可多选）</translation>
    </message>
    <message>
        <source>one voter, one vote</source>
        <translation>每位投票者一票</translation>
    </message>
    <message>
        <source>weighted by balance</source>
        <translation>按余额计权</translation>
    </message>
    <message>
        <source>weighted by the square root of balance</source>
        <translation>按余额的平方根计权</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 天 %2 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分</translation>
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
        <translation>%1 后开始</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>%1 后结束</translation>
    </message>
    <message>
        <source>Executes in %1</source>
        <translation>%1 后执行</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>执行失败</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>于 %1 通过</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>于 %1 结束</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>于 %1 执行</translation>
    </message>
    <message>
        <source>Set the marketplace fee to %1%</source>
        <translation>将市场手续费设为 %1%</translation>
    </message>
    <message>
        <source>Set the alert threshold to %1σ</source>
        <translation>将警报阈值设为 %1σ</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>将 %1 设为 %2</translation>
    </message>
    <message>
        <source>%1 (unknown action)</source>
        <translation>%1（未知操作）</translation>
    </message>
</context>
</TS>
