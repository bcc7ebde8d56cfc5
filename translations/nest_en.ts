<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>ApiError</name>
    <message>
        <source>Done.</source>
        <translation>Done.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>Cannot reach the server. Check the connection and try again.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>The server did not answer in time. Try again.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>The server refused the request.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>Wrong username or password.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session ended. Sign in again.</source>
        <translation>You are not signed in, or your session ended. Sign in again.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>Your account is not allowed to do this.</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>Not found. It may have been removed.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %n s.</source>
        <translation><numerusform>Too many attempts. Try again in %n s.</numerusform><numerusform>Too many attempts. Try again in %n s.</numerusform></translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>Too many attempts. Wait a moment and try again.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later.</source>
        <translation>The server ran into a problem. Try again later.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>The server sent an answer this app cannot read.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelled.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Something went wrong.</translation>
    </message>
</context>
<context>
    <name>nest::client::ApiJob</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>The call was cancelled.</translation>
    </message>
    <message>
        <source>The server's answer is larger than %1 MiB.</source>
        <translation>The server's answer is larger than %1 MiB.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>No answer within %1 s.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 at byte %2</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>not a JSON object</translation>
    </message>
    <message>
        <source>The server's answer is not valid JSON (%1).</source>
        <translation>The server's answer is not valid JSON (%1).</translation>
    </message>
    <message>
        <source>The server's answer is incomplete (%1).</source>
        <translation>The server's answer is incomplete (%1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>The server answered HTTP %1.</translation>
    </message>
</context>
<context>
    <name>nest::client::SecretStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</translation>
    </message>
</context>
<context>
    <name>nest::client::Session</name>
    <message>
        <source>The saved session belongs to another server.</source>
        <translation>The saved session belongs to another server.</translation>
    </message>
    <message>
        <source>No saved session for this account. Sign in.</source>
        <translation>No saved session for this account. Sign in.</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>Your session ended; sign in again.</translation>
    </message>
</context>
<context>
    <name>nest::client::UserKeys</name>
    <message>
        <source>You were signed out before the signing key was ready.</source>
        <translation>You were signed out before the signing key was ready.</translation>
    </message>
    <message>
        <source>Sign in to sign actions.</source>
        <translation>Sign in to sign actions.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>The keychain could not be read: %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated.</source>
        <translation>A signing key could not be generated.</translation>
    </message>
    <message>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>The signing key could not be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>The server did not accept the signing key: %1</source>
        <translation>The server did not accept the signing key: %1</translation>
    </message>
    <message>
        <source>The server registered a different signing key.</source>
        <translation>The server registered a different signing key.</translation>
    </message>
</context>
<context>
    <name>nest::desktop</name>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
</context>
<context>
    <name>nest::desktop::DesktopApp</name>
    <message>
        <source>this computer</source>
        <translation>this computer</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>The server on this computer could not start:
%1</source>
        <translation>The server on this computer could not start:
%1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %n s; what you see may be out of date.</source>
        <translation><numerusform>The connection to %1 was lost at %2. Reconnecting in %n s; what you see may be out of date.</numerusform><numerusform>The connection to %1 was lost at %2. Reconnecting in %n s; what you see may be out of date.</numerusform></translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>Not connected to %1 since %2.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionIndicator</name>
    <message>
        <source>Live · %1 ms</source>
        <translation>Live · %1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connecting…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %n s</source>
        <translation><numerusform>Reconnecting in %n s</numerusform><numerusform>Reconnecting in %n s</numerusform></translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>Reconnecting…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>Server: this computer</translation>
    </message>
    <message>
        <source>Server: remote</source>
        <translation>Server: remote</translation>
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
        <translation>%1: %2 (expected %3)</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>Last minute</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>Last 5 minutes</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Last hour</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Last 24 hours</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>Follow live</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Resume</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>Event kinds</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Page views</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>Scrolls</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>Dwells</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Window as CSV…</source>
        <translation>Window as CSV…</translation>
    </message>
    <message>
        <source>Window as JSON…</source>
        <translation>Window as JSON…</translation>
    </message>
    <message>
        <source>Rate chart as PNG…</source>
        <translation>Rate chart as PNG…</translation>
    </message>
    <message>
        <source>Radar as PNG…</source>
        <translation>Radar as PNG…</translation>
    </message>
    <message>
        <source>Trait trend as PNG…</source>
        <translation>Trait trend as PNG…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Filter by user ID</source>
        <translation>Filter by user ID</translation>
    </message>
    <message>
        <source>Show one user's events in the chart; clear to see everybody</source>
        <translation>Show one user's events in the chart; clear to see everybody</translation>
    </message>
    <message numerus="yes">
        <source>%1 events/s · %n active user(s)</source>
        <translation><numerusform>%1 events/s · %n active user</numerusform><numerusform>%1 events/s · %n active users</numerusform></translation>
    </message>
    <message>
        <source>%1 events/s from %2, live since %3</source>
        <translation>%1 events/s from %2, live since %3</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG images (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV files (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON files (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Could not write %1.</translation>
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
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Signed in as %1 with the roles: %2</source>
        <translation>Signed in as %1 with the roles: %2</translation>
    </message>
</context>
<context>
    <name>nest::ui::Personality</name>
    <message>
        <source>Openness</source>
        <translation>Openness</translation>
    </message>
    <message>
        <source>Conscientiousness</source>
        <translation>Conscientiousness</translation>
    </message>
    <message>
        <source>Extraversion</source>
        <translation>Extraversion</translation>
    </message>
    <message>
        <source>Agreeableness</source>
        <translation>Agreeableness</translation>
    </message>
    <message>
        <source>Neuroticism</source>
        <translation>Neuroticism</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityLearnerView</name>
    <message>
        <source>Continuous learner</source>
        <translation>Continuous learner</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Samples seen:</source>
        <translation>Samples seen:</translation>
    </message>
    <message>
        <source>Labeled samples:</source>
        <translation>Labeled samples:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>Loss:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>Updated:</translation>
    </message>
    <message>
        <source>Learner loss over time</source>
        <translation>Learner loss over time</translation>
    </message>
    <message>
        <source>Loss over time</source>
        <translation>Loss over time</translation>
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
        <translation>Search users by id or name</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>Search users</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Search results</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>Cohort average</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>No user selected</translation>
    </message>
    <message>
        <source>Search for a user by id or name and pick one from the results.</source>
        <translation>Search for a user by id or name and pick one from the results.</translation>
    </message>
    <message>
        <source>%1 · confidence %2% · samples: %3</source>
        <translation>%1 · confidence %2% · samples: %3</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityRadar</name>
    <message>
        <source>Selected user</source>
        <translation>Selected user</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>Cohort average</translation>
    </message>
    <message>
        <source>Personality radar</source>
        <translation>Personality radar</translation>
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
        <translation>%1, confidence %2%</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityTrend</name>
    <message>
        <source>Personality trend</source>
        <translation>Personality trend</translation>
    </message>
</context>
<context>
    <name>nest::ui::RateChart</name>
    <message>
        <source>Critical</source>
        <translation>Critical</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warning</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>no data</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert (%1): %2</source>
        <translation>Alert (%1): %2</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>Page views</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clicks</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>Scrolls</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>Dwells</translation>
    </message>
    <message>
        <source>Key presses</source>
        <translation>Key presses</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>Searches</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>Purchases</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>Likes</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>Votes</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alerts</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>Events/s</translation>
    </message>
    <message>
        <source>Event rate per kind</source>
        <translation>Event rate per kind</translation>
    </message>
</context>
<context>
    <name>nest::ui::Roles</name>
    <message>
        <source>analyst</source>
        <translation>analyst</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>moderator</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>trader</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>voter</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>admin</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>no roles</translation>
    </message>
</context>
<context>
    <name>nest::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>Settings</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>Signed in as:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>Not signed in</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>Roles:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Sign &amp;out</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connection</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Server:</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>Local data:</translation>
    </message>
    <message>
        <source>Sign-in secrets:</source>
        <translation>Sign-in secrets:</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>Kept in the system keychain.</translation>
    </message>
</context>
<context>
    <name>nest::ui::SignInDialog</name>
    <message>
        <source>Sign in to Nest</source>
        <translation>Sign in to Nest</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>&amp;This computer (works offline)</source>
        <translation>&amp;This computer (works offline)</translation>
    </message>
    <message>
        <source>A &amp;Nest server:</source>
        <translation>A &amp;Nest server:</translation>
    </message>
    <message>
        <source>https://nest.example.org</source>
        <translation>https://nest.example.org</translation>
    </message>
    <message>
        <source>I am new here: &amp;create an account</source>
        <translation>I am new here: &amp;create an account</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Username:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Password:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Display name:</translation>
    </message>
    <message>
        <source>3 to 32 of a-z, 0-9 and _</source>
        <translation>3 to 32 of a-z, 0-9 and _</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>at least 8 characters</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>Create account</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Sign in</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Signing in…</translation>
    </message>
    <message>
        <source>Enter the server's address, for example https://nest.example.org.</source>
        <translation>Enter the server's address, for example https://nest.example.org.</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lowercase letters, digits and _.</source>
        <translation>A username has 3 to 32 characters: lowercase letters, digits and _.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Enter your password.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>Choose a password of at least 8 characters.</translation>
    </message>
</context>
</TS>
