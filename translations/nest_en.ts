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
        <source>Too many attempts. Try again in %Ln s.</source>
        <translation><numerusform>Too many attempts. Try again in %Ln s.</numerusform><numerusform>Too many attempts. Try again in %Ln s.</numerusform></translation>
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
    <name>nest::client::EncryptedCache</name>
    <message>
        <source>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</source>
        <translation>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache in the keychain is unreadable; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation><numerusform>The key of the local cache in the keychain is unreadable; %n cached record were discarded and will be rebuilt from the server.</numerusform><numerusform>The key of the local cache in the keychain is unreadable; %n cached records were discarded and will be rebuilt from the server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache is missing from the keychain; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation><numerusform>The key of the local cache is missing from the keychain; %n cached record were discarded and will be rebuilt from the server.</numerusform><numerusform>The key of the local cache is missing from the keychain; %n cached records were discarded and will be rebuilt from the server.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n cached record(s) used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</source>
        <translation><numerusform>%n cached record used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</numerusform><numerusform>%n cached records used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</numerusform></translation>
    </message>
    <message>
        <source>The key of the local cache could not be stored in the keychain: %1</source>
        <translation>The key of the local cache could not be stored in the keychain: %1</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</translation>
    </message>
</context>
<context>
    <name>nest::client::Outbox</name>
    <message>
        <source>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</source>
        <translation>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</translation>
    </message>
    <message>
        <source>the outbox key in the keychain is unreadable</source>
        <translation>the outbox key in the keychain is unreadable</translation>
    </message>
    <message>
        <source>the outbox key is missing from the keychain</source>
        <translation>the outbox key is missing from the keychain</translation>
    </message>
    <message>
        <source>their stored form failed its integrity check</source>
        <translation>their stored form failed its integrity check</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent could not be recovered (%1) and were lost: %2.</source>
        <translation><numerusform>%n action waiting to be sent could not be recovered (%1) and were lost: %2.</numerusform><numerusform>%n actions waiting to be sent could not be recovered (%1) and were lost: %2.</numerusform></translation>
    </message>
    <message>
        <source>The outbox could not be written.</source>
        <translation>The outbox could not be written.</translation>
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
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Community</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>Outbox (%1)</translation>
    </message>
</context>
<context>
    <name>nest::desktop::CommunityController</name>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>Thank you: the moderators will look at it.</translation>
    </message>
    <message>
        <source>Your queued post was published.</source>
        <translation>Your queued post was published.</translation>
    </message>
    <message>
        <source>Your queued post was refused: %1</source>
        <translation>Your queued post was refused: %1</translation>
    </message>
    <message>
        <source>Post “%1”</source>
        <translation>Post “%1”</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>Not sent: you are signed out.</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>Like a post</translation>
    </message>
    <message>
        <source>Unlike a post</source>
        <translation>Unlike a post</translation>
    </message>
    <message>
        <source>Your queued comment was published.</source>
        <translation>Your queued comment was published.</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>Comment “%1”</translation>
    </message>
    <message>
        <source>Report a post: %1</source>
        <translation>Report a post: %1</translation>
    </message>
    <message>
        <source>Unhide a post: %1</source>
        <translation>Unhide a post: %1</translation>
    </message>
    <message>
        <source>Lift a suspension: %1</source>
        <translation>Lift a suspension: %1</translation>
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
    <name>nest::desktop::FallbackController</name>
    <message>
        <source>This computer</source>
        <translation>This computer</translation>
    </message>
</context>
<context>
    <name>nest::desktop::GovernanceController</name>
    <message>
        <source>Could not load the proposals: %1</source>
        <translation>Could not load the proposals: %1</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was counted.</source>
        <translation>Your queued vote on “%1” was counted.</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was refused: %2</source>
        <translation>Your queued vote on “%1” was refused: %2</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>Vote on “%1”</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>Not sent: you are signed out.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was created.</source>
        <translation>Your queued proposal “%1” was created.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was refused: %2</source>
        <translation>Your queued proposal “%1” was refused: %2</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>Propose “%1”</translation>
    </message>
</context>
<context>
    <name>nest::desktop::MarketController</name>
    <message>
        <source>Outbid</source>
        <translation>Outbid</translation>
    </message>
    <message>
        <source>You were outbid on “%1”: the leading bid is now %2.</source>
        <translation>You were outbid on “%1”: the leading bid is now %2.</translation>
    </message>
    <message>
        <source>Auction won</source>
        <translation>Auction won</translation>
    </message>
    <message>
        <source>You won “%1” for %2.</source>
        <translation>You won “%1” for %2.</translation>
    </message>
    <message>
        <source>Auction ended</source>
        <translation>Auction ended</translation>
    </message>
    <message>
        <source>The auction for “%1” has ended; another bidder won it.</source>
        <translation>The auction for “%1” has ended; another bidder won it.</translation>
    </message>
    <message>
        <source>“%1” sold for %2.</source>
        <translation>“%1” sold for %2.</translation>
    </message>
    <message>
        <source>“%1” ended without a sale.</source>
        <translation>“%1” ended without a sale.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>Signing and sending…</translation>
    </message>
    <message>
        <source>This action was not sent: it could not be signed. %1</source>
        <translation>This action was not sent: it could not be signed. %1</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum. The next bid must be at least %1.</source>
        <translation>Outbid: your bid is below the minimum. The next bid must be at least %1.</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum.</source>
        <translation>Outbid: your bid is below the minimum.</translation>
    </message>
    <message>
        <source>Not enough funds: your balance is %1 (%2 more is held in escrow).</source>
        <translation>Not enough funds: your balance is %1 (%2 more is held in escrow).</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>This auction has ended.</translation>
    </message>
    <message>
        <source>This listing is no longer on sale.</source>
        <translation>This listing is no longer on sale.</translation>
    </message>
    <message>
        <source>The price changed before your order arrived. Check it and try again.</source>
        <translation>The price changed before your order arrived. Check it and try again.</translation>
    </message>
    <message>
        <source>An auction cannot be cancelled once someone has bid on it.</source>
        <translation>An auction cannot be cancelled once someone has bid on it.</translation>
    </message>
    <message>
        <source>This offer is no longer open: it was accepted, declined or has expired.</source>
        <translation>This offer is no longer open: it was accepted, declined or has expired.</translation>
    </message>
    <message>
        <source>You cannot buy, bid on or make an offer for your own listing.</source>
        <translation>You cannot buy, bid on or make an offer for your own listing.</translation>
    </message>
    <message>
        <source>Only the seller can do that.</source>
        <translation>Only the seller can do that.</translation>
    </message>
    <message>
        <source>The server refused this action's signature. Your signing key may have been replaced on another computer; try again.</source>
        <translation>The server refused this action's signature. Your signing key may have been replaced on another computer; try again.</translation>
    </message>
    <message>
        <source>This kind of listing does not allow that.</source>
        <translation>This kind of listing does not allow that.</translation>
    </message>
    <message>
        <source>Bought. The item is yours.</source>
        <translation>Bought. The item is yours.</translation>
    </message>
    <message>
        <source>Your bid of %1 leads.</source>
        <translation>Your bid of %1 leads.</translation>
    </message>
    <message>
        <source>Offer of %1 made; it is held in escrow until it is accepted or expires.</source>
        <translation>Offer of %1 made; it is held in escrow until it is accepted or expires.</translation>
    </message>
    <message>
        <source>Offer accepted: the item is sold.</source>
        <translation>Offer accepted: the item is sold.</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>Listing cancelled.</translation>
    </message>
    <message>
        <source>“%1” is listed.</source>
        <translation>“%1” is listed.</translation>
    </message>
    <message>
        <source>This action was not sent: you are signed out.</source>
        <translation>This action was not sent: you are signed out.</translation>
    </message>
    <message>
        <source>Buy “%1” for up to %2</source>
        <translation>Buy “%1” for up to %2</translation>
    </message>
    <message>
        <source>Bid %1 on “%2”</source>
        <translation>Bid %1 on “%2”</translation>
    </message>
    <message>
        <source>Offer %1 for “%2”</source>
        <translation>Offer %1 for “%2”</translation>
    </message>
    <message>
        <source>Accept an offer for “%1”</source>
        <translation>Accept an offer for “%1”</translation>
    </message>
    <message>
        <source>Cancel the listing “%1”</source>
        <translation>Cancel the listing “%1”</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>List “%1”</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ModerationController</name>
    <message>
        <source>Done. The action is in the moderation log.</source>
        <translation>Done. The action is in the moderation log.</translation>
    </message>
    <message>
        <source>Hide a post: %1</source>
        <translation>Hide a post: %1</translation>
    </message>
    <message>
        <source>Delete a post: %1</source>
        <translation>Delete a post: %1</translation>
    </message>
    <message>
        <source>Suspend a member: %1</source>
        <translation>Suspend a member: %1</translation>
    </message>
    <message>
        <source>Dismiss a report: %1</source>
        <translation>Dismiss a report: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>Not sent: you are signed out.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OfflineController</name>
    <message numerus="yes">
        <source>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</source>
        <translation><numerusform>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</numerusform><numerusform>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</numerusform></translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>Action refused</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 was refused: %2</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OutboxActions</name>
    <message>
        <source>Queued: will be sent when the server is reachable.</source>
        <translation>Queued: will be sent when the server is reachable.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ViewCache</name>
    <message>
        <source>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</source>
        <translation>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</translation>
    </message>
</context>
<context>
    <name>nest::ui::AmountDialog</name>
    <message>
        <source>Place a bid</source>
        <translation>Place a bid</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>Make an offer</translation>
    </message>
    <message>
        <source>Your bid on “%1”</source>
        <translation>Your bid on “%1”</translation>
    </message>
    <message>
        <source>Your offer for “%1”</source>
        <translation>Your offer for “%1”</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>Amount (%1)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 days</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>Valid for</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>Enter at least %1.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>Enter an amount.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until you are outbid or the auction ends.</source>
        <translation>%1 is held in escrow from your balance until you are outbid or the auction ends.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until the seller accepts or the offer expires.</source>
        <translation>%1 is held in escrow from your balance until the seller accepts or the offer expires.</translation>
    </message>
    <message>
        <source>On a sale the seller pays the market fee of %1 (%2%).</source>
        <translation>On a sale the seller pays the market fee of %1 (%2%).</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>Bid %1</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>Offer %1</translation>
    </message>
</context>
<context>
    <name>nest::ui::AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>Appearance</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Theme:</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Language:</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Theme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Language</translation>
    </message>
</context>
<context>
    <name>nest::ui::CommunityView</name>
    <message>
        <source>Unhide post</source>
        <translation>Unhide post</translation>
    </message>
    <message>
        <source>Show this post to everyone again. Why?</source>
        <translation>Show this post to everyone again. Why?</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>Lift suspension</translation>
    </message>
    <message>
        <source>Let this member post again now. Why?</source>
        <translation>Let this member post again now. Why?</translation>
    </message>
    <message>
        <source>1 new post</source>
        <translation>1 new post</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new posts</source>
        <translation><numerusform>%Ln new posts</numerusform><numerusform>%Ln new posts</numerusform></translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>Report post</translation>
    </message>
    <message>
        <source>Why should moderators look at this post?</source>
        <translation>Why should moderators look at this post?</translation>
    </message>
    <message>
        <source>This post is no longer available.</source>
        <translation>This post is no longer available.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Posts are at most %1 characters.</source>
        <translation>Posts are at most %1 characters.</translation>
    </message>
    <message>
        <source>Share something with the community</source>
        <translation>Share something with the community</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Select a post to read its comments.</source>
        <translation>Select a post to read its comments.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>New post</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>Retry now</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</source>
        <translation><numerusform>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</numerusform><numerusform>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</numerusform></translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>Not connected to %1 since %2.</translation>
    </message>
    <message>
        <source>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</source>
        <translation>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</translation>
    </message>
    <message>
        <source>You are working on this computer's server: what you do stays on this computer.</source>
        <translation>You are working on this computer's server: what you do stays on this computer.</translation>
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
        <source>Reconnecting in %Ln s</source>
        <translation><numerusform>Reconnecting in %Ln s</numerusform><numerusform>Reconnecting in %Ln s</numerusform></translation>
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
    <name>nest::ui::CreateListingDialog</name>
    <message>
        <source>List an item</source>
        <translation>List an item</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Fixed price</translation>
    </message>
    <message>
        <source>Auction (highest bid wins)</source>
        <translation>Auction (highest bid wins)</translation>
    </message>
    <message>
        <source>Dutch auction (price falls)</source>
        <translation>Dutch auction (price falls)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>Price (%1)</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>Lowest price</translation>
    </message>
    <message>
        <source>Reserve (optional)</source>
        <translation>Reserve (optional)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15 minutes</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3 days</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duration</translation>
    </message>
    <message>
        <source>Enter a name, a collection, and a start price above the lowest price.</source>
        <translation>Enter a name, a collection, and a start price above the lowest price.</translation>
    </message>
    <message>
        <source>Enter a name, a collection and a price.</source>
        <translation>Enter a name, a collection and a price.</translation>
    </message>
    <message>
        <source>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</source>
        <translation>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateProposalDialog</name>
    <message>
        <source>Yes</source>
        <translation>Yes</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>Give the proposal a title.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>The description is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Write 2 to 10 choices, one per line.</source>
        <translation>Write 2 to 10 choices, one per line.</translation>
    </message>
    <message>
        <source>A choice is too long (at most %1 characters).</source>
        <translation>A choice is too long (at most %1 characters).</translation>
    </message>
    <message>
        <source>Each choice must be different.</source>
        <translation>Each choice must be different.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>Voting must close after it opens.</translation>
    </message>
    <message>
        <source>Voting must close in the future.</source>
        <translation>Voting must close in the future.</translation>
    </message>
    <message>
        <source>Voting may stay open for at most 366 days.</source>
        <translation>Voting may stay open for at most 366 days.</translation>
    </message>
    <message>
        <source>Set a quorum: the total weight that must vote (0 for none).</source>
        <translation>Set a quorum: the total weight that must vote (0 for none).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>Creating…</translation>
    </message>
    <message>
        <source>Create proposal</source>
        <translation>Create proposal</translation>
    </message>
    <message>
        <source>Without an action the result is advisory.</source>
        <translation>Without an action the result is advisory.</translation>
    </message>
    <message>
        <source>The first choice enacts the action: it runs when that choice wins, after the timelock.</source>
        <translation>The first choice enacts the action: it runs when that choice wins, after the timelock.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>New proposal</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Title</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>Choices (one per line)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>Weighting</translation>
    </message>
    <message>
        <source>Voting opens</source>
        <translation>Voting opens</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>Voting closes</translation>
    </message>
    <message>
        <source>Quorum (weight)</source>
        <translation>Quorum (weight)</translation>
    </message>
    <message>
        <source>Timelock (hours)</source>
        <translation>Timelock (hours)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Approval (several choices)</source>
        <translation>Approval (several choices)</translation>
    </message>
    <message>
        <source>Equal: one voter, one vote</source>
        <translation>Equal: one voter, one vote</translation>
    </message>
    <message>
        <source>Balance at creation</source>
        <translation>Balance at creation</translation>
    </message>
    <message>
        <source>Square root of balance (quadratic)</source>
        <translation>Square root of balance (quadratic)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>None</translation>
    </message>
    <message>
        <source>Set the marketplace fee</source>
        <translation>Set the marketplace fee</translation>
    </message>
    <message>
        <source>Set the alert threshold</source>
        <translation>Set the alert threshold</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
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
        <source>%1 events/s · %Ln active user(s)</source>
        <translation><numerusform>%1 events/s · %Ln active user</numerusform><numerusform>%1 events/s · %Ln active users</numerusform></translation>
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
    <name>nest::ui::GovernanceView</name>
    <message>
        <source>Voting on this proposal has closed.</source>
        <translation>Voting on this proposal has closed.</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>All proposals</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>New proposal…</translation>
    </message>
    <message>
        <source>Proposing needs the voter role</source>
        <translation>Proposing needs the voter role</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>Proposals</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>Show proposals</translation>
    </message>
</context>
<context>
    <name>nest::ui::ItemDetailPanel</name>
    <message>
        <source>Buy now</source>
        <translation>Buy now</translation>
    </message>
    <message>
        <source>Place a bid…</source>
        <translation>Place a bid…</translation>
    </message>
    <message>
        <source>Make an offer…</source>
        <translation>Make an offer…</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Cancel listing</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Accept offer</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>Offers</translation>
    </message>
    <message>
        <source>Price history (sales)</source>
        <translation>Price history (sales)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Activity</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>Bidder</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Amount</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>Buyer</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expires</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>you</source>
        <translation>you</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>Ends in %1</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Ended %1</translation>
    </message>
    <message>
        <source>Select a listing to see it here.</source>
        <translation>Select a listing to see it here.</translation>
    </message>
    <message>
        <source>%1 · %2 · seller %3</source>
        <translation>%1 · %2 · seller %3</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>Sold for</translation>
    </message>
    <message>
        <source>Leading bid</source>
        <translation>Leading bid</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>Starting price</translation>
    </message>
    <message>
        <source>Price now (falling)</source>
        <translation>Price now (falling)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Sold to %1</source>
        <translation>Sold to %1</translation>
    </message>
    <message>
        <source>You are the leading bidder</source>
        <translation>You are the leading bidder</translation>
    </message>
    <message>
        <source>Next bid at least %1</source>
        <translation>Next bid at least %1</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1 bid %2</translation>
    </message>
    <message>
        <source>%1 offered %2 (%3)</source>
        <translation>%1 offered %2 (%3)</translation>
    </message>
    <message>
        <source>Sold for %1</source>
        <translation>Sold for %1</translation>
    </message>
    <message>
        <source>Listed by %1</source>
        <translation>Listed by %1</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Price history</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>No sales yet.</translation>
    </message>
    <message>
        <source>rising since the first sale</source>
        <translation>rising since the first sale</translation>
    </message>
    <message>
        <source>falling since the first sale</source>
        <translation>falling since the first sale</translation>
    </message>
    <message>
        <source>unchanged since the first sale</source>
        <translation>unchanged since the first sale</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</source>
        <translation><numerusform>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</numerusform><numerusform>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</numerusform></translation>
    </message>
    <message>
        <source>The price is %1.</source>
        <translation>The price is %1.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ListingsModel</name>
    <message>
        <source>ended</source>
        <translation>ended</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>Fixed price</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>Auction</translation>
    </message>
    <message>
        <source>Dutch auction</source>
        <translation>Dutch auction</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>Sold</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelled</translation>
    </message>
    <message>
        <source>Ended unsold</source>
        <translation>Ended unsold</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Item</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Price</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>Bids</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>Ends in</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
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
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Theme</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Same as the system</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Light</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dark</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Views</translation>
    </message>
</context>
<context>
    <name>nest::ui::MarketView</name>
    <message>
        <source>Marketplace</source>
        <translation>Marketplace</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>Search items</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>Min price</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>Max price</translation>
    </message>
    <message>
        <source>List an item…</source>
        <translation>List an item…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>All kinds</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Any status</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>All collections</translation>
    </message>
    <message>
        <source>Balance %1 · In escrow %2</source>
        <translation>Balance %1 · In escrow %2</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>Buy now</translation>
    </message>
    <message>
        <source>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</source>
        <translation>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</translation>
    </message>
    <message>
        <source>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</source>
        <translation>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Cancel listing</translation>
    </message>
    <message>
        <source>Take “%1” off the market? Pending offers are returned to their buyers.</source>
        <translation>Take “%1” off the market? Pending offers are returned to their buyers.</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Accept offer</translation>
    </message>
    <message>
        <source>Sell “%1” for %2?
The market keeps %3 and you receive %4.</source>
        <translation>Sell “%1” for %2?
The market keeps %3 and you receive %4.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>Listings</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>Collection</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationLogModel</name>
    <message>
        <source>%1… (chain breaks here)</source>
        <translation>%1… (chain breaks here)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Moderator</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationView</name>
    <message>
        <source>Hide post</source>
        <translation>Hide post</translation>
    </message>
    <message>
        <source>Hide this post from everyone but its author and moderators. Why?</source>
        <translation>Hide this post from everyone but its author and moderators. Why?</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>Delete post</translation>
    </message>
    <message>
        <source>Delete this post for everyone. Why?</source>
        <translation>Delete this post for everyone. Why?</translation>
    </message>
    <message>
        <source>Suspend author</source>
        <translation>Suspend author</translation>
    </message>
    <message>
        <source>Suspend @%1: they can read but not post, comment, like or report. Why?</source>
        <translation>Suspend @%1: they can read but not post, comment, like or report. Why?</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>Dismiss report</translation>
    </message>
    <message>
        <source>Close this report without acting on the post. Why?</source>
        <translation>Close this report without acting on the post. Why?</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Could not write %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log entries to %1.</source>
        <translation><numerusform>Exported %Ln log entries to %1.</numerusform><numerusform>Exported %Ln log entries to %1.</numerusform></translation>
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
        <source>Export moderation log</source>
        <translation>Export moderation log</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>Open reports</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>Hide (H)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>Delete (Del)</translation>
    </message>
    <message>
        <source>Suspend author (S)</source>
        <translation>Suspend author (S)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>Dismiss (D)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Refresh</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>Moderation log</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Verify chain</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Export CSV…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>Export JSON…</translation>
    </message>
    <message>
        <source>Each entry is hash-chained to the one before it: "Verify chain" recomputes every hash.</source>
        <translation>Each entry is hash-chained to the one before it: "Verify chain" recomputes every hash.</translation>
    </message>
    <message>
        <source>Chain intact: 1 entry verified.</source>
        <translation>Chain intact: 1 entry verified.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entries verified.</source>
        <translation><numerusform>Chain intact: %Ln entries verified.</numerusform><numerusform>Chain intact: %Ln entries verified.</numerusform></translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>Chain broken at entry #%1: %2</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxModel</name>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>Like</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>Bid</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Offer</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>Purchase</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>Moderation</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s) so far)</source>
        <translation><numerusform>Waiting (%n attempt so far)</numerusform><numerusform>Waiting (%n attempts so far)</numerusform></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Waiting</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Sending…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refused: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Time</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Kind</translation>
    </message>
    <message>
        <source>State</source>
        <translation>State</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Report</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>Listing</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>Accept offer</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>Cancel listing</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>Proposal</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Dismiss</translation>
    </message>
    <message>
        <source>&amp;Cancel action</source>
        <translation>&amp;Cancel action</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>Outbox</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>Nothing is waiting to be sent.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent, in this order.</source>
        <translation><numerusform>%n action waiting to be sent, in this order.</numerusform><numerusform>%n actions waiting to be sent, in this order.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the server.</source>
        <translation><numerusform>%n action refused by the server.</numerusform><numerusform>%n actions refused by the server.</numerusform></translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>&amp;Retry now</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>Actions waiting to be sent</translation>
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
    <message>
        <source>No training updates yet.</source>
        <translation>No training updates yet.</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message numerus="yes">
        <source>Loss %1 at %2, %3 over %Ln updates.</source>
        <translation><numerusform>Loss %1 at %2, %3 over %Ln updates.</numerusform><numerusform>Loss %1 at %2, %3 over %Ln updates.</numerusform></translation>
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
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Selected user: %1; confidence %2%.</source>
        <translation>Selected user: %1; confidence %2%.</translation>
    </message>
    <message>
        <source>No user selected.</source>
        <translation>No user selected.</translation>
    </message>
    <message>
        <source>Cohort average: %1.</source>
        <translation>Cohort average: %1.</translation>
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
    <message>
        <source>No estimates yet.</source>
        <translation>No estimates yet.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimates from %1 to %2. Latest: %3.</source>
        <translation><numerusform>%Ln estimates from %1 to %2. Latest: %3.</numerusform><numerusform>%Ln estimates from %1 to %2. Latest: %3.</numerusform></translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
</context>
<context>
    <name>nest::ui::PostDelegate</name>
    <message numerus="yes">
        <source>%Ln like(s)</source>
        <translation><numerusform>%Ln like</numerusform><numerusform>%Ln likes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation><numerusform>%Ln comment</numerusform><numerusform>%Ln comments</numerusform></translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>Liked · %1</translation>
    </message>
    <message>
        <source>Hidden · %1</source>
        <translation>Hidden · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation><numerusform>%Ln h ago</numerusform><numerusform>%Ln h ago</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation><numerusform>%Ln min ago</numerusform><numerusform>%Ln min ago</numerusform></translation>
    </message>
    <message>
        <source>just now</source>
        <translation>just now</translation>
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
        <translation>Liked (%1)</translation>
    </message>
    <message>
        <source>Like (%1)</source>
        <translation>Like (%1)</translation>
    </message>
    <message>
        <source>Hidden by a moderator: only you and moderators see it.</source>
        <translation>Hidden by a moderator: only you and moderators see it.</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>Hidden by a moderator: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>Comments (%1)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>Report…</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>Unhide…</translation>
    </message>
    <message>
        <source>Show more comments</source>
        <translation>Show more comments</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>Write a comment</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comment</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProfilePanel</name>
    <message>
        <source>Joined %1 · 1 post</source>
        <translation>Joined %1 · 1 post</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 · %Ln posts</source>
        <translation><numerusform>Joined %1 · %Ln posts</numerusform><numerusform>Joined %1 · %Ln posts</numerusform></translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>Lift suspension…</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>Suspended until %1</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>Suspended until %1: %2</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>Posts</translation>
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
        <translation>Proposal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>When</source>
        <translation>When</translation>
    </message>
    <message>
        <source>Of quorum</source>
        <translation>Of quorum</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalPage</name>
    <message>
        <source>%1 · then a %2 timelock</source>
        <translation>%1 · then a %2 timelock</translation>
    </message>
    <message>
        <source>Turnout %1 of a quorum of %2</source>
        <translation>Turnout %1 of a quorum of %2</translation>
    </message>
    <message>
        <source>%1 (%2% of all eligible weight)</source>
        <translation>%1 (%2% of all eligible weight)</translation>
    </message>
    <message>
        <source>No action: the result is advisory.</source>
        <translation>No action: the result is advisory.</translation>
    </message>
    <message>
        <source>Executed %1: %2.</source>
        <translation>Executed %1: %2.</translation>
    </message>
    <message>
        <source>Not executed: %1.</source>
        <translation>Not executed: %1.</translation>
    </message>
    <message>
        <source>Execution failed: %1 (%2)</source>
        <translation>Execution failed: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 at %2, in %3 (timelock).</source>
        <translation>%1 at %2, in %3 (timelock).</translation>
    </message>
    <message>
        <source>If “%1” wins: %2, %3 after voting ends.</source>
        <translation>If “%1” wins: %2, %3 after voting ends.</translation>
    </message>
    <message>
        <source>Verifying: fetching the vote log and checking every signature…</source>
        <translation>Verifying: fetching the vote log and checking every signature…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>Could not verify: %1</translation>
    </message>
    <message>
        <source>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server's tally (turnout %3)%4.</source>
        <translation>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server's tally (turnout %3)%4.</translation>
    </message>
    <message>
        <source> and its result</source>
        <translation> and its result</translation>
    </message>
    <message>
        <source>The result does NOT verify.</source>
        <translation>The result does NOT verify.</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>its signature does not verify</translation>
    </message>
    <message>
        <source>its weight is not what the weighting gives</source>
        <translation>its weight is not what the weighting gives</translation>
    </message>
    <message>
        <source>its choices are not allowed</source>
        <translation>its choices are not allowed</translation>
    </message>
    <message>
        <source>its superseded mark is wrong</source>
        <translation>its superseded mark is wrong</translation>
    </message>
    <message>
        <source>Vote #%1 by %2: %3.</source>
        <translation>Vote #%1 by %2: %3.</translation>
    </message>
    <message>
        <source>Recounted tally %1 (turnout %2) differs from the server's.</source>
        <translation>Recounted tally %1 (turnout %2) differs from the server's.</translation>
    </message>
    <message>
        <source>The recount does not give the server's result.</source>
        <translation>The recount does not give the server's result.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 choices · voting %5 – %6</source>
        <translation>%1 · %2, %3 · %4 choices · voting %5 – %6</translation>
    </message>
    <message>
        <source>Your vote: %1 (weight %2), signed %3…</source>
        <translation>Your vote: %1 (weight %2), signed %3…</translation>
    </message>
    <message>
        <source>Change vote…</source>
        <translation>Change vote…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>Vote…</translation>
    </message>
    <message>
        <source>Pick a proposal to see its choices and tally.</source>
        <translation>Pick a proposal to see its choices and tally.</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>Verify results</translation>
    </message>
    <message>
        <source>Fetch the vote log, check every signature on this computer and recount with the proposal's weighting</source>
        <translation>Fetch the vote log, check every signature on this computer and recount with the proposal's weighting</translation>
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
    <message>
        <source>No events yet.</source>
        <translation>No events yet.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>rising</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>falling</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>steady</translation>
    </message>
    <message>
        <source>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</source>
        <translation>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>Show or hide %1</translation>
    </message>
    <message>
        <source>Show or hide the alert markers</source>
        <translation>Show or hide the alert markers</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legend</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>Reason (required)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1 hour</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1 day</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7 days</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30 days</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Duration:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReportQueueModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(deleted)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Author</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Reports</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Age</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reason</translation>
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
    <message>
        <source>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Security</translation>
    </message>
    <message>
        <source>Local cache key:</source>
        <translation>Local cache key:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Created:</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>&amp;Rotate now</translation>
    </message>
    <message>
        <source>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</source>
        <translation>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</translation>
    </message>
    <message>
        <source>Not open (sign in first)</source>
        <translation>Not open (sign in first)</translation>
    </message>
    <message>
        <source>Re-encrypting: %1 of %2 records</source>
        <translation>Re-encrypting: %1 of %2 records</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer; its key is kept only in the system keychain.</source>
        <translation>Cached data is encrypted on this computer; its key is kept only in the system keychain.</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</source>
        <translation>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <source>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</source>
        <translation>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Keys</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Go to the first view in the sidebar</source>
        <translation>Go to the first view in the sidebar</translation>
    </message>
    <message>
        <source>Go to the second view</source>
        <translation>Go to the second view</translation>
    </message>
    <message>
        <source>Go to the third view</source>
        <translation>Go to the third view</translation>
    </message>
    <message>
        <source>Go to the fourth view</source>
        <translation>Go to the fourth view</translation>
    </message>
    <message>
        <source>Go to the fifth view</source>
        <translation>Go to the fifth view</translation>
    </message>
    <message>
        <source>Search in the current view</source>
        <translation>Search in the current view</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>Reconnect to the server now</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>Switch between light and dark</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>Show this list</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quit</translation>
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
<context>
    <name>nest::ui::TallyChart</name>
    <message>
        <source>Tally</source>
        <translation>Tally</translation>
    </message>
    <message>
        <source>No tally yet.</source>
        <translation>No tally yet.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2 (%3%)</translation>
    </message>
    <message>
        <source>Votes by weight: %1.</source>
        <translation>Votes by weight: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Winner: %1.</source>
        <translation>Winner: %1.</translation>
    </message>
    <message>
        <source>Leading: %1.</source>
        <translation>Leading: %1.</translation>
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
        <translation>Proposal: %1
Your choice: %2
Weight: %3
Recorded: %4 (vote #%5)
Signed with your key %6 over:
%7</translation>
    </message>
    <message>
        <source>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</source>
        <translation>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Close</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>Vote</translation>
    </message>
    <message>
        <source>Approve every choice you support.</source>
        <translation>Approve every choice you support.</translation>
    </message>
    <message>
        <source>Pick one choice.</source>
        <translation>Pick one choice.</translation>
    </message>
    <message>
        <source>Signing and sending your vote…</source>
        <translation>Signing and sending your vote…</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>Your vote is recorded.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Back</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Next</translation>
    </message>
    <message>
        <source>Sign and vote</source>
        <translation>Sign and vote</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
</context>
<context>
    <name>nest::ui::governanceformat</name>
    <message>
        <source>Pending</source>
        <translation>Pending</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>Voting</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Passed</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Rejected</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>Executed</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>Single choice</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>Approval voting</translation>
    </message>
    <message>
        <source>one voter, one vote</source>
        <translation>one voter, one vote</translation>
    </message>
    <message>
        <source>weighted by balance</source>
        <translation>weighted by balance</translation>
    </message>
    <message>
        <source>weighted by the square root of balance</source>
        <translation>weighted by the square root of balance</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>Opens in %1</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>Ends in %1</translation>
    </message>
    <message>
        <source>Executes in %1</source>
        <translation>Executes in %1</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>Execution failed</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>Passed %1</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>Closed %1</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>Executed %1</translation>
    </message>
    <message>
        <source>Set the marketplace fee to %1%</source>
        <translation>Set the marketplace fee to %1%</translation>
    </message>
    <message>
        <source>Set the alert threshold to %1σ</source>
        <translation>Set the alert threshold to %1σ</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>Set %1 to %2</translation>
    </message>
    <message>
        <source>%1 (unknown action)</source>
        <translation>%1 (unknown action)</translation>
    </message>
</context>
</TS>
