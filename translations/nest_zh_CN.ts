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
</TS>
