#include "governancestore.h"

#include "database.h"
#include "logging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
using governance::Proposal;
using governance::Status;
using governance::Vote;

constexpr auto kGovProposalColumns =
    "id, author_id, title, body, choices, voting, weighting, starts_at, ends_at, quorum,"
    " timelock_ms, action, status, tally, turnout, created_at, eligible_weight, winner,"
    " executed_at, execution_error";
constexpr auto kGovVoteColumns =
    "seq, proposal_id, user_id, public_key, choices, weight, balance, signature, ts, superseded";
// When a proposal's next transition is due; NULL once nothing more happens to it.
constexpr auto kGovDueExpr =
    "CASE status WHEN 'pending' THEN starts_at WHEN 'active' THEN ends_at"
    " WHEN 'passed' THEN CASE WHEN action != '' AND execution_error = '' AND executed_at = 0"
    " THEN ends_at + timelock_ms END END";

QString govEncodeChoices(const QStringList &choices)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonArray::fromStringList(choices)).toJson(QJsonDocument::Compact));
}

QStringList govDecodeChoices(const QString &text)
{
    QStringList out;
    for (const QJsonValue v : QJsonDocument::fromJson(text.toUtf8()).array())
        out << v.toString();
    return out;
}

QString govEncodeAction(const std::optional<governance::Action> &action)
{
    if (!action)
        return {};
    const QJsonObject o{{QStringLiteral("type"), action->type},
                        {QStringLiteral("key"), action->key},
                        {QStringLiteral("value"), action->value}};
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<governance::Action> govDecodeAction(const QString &text)
{
    if (text.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(text.toUtf8()).object();
    return governance::Action{o.value(QLatin1StringView("type")).toString(),
                              o.value(QLatin1StringView("key")).toString(),
                              o.value(QLatin1StringView("value")).toDouble()};
}

template<typename T> QString govJoinNumbers(const QList<T> &values)
{
    QStringList parts;
    for (const T v : values)
        parts << QString::number(v);
    return parts.join(u',');
}

QList<qint64> govSplitTally(const QString &text)
{
    QList<qint64> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.toLongLong();
    return out;
}

QList<int> govSplitChoices(const QString &text)
{
    QList<int> out;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts))
        out << part.toInt();
    return out;
}

Proposal govProposalFrom(const QSqlQuery &q)
{
    Proposal p;
    p.id = q.value(0).toString();
    p.authorId = q.value(1).toString();
    p.title = q.value(2).toString();
    p.body = q.value(3).toString();
    p.choices = govDecodeChoices(q.value(4).toString());
    p.voting = governance::parseVoting(q.value(5).toString()).value_or(governance::Voting::Single);
    p.weighting =
        governance::parseWeighting(q.value(6).toString()).value_or(governance::Weighting::Equal);
    p.startsAt = q.value(7).toLongLong();
    p.endsAt = q.value(8).toLongLong();
    p.quorum = q.value(9).toLongLong();
    p.timelockMs = q.value(10).toLongLong();
    p.action = govDecodeAction(q.value(11).toString());
    p.status = governance::parseStatus(q.value(12).toString()).value_or(Status::Pending);
    p.tally = govSplitTally(q.value(13).toString());
    p.tally.resize(p.choices.size(), 0);
    p.turnout = q.value(14).toLongLong();
    p.createdAt = q.value(15).toLongLong();
    p.eligibleWeight = q.value(16).toLongLong();
    p.winner = q.value(17).toInt();
    p.executedAt = q.value(18).toLongLong();
    p.executionError = q.value(19).toString();
    return p;
}

Vote govVoteFrom(const QSqlQuery &q)
{
    Vote v;
    v.seq = q.value(0).toLongLong();
    v.proposalId = q.value(1).toString();
    v.userId = q.value(2).toString();
    v.publicKey = q.value(3).toString();
    v.choices = govSplitChoices(q.value(4).toString());
    v.weight = q.value(5).toLongLong();
    v.balance = q.value(6).toLongLong();
    v.signature = q.value(7).toString();
    v.ts = q.value(8).toLongLong();
    v.superseded = q.value(9).toBool();
    return v;
}

//! SQLite stores a null QString as NULL; the text columns are NOT NULL.
QString govText(const QString &s)
{
    return s.isNull() ? QStringLiteral("") : s;
}

bool govExec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << "governance:" << what << "failed:" << q.lastError().text();
    return false;
}
} // namespace

bool GovernanceStore::migrate(QString *error)
{
    return m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS governance_proposals ("
                        " id TEXT PRIMARY KEY, author_id TEXT NOT NULL, title TEXT NOT NULL,"
                        " body TEXT NOT NULL, choices TEXT NOT NULL, voting TEXT NOT NULL,"
                        " weighting TEXT NOT NULL, starts_at INTEGER NOT NULL,"
                        " ends_at INTEGER NOT NULL, quorum INTEGER NOT NULL,"
                        " timelock_ms INTEGER NOT NULL, action TEXT NOT NULL,"
                        " status TEXT NOT NULL, tally TEXT NOT NULL, turnout INTEGER NOT NULL,"
                        " created_at INTEGER NOT NULL, eligible_weight INTEGER NOT NULL,"
                        " winner INTEGER NOT NULL DEFAULT -1,"
                        " executed_at INTEGER NOT NULL DEFAULT 0,"
                        " execution_error TEXT NOT NULL DEFAULT '')"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS governance_proposals_by_time"
                        " ON governance_proposals(created_at DESC, id DESC)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS governance_proposals_by_status"
                        " ON governance_proposals(status, created_at DESC, id DESC)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS governance_weights ("
                        " proposal_id TEXT NOT NULL, user_id TEXT NOT NULL,"
                        " balance INTEGER NOT NULL, weight INTEGER NOT NULL,"
                        " PRIMARY KEY (proposal_id, user_id)) WITHOUT ROWID"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS governance_votes ("
                        " seq INTEGER PRIMARY KEY AUTOINCREMENT, proposal_id TEXT NOT NULL,"
                        " user_id TEXT NOT NULL, public_key TEXT NOT NULL,"
                        " choices TEXT NOT NULL, weight INTEGER NOT NULL,"
                        " balance INTEGER NOT NULL, signature TEXT NOT NULL,"
                        " ts INTEGER NOT NULL, superseded INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS governance_votes_by_proposal"
                        " ON governance_votes(proposal_id, seq)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS governance_votes_current"
                        " ON governance_votes(proposal_id, user_id, superseded)")},
        error);
}

bool GovernanceStore::insert(const Proposal &p, const QHash<QString, Eligibility> &snapshot)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO governance_proposals (%1) VALUES"
                             " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                  .arg(QLatin1StringView(kGovProposalColumns)));
    q.addBindValue(p.id);
    q.addBindValue(govText(p.authorId));
    q.addBindValue(govText(p.title));
    q.addBindValue(govText(p.body));
    q.addBindValue(govEncodeChoices(p.choices));
    q.addBindValue(QString(governance::votingName(p.voting)));
    q.addBindValue(QString(governance::weightingName(p.weighting)));
    q.addBindValue(p.startsAt);
    q.addBindValue(p.endsAt);
    q.addBindValue(p.quorum);
    q.addBindValue(p.timelockMs);
    q.addBindValue(govText(govEncodeAction(p.action)));
    q.addBindValue(QString(governance::statusName(p.status)));
    q.addBindValue(govJoinNumbers(p.tally));
    q.addBindValue(p.turnout);
    q.addBindValue(p.createdAt);
    q.addBindValue(p.eligibleWeight);
    q.addBindValue(p.winner);
    q.addBindValue(p.executedAt);
    q.addBindValue(govText(p.executionError));
    if (!govExec(q, "proposal insert"))
        return false;
    QSqlQuery w(db);
    w.prepare(QStringLiteral("INSERT INTO governance_weights (proposal_id, user_id, balance,"
                             " weight) VALUES (?, ?, ?, ?)"));
    for (auto it = snapshot.cbegin(); it != snapshot.cend(); ++it) {
        w.addBindValue(p.id);
        w.addBindValue(it.key());
        w.addBindValue(it->balance);
        w.addBindValue(it->weight);
        if (!govExec(w, "weight insert"))
            return false;
    }
    return tx.commit();
}

std::optional<Proposal> GovernanceStore::find(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM governance_proposals WHERE id = ?")
                  .arg(QLatin1StringView(kGovProposalColumns)));
    q.addBindValue(id);
    if (!govExec(q, "proposal lookup") || !q.next())
        return std::nullopt;
    return govProposalFrom(q);
}

std::vector<Proposal> GovernanceStore::list(std::optional<Status> status, int limit,
                                            const std::optional<Cursor> &cursor) const
{
    QStringList where;
    if (status)
        where << QStringLiteral("status = :status");
    if (cursor)
        where << QStringLiteral("(created_at < :at OR (created_at = :at AND id < :id))");
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM governance_proposals %2"
                             " ORDER BY created_at DESC, id DESC LIMIT :limit")
                  .arg(QLatin1StringView(kGovProposalColumns),
                       where.isEmpty()
                           ? QString()
                           : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "))));
    if (status)
        q.bindValue(QStringLiteral(":status"), QString(governance::statusName(*status)));
    if (cursor) {
        q.bindValue(QStringLiteral(":at"), cursor->createdAt);
        q.bindValue(QStringLiteral(":id"), cursor->id);
    }
    q.bindValue(QStringLiteral(":limit"), limit);
    std::vector<Proposal> out;
    if (!govExec(q, "proposal list"))
        return out;
    while (q.next())
        out.push_back(govProposalFrom(q));
    return out;
}

std::optional<GovernanceStore::Eligibility>
GovernanceStore::eligibility(const QString &proposalId, const QString &userId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT balance, weight FROM governance_weights"
                             " WHERE proposal_id = ? AND user_id = ?"));
    q.addBindValue(proposalId);
    q.addBindValue(userId);
    if (!govExec(q, "weight lookup") || !q.next())
        return std::nullopt;
    return Eligibility{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

std::optional<Vote> GovernanceStore::currentVote(const QString &proposalId,
                                                 const QString &userId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM governance_votes WHERE proposal_id = ?"
                             " AND user_id = ? AND superseded = 0 ORDER BY seq DESC LIMIT 1")
                  .arg(QLatin1StringView(kGovVoteColumns)));
    q.addBindValue(proposalId);
    q.addBindValue(userId);
    if (!govExec(q, "vote lookup") || !q.next())
        return std::nullopt;
    return govVoteFrom(q);
}

bool GovernanceStore::castVote(Vote *vote, const Proposal &updated)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery s(db);
    s.prepare(QStringLiteral("UPDATE governance_votes SET superseded = 1"
                             " WHERE proposal_id = ? AND user_id = ? AND superseded = 0"));
    s.addBindValue(vote->proposalId);
    s.addBindValue(vote->userId);
    if (!govExec(s, "supersede"))
        return false;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO governance_votes (proposal_id, user_id, public_key,"
                             " choices, weight, balance, signature, ts, superseded)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)"));
    q.addBindValue(vote->proposalId);
    q.addBindValue(vote->userId);
    q.addBindValue(govText(vote->publicKey));
    q.addBindValue(govJoinNumbers(vote->choices));
    q.addBindValue(vote->weight);
    q.addBindValue(vote->balance);
    q.addBindValue(govText(vote->signature));
    q.addBindValue(vote->ts);
    if (!govExec(q, "vote insert"))
        return false;
    const qint64 seq = q.lastInsertId().toLongLong();
    QSqlQuery t(db);
    t.prepare(QStringLiteral("UPDATE governance_proposals SET tally = ?, turnout = ?"
                             " WHERE id = ?"));
    t.addBindValue(govJoinNumbers(updated.tally));
    t.addBindValue(updated.turnout);
    t.addBindValue(updated.id);
    if (!govExec(t, "tally update") || !tx.commit())
        return false;
    vote->seq = seq;
    vote->superseded = false;
    return true;
}

std::vector<Vote> GovernanceStore::votes(const QString &proposalId, qint64 afterSeq,
                                         int limit) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM governance_votes WHERE proposal_id = ? AND seq > ?"
                             " ORDER BY seq LIMIT ?")
                  .arg(QLatin1StringView(kGovVoteColumns)));
    q.addBindValue(proposalId);
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    std::vector<Vote> out;
    if (!govExec(q, "vote log"))
        return out;
    while (q.next())
        out.push_back(govVoteFrom(q));
    return out;
}

bool GovernanceStore::updateState(const Proposal &p)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE governance_proposals SET status = ?, winner = ?,"
                             " executed_at = ?, execution_error = ? WHERE id = ?"));
    q.addBindValue(QString(governance::statusName(p.status)));
    q.addBindValue(p.winner);
    q.addBindValue(p.executedAt);
    q.addBindValue(govText(p.executionError));
    q.addBindValue(p.id);
    return govExec(q, "state update");
}

std::vector<Proposal> GovernanceStore::due(qint64 now) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT %1 FROM governance_proposals WHERE (%2) <= ?"
                             " ORDER BY (%2), created_at, id")
                  .arg(QLatin1StringView(kGovProposalColumns), QLatin1StringView(kGovDueExpr)));
    q.addBindValue(now);
    std::vector<Proposal> out;
    if (!govExec(q, "due proposals"))
        return out;
    while (q.next())
        out.push_back(govProposalFrom(q));
    return out;
}

std::optional<qint64> GovernanceStore::nextDue() const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT MIN(%1) FROM governance_proposals")
                  .arg(QLatin1StringView(kGovDueExpr)));
    if (!govExec(q, "next due") || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace nest::server
