// Governance rules on the service with an injected clock and balances: weighting, approval
// counting, quorum edge, ties, superseding, window edges, the timelock, execution, catch-up
// after a restart, the timer on its own, and what is published.
#include "base64url.h"
#include "database.h"
#include "ed25519.h"
#include "eventlog.h"
#include "governancerules.h"
#include "governanceservice.h"
#include "governancestore.h"
#include "ids.h"
#include "paramstore.h"
#include "sodiuminit.h"
#include "streamhub.h"
#include "tallyrecount.h"
#include "userstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace nest;
using namespace nest::server;
using governance::Proposal;
using governance::Status;
using governance::Vote;
using governance::Voting;
using governance::Weighting;

Q_DECLARE_METATYPE(nest::governance::Weighting)
Q_DECLARE_METATYPE(nest::governance::Status)

namespace {
constexpr qint64 kT0 = 1'800'000'000'000; // the fake clock's start

//! One server's worth of governance on a database file, with a hand-driven clock.
struct Fixture {
    Fixture(const QString &path, std::function<qint64()> clock, QHash<QString, qint64> *balances)
    {
        QString error;
        if (!db.open(path, &error) || !users.migrate(&error) || !params.migrate(&error)
            || !log.open(db, StreamOptions{}, &error))
            qFatal("fixture: %s", qPrintable(error));
        hub = std::make_unique<StreamHub>(log, StreamHub::Hooks{}, StreamOptions{});
        GovernanceOptions options;
        options.clock = std::move(clock);
        options.balancesNow = [balances] { return *balances; };
        service = std::make_unique<GovernanceService>(store, users, params, *hub, options);
        if (!service->open(&error))
            qFatal("fixture: %s", qPrintable(error));
    }

    //! The kinds published on `governance`, in order.
    QStringList published() const
    {
        std::vector<StoredEvent> events;
        log.replay(0, {QStringLiteral("governance")}, &events);
        QStringList kinds;
        for (const StoredEvent &e : events)
            kinds << QJsonDocument::fromJson(e.frame)
                         .object()
                         .value(u"data")
                         .toObject()
                         .value(u"kind")
                         .toString();
        return kinds;
    }

    Database db;
    UserStore users{db};
    ParamStore params{db};
    EventLog log;
    std::unique_ptr<StreamHub> hub;
    GovernanceStore store{db};
    std::unique_ptr<GovernanceService> service;
};

struct Voter {
    QString id;
    security::Ed25519KeyPair keys;
};
} // namespace

class TestGovernanceService : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    qint64 m_now = kT0;
    QHash<QString, qint64> m_balances;
    std::unique_ptr<Fixture> m_f;
    std::vector<Voter> m_voters;
    int m_dbCount = 0;

    Voter addVoter(const QString &name, qint64 balance)
    {
        UserRecord u;
        u.id = newId(QStringLiteral("u_"));
        u.username = name;
        u.displayName = name;
        u.passwordHash = "!";
        u.createdAt = m_now;
        Voter v{u.id, security::ed25519::generate()};
        u.publicKey = QString::fromLatin1(security::base64url::encode(v.keys.publicKey));
        if (m_f->users.create(&u) != UserStore::CreateResult::Created)
            qFatal("voter");
        m_balances.insert(u.id, balance);
        return v;
    }

    Proposal draft(Voting voting, Weighting weighting, qint64 quorum,
                   std::optional<governance::Action> action = std::nullopt, int choices = 2)
    {
        Proposal p;
        p.title = QStringLiteral("Proposal");
        p.body = QStringLiteral("Body");
        for (int i = 0; i < choices; ++i)
            p.choices << QStringLiteral("Choice %1").arg(i);
        p.voting = voting;
        p.weighting = weighting;
        p.startsAt = m_now + 1000;
        p.endsAt = m_now + 10'000;
        p.quorum = quorum;
        p.timelockMs = 5000;
        p.action = std::move(action);
        return p;
    }

    Proposal create(const Proposal &d)
    {
        Proposal out;
        const auto r = m_f->service->create(m_voters.front().id, d, &out);
        if (!r.ok())
            qFatal("create: %s", qPrintable(r.message));
        return out;
    }

    GovernanceService::Result cast(const Proposal &p, const Voter &v, QList<int> choices)
    {
        const QByteArray sig =
            security::ed25519::sign(v.keys.secretKey, governance::voteMessage(p.id, choices, v.id));
        Vote vote;
        Proposal updated;
        return m_f->service->vote(v.id, p.id, choices,
                                  QString::fromLatin1(security::base64url::encode(sig)), &vote,
                                  &updated);
    }

    std::function<qint64()> fakeClock()
    {
        return [this] { return m_now; };
    }

    Proposal reload(const Proposal &p) { return *m_f->service->proposal(p.id); }

    static governance::Action feeAction(double value)
    {
        return {QString(governance::Action::SetParam), QString(ParamStore::MarketFeeBps), value};
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(security::initializeSodium()); }

    void init()
    {
        m_now = kT0;
        m_balances.clear();
        m_f =
            std::make_unique<Fixture>(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_dbCount)),
                                      fakeClock(), &m_balances);
        m_voters.clear();
        m_voters.push_back(addVoter(QStringLiteral("alice"), 1'000'000));
        m_voters.push_back(addVoter(QStringLiteral("bob"), 250'000));
        m_voters.push_back(addVoter(QStringLiteral("carol"), 10));
    }
    void cleanup() { m_f.reset(); }

    void integerSqrtIsExact()
    {
        QCOMPARE(governance::integerSqrt(0), qint64(0));
        QCOMPARE(governance::integerSqrt(10), qint64(3));
        QCOMPARE(governance::integerSqrt(999'999), qint64(999));
        QCOMPARE(governance::integerSqrt(1'000'000), qint64(1000));
        QCOMPARE(governance::integerSqrt(std::numeric_limits<qint64>::max()), 3'037'000'499);
        QCOMPARE(governance::integerSqrt(-4), qint64(0));
    }

    void weighting_data()
    {
        QTest::addColumn<Weighting>("weighting");
        QTest::addColumn<QList<qint64>>("weights"); // alice, bob, carol
        QTest::newRow("equal") << Weighting::Equal << QList<qint64>{1, 1, 1};
        QTest::newRow("balance") << Weighting::Balance << QList<qint64>{1'000'000, 250'000, 10};
        QTest::newRow("quadratic") << Weighting::Quadratic << QList<qint64>{1000, 500, 3};
    }
    void weighting()
    {
        QFETCH(Weighting, weighting);
        QFETCH(QList<qint64>, weights);
        const Proposal p = create(draft(Voting::Single, weighting, 0));
        QCOMPARE(p.eligibleWeight, weights[0] + weights[1] + weights[2]);
        // Money moving after the creation changes nothing: the weights were snapshotted.
        m_balances[m_voters[2].id] = 900'000'000;
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        QVERIFY(cast(p, m_voters[1], {1}).ok());
        QVERIFY(cast(p, m_voters[2], {1}).ok());
        const Proposal after = reload(p);
        QCOMPARE(after.tally, (QList<qint64>{weights[0], weights[1] + weights[2]}));
        QCOMPARE(after.turnout, weights[0] + weights[1] + weights[2]);
        const auto log = m_f->service->votes(p.id, 0, 10);
        QCOMPARE(log.size(), std::size_t(3));
        QCOMPARE(log[2].weight, weights[2]);
        QCOMPARE(log[2].balance, qint64(10));
    }

    void approvalGivesEveryChoiceTheFullWeight()
    {
        const Proposal p = create(draft(Voting::Approval, Weighting::Quadratic, 0, {}, 4));
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0, 2, 3}).ok());
        QVERIFY(cast(p, m_voters[1], {2}).ok());
        const Proposal after = reload(p);
        QCOMPARE(after.tally, (QList<qint64>{1000, 0, 1500, 1000}));
        QCOMPARE(after.turnout, qint64(1500)); // each voter's weight once
        // Ballots the voting mode does not allow.
        QCOMPARE(cast(p, m_voters[2], {}).outcome, GovernanceService::Outcome::Invalid);
        QCOMPARE(cast(p, m_voters[2], {2, 0}).outcome, GovernanceService::Outcome::Invalid);
        QCOMPARE(cast(p, m_voters[2], {1, 1}).outcome, GovernanceService::Outcome::Invalid);
        QCOMPARE(cast(p, m_voters[2], {4}).outcome, GovernanceService::Outcome::Invalid);
        const Proposal single = create(draft(Voting::Single, Weighting::Equal, 0));
        m_now = single.startsAt;
        QCOMPARE(cast(single, m_voters[2], {0, 1}).outcome, GovernanceService::Outcome::Invalid);
    }

    void quorumEdge_data()
    {
        QTest::addColumn<qint64>("quorum");
        QTest::addColumn<Status>("status");
        QTest::newRow("exactly at quorum") << qint64(1'250'000) << Status::Passed;
        QTest::newRow("one short") << qint64(1'250'001) << Status::Rejected;
        QTest::newRow("no quorum") << qint64(0) << Status::Passed;
    }
    void quorumEdge()
    {
        QFETCH(qint64, quorum);
        QFETCH(Status, status);
        const Proposal p = create(draft(Voting::Single, Weighting::Balance, quorum));
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        QVERIFY(cast(p, m_voters[1], {1}).ok());
        m_now = p.endsAt;
        m_f->service->runDue();
        const Proposal after = reload(p);
        QCOMPARE(after.turnout, qint64(1'250'000));
        QCOMPARE(after.status, status);
        QCOMPARE(after.winner, 0);
    }

    void tieAndLosingActionReject()
    {
        const Proposal tie = create(draft(Voting::Single, Weighting::Equal, 0));
        const Proposal lost = create(draft(Voting::Single, Weighting::Equal, 0, feeAction(100)));
        m_now = tie.startsAt;
        QVERIFY(cast(tie, m_voters[0], {0}).ok());
        QVERIFY(cast(tie, m_voters[1], {1}).ok());
        QVERIFY(cast(lost, m_voters[0], {1}).ok());
        m_now = tie.executeAfter();
        m_f->service->runDue();
        QCOMPARE(reload(tie).status, Status::Rejected);
        QCOMPARE(reload(tie).winner, -1);
        // Choice 1 won, but only choice 0 enacts the action.
        QCOMPARE(reload(lost).status, Status::Rejected);
        QCOMPARE(reload(lost).winner, 1);
        QCOMPARE(m_f->params.integerValue(QString(ParamStore::MarketFeeBps)), qint64(250));
    }

    void supersedingKeepsBothInTheLog()
    {
        const Proposal p = create(draft(Voting::Single, Weighting::Balance, 0));
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        m_now += 10;
        QVERIFY(cast(p, m_voters[0], {1}).ok());
        const Proposal after = reload(p);
        QCOMPARE(after.tally, (QList<qint64>{0, 1'000'000}));
        QCOMPARE(after.turnout, qint64(1'000'000));
        const auto log = m_f->service->votes(p.id, 0, 10);
        QCOMPARE(log.size(), std::size_t(2));
        QVERIFY(log[0].superseded);
        QCOMPARE(log[0].choices, QList<int>{0});
        QVERIFY(!log[1].superseded);
        QCOMPARE(log[1].choices, QList<int>{1});
        QVERIFY(log[0].seq < log[1].seq);
        // An independent recount of that log agrees with the service.
        const auto check = [](const QString &key, const QByteArray &msg, const QString &sig) {
            return security::ed25519::verify(*security::base64url::decode(key.toLatin1()), msg,
                                             *security::base64url::decode(sig.toLatin1()));
        };
        const auto result = governance::recount(after, QList<Vote>(log.begin(), log.end()), check);
        QVERIFY(result.ok());
    }

    void windowEdges()
    {
        const Proposal p = create(draft(Voting::Single, Weighting::Equal, 0));
        QCOMPARE(p.status, Status::Pending);
        m_now = p.startsAt - 1;
        QCOMPARE(cast(p, m_voters[0], {0}).outcome, GovernanceService::Outcome::VotingClosed);
        QCOMPARE(reload(p).status, Status::Pending);
        m_now = p.startsAt;
        QCOMPARE(reload(p).status, Status::Active);
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        m_now = p.endsAt - 1;
        QVERIFY(cast(p, m_voters[1], {0}).ok());
        QCOMPARE(reload(p).status, Status::Active);
        m_now = p.endsAt;
        QCOMPARE(cast(p, m_voters[2], {1}).outcome, GovernanceService::Outcome::VotingClosed);
        QCOMPARE(reload(p).status, Status::Passed);
        QCOMPARE(reload(p).tally, (QList<qint64>{2, 0}));
    }

    void timelockThenExecution()
    {
        const Proposal p = create(draft(Voting::Single, Weighting::Equal, 2, feeAction(100)));
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        QVERIFY(cast(p, m_voters[1], {0}).ok());
        m_now = p.endsAt;
        m_f->service->runDue();
        QCOMPARE(reload(p).status, Status::Passed);
        m_now = p.executeAfter() - 1;
        m_f->service->runDue();
        QCOMPARE(reload(p).status, Status::Passed);
        QCOMPARE(m_f->params.integerValue(QString(ParamStore::MarketFeeBps)), qint64(250));
        m_now = p.executeAfter();
        m_f->service->runDue();
        const Proposal after = reload(p);
        QCOMPARE(after.status, Status::Executed);
        QCOMPARE(after.executedAt, p.executeAfter());
        QCOMPARE(m_f->params.integerValue(QString(ParamStore::MarketFeeBps)), qint64(100));
        QCOMPARE(
            m_f->published(),
            (QStringList{QStringLiteral("proposal.created"), QStringLiteral("proposal.activated"),
                         QStringLiteral("vote.cast"), QStringLiteral("vote.cast"),
                         QStringLiteral("proposal.closed"), QStringLiteral("proposal.executed")}));
    }

    void creationRefusesUnknownActions()
    {
        Proposal out;
        const auto refuse = [&](const Proposal &d) {
            return m_f->service->create(m_voters[0].id, d, &out).outcome;
        };
        using O = GovernanceService::Outcome;
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, 0,
                              governance::Action{QStringLiteral("mint"), QString(), 1})),
                 O::InvalidAction);
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, 0,
                              governance::Action{QString(governance::Action::SetParam),
                                                 QStringLiteral("market.free_money"), 1})),
                 O::InvalidAction);
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, 0, feeAction(12.5))),
                 O::InvalidAction);
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, 0, {}, 1)), O::Invalid);
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, 0, {}, 11)), O::Invalid);
        Proposal late = draft(Voting::Single, Weighting::Equal, 0);
        late.endsAt = m_now;
        QCOMPARE(refuse(late), O::Invalid);
        QCOMPARE(refuse(draft(Voting::Single, Weighting::Equal, -1)), O::Invalid);
        QCOMPARE(m_f->published(), QStringList());
    }

    void catchUpAfterRestart()
    {
        const QString path = m_dir.filePath(QStringLiteral("g%1.sqlite").arg(m_dbCount));
        const Proposal p = create(draft(Voting::Single, Weighting::Equal, 1, feeAction(75)));
        m_now = p.startsAt;
        QVERIFY(cast(p, m_voters[0], {0}).ok());
        m_f.reset(); // the server goes down before ends_at...
        m_now = p.executeAfter() + 60'000;
        m_f = std::make_unique<Fixture>(path, fakeClock(), &m_balances); // ...and comes back after
        const Proposal after = reload(p);
        QCOMPARE(after.status, Status::Executed);
        QCOMPARE(m_f->params.integerValue(QString(ParamStore::MarketFeeBps)), qint64(75));
        QCOMPARE(
            m_f->published().mid(m_f->published().size() - 2),
            (QStringList{QStringLiteral("proposal.closed"), QStringLiteral("proposal.executed")}));
    }

    void timerMovesOnItsOwn()
    {
        // The wall clock this time, and nobody calls runDue(): the service's timer must.
        Fixture f(
            m_dir.filePath(QStringLiteral("timer.sqlite")), [] { return nowMs(); }, &m_balances);
        Proposal d = draft(Voting::Single, Weighting::Equal, 0, feeAction(42));
        d.startsAt = nowMs() + 150;
        d.endsAt = d.startsAt + 250;
        d.timelockMs = 200;
        Proposal p;
        QVERIFY(f.service->create(QStringLiteral("u_x"), d, &p).ok());
        QCOMPARE(p.status, Status::Pending);
        QTRY_COMPARE_WITH_TIMEOUT(f.store.find(p.id)->status, Status::Active, 10'000);
        const Voter &v = m_voters.front();
        UserRecord u = *m_f->users.findById(v.id);
        QCOMPARE(f.users.create(&u), UserStore::CreateResult::Created);
        const QByteArray sig =
            security::ed25519::sign(v.keys.secretKey, governance::voteMessage(p.id, {0}, v.id));
        Vote vote;
        Proposal updated;
        QVERIFY(f.service
                    ->vote(v.id, p.id, {0}, QString::fromLatin1(security::base64url::encode(sig)),
                           &vote, &updated)
                    .ok());
        QTRY_COMPARE_WITH_TIMEOUT(f.store.find(p.id)->status, Status::Executed, 10'000);
        QCOMPARE(f.params.integerValue(QString(ParamStore::MarketFeeBps)), qint64(42));
        QVERIFY(f.store.find(p.id)->executedAt >= p.executeAfter());
        QCOMPARE(
            f.published(),
            (QStringList{QStringLiteral("proposal.created"), QStringLiteral("proposal.activated"),
                         QStringLiteral("vote.cast"), QStringLiteral("proposal.closed"),
                         QStringLiteral("proposal.executed")}));
    }
};

QTEST_GUILESS_MAIN(TestGovernanceService)
#include "tst_governanceservice.moc"
