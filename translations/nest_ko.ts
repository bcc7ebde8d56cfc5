<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>ApiError</name>
    <message>
        <source>Done.</source>
        <translation>완료되었습니다.</translation>
    </message>
    <message>
        <source>Cannot reach the server. Check the connection and try again.</source>
        <translation>서버에 연결할 수 없습니다. 연결 상태를 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server did not answer in time. Try again.</source>
        <translation>서버가 제시간에 응답하지 않았습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server refused the request.</source>
        <translation>서버가 요청을 거부했습니다.</translation>
    </message>
    <message>
        <source>Wrong username or password.</source>
        <translation>사용자 이름 또는 비밀번호가 올바르지 않습니다.</translation>
    </message>
    <message>
        <source>You are not signed in, or your session ended. Sign in again.</source>
        <translation>로그인되어 있지 않거나 세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation>이 계정에는 이 작업을 수행할 권한이 없습니다.</translation>
    </message>
    <message>
        <source>Not found. It may have been removed.</source>
        <translation>찾을 수 없습니다. 삭제되었을 수 있습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Too many attempts. Try again in %Ln s.</source>
        <translation>
            <numerusform>시도 횟수가 너무 많습니다. %Ln초 후에 다시 시도하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Too many attempts. Wait a moment and try again.</source>
        <translation>시도 횟수가 너무 많습니다. 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server ran into a problem. Try again later.</source>
        <translation>서버에 문제가 발생했습니다. 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server sent an answer this app cannot read.</source>
        <translation>서버가 이 앱에서 읽을 수 없는 응답을 보냈습니다.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소되었습니다.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>문제가 발생했습니다.</translation>
    </message>
</context>
<context>
    <name>nest::client::ApiJob</name>
    <message>
        <source>The call was cancelled.</source>
        <translation>요청이 취소되었습니다.</translation>
    </message>
    <message>
        <source>The server&apos;s answer is larger than %1 MiB.</source>
        <translation>서버 응답이 %1 MiB를 초과합니다.</translation>
    </message>
    <message>
        <source>No answer within %1 s.</source>
        <translation>%1초 이내에 응답이 없습니다.</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 (바이트 %2)</translation>
    </message>
    <message>
        <source>not a JSON object</source>
        <translation>JSON 객체가 아님</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not valid JSON (%1).</source>
        <translation>서버 응답이 올바른 JSON이 아닙니다(%1).</translation>
    </message>
    <message>
        <source>The server&apos;s answer is incomplete (%1).</source>
        <translation>서버 응답이 불완전합니다(%1).</translation>
    </message>
    <message>
        <source>The server answered HTTP %1.</source>
        <translation>서버가 HTTP %1 응답을 반환했습니다.</translation>
    </message>
</context>
<context>
    <name>nest::client::EncryptedCache</name>
    <message>
        <source>The local cache file was damaged (%1). It was discarded and will be rebuilt from the server.</source>
        <translation>로컬 캐시 파일이 손상되었습니다(%1). 파일을 폐기했으며 서버에서 다시 구성합니다.</translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache in the keychain is unreadable; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>키체인에 있는 로컬 캐시 키를 읽을 수 없습니다. 캐시된 레코드 %n개를 폐기했으며 서버에서 다시 구성합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The key of the local cache is missing from the keychain; %n cached record(s) were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>키체인에 로컬 캐시 키가 없습니다. 캐시된 레코드 %n개를 폐기했으며 서버에서 다시 구성합니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n cached record(s) used a key that is no longer in the keychain; they were discarded and will be rebuilt from the server.</source>
        <translation>
            <numerusform>캐시된 레코드 %n개가 더 이상 키체인에 없는 키를 사용하고 있었습니다. 해당 레코드를 폐기했으며 서버에서 다시 구성합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>The key of the local cache could not be stored in the keychain: %1</source>
        <translation>로컬 캐시 키를 키체인에 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check during key rotation (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>키 교체 중에 캐시된 레코드가 무결성 검사를 통과하지 못했습니다(변조, 뒤바뀜 또는 잘림). 로컬 캐시를 폐기했으며 서버에서 다시 구성합니다.</translation>
    </message>
    <message>
        <source>A cached record failed its integrity check (altered, swapped or truncated). The local cache was discarded and will be rebuilt from the server.</source>
        <translation>캐시된 레코드가 무결성 검사를 통과하지 못했습니다(변조, 뒤바뀜 또는 잘림). 로컬 캐시를 폐기했으며 서버에서 다시 구성합니다.</translation>
    </message>
</context>
<context>
    <name>nest::client::Outbox</name>
    <message>
        <source>The outbox file was damaged (%1): the actions waiting in it could not be read. It was kept as %2.</source>
        <translation>대기 중인 작업 파일이 손상되어(%1) 파일에 있던 작업을 읽을 수 없습니다. 파일은 %2(으)로 보관해 두었습니다.</translation>
    </message>
    <message>
        <source>the outbox key in the keychain is unreadable</source>
        <translation>키체인에 있는 대기 중인 작업 키를 읽을 수 없음</translation>
    </message>
    <message>
        <source>the outbox key is missing from the keychain</source>
        <translation>키체인에 대기 중인 작업 키가 없음</translation>
    </message>
    <message>
        <source>their stored form failed its integrity check</source>
        <translation>저장된 데이터가 무결성 검사를 통과하지 못함</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent could not be recovered (%1) and were lost: %2.</source>
        <translation>
            <numerusform>전송 대기 중이던 작업 %n개를 복구할 수 없어(%1) 손실되었습니다: %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>The outbox could not be written.</source>
        <translation>대기 중인 작업 파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>nest::client::SecretStore</name>
    <message>
        <source>No system keychain is available (%1). You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>시스템 키체인을 사용할 수 없습니다(%1). Nest Desktop을 종료할 때까지 로그인 상태가 유지되며, 다음에 실행할 때 다시 로그인해야 합니다. 디스크에는 아무것도 저장되지 않습니다.</translation>
    </message>
</context>
<context>
    <name>nest::client::Session</name>
    <message>
        <source>The saved session belongs to another server.</source>
        <translation>저장된 세션은 다른 서버의 세션입니다.</translation>
    </message>
    <message>
        <source>No saved session for this account. Sign in.</source>
        <translation>이 계정에 저장된 세션이 없습니다. 로그인하세요.</translation>
    </message>
    <message>
        <source>Your session ended; sign in again.</source>
        <translation>세션이 만료되었습니다. 다시 로그인하세요.</translation>
    </message>
</context>
<context>
    <name>nest::client::UserKeys</name>
    <message>
        <source>You were signed out before the signing key was ready.</source>
        <translation>서명 키가 준비되기 전에 로그아웃되었습니다.</translation>
    </message>
    <message>
        <source>Sign in to sign actions.</source>
        <translation>작업에 서명하려면 로그인하세요.</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>키체인을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A signing key could not be generated.</source>
        <translation>서명 키를 생성할 수 없습니다.</translation>
    </message>
    <message>
        <source>The signing key could not be stored in the keychain: %1</source>
        <translation>서명 키를 키체인에 저장할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The server did not accept the signing key: %1</source>
        <translation>서버가 서명 키를 받아들이지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The server registered a different signing key.</source>
        <translation>서버에 다른 서명 키가 등록되었습니다.</translation>
    </message>
</context>
<context>
    <name>nest::desktop</name>
    <message>
        <source>Dashboard</source>
        <translation>대시보드</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>커뮤니티</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>관리</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>대기 중인 작업</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>거버넌스</translation>
    </message>
    <message>
        <source>Outbox (%1)</source>
        <translation>대기 중인 작업(%1)</translation>
    </message>
</context>
<context>
    <name>nest::desktop::CommunityController</name>
    <message>
        <source>Thank you: the moderators will look at it.</source>
        <translation>감사합니다. 모더레이터가 확인할 예정입니다.</translation>
    </message>
    <message>
        <source>Your queued post was published.</source>
        <translation>대기 중이던 게시물이 게시되었습니다.</translation>
    </message>
    <message>
        <source>Your queued post was refused: %1</source>
        <translation>대기 중이던 게시물이 거부되었습니다: %1</translation>
    </message>
    <message>
        <source>Post “%1”</source>
        <translation>게시물 작성: “%1”</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>로그아웃되어 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Like a post</source>
        <translation>게시물 좋아요</translation>
    </message>
    <message>
        <source>Unlike a post</source>
        <translation>게시물 좋아요 취소</translation>
    </message>
    <message>
        <source>Your queued comment was published.</source>
        <translation>대기 중이던 댓글이 게시되었습니다.</translation>
    </message>
    <message>
        <source>Comment “%1”</source>
        <translation>댓글 작성: “%1”</translation>
    </message>
    <message>
        <source>Report a post: %1</source>
        <translation>게시물 신고: %1</translation>
    </message>
    <message>
        <source>Unhide a post: %1</source>
        <translation>게시물 숨기기 해제: %1</translation>
    </message>
    <message>
        <source>Lift a suspension: %1</source>
        <translation>정지 해제: %1</translation>
    </message>
</context>
<context>
    <name>nest::desktop::DesktopApp</name>
    <message>
        <source>this computer</source>
        <translation>이 컴퓨터</translation>
    </message>
    <message>
        <source>Nest</source>
        <translation>Nest</translation>
    </message>
    <message>
        <source>The server on this computer could not start:
%1</source>
        <translation>이 컴퓨터의 서버를 시작할 수 없습니다:
%1</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>nest::desktop::FallbackController</name>
    <message>
        <source>This computer</source>
        <translation>이 컴퓨터</translation>
    </message>
</context>
<context>
    <name>nest::desktop::GovernanceController</name>
    <message>
        <source>Could not load the proposals: %1</source>
        <translation>제안을 불러올 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was counted.</source>
        <translation>대기 중이던 “%1” 투표가 집계되었습니다.</translation>
    </message>
    <message>
        <source>Your queued vote on “%1” was refused: %2</source>
        <translation>대기 중이던 “%1” 투표가 거부되었습니다: %2</translation>
    </message>
    <message>
        <source>Vote on “%1”</source>
        <translation>“%1”에 투표</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>로그아웃되어 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was created.</source>
        <translation>대기 중이던 제안 “%1”이(가) 생성되었습니다.</translation>
    </message>
    <message>
        <source>Your queued proposal “%1” was refused: %2</source>
        <translation>대기 중이던 제안 “%1”이(가) 거부되었습니다: %2</translation>
    </message>
    <message>
        <source>Propose “%1”</source>
        <translation>“%1” 제안</translation>
    </message>
</context>
<context>
    <name>nest::desktop::MarketController</name>
    <message>
        <source>Outbid</source>
        <translation>더 높은 입찰 발생</translation>
    </message>
    <message>
        <source>You were outbid on “%1”: the leading bid is now %2.</source>
        <translation>“%1”에 더 높은 입찰이 들어왔습니다. 현재 최고 입찰가는 %2입니다.</translation>
    </message>
    <message>
        <source>Auction won</source>
        <translation>경매 낙찰</translation>
    </message>
    <message>
        <source>You won “%1” for %2.</source>
        <translation>“%1”을(를) %2에 낙찰받았습니다.</translation>
    </message>
    <message>
        <source>Auction ended</source>
        <translation>경매 종료</translation>
    </message>
    <message>
        <source>The auction for “%1” has ended; another bidder won it.</source>
        <translation>“%1” 경매가 종료되었습니다. 다른 입찰자가 낙찰받았습니다.</translation>
    </message>
    <message>
        <source>“%1” sold for %2.</source>
        <translation>“%1”이(가) %2에 판매되었습니다.</translation>
    </message>
    <message>
        <source>“%1” ended without a sale.</source>
        <translation>“%1”이(가) 판매되지 않고 종료되었습니다.</translation>
    </message>
    <message>
        <source>Signing and sending…</source>
        <translation>서명 및 전송 중…</translation>
    </message>
    <message>
        <source>This action was not sent: it could not be signed. %1</source>
        <translation>서명할 수 없어 이 작업을 보내지 않았습니다. %1</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum. The next bid must be at least %1.</source>
        <translation>더 높은 입찰이 있습니다. 입찰가가 최소 금액보다 낮습니다. 다음 입찰은 %1 이상이어야 합니다.</translation>
    </message>
    <message>
        <source>Outbid: your bid is below the minimum.</source>
        <translation>더 높은 입찰이 있습니다. 입찰가가 최소 금액보다 낮습니다.</translation>
    </message>
    <message>
        <source>Not enough funds: your balance is %1 (%2 more is held in escrow).</source>
        <translation>잔액이 부족합니다. 현재 잔액은 %1입니다(에스크로에 보관된 금액 %2 별도).</translation>
    </message>
    <message>
        <source>This auction has ended.</source>
        <translation>이 경매는 종료되었습니다.</translation>
    </message>
    <message>
        <source>This listing is no longer on sale.</source>
        <translation>이 등록 상품은 더 이상 판매 중이 아닙니다.</translation>
    </message>
    <message>
        <source>The price changed before your order arrived. Check it and try again.</source>
        <translation>주문이 도착하기 전에 가격이 변경되었습니다. 가격을 확인한 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>An auction cannot be cancelled once someone has bid on it.</source>
        <translation>입찰이 들어온 경매는 취소할 수 없습니다.</translation>
    </message>
    <message>
        <source>This offer is no longer open: it was accepted, declined or has expired.</source>
        <translation>이 제안은 더 이상 유효하지 않습니다. 수락 또는 거절되었거나 만료되었습니다.</translation>
    </message>
    <message>
        <source>You cannot buy, bid on or make an offer for your own listing.</source>
        <translation>자신의 등록 상품은 구매하거나 입찰하거나 제안할 수 없습니다.</translation>
    </message>
    <message>
        <source>Only the seller can do that.</source>
        <translation>판매자만 이 작업을 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The server refused this action&apos;s signature. Your signing key may have been replaced on another computer; try again.</source>
        <translation>서버가 이 작업의 서명을 거부했습니다. 다른 컴퓨터에서 서명 키가 교체되었을 수 있습니다. 다시 시도하세요.</translation>
    </message>
    <message>
        <source>This kind of listing does not allow that.</source>
        <translation>이 유형의 등록 상품에서는 할 수 없는 작업입니다.</translation>
    </message>
    <message>
        <source>Bought. The item is yours.</source>
        <translation>구매가 완료되었습니다. 이제 이 아이템을 소유하게 되었습니다.</translation>
    </message>
    <message>
        <source>Your bid of %1 leads.</source>
        <translation>%1 입찰로 현재 최고 입찰자입니다.</translation>
    </message>
    <message>
        <source>Offer of %1 made; it is held in escrow until it is accepted or expires.</source>
        <translation>%1 제안을 보냈습니다. 수락되거나 만료될 때까지 에스크로에 보관됩니다.</translation>
    </message>
    <message>
        <source>Offer accepted: the item is sold.</source>
        <translation>제안을 수락했습니다. 아이템이 판매되었습니다.</translation>
    </message>
    <message>
        <source>Listing cancelled.</source>
        <translation>등록을 취소했습니다.</translation>
    </message>
    <message>
        <source>“%1” is listed.</source>
        <translation>“%1”을(를) 등록했습니다.</translation>
    </message>
    <message>
        <source>This action was not sent: you are signed out.</source>
        <translation>로그아웃되어 이 작업을 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Buy “%1” for up to %2</source>
        <translation>“%1”을(를) 최대 %2에 구매</translation>
    </message>
    <message>
        <source>Bid %1 on “%2”</source>
        <translation>“%2”에 %1 입찰</translation>
    </message>
    <message>
        <source>Offer %1 for “%2”</source>
        <translation>“%2”에 %1 제안</translation>
    </message>
    <message>
        <source>Accept an offer for “%1”</source>
        <translation>“%1”에 대한 제안 수락</translation>
    </message>
    <message>
        <source>Cancel the listing “%1”</source>
        <translation>“%1” 등록 취소</translation>
    </message>
    <message>
        <source>List “%1”</source>
        <translation>“%1” 등록</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ModerationController</name>
    <message>
        <source>Done. The action is in the moderation log.</source>
        <translation>완료되었습니다. 이 조치는 관리 로그에 기록되었습니다.</translation>
    </message>
    <message>
        <source>Hide a post: %1</source>
        <translation>게시물 숨기기: %1</translation>
    </message>
    <message>
        <source>Delete a post: %1</source>
        <translation>게시물 삭제: %1</translation>
    </message>
    <message>
        <source>Suspend a member: %1</source>
        <translation>회원 정지: %1</translation>
    </message>
    <message>
        <source>Dismiss a report: %1</source>
        <translation>신고 기각: %1</translation>
    </message>
    <message>
        <source>Not sent: you are signed out.</source>
        <translation>로그아웃되어 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OfflineController</name>
    <message numerus="yes">
        <source>The next action was not sent: %1 Next try in %n s, or as soon as the connection is back.</source>
        <translation>
            <numerusform>다음 작업을 보내지 못했습니다: %1 %n초 후 또는 연결이 복구되는 즉시 다시 시도합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Action refused</source>
        <translation>작업 거부됨</translation>
    </message>
    <message>
        <source>%1 was refused: %2</source>
        <translation>%1 작업이 거부되었습니다: %2</translation>
    </message>
</context>
<context>
    <name>nest::desktop::OutboxActions</name>
    <message>
        <source>Queued: will be sent when the server is reachable.</source>
        <translation>대기 중인 작업에 추가했습니다. 서버에 연결되면 전송됩니다.</translation>
    </message>
</context>
<context>
    <name>nest::desktop::ViewCache</name>
    <message>
        <source>Offline — last updated %1. This is what the server last sent; it is refreshed as soon as the server answers.</source>
        <translation>오프라인 — 마지막 업데이트 %1. 서버가 마지막으로 보낸 내용이며, 서버가 응답하는 즉시 새로 고칩니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::AmountDialog</name>
    <message>
        <source>Place a bid</source>
        <translation>입찰하기</translation>
    </message>
    <message>
        <source>Make an offer</source>
        <translation>제안하기</translation>
    </message>
    <message>
        <source>Your bid on “%1”</source>
        <translation>“%1”에 대한 입찰</translation>
    </message>
    <message>
        <source>Your offer for “%1”</source>
        <translation>“%1”에 대한 제안</translation>
    </message>
    <message>
        <source>Amount (%1)</source>
        <translation>금액(%1)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3일</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>Valid for</source>
        <translation>유효 기간</translation>
    </message>
    <message>
        <source>Enter at least %1.</source>
        <translation>%1 이상을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter an amount.</source>
        <translation>금액을 입력하세요.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until you are outbid or the auction ends.</source>
        <translation>더 높은 입찰이 들어오거나 경매가 종료될 때까지 잔액에서 %1이(가) 에스크로에 보관됩니다.</translation>
    </message>
    <message>
        <source>%1 is held in escrow from your balance until the seller accepts or the offer expires.</source>
        <translation>판매자가 수락하거나 제안이 만료될 때까지 잔액에서 %1이(가) 에스크로에 보관됩니다.</translation>
    </message>
    <message>
        <source>On a sale the seller pays the market fee of %1 (%2%).</source>
        <translation>판매 시 마켓 수수료 %1(%2%)은(는) 판매자가 부담합니다.</translation>
    </message>
    <message>
        <source>Bid %1</source>
        <translation>%1 입찰</translation>
    </message>
    <message>
        <source>Offer %1</source>
        <translation>%1 제안</translation>
    </message>
</context>
<context>
    <name>nest::ui::AppearanceSettings</name>
    <message>
        <source>Appearance</source>
        <translation>모양</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>테마(&amp;T):</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 설정에 따름</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>언어(&amp;L):</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>테마</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>언어</translation>
    </message>
</context>
<context>
    <name>nest::ui::CommunityView</name>
    <message>
        <source>Unhide post</source>
        <translation>게시물 숨기기 해제</translation>
    </message>
    <message>
        <source>Show this post to everyone again. Why?</source>
        <translation>이 게시물을 다시 모든 사용자에게 표시합니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Lift suspension</source>
        <translation>정지 해제</translation>
    </message>
    <message>
        <source>Let this member post again now. Why?</source>
        <translation>이 회원이 지금 바로 다시 게시할 수 있도록 합니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>1 new post</source>
        <translation>새 게시물 1개</translation>
    </message>
    <message numerus="yes">
        <source>%Ln new posts</source>
        <translation>
            <numerusform>새 게시물 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Report post</source>
        <translation>게시물 신고</translation>
    </message>
    <message>
        <source>Why should moderators look at this post?</source>
        <translation>모더레이터가 이 게시물을 확인해야 하는 이유는 무엇인가요?</translation>
    </message>
    <message>
        <source>This post is no longer available.</source>
        <translation>이 게시물은 더 이상 볼 수 없습니다.</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Posts are at most %1 characters.</source>
        <translation>게시물은 최대 %1자까지 작성할 수 있습니다.</translation>
    </message>
    <message>
        <source>Share something with the community</source>
        <translation>커뮤니티와 공유할 내용을 작성하세요</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>게시</translation>
    </message>
    <message>
        <source>Select a post to read its comments.</source>
        <translation>게시물을 선택하면 댓글을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>New post</source>
        <translation>새 게시물</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionBanner</name>
    <message>
        <source>Retry now</source>
        <translation>지금 다시 시도</translation>
    </message>
    <message numerus="yes">
        <source>The connection to %1 was lost at %2. Reconnecting in %Ln s; what you see may be out of date.</source>
        <translation>
            <numerusform>%2에 %1 연결이 끊어졌습니다. %Ln초 후에 다시 연결합니다. 표시된 내용이 최신 정보가 아닐 수 있습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not connected to %1 since %2.</source>
        <translation>%2 이후로 %1에 연결되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The server at %1 is unreachable since %2. Analytics from this computer; your actions are queued and will be sent when it is back.</source>
        <translation>%2 이후로 %1 서버에 연결할 수 없습니다. 이 컴퓨터의 분석 데이터를 표시하며, 작업은 대기열에 보관되었다가 서버가 복구되면 전송됩니다.</translation>
    </message>
    <message>
        <source>You are working on this computer&apos;s server: what you do stays on this computer.</source>
        <translation>이 컴퓨터의 서버에서 작업 중입니다. 작업한 내용은 이 컴퓨터에만 남습니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ConnectionIndicator</name>
    <message>
        <source>Live · %1 ms</source>
        <translation>실시간 · %1 ms</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>실시간</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결 중…</translation>
    </message>
    <message numerus="yes">
        <source>Reconnecting in %Ln s</source>
        <translation>
            <numerusform>%Ln초 후 다시 연결</numerusform>
        </translation>
    </message>
    <message>
        <source>Reconnecting…</source>
        <translation>다시 연결 중…</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>오프라인</translation>
    </message>
    <message>
        <source>Server: this computer</source>
        <translation>서버: 이 컴퓨터</translation>
    </message>
    <message>
        <source>Server: remote</source>
        <translation>서버: 원격</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateListingDialog</name>
    <message>
        <source>List an item</source>
        <translation>아이템 등록</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>고정 가격</translation>
    </message>
    <message>
        <source>Auction (highest bid wins)</source>
        <translation>경매(최고 입찰가 낙찰)</translation>
    </message>
    <message>
        <source>Dutch auction (price falls)</source>
        <translation>네덜란드식 경매(가격 하락)</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Price (%1)</source>
        <translation>가격(%1)</translation>
    </message>
    <message>
        <source>Lowest price</source>
        <translation>최저 가격</translation>
    </message>
    <message>
        <source>Reserve (optional)</source>
        <translation>최저 낙찰가(선택 사항)</translation>
    </message>
    <message>
        <source>15 minutes</source>
        <translation>15분</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>3 days</source>
        <translation>3일</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>기간</translation>
    </message>
    <message>
        <source>Enter a name, a collection, and a start price above the lowest price.</source>
        <translation>이름, 컬렉션, 그리고 최저 가격보다 높은 시작 가격을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter a name, a collection and a price.</source>
        <translation>이름, 컬렉션, 가격을 입력하세요.</translation>
    </message>
    <message>
        <source>On a sale at %1 the market keeps %2 (%3%) and you receive %4.</source>
        <translation>%1에 판매되면 마켓 수수료 %2(%3%)을(를) 제외한 %4을(를) 받게 됩니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::CreateProposalDialog</name>
    <message>
        <source>Yes</source>
        <translation>찬성</translation>
    </message>
    <message>
        <source>No</source>
        <translation>반대</translation>
    </message>
    <message>
        <source>Give the proposal a title.</source>
        <translation>제안 제목을 입력하세요.</translation>
    </message>
    <message>
        <source>The description is too long (at most %1 characters).</source>
        <translation>설명이 너무 깁니다(최대 %1자).</translation>
    </message>
    <message>
        <source>Write 2 to 10 choices, one per line.</source>
        <translation>선택지를 한 줄에 하나씩 2~10개 입력하세요.</translation>
    </message>
    <message>
        <source>A choice is too long (at most %1 characters).</source>
        <translation>선택지가 너무 깁니다(최대 %1자).</translation>
    </message>
    <message>
        <source>Each choice must be different.</source>
        <translation>선택지는 모두 서로 달라야 합니다.</translation>
    </message>
    <message>
        <source>Voting must close after it opens.</source>
        <translation>투표 마감 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Voting must close in the future.</source>
        <translation>투표 마감 시각은 미래여야 합니다.</translation>
    </message>
    <message>
        <source>Voting may stay open for at most 366 days.</source>
        <translation>투표는 최대 366일까지 진행할 수 있습니다.</translation>
    </message>
    <message>
        <source>Set a quorum: the total weight that must vote (0 for none).</source>
        <translation>정족수를 설정하세요. 투표에 참여해야 하는 총 가중치입니다(없으면 0).</translation>
    </message>
    <message>
        <source>Creating…</source>
        <translation>생성 중…</translation>
    </message>
    <message>
        <source>Create proposal</source>
        <translation>제안 만들기</translation>
    </message>
    <message>
        <source>Without an action the result is advisory.</source>
        <translation>실행 작업이 없으면 결과는 권고 사항입니다.</translation>
    </message>
    <message>
        <source>The first choice enacts the action: it runs when that choice wins, after the timelock.</source>
        <translation>첫 번째 선택지가 작업을 실행합니다. 해당 선택지가 이기면 타임락이 지난 후 실행됩니다.</translation>
    </message>
    <message>
        <source>New proposal</source>
        <translation>새 제안</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>제목</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>설명</translation>
    </message>
    <message>
        <source>Choices (one per line)</source>
        <translation>선택지(한 줄에 하나씩)</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표 방식</translation>
    </message>
    <message>
        <source>Weighting</source>
        <translation>가중 방식</translation>
    </message>
    <message>
        <source>Voting opens</source>
        <translation>투표 시작</translation>
    </message>
    <message>
        <source>Voting closes</source>
        <translation>투표 마감</translation>
    </message>
    <message>
        <source>Quorum (weight)</source>
        <translation>정족수(가중치)</translation>
    </message>
    <message>
        <source>Timelock (hours)</source>
        <translation>타임락(시간)</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>실행 작업</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>단일 선택</translation>
    </message>
    <message>
        <source>Approval (several choices)</source>
        <translation>찬성 투표(복수 선택)</translation>
    </message>
    <message>
        <source>Equal: one voter, one vote</source>
        <translation>균등: 1인 1표</translation>
    </message>
    <message>
        <source>Balance at creation</source>
        <translation>생성 시점의 잔액</translation>
    </message>
    <message>
        <source>Square root of balance (quadratic)</source>
        <translation>잔액의 제곱근(이차)</translation>
    </message>
    <message>
        <source>None</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Set the marketplace fee</source>
        <translation>마켓 수수료 설정</translation>
    </message>
    <message>
        <source>Set the alert threshold</source>
        <translation>알림 임계값 설정</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
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
        <translation>%1: %2 (예상값 %3)</translation>
    </message>
    <message>
        <source>Last minute</source>
        <translation>최근 1분</translation>
    </message>
    <message>
        <source>Last 5 minutes</source>
        <translation>최근 5분</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>최근 1시간</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>최근 24시간</translation>
    </message>
    <message>
        <source>Follow live</source>
        <translation>실시간 따라가기</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>재개</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시 중지</translation>
    </message>
    <message>
        <source>Event kinds</source>
        <translation>이벤트 종류</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>페이지 조회</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>스크롤</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>체류</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키 입력</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>좋아요</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Window as CSV…</source>
        <translation>표시 구간을 CSV로…</translation>
    </message>
    <message>
        <source>Window as JSON…</source>
        <translation>표시 구간을 JSON으로…</translation>
    </message>
    <message>
        <source>Rate chart as PNG…</source>
        <translation>발생률 차트를 PNG로…</translation>
    </message>
    <message>
        <source>Radar as PNG…</source>
        <translation>레이더 차트를 PNG로…</translation>
    </message>
    <message>
        <source>Trait trend as PNG…</source>
        <translation>특성 추세를 PNG로…</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Filter by user ID</source>
        <translation>사용자 ID로 필터링</translation>
    </message>
    <message>
        <source>Show one user&apos;s events in the chart; clear to see everybody</source>
        <translation>한 사용자의 이벤트만 차트에 표시합니다. 모든 사용자를 보려면 입력란을 비우세요.</translation>
    </message>
    <message numerus="yes">
        <source>%1 events/s · %Ln active user(s)</source>
        <translation>
            <numerusform>초당 이벤트 %1개 · 활성 사용자 %Ln명</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 events/s from %2, live since %3</source>
        <translation>%2: 초당 이벤트 %1개, %3부터 실시간 표시</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 이미지 (*.png)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 파일을 쓸 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::GovernanceView</name>
    <message>
        <source>Voting on this proposal has closed.</source>
        <translation>이 제안에 대한 투표가 마감되었습니다.</translation>
    </message>
    <message>
        <source>All proposals</source>
        <translation>모든 제안</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표 중</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>가결</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>부결</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>New proposal…</source>
        <translation>새 제안…</translation>
    </message>
    <message>
        <source>Proposing needs the voter role</source>
        <translation>제안하려면 투표자 역할이 필요합니다</translation>
    </message>
    <message>
        <source>Proposals</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Show proposals</source>
        <translation>표시할 제안</translation>
    </message>
</context>
<context>
    <name>nest::ui::ItemDetailPanel</name>
    <message>
        <source>Buy now</source>
        <translation>즉시 구매</translation>
    </message>
    <message>
        <source>Place a bid…</source>
        <translation>입찰하기…</translation>
    </message>
    <message>
        <source>Make an offer…</source>
        <translation>제안하기…</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>입찰</translation>
    </message>
    <message>
        <source>Offers</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Price history (sales)</source>
        <translation>가격 기록(판매)</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>활동</translation>
    </message>
    <message>
        <source>Bidder</source>
        <translation>입찰자</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>금액</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Buyer</source>
        <translation>구매자</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>만료</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>you</source>
        <translation>나</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>%1 후 종료</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>%1 종료</translation>
    </message>
    <message>
        <source>Select a listing to see it here.</source>
        <translation>등록 상품을 선택하면 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>%1 · %2 · seller %3</source>
        <translation>%1 · %2 · 판매자 %3</translation>
    </message>
    <message>
        <source>Sold for</source>
        <translation>판매 가격</translation>
    </message>
    <message>
        <source>Leading bid</source>
        <translation>최고 입찰가</translation>
    </message>
    <message>
        <source>Starting price</source>
        <translation>시작 가격</translation>
    </message>
    <message>
        <source>Price now (falling)</source>
        <translation>현재 가격(하락 중)</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Sold to %1</source>
        <translation>%1에게 판매됨</translation>
    </message>
    <message>
        <source>You are the leading bidder</source>
        <translation>최고 입찰자입니다</translation>
    </message>
    <message>
        <source>Next bid at least %1</source>
        <translation>다음 입찰은 %1 이상</translation>
    </message>
    <message>
        <source>%1 bid %2</source>
        <translation>%1: %2 입찰</translation>
    </message>
    <message>
        <source>%1 offered %2 (%3)</source>
        <translation>%1: %2 제안(%3)</translation>
    </message>
    <message>
        <source>Sold for %1</source>
        <translation>%1에 판매됨</translation>
    </message>
    <message>
        <source>Listed by %1</source>
        <translation>등록자: %1</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>가격 기록</translation>
    </message>
    <message>
        <source>No sales yet.</source>
        <translation>아직 판매 기록이 없습니다.</translation>
    </message>
    <message>
        <source>rising since the first sale</source>
        <translation>첫 판매 이후 상승세</translation>
    </message>
    <message>
        <source>falling since the first sale</source>
        <translation>첫 판매 이후 하락세</translation>
    </message>
    <message>
        <source>unchanged since the first sale</source>
        <translation>첫 판매 이후 변동 없음</translation>
    </message>
    <message numerus="yes">
        <source>%Ln sales. Latest %1 on %2; lowest %3, highest %4.</source>
        <translation>
            <numerusform>판매 %Ln건. 최근 판매가 %1(%2), 최저 %3, 최고 %4.</numerusform>
        </translation>
    </message>
    <message>
        <source>The price is %1.</source>
        <translation>가격은 %1입니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ListingsModel</name>
    <message>
        <source>ended</source>
        <translation>종료됨</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>Fixed price</source>
        <translation>고정 가격</translation>
    </message>
    <message>
        <source>Auction</source>
        <translation>경매</translation>
    </message>
    <message>
        <source>Dutch auction</source>
        <translation>네덜란드식 경매</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Sold</source>
        <translation>판매됨</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>취소됨</translation>
    </message>
    <message>
        <source>Ended unsold</source>
        <translation>미판매 종료</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>아이템</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>가격</translation>
    </message>
    <message>
        <source>Bids</source>
        <translation>입찰 수</translation>
    </message>
    <message>
        <source>Ends in</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
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
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
    <message>
        <source>Signed in as %1 with the roles: %2</source>
        <translation>%1 계정으로 로그인했습니다. 역할: %2</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>테마(&amp;T)</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>시스템 설정에 따름</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>밝게</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>어둡게</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>화면</translation>
    </message>
</context>
<context>
    <name>nest::ui::MarketView</name>
    <message>
        <source>Marketplace</source>
        <translation>마켓플레이스</translation>
    </message>
    <message>
        <source>Search items</source>
        <translation>아이템 검색</translation>
    </message>
    <message>
        <source>Min price</source>
        <translation>최소 가격</translation>
    </message>
    <message>
        <source>Max price</source>
        <translation>최대 가격</translation>
    </message>
    <message>
        <source>List an item…</source>
        <translation>아이템 등록…</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>모든 유형</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>All collections</source>
        <translation>모든 컬렉션</translation>
    </message>
    <message>
        <source>Balance %1 · In escrow %2</source>
        <translation>잔액 %1 · 에스크로 %2</translation>
    </message>
    <message>
        <source>Buy now</source>
        <translation>즉시 구매</translation>
    </message>
    <message>
        <source>Buy “%1” for %2?
The seller pays the market fee of %3 out of it.%4</source>
        <translation>“%1”을(를) %2에 구매하시겠습니까?
마켓 수수료 %3은(는) 판매자가 이 금액에서 부담합니다.%4</translation>
    </message>
    <message>
        <source>
The price keeps falling: you pay the price when the server receives your order, at most this amount.</source>
        <translation>
가격은 계속 내려갑니다. 서버가 주문을 받은 시점의 가격을 지불하며, 이 금액을 넘지 않습니다.</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Take “%1” off the market? Pending offers are returned to their buyers.</source>
        <translation>“%1”을(를) 마켓에서 내리시겠습니까? 대기 중인 제안은 구매자에게 반환됩니다.</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Sell “%1” for %2?
The market keeps %3 and you receive %4.</source>
        <translation>“%1”을(를) %2에 판매하시겠습니까?
마켓 수수료 %3을(를) 제외한 %4을(를) 받게 됩니다.</translation>
    </message>
    <message>
        <source>Listings</source>
        <translation>등록 상품</translation>
    </message>
    <message>
        <source>Collection</source>
        <translation>컬렉션</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationLogModel</name>
    <message>
        <source>%1… (chain breaks here)</source>
        <translation>%1… (여기서 체인이 끊어짐)</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>모더레이터</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>조치</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>대상</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>해시</translation>
    </message>
</context>
<context>
    <name>nest::ui::ModerationView</name>
    <message>
        <source>Hide post</source>
        <translation>게시물 숨기기</translation>
    </message>
    <message>
        <source>Hide this post from everyone but its author and moderators. Why?</source>
        <translation>작성자와 모더레이터를 제외한 모든 사용자에게 이 게시물을 숨깁니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Delete post</source>
        <translation>게시물 삭제</translation>
    </message>
    <message>
        <source>Delete this post for everyone. Why?</source>
        <translation>모든 사용자에게서 이 게시물을 삭제합니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Suspend author</source>
        <translation>작성자 정지</translation>
    </message>
    <message>
        <source>Suspend @%1: they can read but not post, comment, like or report. Why?</source>
        <translation>@%1 님을 정지합니다. 정지된 사용자는 글을 읽을 수는 있지만 게시, 댓글, 좋아요, 신고는 할 수 없습니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Dismiss report</source>
        <translation>신고 기각</translation>
    </message>
    <message>
        <source>Close this report without acting on the post. Why?</source>
        <translation>게시물에 대한 조치 없이 이 신고를 종료합니다. 사유를 입력하세요.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 파일을 쓸 수 없습니다: %2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln log entries to %1.</source>
        <translation>
            <numerusform>로그 항목 %Ln개를 %1(으)로 내보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON 파일 (*.json)</translation>
    </message>
    <message>
        <source>Export moderation log</source>
        <translation>관리 로그 내보내기</translation>
    </message>
    <message>
        <source>Open reports</source>
        <translation>처리 대기 중인 신고</translation>
    </message>
    <message>
        <source>Hide (H)</source>
        <translation>숨기기 (H)</translation>
    </message>
    <message>
        <source>Delete (Del)</source>
        <translation>삭제 (Del)</translation>
    </message>
    <message>
        <source>Suspend author (S)</source>
        <translation>작성자 정지 (S)</translation>
    </message>
    <message>
        <source>Dismiss (D)</source>
        <translation>기각 (D)</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>새로 고침</translation>
    </message>
    <message>
        <source>Moderation log</source>
        <translation>관리 로그</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>체인 검증</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>Each entry is hash-chained to the one before it: &quot;Verify chain&quot; recomputes every hash.</source>
        <translation>각 항목은 해시로 이전 항목과 연결되어 있습니다. “체인 검증”을 누르면 모든 해시를 다시 계산합니다.</translation>
    </message>
    <message>
        <source>Chain intact: 1 entry verified.</source>
        <translation>체인 정상: 항목 1개를 검증했습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Chain intact: %Ln entries verified.</source>
        <translation>
            <numerusform>체인 정상: 항목 %Ln개를 검증했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain broken at entry #%1: %2</source>
        <translation>항목 #%1에서 체인이 끊어졌습니다: %2</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxModel</name>
    <message>
        <source>Post</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글</translation>
    </message>
    <message>
        <source>Like</source>
        <translation>좋아요</translation>
    </message>
    <message>
        <source>Bid</source>
        <translation>입찰</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>제안</translation>
    </message>
    <message>
        <source>Purchase</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Moderation</source>
        <translation>관리</translation>
    </message>
    <message numerus="yes">
        <source>Waiting (%n attempt(s) so far)</source>
        <translation>
            <numerusform>대기 중(지금까지 %n회 시도)</numerusform>
        </translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>전송 중…</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>거부됨: %1</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>작업</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Listing</source>
        <translation>등록</translation>
    </message>
    <message>
        <source>Accept offer</source>
        <translation>제안 수락</translation>
    </message>
    <message>
        <source>Cancel listing</source>
        <translation>등록 취소</translation>
    </message>
    <message>
        <source>Proposal</source>
        <translation>제안</translation>
    </message>
</context>
<context>
    <name>nest::ui::OutboxView</name>
    <message>
        <source>&amp;Dismiss</source>
        <translation>제거(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel action</source>
        <translation>작업 취소(&amp;C)</translation>
    </message>
    <message>
        <source>Outbox</source>
        <translation>대기 중인 작업</translation>
    </message>
    <message>
        <source>Nothing is waiting to be sent.</source>
        <translation>전송 대기 중인 작업이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent, in this order.</source>
        <translation>
            <numerusform>작업 %n개가 다음 순서대로 전송을 기다리고 있습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the server.</source>
        <translation>
            <numerusform>서버가 작업 %n개를 거부했습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Retry now</source>
        <translation>지금 다시 시도(&amp;R)</translation>
    </message>
    <message>
        <source>Actions waiting to be sent</source>
        <translation>전송 대기 중인 작업</translation>
    </message>
</context>
<context>
    <name>nest::ui::Personality</name>
    <message>
        <source>Openness</source>
        <translation>개방성</translation>
    </message>
    <message>
        <source>Conscientiousness</source>
        <translation>성실성</translation>
    </message>
    <message>
        <source>Extraversion</source>
        <translation>외향성</translation>
    </message>
    <message>
        <source>Agreeableness</source>
        <translation>친화성</translation>
    </message>
    <message>
        <source>Neuroticism</source>
        <translation>신경성</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityLearnerView</name>
    <message>
        <source>Continuous learner</source>
        <translation>연속 학습 모델</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>버전:</translation>
    </message>
    <message>
        <source>Samples seen:</source>
        <translation>처리한 샘플:</translation>
    </message>
    <message>
        <source>Labeled samples:</source>
        <translation>레이블된 샘플:</translation>
    </message>
    <message>
        <source>Loss:</source>
        <translation>손실:</translation>
    </message>
    <message>
        <source>Updated:</source>
        <translation>마지막 업데이트:</translation>
    </message>
    <message>
        <source>Learner loss over time</source>
        <translation>시간에 따른 학습 모델 손실</translation>
    </message>
    <message>
        <source>Loss over time</source>
        <translation>시간에 따른 손실</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No training updates yet.</source>
        <translation>아직 학습 업데이트가 없습니다.</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>안정세</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>감소세</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>증가세</translation>
    </message>
    <message numerus="yes">
        <source>Loss %1 at %2, %3 over %Ln updates.</source>
        <translation>
            <numerusform>%2 기준 손실 %1, 업데이트 %Ln회 동안 %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityPanel</name>
    <message>
        <source>Search users by id or name</source>
        <translation>ID 또는 이름으로 사용자 검색</translation>
    </message>
    <message>
        <source>Search users</source>
        <translation>사용자 검색</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>검색 결과</translation>
    </message>
    <message>
        <source>Selected user</source>
        <translation>선택한 사용자</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>집단 평균</translation>
    </message>
    <message>
        <source>–</source>
        <comment>no value yet</comment>
        <translation>–</translation>
    </message>
    <message>
        <source>No user selected</source>
        <translation>선택한 사용자 없음</translation>
    </message>
    <message>
        <source>Search for a user by id or name and pick one from the results.</source>
        <translation>ID 또는 이름으로 사용자를 검색한 후 결과에서 선택하세요.</translation>
    </message>
    <message>
        <source>%1 · confidence %2% · samples: %3</source>
        <translation>%1 · 신뢰도 %2% · 샘플: %3</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityRadar</name>
    <message>
        <source>Selected user</source>
        <translation>선택한 사용자</translation>
    </message>
    <message>
        <source>Cohort average</source>
        <translation>집단 평균</translation>
    </message>
    <message>
        <source>Personality radar</source>
        <translation>성격 레이더</translation>
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
        <translation>선택한 사용자: %1, 신뢰도 %2%.</translation>
    </message>
    <message>
        <source>No user selected.</source>
        <translation>선택한 사용자가 없습니다.</translation>
    </message>
    <message>
        <source>Cohort average: %1.</source>
        <translation>집단 평균: %1.</translation>
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
        <translation>%1, 신뢰도 %2%</translation>
    </message>
</context>
<context>
    <name>nest::ui::PersonalityTrend</name>
    <message>
        <source>Personality trend</source>
        <translation>성격 추세</translation>
    </message>
    <message>
        <source>No estimates yet.</source>
        <translation>아직 추정치가 없습니다.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>증가세</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>감소세</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>안정세</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln estimates from %1 to %2. Latest: %3.</source>
        <translation>
            <numerusform>%1부터 %2까지 추정치 %Ln개. 최신: %3.</numerusform>
        </translation>
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
        <translation>
            <numerusform>좋아요 %Ln개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln comment(s)</source>
        <translation>
            <numerusform>댓글 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Liked · %1</source>
        <translation>좋아요 누름 · %1</translation>
    </message>
    <message>
        <source>Hidden · %1</source>
        <translation>숨김 · %1</translation>
    </message>
    <message numerus="yes">
        <source>%Ln h ago</source>
        <translation>
            <numerusform>%Ln시간 전</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln min ago</source>
        <translation>
            <numerusform>%Ln분 전</numerusform>
        </translation>
    </message>
    <message>
        <source>just now</source>
        <translation>방금 전</translation>
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
        <translation>좋아요 누름(%1)</translation>
    </message>
    <message>
        <source>Like (%1)</source>
        <translation>좋아요(%1)</translation>
    </message>
    <message>
        <source>Hidden by a moderator: only you and moderators see it.</source>
        <translation>모더레이터가 숨긴 게시물입니다. 나와 모더레이터만 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Hidden by a moderator: %1</source>
        <translation>모더레이터가 숨김: %1</translation>
    </message>
    <message>
        <source>Comments (%1)</source>
        <translation>댓글(%1)</translation>
    </message>
    <message>
        <source>Report…</source>
        <translation>신고…</translation>
    </message>
    <message>
        <source>Unhide…</source>
        <translation>숨기기 해제…</translation>
    </message>
    <message>
        <source>Show more comments</source>
        <translation>댓글 더 보기</translation>
    </message>
    <message>
        <source>Write a comment</source>
        <translation>댓글 쓰기</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>댓글 달기</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProfilePanel</name>
    <message>
        <source>Joined %1 · 1 post</source>
        <translation>%1 가입 · 게시물 1개</translation>
    </message>
    <message numerus="yes">
        <source>Joined %1 · %Ln posts</source>
        <translation>
            <numerusform>%1 가입 · 게시물 %Ln개</numerusform>
        </translation>
    </message>
    <message>
        <source>Lift suspension…</source>
        <translation>정지 해제…</translation>
    </message>
    <message>
        <source>Suspended until %1</source>
        <translation>%1까지 정지됨</translation>
    </message>
    <message>
        <source>Suspended until %1: %2</source>
        <translation>%1까지 정지됨: %2</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
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
        <translation>제안</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>When</source>
        <translation>일시</translation>
    </message>
    <message>
        <source>Of quorum</source>
        <translation>정족수 대비</translation>
    </message>
</context>
<context>
    <name>nest::ui::ProposalPage</name>
    <message>
        <source>%1 · then a %2 timelock</source>
        <translation>%1 · 이후 타임락 %2</translation>
    </message>
    <message>
        <source>Turnout %1 of a quorum of %2</source>
        <translation>투표율 %1 / 정족수 %2</translation>
    </message>
    <message>
        <source>%1 (%2% of all eligible weight)</source>
        <translation>%1(전체 투표 가능 가중치의 %2%)</translation>
    </message>
    <message>
        <source>No action: the result is advisory.</source>
        <translation>실행 작업 없음: 결과는 권고 사항입니다.</translation>
    </message>
    <message>
        <source>Executed %1: %2.</source>
        <translation>%1에 실행됨: %2.</translation>
    </message>
    <message>
        <source>Not executed: %1.</source>
        <translation>실행되지 않음: %1.</translation>
    </message>
    <message>
        <source>Execution failed: %1 (%2)</source>
        <translation>실행 실패: %1(%2)</translation>
    </message>
    <message>
        <source>%1 at %2, in %3 (timelock).</source>
        <translation>%1: %2 실행 예정(%3 후, 타임락).</translation>
    </message>
    <message>
        <source>If “%1” wins: %2, %3 after voting ends.</source>
        <translation>“%1”이(가) 이기면 투표 종료 %3 후 실행: %2.</translation>
    </message>
    <message>
        <source>Verifying: fetching the vote log and checking every signature…</source>
        <translation>검증 중: 투표 로그를 가져와 모든 서명을 확인하는 중…</translation>
    </message>
    <message>
        <source>Could not verify: %1</source>
        <translation>검증할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Verified on this computer: %1 signatures checked, %2 votes counted; the recount matches the server&apos;s tally (turnout %3)%4.</source>
        <translation>이 컴퓨터에서 검증했습니다. 서명 %1개를 확인하고 투표 %2건을 집계했으며, 재집계 결과가 서버의 집계(투표율 %3)%4와 일치합니다.</translation>
    </message>
    <message>
        <source> and its result</source>
        <translation> 및 결과</translation>
    </message>
    <message>
        <source>The result does NOT verify.</source>
        <translation>결과가 검증되지 않습니다.</translation>
    </message>
    <message>
        <source>its signature does not verify</source>
        <translation>서명을 검증할 수 없음</translation>
    </message>
    <message>
        <source>its weight is not what the weighting gives</source>
        <translation>가중치가 가중 방식에 따른 값과 다름</translation>
    </message>
    <message>
        <source>its choices are not allowed</source>
        <translation>허용되지 않은 선택지가 포함됨</translation>
    </message>
    <message>
        <source>its superseded mark is wrong</source>
        <translation>대체됨 표시가 잘못됨</translation>
    </message>
    <message>
        <source>Vote #%1 by %2: %3.</source>
        <translation>%2의 투표 #%1: %3.</translation>
    </message>
    <message>
        <source>Recounted tally %1 (turnout %2) differs from the server&apos;s.</source>
        <translation>재집계 결과 %1(투표율 %2)이(가) 서버의 집계와 다릅니다.</translation>
    </message>
    <message>
        <source>The recount does not give the server&apos;s result.</source>
        <translation>재집계 결과가 서버의 결과와 일치하지 않습니다.</translation>
    </message>
    <message>
        <source>%1 · %2, %3 · %4 choices · voting %5 – %6</source>
        <translation>%1 · %2, %3 · 선택지 %4개 · 투표 기간 %5 – %6</translation>
    </message>
    <message>
        <source>Your vote: %1 (weight %2), signed %3…</source>
        <translation>내 투표: %1(가중치 %2), 서명 %3…</translation>
    </message>
    <message>
        <source>Change vote…</source>
        <translation>투표 변경…</translation>
    </message>
    <message>
        <source>Vote…</source>
        <translation>투표…</translation>
    </message>
    <message>
        <source>Pick a proposal to see its choices and tally.</source>
        <translation>제안을 선택하면 선택지와 집계를 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Verify results</source>
        <translation>결과 검증</translation>
    </message>
    <message>
        <source>Fetch the vote log, check every signature on this computer and recount with the proposal&apos;s weighting</source>
        <translation>투표 로그를 가져와 이 컴퓨터에서 모든 서명을 확인하고 제안의 가중 방식으로 다시 집계합니다</translation>
    </message>
</context>
<context>
    <name>nest::ui::RateChart</name>
    <message>
        <source>Critical</source>
        <translation>심각</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>정보</translation>
    </message>
    <message>
        <source>no data</source>
        <translation>데이터 없음</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Alert (%1): %2</source>
        <translation>알림(%1): %2</translation>
    </message>
    <message>
        <source>Page views</source>
        <translation>페이지 조회</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>클릭</translation>
    </message>
    <message>
        <source>Scrolls</source>
        <translation>스크롤</translation>
    </message>
    <message>
        <source>Dwells</source>
        <translation>체류</translation>
    </message>
    <message>
        <source>Key presses</source>
        <translation>키 입력</translation>
    </message>
    <message>
        <source>Searches</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>구매</translation>
    </message>
    <message>
        <source>Posts</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Likes</source>
        <translation>좋아요</translation>
    </message>
    <message>
        <source>Votes</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>알림</translation>
    </message>
    <message>
        <source>Events/s</source>
        <translation>이벤트/초</translation>
    </message>
    <message>
        <source>Event rate per kind</source>
        <translation>종류별 이벤트 발생률</translation>
    </message>
    <message>
        <source>No events yet.</source>
        <translation>아직 이벤트가 없습니다.</translation>
    </message>
    <message>
        <source>rising</source>
        <translation>증가세</translation>
    </message>
    <message>
        <source>falling</source>
        <translation>감소세</translation>
    </message>
    <message>
        <source>steady</source>
        <translation>안정세</translation>
    </message>
    <message>
        <source>At %1: %2 events per second in all, %3 over the last minute. Most frequent: %4 %5/s, %6 %7/s.</source>
        <translation>%1 기준 전체 초당 이벤트 %2개, 최근 1분간 %3입니다. 가장 많은 이벤트: %4 %5/초, %6 %7/초.</translation>
    </message>
    <message>
        <source>Show or hide %1</source>
        <translation>%1 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Show or hide the alert markers</source>
        <translation>알림 표시 또는 숨기기</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>범례</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReasonDialog</name>
    <message>
        <source>Reason (required)</source>
        <translation>사유(필수)</translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation>1시간</translation>
    </message>
    <message>
        <source>1 day</source>
        <translation>1일</translation>
    </message>
    <message>
        <source>7 days</source>
        <translation>7일</translation>
    </message>
    <message>
        <source>30 days</source>
        <translation>30일</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>기간:</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>nest::ui::ReportQueueModel</name>
    <message>
        <source>(deleted)</source>
        <translation>(삭제됨)</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>게시물</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>작성자</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>신고 수</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>경과 시간</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
</context>
<context>
    <name>nest::ui::Roles</name>
    <message>
        <source>analyst</source>
        <translation>분석가</translation>
    </message>
    <message>
        <source>moderator</source>
        <translation>모더레이터</translation>
    </message>
    <message>
        <source>trader</source>
        <translation>트레이더</translation>
    </message>
    <message>
        <source>voter</source>
        <translation>투표자</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>관리자</translation>
    </message>
    <message>
        <source>no roles</source>
        <translation>역할 없음</translation>
    </message>
</context>
<context>
    <name>nest::ui::SettingsView</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>계정</translation>
    </message>
    <message>
        <source>Signed in as:</source>
        <translation>로그인 계정:</translation>
    </message>
    <message>
        <source>Not signed in</source>
        <translation>로그인하지 않음</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Roles:</source>
        <translation>역할:</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>로그아웃(&amp;O)</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>연결</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>서버:</translation>
    </message>
    <message>
        <source>Local data:</source>
        <translation>로컬 데이터:</translation>
    </message>
    <message>
        <source>Sign-in secrets:</source>
        <translation>로그인 자격 증명:</translation>
    </message>
    <message>
        <source>Kept in the system keychain.</source>
        <translation>시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>No system keychain is available. You stay signed in until Nest Desktop quits, and will have to sign in again next time. Nothing is saved to disk.</source>
        <translation>사용할 수 있는 시스템 키체인이 없습니다. Nest Desktop을 종료할 때까지 로그인 상태가 유지되며, 다음에는 다시 로그인해야 합니다. 디스크에는 아무것도 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>보안</translation>
    </message>
    <message>
        <source>Local cache key:</source>
        <translation>로컬 캐시 키:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>생성일:</translation>
    </message>
    <message>
        <source>&amp;Rotate now</source>
        <translation>지금 교체(&amp;R)</translation>
    </message>
    <message>
        <source>Make a new key for the encrypted local cache, re-encrypt what is cached with it and remove the old key from the keychain. This also happens every 30 days.</source>
        <translation>암호화된 로컬 캐시용 새 키를 만들고, 캐시된 데이터를 새 키로 다시 암호화한 다음 이전 키를 키체인에서 제거합니다. 이 작업은 30일마다 자동으로도 수행됩니다.</translation>
    </message>
    <message>
        <source>Not open (sign in first)</source>
        <translation>열리지 않음(먼저 로그인하세요)</translation>
    </message>
    <message>
        <source>Re-encrypting: %1 of %2 records</source>
        <translation>다시 암호화하는 중: 레코드 %2개 중 %1개</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer; its key is kept only in the system keychain.</source>
        <translation>캐시된 데이터는 이 컴퓨터에서 암호화되며, 키는 시스템 키체인에만 보관됩니다.</translation>
    </message>
    <message>
        <source>Cached data is encrypted on this computer. With no system keychain its key lives in memory only, so the cache starts empty at every start.</source>
        <translation>캐시된 데이터는 이 컴퓨터에서 암호화됩니다. 시스템 키체인이 없으므로 키가 메모리에만 존재하며, 따라서 실행할 때마다 캐시가 비어 있는 상태로 시작됩니다.</translation>
    </message>
</context>
<context>
    <name>nest::ui::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Every control can also be reached with Tab and Shift+Tab; Space or Enter activates it.</source>
        <translation>모든 컨트롤은 Tab과 Shift+Tab으로도 이동할 수 있으며, Space 또는 Enter를 누르면 실행됩니다.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Go to the first view in the sidebar</source>
        <translation>사이드바의 첫 번째 화면으로 이동</translation>
    </message>
    <message>
        <source>Go to the second view</source>
        <translation>두 번째 화면으로 이동</translation>
    </message>
    <message>
        <source>Go to the third view</source>
        <translation>세 번째 화면으로 이동</translation>
    </message>
    <message>
        <source>Go to the fourth view</source>
        <translation>네 번째 화면으로 이동</translation>
    </message>
    <message>
        <source>Go to the fifth view</source>
        <translation>다섯 번째 화면으로 이동</translation>
    </message>
    <message>
        <source>Search in the current view</source>
        <translation>현재 화면에서 검색</translation>
    </message>
    <message>
        <source>Reconnect to the server now</source>
        <translation>지금 서버에 다시 연결</translation>
    </message>
    <message>
        <source>Switch between light and dark</source>
        <translation>밝은 테마와 어두운 테마 간 전환</translation>
    </message>
    <message>
        <source>Show this list</source>
        <translation>이 목록 표시</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
</context>
<context>
    <name>nest::ui::SignInDialog</name>
    <message>
        <source>Sign in to Nest</source>
        <translation>Nest에 로그인</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>서버</translation>
    </message>
    <message>
        <source>&amp;This computer (works offline)</source>
        <translation>이 컴퓨터(오프라인에서 작동)(&amp;T)</translation>
    </message>
    <message>
        <source>A &amp;Nest server:</source>
        <translation>Nest 서버(&amp;N):</translation>
    </message>
    <message>
        <source>https://nest.example.org</source>
        <translation>https://nest.example.org</translation>
    </message>
    <message>
        <source>I am new here: &amp;create an account</source>
        <translation>처음이신가요? 계정 만들기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>사용자 이름(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>비밀번호(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>표시 이름(&amp;D):</translation>
    </message>
    <message>
        <source>3 to 32 of a-z, 0-9 and _</source>
        <translation>a-z, 0-9, _ 중 3~32자</translation>
    </message>
    <message>
        <source>at least 8 characters</source>
        <translation>8자 이상</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>선택 사항</translation>
    </message>
    <message>
        <source>Create account</source>
        <translation>계정 만들기</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>로그인</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>로그인 중…</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address, for example https://nest.example.org.</source>
        <translation>서버 주소를 입력하세요(예: https://nest.example.org).</translation>
    </message>
    <message>
        <source>A username has 3 to 32 characters: lowercase letters, digits and _.</source>
        <translation>사용자 이름은 영문 소문자, 숫자, _로 이루어진 3~32자여야 합니다.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>비밀번호를 입력하세요.</translation>
    </message>
    <message>
        <source>Choose a password of at least 8 characters.</source>
        <translation>8자 이상의 비밀번호를 설정하세요.</translation>
    </message>
</context>
<context>
    <name>nest::ui::TallyChart</name>
    <message>
        <source>Tally</source>
        <translation>집계</translation>
    </message>
    <message>
        <source>No tally yet.</source>
        <translation>아직 집계가 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <translation>%1: %2(%3%)</translation>
    </message>
    <message>
        <source>Votes by weight: %1.</source>
        <translation>가중치 기준 득표: %1.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Winner: %1.</source>
        <translation>승리한 선택지: %1.</translation>
    </message>
    <message>
        <source>Leading: %1.</source>
        <translation>선두: %1.</translation>
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
        <translation>제안: %1
선택: %2
가중치: %3
기록 시각: %4(투표 #%5)
내 키 %6(으)로 다음 내용에 서명했습니다:
%7</translation>
    </message>
    <message>
        <source>You vote for: %1

The app signs this vote with your key from the keychain. While voting is open you can change it; the log keeps both votes, the earlier one marked superseded.</source>
        <translation>투표할 선택지: %1

앱이 키체인에 있는 내 키로 이 투표에 서명합니다. 투표가 진행되는 동안에는 투표를 변경할 수 있으며, 로그에는 두 투표가 모두 남고 이전 투표는 대체됨으로 표시됩니다.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Vote</source>
        <translation>투표</translation>
    </message>
    <message>
        <source>Approve every choice you support.</source>
        <translation>지지하는 선택지를 모두 찬성하세요.</translation>
    </message>
    <message>
        <source>Pick one choice.</source>
        <translation>선택지를 하나 고르세요.</translation>
    </message>
    <message>
        <source>Signing and sending your vote…</source>
        <translation>투표에 서명하고 전송하는 중…</translation>
    </message>
    <message>
        <source>Your vote is recorded.</source>
        <translation>투표가 기록되었습니다.</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>뒤로</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>다음</translation>
    </message>
    <message>
        <source>Sign and vote</source>
        <translation>서명 후 투표</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>서명</translation>
    </message>
</context>
<context>
    <name>nest::ui::governanceformat</name>
    <message>
        <source>Pending</source>
        <translation>대기 중</translation>
    </message>
    <message>
        <source>Voting</source>
        <translation>투표 중</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>가결</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>부결</translation>
    </message>
    <message>
        <source>Executed</source>
        <translation>실행됨</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>단일 선택</translation>
    </message>
    <message>
        <source>Approval voting</source>
        <translation>찬성 투표</translation>
    </message>
    <message>
        <source>one voter, one vote</source>
        <translation>1인 1표</translation>
    </message>
    <message>
        <source>weighted by balance</source>
        <translation>잔액으로 가중</translation>
    </message>
    <message>
        <source>weighted by the square root of balance</source>
        <translation>잔액의 제곱근으로 가중</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1일 %2시간</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1시간 %2분</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1분 %2초</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1초</translation>
    </message>
    <message>
        <source>Opens in %1</source>
        <translation>%1 후 시작</translation>
    </message>
    <message>
        <source>Ends in %1</source>
        <translation>%1 후 종료</translation>
    </message>
    <message>
        <source>Executes in %1</source>
        <translation>%1 후 실행</translation>
    </message>
    <message>
        <source>Execution failed</source>
        <translation>실행 실패</translation>
    </message>
    <message>
        <source>Passed %1</source>
        <translation>%1 가결</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 마감</translation>
    </message>
    <message>
        <source>Executed %1</source>
        <translation>%1 실행됨</translation>
    </message>
    <message>
        <source>Set the marketplace fee to %1%</source>
        <translation>마켓 수수료를 %1%로 설정</translation>
    </message>
    <message>
        <source>Set the alert threshold to %1σ</source>
        <translation>알림 임계값을 %1σ로 설정</translation>
    </message>
    <message>
        <source>Set %1 to %2</source>
        <translation>%1을(를) %2(으)로 설정</translation>
    </message>
    <message>
        <source>%1 (unknown action)</source>
        <translation>%1(알 수 없는 작업)</translation>
    </message>
</context>
</TS>
