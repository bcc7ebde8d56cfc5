#include "governancebench.h"

#include "base64url.h"
#include "benchstats.h"
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
#include "tallyverifier.h"
#include "userstore.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace nest;
using namespace nest::server;

int runGovernanceBench(int voters)
{
    if (!security::initializeSodium())
        return 1;
    QTemporaryDir dir;
    Database db;
    QString error;
    UserStore users(db);
    ParamStore params(db);
    EventLog log;
    if (!db.open(dir.filePath(QStringLiteral("bench.sqlite")), &error) || !users.migrate(&error)
        || !params.migrate(&error) || !log.open(db, StreamOptions{}, &error)) {
        std::fprintf(stderr, "nest-bench governance: %s\n", qPrintable(error));
        return 1;
    }
    StreamHub hub(log, StreamHub::Hooks{}, StreamOptions{});
    QHash<QString, qint64> balances;
    std::vector<std::pair<QString, security::Ed25519KeyPair>> keys;
    for (int i = 0; i < voters; ++i) {
        UserRecord u;
        u.id = newId(QStringLiteral("u_"));
        u.username = QStringLiteral("voter%1").arg(i);
        u.displayName = u.username;
        u.passwordHash = "!";
        u.createdAt = nowMs();
        auto pair = security::ed25519::generate();
        u.publicKey = QString::fromLatin1(security::base64url::encode(pair.publicKey));
        users.create(&u);
        balances.insert(u.id, 1'000'000 + i * 1'000);
        keys.emplace_back(u.id, std::move(pair));
    }
    GovernanceStore store(db);
    GovernanceOptions options;
    options.balancesNow = [&balances] { return balances; };
    GovernanceService service(store, users, params, hub, options);
    if (!service.open(&error))
        return 1;
    governance::Proposal draft;
    draft.title = QStringLiteral("Bench");
    draft.choices = {QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")};
    draft.voting = governance::Voting::Approval;
    draft.weighting = governance::Weighting::Quadratic;
    draft.startsAt = nowMs();
    draft.endsAt = draft.startsAt + 3'600'000;
    governance::Proposal proposal;
    QElapsedTimer timer;
    timer.start();
    if (!service.create(QStringLiteral("u_bench"), draft, &proposal).ok())
        return 1;
    const double createMs = double(timer.nsecsElapsed()) / 1e6;

    // Every voter votes, then changes the vote (each change supersedes one).
    std::vector<double> castUs;
    castUs.reserve(std::size_t(voters) * 2);
    QElapsedTimer all;
    all.start();
    for (int round = 0; round < 2; ++round) {
        for (int i = 0; i < voters; ++i) {
            const auto &[id, pair] = keys[std::size_t(i)];
            const QList<int> choices = round == 0 ? QList<int>{i % 3} : QList<int>{0, 2};
            const QString sig =
                QString::fromLatin1(security::base64url::encode(security::ed25519::sign(
                    pair.secretKey, governance::voteMessage(proposal.id, choices, id))));
            governance::Vote vote;
            governance::Proposal updated;
            timer.restart();
            if (!service.vote(id, proposal.id, choices, sig, &vote, &updated).ok())
                return 1;
            castUs.push_back(double(timer.nsecsElapsed()) / 1e3);
        }
    }
    const double castSeconds = double(all.nsecsElapsed()) / 1e9;

    // The app's side: read the log as the endpoint pages it, then verify everything.
    timer.restart();
    QList<governance::Vote> votes;
    for (qint64 after = 0;;) {
        const auto page = service.votes(proposal.id, after, 200);
        if (page.empty())
            break;
        votes.append(QList<governance::Vote>(page.begin(), page.end()));
        after = page.back().seq;
    }
    const double readMs = double(timer.nsecsElapsed()) / 1e6;
    const governance::Proposal current = *service.proposal(proposal.id);
    timer.restart();
    const governance::RecountResult result = client::verifyVoteLog(current, votes);
    const double verifyMs = double(timer.nsecsElapsed()) / 1e6;

    std::printf("| governance (%d voters, %lld votes) | value |\n|---|---|\n", voters,
                static_cast<long long>(votes.size()));
    std::printf("| create (snapshot of %d weights) | %.1f ms |\n", voters, createMs);
    std::printf("| signed vote cast, p50 | %.0f µs |\n", percentileOf(castUs, 0.5));
    std::printf("| signed vote cast, p99 | %.0f µs |\n", percentileOf(castUs, 0.99));
    std::printf("| votes/s (one thread, fsync per vote) | %.0f |\n",
                double(castUs.size()) / castSeconds);
    std::printf("| read the whole log (pages of 200) | %.1f ms |\n", readMs);
    std::printf("| verify results (every signature, recount) | %.1f ms (%.1f µs/vote), %s |\n",
                verifyMs, verifyMs * 1000.0 / double(std::max<qsizetype>(votes.size(), 1)),
                result.ok() ? "verified" : "MISMATCH");
    return result.ok() ? 0 : 1;
}
