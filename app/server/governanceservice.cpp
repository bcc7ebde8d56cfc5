#include "governanceservice.h"

#include "base64url.h"
#include "ed25519.h"
#include "governancejson.h"
#include "governancerules.h"
#include "ids.h"
#include "logging.h"
#include "paramstore.h"
#include "streamhub.h"
#include "userstore.h"

#include <algorithm>

namespace nest::server {
namespace {
using governance::Proposal;
using governance::Status;
using governance::Vote;
namespace glimits = governance::limits;

// The timer never sleeps longer than this, so a far-off transition is not hostage to QTimer's
// int range or to a wall clock that jumps.
constexpr qint64 kGovMaxTimerMs = 3'600'000;
// After a pass that left something due (a failed write), retry no sooner than this.
constexpr qint64 kGovRetryMs = 1'000;

GovernanceService::Result govFail(GovernanceService::Outcome outcome, const QString &message)
{
    return {outcome, message};
}
} // namespace

GovernanceService::GovernanceService(GovernanceStore &store, UserStore &users, ParamStore &params,
                                     StreamHub &hub, GovernanceOptions options, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_users(users)
    , m_params(params)
    , m_hub(hub)
    , m_options(std::move(options))
    , m_topic(QStringLiteral("governance"))
{
    if (!m_options.clock)
        m_options.clock = [] { return nowMs(); };
    if (!m_options.balancesNow)
        m_options.balancesNow = [] { return QHash<QString, qint64>(); };
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &GovernanceService::runDue);
}

bool GovernanceService::open(QString *error)
{
    if (!m_store.migrate(error))
        return false;
    runDue();
    return true;
}

GovernanceService::Result GovernanceService::validate(const Proposal &d) const
{
    const qsizetype titleChars = d.title.trimmed().size();
    if (titleChars < 1 || titleChars > glimits::kMaxTitleChars)
        return govFail(Outcome::Invalid, QStringLiteral("title must be 1 to 200 characters"));
    if (d.body.size() > glimits::kMaxBodyChars)
        return govFail(Outcome::Invalid, QStringLiteral("body must be at most 10000 characters"));
    if (d.choices.size() < glimits::kMinChoices || d.choices.size() > glimits::kMaxChoices)
        return govFail(Outcome::Invalid, QStringLiteral("a proposal has 2 to 10 choices"));
    for (const QString &choice : d.choices) {
        const qsizetype chars = choice.trimmed().size();
        if (chars < 1 || chars > glimits::kMaxChoiceChars)
            return govFail(Outcome::Invalid,
                           QStringLiteral("each choice must be 1 to 200 characters"));
    }
    if (d.startsAt < 0 || d.endsAt <= d.startsAt)
        return govFail(Outcome::Invalid, QStringLiteral("ends_at must come after starts_at"));
    if (d.endsAt <= now())
        return govFail(Outcome::Invalid, QStringLiteral("ends_at must be in the future"));
    if (d.endsAt - d.startsAt > glimits::kMaxWindowMs)
        return govFail(Outcome::Invalid, QStringLiteral("the voting window is at most 366 days"));
    if (d.quorum < 0)
        return govFail(Outcome::Invalid, QStringLiteral("quorum must not be negative"));
    if (d.timelockMs < 0 || d.timelockMs > glimits::kMaxTimelockMs)
        return govFail(Outcome::Invalid, QStringLiteral("timelock_ms must be 0 to 30 days"));
    if (d.action) {
        if (d.action->type != governance::Action::SetParam)
            return govFail(
                Outcome::InvalidAction,
                QStringLiteral("unknown action '%1': only set_param exists").arg(d.action->type));
        if (const QString why = ParamStore::validate(d.action->key, d.action->value);
            !why.isEmpty())
            return govFail(Outcome::InvalidAction, why);
    }
    return {};
}

GovernanceService::Result GovernanceService::create(const QString &authorId, const Proposal &draft,
                                                    Proposal *out)
{
    runDue();
    if (Result r = validate(draft); !r.ok())
        return r;
    return insertProposal(authorId, draft, out);
}

GovernanceService::Result GovernanceService::insertProposal(const QString &authorId,
                                                            const Proposal &draft, Proposal *out)
{
    Proposal p = draft;
    p.id = newId(QStringLiteral("gp_"));
    p.authorId = authorId;
    p.title = p.title.trimmed();
    for (QString &choice : p.choices)
        choice = choice.trimmed();
    p.createdAt = now();
    // A window that has already started opens right away (no separate activation event).
    p.status = p.startsAt <= p.createdAt ? Status::Active : Status::Pending;
    p.tally = QList<qint64>(p.choices.size(), 0);
    p.turnout = 0;
    p.winner = -1;
    p.executedAt = 0;
    p.executionError.clear();

    // The weights are fixed now: money moved after this cannot buy votes in this proposal.
    QHash<QString, GovernanceStore::Eligibility> snapshot;
    const QHash<QString, qint64> balances = m_options.balancesNow();
    p.eligibleWeight = 0;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        const qint64 weight = governance::weightFor(p.weighting, *it);
        snapshot.insert(it.key(), {*it, weight});
        p.eligibleWeight += weight;
    }
    if (!m_store.insert(p, snapshot))
        return govFail(Outcome::Failed, QStringLiteral("the proposal could not be stored"));
    publish(QLatin1StringView("proposal.created"), p);
    *out = p;
    arm(); // its transitions may be due before the one the timer waits for
    return {};
}

std::optional<Proposal> GovernanceService::proposal(const QString &id)
{
    runDue();
    return m_store.find(id);
}

std::vector<Proposal> GovernanceService::list(std::optional<Status> status, int limit,
                                              const std::optional<GovernanceStore::Cursor> &cursor)
{
    runDue();
    return m_store.list(status, limit, cursor);
}

std::vector<Vote> GovernanceService::votes(const QString &proposalId, qint64 afterSeq,
                                           int limit) const
{
    return m_store.votes(proposalId, afterSeq, limit);
}

GovernanceService::Result GovernanceService::vote(const QString &userId, const QString &proposalId,
                                                  const QList<int> &choices,
                                                  const QString &signature, Vote *vote,
                                                  Proposal *updated)
{
    runDue();
    const auto proposal = m_store.find(proposalId);
    if (!proposal)
        return govFail(Outcome::NotFound, QStringLiteral("no such proposal"));
    const qint64 ts = now();
    // The window, not the stored status, decides: [starts_at, ends_at), to the millisecond.
    if (!proposal->isOpenAt(ts))
        return govFail(Outcome::VotingClosed, ts < proposal->startsAt
                                                  ? QStringLiteral("voting has not started yet")
                                                  : QStringLiteral("voting has ended"));
    return record(*proposal, userId, choices, signature, ts, vote, updated);
}

GovernanceService::Result GovernanceService::record(const Proposal &proposal, const QString &userId,
                                                    const QList<int> &choices,
                                                    const QString &signature, qint64 ts, Vote *vote,
                                                    Proposal *updated)
{
    if (const QString why =
            governance::validateBallot(proposal.voting, int(proposal.choices.size()), choices);
        !why.isEmpty())
        return govFail(Outcome::Invalid, why);
    const auto user = m_users.findById(userId);
    if (!user || user->publicKey.isEmpty())
        return govFail(Outcome::NoPublicKey,
                       QStringLiteral("register a public key (PUT /api/v1/me/public-key) to vote"));
    const auto eligibility = m_store.eligibility(proposal.id, userId);
    if (!eligibility)
        return govFail(Outcome::NotEligible,
                       QStringLiteral("only accounts that existed when the proposal was created "
                                      "may vote on it"));
    // Strict: the exact encodings only, the exact sizes only, then libsodium's verification.
    const auto rawKey = security::base64url::decode(user->publicKey.toLatin1());
    const auto rawSignature = security::base64url::decode(signature.toLatin1());
    if (!rawKey || rawKey->size() != security::ed25519::PublicKeyBytes || !rawSignature
        || rawSignature->size() != security::ed25519::SignatureBytes
        || !security::ed25519::verify(
            *rawKey, governance::voteMessage(proposal.id, choices, userId), *rawSignature))
        return govFail(Outcome::BadSignature,
                       QStringLiteral("the signature does not verify with your registered key over "
                                      "nest-vote:v1:{proposal_id}:{choices}:{user_id}"));

    Proposal next = proposal;
    if (const auto previous = m_store.currentVote(proposal.id, userId))
        governance::applyVote(next.tally, next.turnout, previous->choices, previous->weight, -1);
    governance::applyVote(next.tally, next.turnout, choices, eligibility->weight, 1);

    Vote v;
    v.proposalId = proposal.id;
    v.userId = userId;
    v.publicKey = user->publicKey;
    v.choices = choices;
    v.weight = eligibility->weight;
    v.balance = eligibility->balance;
    v.signature = signature;
    v.ts = ts;
    if (!m_store.castVote(&v, next))
        return govFail(Outcome::Failed, QStringLiteral("the vote could not be stored"));
    publish(QLatin1StringView("vote.cast"), next, &v);
    *vote = v;
    *updated = next;
    return {};
}

void GovernanceService::runDue()
{
    const qint64 at = now();
    // Each pass moves every due proposal one step; one missed while stopped may need three
    // (pending → active → closed → executed), each published in order.
    for (int pass = 0; pass < 4; ++pass) {
        const std::vector<Proposal> due = m_store.due(at);
        if (due.empty())
            break;
        for (const Proposal &p : due)
            advance(p, at);
    }
    arm();
}

void GovernanceService::advance(Proposal p, qint64 at)
{
    switch (p.status) {
    case Status::Pending:
        p.status = Status::Active;
        if (m_store.updateState(p))
            publish(QLatin1StringView("proposal.activated"), p);
        return;
    case Status::Active: {
        const governance::Outcome outcome =
            governance::decide(p.tally, p.turnout, p.quorum, p.action.has_value());
        p.status = outcome.passed ? Status::Passed : Status::Rejected;
        p.winner = outcome.winner;
        if (m_store.updateState(p))
            publish(QLatin1StringView("proposal.closed"), p);
        return;
    }
    case Status::Passed: {
        if (!p.action)
            return;
        QString error;
        if (m_params.set(p.action->key, p.action->value, &error)) {
            p.status = Status::Executed;
            p.executedAt = at;
            if (m_store.updateState(p))
                publish(QLatin1StringView("proposal.executed"), p);
            qCInfo(lcServer).noquote()
                << "governance: executed" << p.id << p.action->key << "=" << p.action->value;
        } else {
            // Stays `passed` with the reason; not retried (the value was valid at creation, so
            // this is a storage failure an operator has to look at).
            p.executionError = error.isEmpty() ? QStringLiteral("execution failed") : error;
            m_store.updateState(p);
            qCWarning(lcServer).noquote() << "governance: executing" << p.id << "failed:" << error;
        }
        return;
    }
    case Status::Rejected:
    case Status::Executed:
        return;
    }
}

void GovernanceService::arm()
{
    const auto next = m_store.nextDue();
    if (!next) {
        m_timer.stop();
        return;
    }
    const qint64 wait = *next - now();
    m_timer.start(int(std::clamp<qint64>(wait <= 0 ? kGovRetryMs : wait, 0, kGovMaxTimerMs)));
}

void GovernanceService::publish(QLatin1StringView kind, const Proposal &proposal, const Vote *vote)
{
    QJsonObject data{{QStringLiteral("kind"), QString(kind)},
                     {QStringLiteral("proposal"), proposalToJson(proposal)}};
    if (vote)
        data.insert(QStringLiteral("vote"), voteToJson(*vote));
    m_hub.publish(m_topic, data);
}

bool GovernanceService::seed(const QString &authorId, const Proposal &proposal,
                             const std::vector<SeedVoteMaker> &votes, QString *error)
{
    Proposal stored;
    const Result created = insertProposal(authorId, proposal, &stored);
    if (!created.ok()) {
        *error = created.message;
        return false;
    }
    for (const SeedVoteMaker &make : votes) {
        const SeedVote sv = make(stored.id);
        // Straight into the log: the demo's past windows are closed by now.
        auto current = m_store.find(stored.id);
        Vote v;
        Proposal updated;
        const Result r =
            current ? record(*current, sv.userId, sv.choices, sv.signature, sv.ts, &v, &updated)
                    : govFail(Outcome::NotFound, QStringLiteral("seeded proposal vanished"));
        if (!r.ok()) {
            *error = r.message;
            return false;
        }
    }
    runDue();
    return true;
}

} // namespace nest::server
