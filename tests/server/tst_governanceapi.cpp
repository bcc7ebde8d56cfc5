// Governance through the real server: creation and its validation, signed votes (forged and
// malformed signatures refused), keys and eligibility, superseding and the vote log, the
// voting window, listing by status with cursors, roles, the stream, and the demo content.
#include "base64url.h"
#include "ed25519.h"
#include "governancerules.h"
#include "sodiuminit.h"
#include "tallyrecount.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>
#include <QWebSocket>

using namespace nest;
using namespace nest::test;

namespace {
//! A signed-in account with its signing key.
struct Account {
    QString id;
    QString token;
    security::Ed25519KeyPair keys;
};

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(security::base64url::encode(bytes));
}

QJsonArray indexes(const QList<int> &choices)
{
    QJsonArray out;
    for (const int c : choices)
        out.append(c);
    return out;
}
} // namespace

class TestGovernanceApi : public QObject {
    Q_OBJECT

    qint64 m_now = 0; // governance's clock
    std::unique_ptr<TestServer> m_server;
    Account m_alice, m_bob, m_carol;

    Account account(const QString &name, bool withKey)
    {
        const QJsonObject login = m_server->signUp(name);
        Account a{login.value(u"user").toObject().value(u"id").toString(),
                  login.value(u"access_token").toString(), security::ed25519::generate()};
        if (withKey) {
            const Reply r = m_server->call("PUT", u"/api/v1/me/public-key"_qs,
                                           {{u"public_key"_qs, b64(a.keys.publicKey)}}, a.token);
            if (r.status != 200)
                qWarning() << "key registration failed" << r.body;
        }
        return a;
    }

    QJsonObject proposalBody(const QString &voting = u"single"_qs,
                             const QString &weighting = u"equal"_qs, int choices = 2)
    {
        QJsonArray names;
        for (int i = 0; i < choices; ++i)
            names.append(u"Choice %1"_qs.arg(i));
        return {{u"title"_qs, u"Lower the fee"_qs},
                {u"body"_qs, u"<b>not markup</b>"_qs},
                {u"choices"_qs, names},
                {u"voting"_qs, voting},
                {u"weighting"_qs, weighting},
                {u"starts_at"_qs, m_now + 1000},
                {u"ends_at"_qs, m_now + 60'000},
                {u"quorum"_qs, 1},
                {u"timelock_ms"_qs, 5000},
                {u"action"_qs, QJsonObject{{u"type"_qs, u"set_param"_qs},
                                           {u"key"_qs, u"market.fee_bps"_qs},
                                           {u"value"_qs, 100}}}};
    }

    QJsonObject create(const QJsonObject &body)
    {
        const Reply r =
            m_server->call("POST", u"/api/v1/governance/proposals"_qs, body, m_alice.token);
        if (r.status != 201)
            qWarning() << "create failed" << r.status << r.body;
        return r.json();
    }

    Reply vote(const Account &a, const QString &proposalId, const QList<int> &choices,
               const QJsonValue &signature)
    {
        return m_server->call("POST", u"/api/v1/governance/proposals/%1/votes"_qs.arg(proposalId),
                              {{u"choices"_qs, indexes(choices)}, {u"signature"_qs, signature}},
                              a.token);
    }

    Reply signedVote(const Account &a, const QString &proposalId, const QList<int> &choices)
    {
        const QByteArray sig = security::ed25519::sign(
            a.keys.secretKey, governance::voteMessage(proposalId, choices, a.id));
        return vote(a, proposalId, choices, b64(sig));
    }

    Reply get(const QString &path, const QString &token = {})
    {
        return m_server->call("GET", path, {}, token.isEmpty() ? m_alice.token : token);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(security::initializeSodium()); }

    void init()
    {
        m_now = QDateTime::currentMSecsSinceEpoch();
        server::ServerConfig config;
        config.port = 0;
        config.governanceClock = [this] { return m_now; };
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_alice = account(u"alice"_qs, true);
        m_bob = account(u"bob"_qs, true);
        m_carol = account(u"carol"_qs, false);
    }
    void cleanup() { m_server.reset(); }

    void createReturnsTheContractObject()
    {
        const QJsonObject p = create(proposalBody(u"approval"_qs, u"quadratic"_qs, 3));
        QVERIFY(p.value(u"id").toString().startsWith(u"gp_"));
        QCOMPARE(p.value(u"author_id").toString(), m_alice.id);
        QCOMPARE(p.value(u"body").toString(), u"<b>not markup</b>"_qs);
        QCOMPARE(p.value(u"status").toString(), u"pending"_qs);
        QCOMPARE(p.value(u"voting").toString(), u"approval"_qs);
        QCOMPARE(p.value(u"weighting").toString(), u"quadratic"_qs);
        QCOMPARE(p.value(u"execute_after").toInteger(), m_now + 65'000);
        QCOMPARE(p.value(u"tally").toObject(),
                 (QJsonObject{{u"0"_qs, 0}, {u"1"_qs, 0}, {u"2"_qs, 0}}));
        QCOMPARE(p.value(u"turnout").toInteger(), 0);
        // Three accounts holding the starting balance of 1,000,000: sqrt gives 1000 each.
        QCOMPARE(p.value(u"eligible_weight").toInteger(), 3000);
        QCOMPARE(p.value(u"action").toObject().value(u"key").toString(), u"market.fee_bps"_qs);
        const Reply again =
            get(u"/api/v1/governance/proposals/"_qs + p.value(u"id").toString(), m_carol.token);
        QCOMPARE(again.status, 200);
        QCOMPARE(again.json(), p);
        QCOMPARE(get(u"/api/v1/governance/proposals/gp_nope"_qs).status, 404);
    }

    void createValidation_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("code");
        const auto action = [](const QString &type, const QString &key, const QJsonValue &value) {
            return QJsonValue(
                QJsonObject{{u"type"_qs, type}, {u"key"_qs, key}, {u"value"_qs, value}});
        };
        QTest::newRow("no title") << u"title"_qs << QJsonValue() << u"invalid_request"_qs;
        QTest::newRow("one choice")
            << u"choices"_qs << QJsonValue(QJsonArray{u"a"_qs}) << u"invalid_request"_qs;
        QTest::newRow("eleven choices")
            << u"choices"_qs << QJsonValue(QJsonArray::fromStringList(QStringList(11, u"x"_qs)))
            << u"invalid_request"_qs;
        QTest::newRow("bad voting")
            << u"voting"_qs << QJsonValue(u"ranked"_qs) << u"invalid_request"_qs;
        QTest::newRow("bad weighting")
            << u"weighting"_qs << QJsonValue(u"wealth"_qs) << u"invalid_request"_qs;
        QTest::newRow("ends in the past")
            << u"ends_at"_qs << QJsonValue(1000) << u"invalid_request"_qs;
        QTest::newRow("float quorum") << u"quorum"_qs << QJsonValue(1.5) << u"invalid_request"_qs;
        QTest::newRow("negative timelock")
            << u"timelock_ms"_qs << QJsonValue(-1) << u"invalid_request"_qs;
        QTest::newRow("unknown action")
            << u"action"_qs << action(u"mint"_qs, u"market.fee_bps"_qs, 1) << u"invalid_action"_qs;
        QTest::newRow("unknown key")
            << u"action"_qs << action(u"set_param"_qs, u"x.y"_qs, 1) << u"invalid_action"_qs;
        QTest::newRow("fee out of range")
            << u"action"_qs << action(u"set_param"_qs, u"market.fee_bps"_qs, 20'000)
            << u"invalid_action"_qs;
        QTest::newRow("threshold too low")
            << u"action"_qs << action(u"set_param"_qs, u"alerts.z_threshold"_qs, 1)
            << u"invalid_action"_qs;
        QTest::newRow("value not a number")
            << u"action"_qs << action(u"set_param"_qs, u"market.fee_bps"_qs, u"100"_qs)
            << u"invalid_request"_qs;
    }
    void createValidation()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QFETCH(QString, code);
        QJsonObject body = proposalBody();
        if (value.isNull())
            body.remove(field);
        else
            body.insert(field, value);
        const Reply r =
            m_server->call("POST", u"/api/v1/governance/proposals"_qs, body, m_alice.token);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), code);
        const Reply list = get(u"/api/v1/governance/proposals"_qs);
        QCOMPARE(list.json().value(u"items").toArray().size(), 0);
    }

    void signedVotesAndRefusals()
    {
        const QString id = create(proposalBody()).value(u"id").toString();
        m_now += 1000;
        const Reply ok = signedVote(m_alice, id, {0});
        QCOMPARE(ok.status, 201);
        QCOMPARE(ok.json().value(u"vote").toObject().value(u"weight").toInteger(), 1);
        QCOMPARE(ok.json().value(u"vote").toObject().value(u"public_key").toString(),
                 b64(m_alice.keys.publicKey));
        QCOMPARE(ok.json().value(u"proposal").toObject().value(u"tally").toObject(),
                 (QJsonObject{{u"0"_qs, 1}, {u"1"_qs, 0}}));

        const QByteArray message = governance::voteMessage(id, {0}, m_bob.id);
        const QByteArray good = security::ed25519::sign(m_bob.keys.secretKey, message);
        const auto refused = [&](const QJsonValue &signature, QList<int> choices = {0}) {
            const Reply r = vote(m_bob, id, choices, signature);
            return r.status == 400 && r.errorCode() == u"bad_signature";
        };
        // Forged: alice's key signing bob's message; bob's key over other choices or another id.
        QVERIFY(refused(b64(security::ed25519::sign(m_alice.keys.secretKey, message))));
        QVERIFY(refused(b64(good), {1}));
        QVERIFY(refused(b64(security::ed25519::sign(
            m_bob.keys.secretKey, governance::voteMessage(id, {0}, m_alice.id)))));
        QByteArray flipped = good;
        flipped[10] = char(flipped[10] ^ 0x01);
        QVERIFY(refused(b64(flipped)));
        // Malformed: padding, the standard alphabet, wrong lengths, not a string, missing.
        QVERIFY(refused(QString::fromLatin1(good.toBase64())));
        QVERIFY(refused(QString(b64(good) + u"="_qs)));
        QVERIFY(refused(b64(good.left(63))));
        QVERIFY(refused(b64(QByteArray(good + '\0'))));
        QVERIFY(refused(u""_qs));
        QVERIFY(refused(u"not base64 at all!"_qs));
        QVERIFY(refused(42));
        QVERIFY(refused(QJsonValue()));
        // A non-canonical S (S + L) is refused, not accepted as the same signature.
        QByteArray highS = good;
        const unsigned char order[32] = {0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58,
                                         0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
                                         0,    0,    0,    0,    0,    0,    0,    0,
                                         0,    0,    0,    0,    0,    0,    0,    0x10};
        int carry = 0;
        for (int i = 0; i < 32; ++i) {
            const int sum = static_cast<unsigned char>(highS[32 + i]) + order[i] + carry;
            highS[32 + i] = char(sum & 0xff);
            carry = sum >> 8;
        }
        QVERIFY(refused(b64(highS)));
        QCOMPARE(vote(m_bob, id, {0}, b64(good)).status, 201);

        // A malformed key cannot be registered in the first place.
        const Reply badKey = m_server->call("PUT", u"/api/v1/me/public-key"_qs,
                                            {{u"public_key"_qs, u"AAAA"_qs}}, m_carol.token);
        QCOMPARE(badKey.status, 400);
        // No key registered.
        const Reply noKey = signedVote(m_carol, id, {0});
        QCOMPARE(noKey.status, 403);
        QCOMPARE(noKey.errorCode(), u"public_key_required"_qs);
        // An account created after the proposal holds no weight in it.
        const Account dave = account(u"dave"_qs, true);
        const Reply late = signedVote(dave, id, {0});
        QCOMPARE(late.status, 403);
        QCOMPARE(late.errorCode(), u"not_eligible"_qs);
        // Ballots and proposals that do not exist.
        QCOMPARE(signedVote(m_alice, id, {0, 1}).errorCode(), u"invalid_request"_qs);
        QCOMPARE(signedVote(m_alice, id, {2}).errorCode(), u"invalid_request"_qs);
        QCOMPARE(signedVote(m_alice, u"gp_nope"_qs, {0}).status, 404);

        const QJsonObject p = get(u"/api/v1/governance/proposals/"_qs + id).json();
        QCOMPARE(p.value(u"tally").toObject(), (QJsonObject{{u"0"_qs, 2}, {u"1"_qs, 0}}));
        QCOMPARE(p.value(u"turnout").toInteger(), 2);
    }

    void supersedingAndTheVoteLog()
    {
        const QString id =
            create(proposalBody(u"approval"_qs, u"balance"_qs, 3)).value(u"id").toString();
        m_now += 1000;
        QCOMPARE(signedVote(m_alice, id, {0, 2}).status, 201);
        QCOMPARE(signedVote(m_bob, id, {1}).status, 201);
        m_now += 5;
        const Reply changed = signedVote(m_alice, id, {1});
        QCOMPARE(changed.status, 201);
        QCOMPARE(changed.json().value(u"proposal").toObject().value(u"tally").toObject(),
                 (QJsonObject{{u"0"_qs, 0}, {u"1"_qs, 2'000'000}, {u"2"_qs, 0}}));

        // The whole log, one vote per page.
        QList<governance::Vote> log;
        QJsonObject lastProposal;
        QString cursor;
        for (int page = 0; page < 10; ++page) {
            QString path = u"/api/v1/governance/proposals/%1/votes?limit=1"_qs.arg(id);
            if (!cursor.isEmpty())
                path += u"&cursor="_qs + cursor;
            const Reply r = get(path, m_carol.token);
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json().value(u"items").toArray();
            QCOMPARE(items.size(), 1);
            const QJsonObject v = items.first().toObject();
            governance::Vote vote;
            vote.seq = v.value(u"seq").toInteger();
            vote.userId = v.value(u"user_id").toString();
            vote.publicKey = v.value(u"public_key").toString();
            for (const QJsonValue c : v.value(u"choices").toArray())
                vote.choices << c.toInt();
            vote.weight = v.value(u"weight").toInteger();
            vote.balance = v.value(u"balance").toInteger();
            vote.signature = v.value(u"signature").toString();
            vote.ts = v.value(u"ts").toInteger();
            vote.superseded = v.value(u"superseded").toBool();
            log << vote;
            lastProposal = r.json().value(u"proposal").toObject();
            if (r.json().value(u"next_cursor").isNull())
                break;
            cursor = r.json().value(u"next_cursor").toString();
        }
        QCOMPARE(log.size(), 3);
        QCOMPARE(log[0].userId, m_alice.id);
        QVERIFY(log[0].superseded);
        QCOMPARE(log[0].choices, (QList<int>{0, 2}));
        QVERIFY(!log[1].superseded);
        QVERIFY(!log[2].superseded);
        QCOMPARE(log[2].choices, QList<int>{1});
        QCOMPARE(log[2].weight, 1'000'000);
        QCOMPARE(lastProposal.value(u"turnout").toInteger(), 2'000'000);
        QCOMPARE(get(u"/api/v1/governance/proposals/%1/votes?cursor=%%%%"_qs.arg(id)).status, 400);
        QCOMPARE(get(u"/api/v1/governance/proposals/%1/votes?limit=500"_qs.arg(id)).status, 400);
    }

    void votingWindowAndStatuses()
    {
        const QJsonObject created = create(proposalBody());
        const QString id = created.value(u"id").toString();
        const qint64 startsAt = created.value(u"starts_at").toInteger();
        const qint64 endsAt = created.value(u"ends_at").toInteger();
        const auto statusList = [&](const QString &status) {
            QStringList ids;
            const QJsonObject page =
                get(u"/api/v1/governance/proposals?status="_qs + status).json();
            for (const QJsonValue p : page.value(u"items").toArray())
                ids << p.toObject().value(u"id").toString();
            return ids;
        };
        m_now = startsAt - 1;
        const Reply early = signedVote(m_alice, id, {0});
        QCOMPARE(early.status, 409);
        QCOMPARE(early.errorCode(), u"voting_closed"_qs);
        QCOMPARE(statusList(u"pending"_qs), QStringList{id});
        m_now = startsAt;
        QCOMPARE(signedVote(m_alice, id, {0}).status, 201);
        QCOMPARE(statusList(u"active"_qs), QStringList{id});
        m_now = endsAt - 1;
        QCOMPARE(signedVote(m_bob, id, {1}).status, 201);
        m_now = endsAt;
        QCOMPARE(signedVote(m_bob, id, {0}).errorCode(), u"voting_closed"_qs);
        // A tie: rejected, whatever the quorum.
        QCOMPARE(statusList(u"rejected"_qs), QStringList{id});
        QCOMPARE(get(u"/api/v1/governance/proposals?status=closed"_qs).status, 400);
    }

    void listPagesNewestFirst()
    {
        QStringList ids;
        for (int i = 0; i < 5; ++i) {
            ids.prepend(create(proposalBody()).value(u"id").toString());
            m_now += 1;
        }
        QStringList seen;
        QString cursor;
        for (int page = 0; page < 10; ++page) {
            QString path = u"/api/v1/governance/proposals?limit=2"_qs;
            if (!cursor.isEmpty())
                path += u"&cursor="_qs + cursor;
            const QJsonObject body = get(path).json();
            for (const QJsonValue p : body.value(u"items").toArray())
                seen << p.toObject().value(u"id").toString();
            if (body.value(u"next_cursor").isNull())
                break;
            cursor = body.value(u"next_cursor").toString();
        }
        QCOMPARE(seen, ids);
        QCOMPARE(get(u"/api/v1/governance/proposals?cursor=bm9wZQ"_qs).status, 400);
    }

    void rolesAreChecked()
    {
        // alice is the first account: an admin. carol loses the voter role.
        const Reply roles =
            m_server->call("PUT", u"/api/v1/admin/users/%1/roles"_qs.arg(m_carol.id),
                           {{u"roles"_qs, QJsonArray{u"trader"_qs}}}, m_alice.token);
        QCOMPARE(roles.status, 200);
        const QJsonObject login =
            m_server
                ->call("POST", u"/api/v1/auth/login"_qs,
                       {{u"username"_qs, u"carol"_qs}, {u"password"_qs, u"correct horse"_qs}})
                .json();
        const QString token = login.value(u"access_token").toString();
        QCOMPARE(m_server->call("POST", u"/api/v1/governance/proposals"_qs, proposalBody(), token)
                     .status,
                 403);
        QCOMPARE(get(u"/api/v1/governance/proposals"_qs, token).status, 200);
        QCOMPARE(m_server->call("GET", u"/api/v1/governance/proposals"_qs).status, 401);
    }

    void votesArePublished()
    {
        const QString id = create(proposalBody()).value(u"id").toString();
        QWebSocket socket;
        QList<QJsonObject> events;
        connect(&socket, &QWebSocket::textMessageReceived, this, [&](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            QJsonArray batch{m};
            if (m.value(u"type").toString() == u"batch")
                batch = m.value(u"events").toArray();
            for (const QJsonValue e : batch) {
                if (e.toObject().value(u"topic").toString() == u"governance")
                    events << e.toObject().value(u"data").toObject();
            }
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(m_server->port())));
        request.setRawHeader("Authorization", "Bearer " + m_carol.token.toLatin1());
        QSignalSpy connected(&socket, &QWebSocket::connected);
        socket.open(request);
        QVERIFY(connected.wait(5000));
        socket.sendTextMessage(
            u"{\"type\":\"subscribe\",\"topics\":[\"governance\"],\"since\":0}"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 1, 5000); // proposal.created, replayed
        m_now += 1000;
        QCOMPARE(signedVote(m_alice, id, {0}).status, 201);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 3, 5000);
        QCOMPARE(events[0].value(u"kind").toString(), u"proposal.created"_qs);
        QCOMPARE(events[1].value(u"kind").toString(), u"proposal.activated"_qs);
        QCOMPARE(events[2].value(u"kind").toString(), u"vote.cast"_qs);
        QCOMPARE(events[2].value(u"vote").toObject().value(u"user_id").toString(), m_alice.id);
        QCOMPARE(events[2].value(u"proposal").toObject().value(u"tally").toObject(),
                 (QJsonObject{{u"0"_qs, 1}, {u"1"_qs, 0}}));
        m_now += 60'000;
        QCOMPARE(get(u"/api/v1/governance/proposals/"_qs + id).json().value(u"status").toString(),
                 u"passed"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 4, 5000);
        QCOMPARE(events[3].value(u"kind").toString(), u"proposal.closed"_qs);
        m_now += 5000;
        QCOMPARE(get(u"/api/v1/governance/proposals/"_qs + id).json().value(u"status").toString(),
                 u"executed"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(events.size(), 5, 5000);
        QCOMPARE(events[4].value(u"kind").toString(), u"proposal.executed"_qs);
        socket.abort();
    }

    void executedFeeChangeReachesTheNextSale()
    {
        const auto list = [this](const QString &name) {
            const Reply r = m_server->call(
                "POST", u"/api/v1/market/listings"_qs,
                {{u"item"_qs, QJsonObject{{u"name"_qs, name}, {u"collection"_qs, u"Votes"_qs}}},
                 {u"kind"_qs, u"fixed"_qs},
                 {u"price"_qs, 10'000}},
                m_carol.token); // carol has no key: her listings need no signature
            return r.json().value(u"id").toString();
        };
        const auto buy = [this](const Account &buyer, const QString &listingId) {
            const QString key = u"buy-"_qs + listingId;
            const QByteArray sig = security::ed25519::sign(
                buyer.keys.secretKey,
                u"nest-market:v1:buy:%1:10000:%2:%3"_qs.arg(listingId, buyer.id, key).toUtf8());
            return m_server->call("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(listingId),
                                  {{u"signature"_qs, b64(sig)}}, buyer.token,
                                  {{"Idempotency-Key", key.toLatin1()}});
        };
        const auto carolBalance = [this] {
            return get(u"/api/v1/wallet"_qs, m_carol.token).json().value(u"balance").toInteger();
        };
        QCOMPARE(buy(m_bob, list(u"Before"_qs)).status, 200); // bob now holds 990,000

        QJsonObject body = proposalBody(u"single"_qs, u"balance"_qs);
        body.insert(u"starts_at"_qs, m_now);
        const QJsonObject p = create(body);
        const QString id = p.value(u"id").toString();
        // The weights are the wallets as of the creation.
        const Reply bobVote = signedVote(m_bob, id, {0});
        QCOMPARE(bobVote.status, 201);
        QCOMPARE(bobVote.json().value(u"vote").toObject().value(u"weight").toInteger(), 990'000);
        QCOMPARE(signedVote(m_alice, id, {0}).status, 201);

        const QString listing = list(u"After"_qs);
        m_now = p.value(u"ends_at").toInteger();
        QCOMPARE(get(u"/api/v1/governance/proposals/"_qs + id).json().value(u"status").toString(),
                 u"passed"_qs);
        QCOMPARE(get(u"/api/v1/market/config"_qs).json().value(u"fee_bps").toInt(), 250);
        m_now = p.value(u"execute_after").toInteger();
        const QJsonObject executed = get(u"/api/v1/governance/proposals/"_qs + id).json();
        QCOMPARE(executed.value(u"status").toString(), u"executed"_qs);
        QCOMPARE(executed.value(u"executed_at").toInteger(), m_now);
        QCOMPARE(get(u"/api/v1/market/config"_qs).json().value(u"fee_bps").toInt(), 100);
        const qint64 before = carolBalance();
        QCOMPARE(buy(m_bob, listing).status, 200);
        QCOMPARE(carolBalance(), before + 9'900); // 1% fee, no longer 2.5%
    }

    void demoContentCoversEveryStatus()
    {
        m_server.reset();
        m_now = QDateTime::currentMSecsSinceEpoch();
        server::ServerConfig config;
        config.port = 0;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        QString error;
        QVERIFY2(m_server->server().seedDemo(&error), qPrintable(error));
        const QJsonObject login =
            m_server
                ->call("POST", u"/api/v1/auth/login"_qs,
                       {{u"username"_qs, u"demo"_qs}, {u"password"_qs, u"nest-demo"_qs}})
                .json();
        const QString token = login.value(u"access_token").toString();
        const QJsonArray items =
            get(u"/api/v1/governance/proposals"_qs, token).json().value(u"items").toArray();
        QSet<QString> statuses;
        for (const QJsonValue p : items)
            statuses << p.toObject().value(u"status").toString();
        QCOMPARE(statuses, (QSet<QString>{u"pending"_qs, u"active"_qs, u"passed"_qs, u"rejected"_qs,
                                          u"executed"_qs}));
    }
};

QTEST_GUILESS_MAIN(TestGovernanceApi)
#include "tst_governanceapi.moc"
