// "Verify results" on the client: a real server's vote log, fetched page by page through the
// client API, recounts and verifies; the same log tampered with (a forged signature, an altered
// weight, a dropped vote, a flipped flag, a doctored tally or status) is caught, vote by vote.
#include "base64url.h"
#include "clienttest.h"
#include "ed25519.h"
#include "governanceapi.h"
#include "governancerules.h"
#include "sodiuminit.h"
#include "tallyverifier.h"
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QNetworkAccessManager>

using namespace nest;
using namespace nest::test;
using governance::VoteIssue;

namespace {
struct Voter {
    QString id;
    QString token;
    security::Ed25519KeyPair keys;
};

QString b64(QByteArrayView bytes)
{
    return QString::fromLatin1(security::base64url::encode(bytes));
}

bool hasIssue(const governance::RecountResult &r, VoteIssue::Kind kind, qint64 seq)
{
    for (const VoteIssue &issue : r.issues) {
        if (issue.kind == kind && issue.seq == seq)
            return true;
    }
    return false;
}
} // namespace

class TestTallyVerifier : public QObject {
    Q_OBJECT

    TestServer m_server;
    QNetworkAccessManager m_nam;
    client::ApiClient m_api{m_nam};
    FixedAuth m_auth;
    std::vector<Voter> m_voters;
    governance::Proposal m_proposal;
    QList<governance::Vote> m_log;

    Voter signUp(const QString &name)
    {
        const QJsonObject login = m_server.signUp(name);
        Voter v{login.value(u"user").toObject().value(u"id").toString(),
                login.value(u"access_token").toString(), security::ed25519::generate()};
        m_server.call("PUT", u"/api/v1/me/public-key"_qs,
                      {{u"public_key"_qs, b64(v.keys.publicKey)}}, v.token);
        return v;
    }

    int vote(const Voter &v, const QString &id, const QList<int> &choices)
    {
        QJsonArray indexes;
        for (const int c : choices)
            indexes.append(c);
        const QByteArray sig =
            security::ed25519::sign(v.keys.secretKey, governance::voteMessage(id, choices, v.id));
        return m_server
            .call("POST", u"/api/v1/governance/proposals/%1/votes"_qs.arg(id),
                  {{u"choices"_qs, indexes}, {u"signature"_qs, b64(sig)}}, v.token)
            .status;
    }

    governance::RecountResult verify(const QList<governance::Vote> &log,
                                     const governance::Proposal &p)
    {
        return client::verifyVoteLog(p, log);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(security::initializeSodium());
        QVERIFY(m_server.start());
        for (const QString &name : {u"alice"_qs, u"bob"_qs, u"carol"_qs})
            m_voters.push_back(signUp(name));
        m_api.setBaseUrl(m_server.url(QString()));
        m_api.setAuthProvider(&m_auth);
        m_auth.token = m_voters[0].token;

        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        const Reply created = m_server.call("POST", u"/api/v1/governance/proposals"_qs,
                                            {{u"title"_qs, u"Showcase"_qs},
                                             {u"choices"_qs, QJsonArray{u"A"_qs, u"B"_qs, u"C"_qs}},
                                             {u"voting"_qs, u"approval"_qs},
                                             {u"weighting"_qs, u"quadratic"_qs},
                                             {u"ends_at"_qs, now + 3'600'000},
                                             {u"quorum"_qs, 100}},
                                            m_voters[0].token);
        QCOMPARE(created.status, 201);
        const QString id = created.json().value(u"id").toString();
        QCOMPARE(vote(m_voters[0], id, {0, 2}), 201);
        QCOMPARE(vote(m_voters[1], id, {1}), 201);
        QCOMPARE(vote(m_voters[2], id, {0, 1, 2}), 201);
        QCOMPARE(vote(m_voters[0], id, {2}), 201); // supersedes alice's first

        // Through the client API, as the app reads it (page by page).
        bool called = false;
        client::governanceapi::fetchVoteLog(
            m_api, id, this,
            [&](std::optional<client::governanceapi::VoteLog> log, const QString &error) {
                called = true;
                QVERIFY2(log, qPrintable(error));
                m_proposal = log->proposal;
                m_log = log->votes;
            });
        QTRY_VERIFY_WITH_TIMEOUT(called, 10'000);
        QCOMPARE(m_log.size(), 4);
    }

    void genuineLogVerifies()
    {
        const auto r = verify(m_log, m_proposal);
        QVERIFY(r.issues.isEmpty());
        QVERIFY(r.tallyMatches);
        QVERIFY(r.ok());
        QCOMPARE(r.countedVotes, 3);
        QCOMPARE(r.tally, (QList<qint64>{1000, 2000, 2000}));
        QCOMPARE(r.turnout, 3000);
    }

    void forgedSignatureIsCaught()
    {
        QList<governance::Vote> log = m_log;
        // bob's vote now says what bob did not sign...
        log[1].choices = {0};
        auto r = verify(log, m_proposal);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, VoteIssue::Kind::BadSignature, log[1].seq));
        QCOMPARE(r.issues.size(), 1);
        QVERIFY(!r.tallyMatches); // his vote is not counted
        // ...or carries a signature by another key over the right message.
        log = m_log;
        log[1].signature = b64(security::ed25519::sign(
            m_voters[0].keys.secretKey,
            governance::voteMessage(m_proposal.id, log[1].choices, log[1].userId)));
        r = verify(log, m_proposal);
        QVERIFY(hasIssue(r, VoteIssue::Kind::BadSignature, log[1].seq));
        // ...or a malformed one.
        log[1].signature = log[1].signature + u"="_qs;
        QVERIFY(hasIssue(verify(log, m_proposal), VoteIssue::Kind::BadSignature, log[1].seq));
    }

    void alteredWeightIsCaught()
    {
        QList<governance::Vote> log = m_log;
        log[2].weight = 5000; // carol's
        auto r = verify(log, m_proposal);
        QVERIFY(!r.ok());
        QVERIFY(hasIssue(r, VoteIssue::Kind::WrongWeight, log[2].seq));
        QCOMPARE(r.issues.size(), 1);
        // A balance doctored to match moves the recount away from the server's tally.
        log[2].balance = 25'000'000;
        r = verify(log, m_proposal);
        QVERIFY(r.issues.isEmpty());
        QVERIFY(!r.tallyMatches);
        QVERIFY(!r.ok());
    }

    void otherTamperingIsCaught()
    {
        QList<governance::Vote> log = m_log;
        log.removeAt(1); // a vote dropped
        QVERIFY(!verify(log, m_proposal).tallyMatches);
        log = m_log;
        log[0].superseded = false; // alice counted twice
        QVERIFY(hasIssue(verify(log, m_proposal), VoteIssue::Kind::WrongSuperseded, log[0].seq));
        governance::Proposal p = m_proposal;
        p.tally[1] += 1; // a doctored tally
        QVERIFY(!verify(m_log, p).tallyMatches);
        p = m_proposal;
        // B and C tie at 2000: a proposal closed as passed does not fit its own log.
        p.status = governance::Status::Passed;
        QVERIFY(!verify(m_log, p).outcomeMatches);
        p.status = governance::Status::Rejected;
        QVERIFY(verify(m_log, p).ok());
    }
};

QTEST_GUILESS_MAIN(TestTallyVerifier)
#include "tst_tallyverifier.moc"
