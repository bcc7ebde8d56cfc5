#include "moderationstore.h"

#include "database.h"
#include "logging.h"
#include "modlogchain.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
constexpr auto kReportSelect =
    "SELECT r.id, r.post_id, r.reporter_id, r.reason, r.status, r.created_at, r.resolved_at,"
    " r.resolution, (SELECT COUNT(*) FROM moderation_reports o WHERE o.post_id = r.post_id"
    " AND o.status = 'open') FROM moderation_reports r";

ReportRecord reportFromQuery(const QSqlQuery &q)
{
    ReportRecord r;
    r.id = q.value(0).toString();
    r.postId = q.value(1).toString();
    r.reporterId = q.value(2).toString();
    r.reason = q.value(3).toString();
    r.status = q.value(4).toString();
    r.createdAt = q.value(5).toLongLong();
    r.resolvedAt = q.value(6).toLongLong();
    r.resolution = q.value(7).toString();
    r.reportCount = q.value(8).toLongLong();
    return r;
}

bool modExec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << q.lastError().text();
    return false;
}
} // namespace

QJsonObject ReportRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("post_id"), postId},
        {QStringLiteral("reporter_id"), reporterId},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("status"), status},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("report_count"), reportCount},
        {QStringLiteral("resolved_at"), resolvedAt ? QJsonValue(resolvedAt) : QJsonValue()},
        {QStringLiteral("resolution"),
         resolution.isEmpty() ? QJsonValue() : QJsonValue(resolution)},
    };
}

QJsonObject ModerationLogEntry::toJson() const
{
    QJsonObject json{
        {QStringLiteral("seq"), seq},
        {QStringLiteral("ts"), ts},
        {QStringLiteral("moderator_id"), moderatorId},
        {QStringLiteral("action"), action},
        {QStringLiteral("target_type"), targetType},
        {QStringLiteral("target_id"), targetId},
        {QStringLiteral("reason"), reason},
        {QStringLiteral("prev_hash"), prevHash},
    };
    if (!hash.isEmpty())
        json.insert(QStringLiteral("hash"), hash);
    return json;
}

bool ModerationStore::migrate(QString *error)
{
    return m_db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS moderation_reports ("
                                     " id TEXT PRIMARY KEY,"
                                     " post_id TEXT NOT NULL,"
                                     " reporter_id TEXT NOT NULL,"
                                     " reason TEXT NOT NULL,"
                                     " status TEXT NOT NULL,"
                                     " created_at INTEGER NOT NULL,"
                                     " resolved_at INTEGER NOT NULL DEFAULT 0,"
                                     " resolved_by TEXT NOT NULL DEFAULT '',"
                                     " resolution TEXT NOT NULL DEFAULT '')"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS moderation_reports_order"
                                     " ON moderation_reports (status, created_at, id)"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS moderation_reports_post"
                                     " ON moderation_reports (post_id, status)"),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS moderation_log ("
                                     " seq INTEGER PRIMARY KEY,"
                                     " ts INTEGER NOT NULL,"
                                     " moderator_id TEXT NOT NULL,"
                                     " action TEXT NOT NULL,"
                                     " target_type TEXT NOT NULL,"
                                     " target_id TEXT NOT NULL,"
                                     " reason TEXT NOT NULL,"
                                     " prev_hash TEXT NOT NULL,"
                                     " hash TEXT NOT NULL)"),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS moderation_suspensions ("
                                     " user_id TEXT PRIMARY KEY,"
                                     " until INTEGER NOT NULL,"
                                     " reason TEXT NOT NULL)")},
                     error);
}

bool ModerationStore::insertReport(const ReportRecord &r)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO moderation_reports (id, post_id, reporter_id, reason,"
                             " status, created_at) VALUES (?, ?, ?, ?, 'open', ?)"));
    q.addBindValue(r.id);
    q.addBindValue(r.postId);
    q.addBindValue(r.reporterId);
    q.addBindValue(r.reason);
    q.addBindValue(r.createdAt);
    return modExec(q, "insert report");
}

std::optional<ReportRecord> ModerationStore::report(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QString(QLatin1StringView(kReportSelect)) + u" WHERE r.id = ?");
    q.addBindValue(id);
    if (!modExec(q, "read report") || !q.next())
        return std::nullopt;
    return reportFromQuery(q);
}

bool ModerationStore::hasOpenReport(const QString &postId, const QString &reporterId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT 1 FROM moderation_reports WHERE post_id = ? AND reporter_id = ?"
                       " AND status = 'open'"));
    q.addBindValue(postId);
    q.addBindValue(reporterId);
    return modExec(q, "find report") && q.next();
}

Page<ReportRecord> ModerationStore::reports(const QString &status, const PageRequest &page) const
{
    QString sql(QLatin1StringView{kReportSelect});
    sql += u" WHERE 1 = 1";
    if (!status.isEmpty())
        sql += u" AND r.status = ?";
    if (page.after)
        sql += u" AND (r.created_at > ? OR (r.created_at = ? AND r.id > ?))";
    sql += u" ORDER BY r.created_at, r.id LIMIT ?";
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!status.isEmpty())
        q.addBindValue(status);
    if (page.after) {
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->id);
    }
    q.addBindValue(page.limit + 1);
    Page<ReportRecord> out;
    if (!modExec(q, "list reports"))
        return out;
    while (q.next())
        out.items.push_back(reportFromQuery(q));
    if (qsizetype(out.items.size()) > page.limit) {
        out.items.pop_back();
        out.next = PageKey{out.items.back().createdAt, 0, out.items.back().id};
    }
    return out;
}

bool ModerationStore::resolveReport(const QString &id, const QString &moderatorId,
                                    const QString &resolution, qint64 now)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE moderation_reports SET status = 'resolved', resolved_at = ?,"
                             " resolved_by = ?, resolution = ? WHERE id = ? AND status = 'open'"));
    q.addBindValue(now);
    q.addBindValue(moderatorId);
    q.addBindValue(resolution);
    q.addBindValue(id);
    return modExec(q, "resolve report") && q.numRowsAffected() == 1;
}

QStringList ModerationStore::resolveReportsForPost(const QString &postId,
                                                   const QString &moderatorId,
                                                   const QString &resolution, qint64 now)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery open(db);
    open.prepare(
        QStringLiteral("SELECT id FROM moderation_reports WHERE post_id = ? AND status = 'open'"));
    open.addBindValue(postId);
    QStringList ids;
    if (!modExec(open, "open reports"))
        return ids;
    while (open.next())
        ids << open.value(0).toString();
    for (const QString &id : std::as_const(ids)) {
        if (!resolveReport(id, moderatorId, resolution, now))
            return {};
    }
    return tx.commit() ? ids : QStringList{};
}

std::optional<ModerationLogEntry> ModerationStore::appendLog(ModerationLogEntry entry)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery last(db);
    last.prepare(QStringLiteral("SELECT seq, hash FROM moderation_log ORDER BY seq DESC LIMIT 1"));
    if (!modExec(last, "read log head"))
        return std::nullopt;
    entry.seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    entry.prevHash =
        entry.seq == 1 ? security::modlogchain::genesisHash() : last.value(1).toString();
    entry.hash.clear();
    entry.hash = security::modlogchain::entryHash(entry.prevHash, entry.toJson());
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO moderation_log (seq, ts, moderator_id, action,"
                             " target_type, target_id, reason, prev_hash, hash)"
                             " VALUES (?, ?, ?, ?, ?, ?, COALESCE(?, ''), ?, ?)"));
    for (const QVariant &v :
         {QVariant(entry.seq), QVariant(entry.ts), QVariant(entry.moderatorId),
          QVariant(entry.action), QVariant(entry.targetType), QVariant(entry.targetId),
          QVariant(entry.reason), QVariant(entry.prevHash), QVariant(entry.hash)})
        q.addBindValue(v);
    if (!modExec(q, "append log") || !tx.commit())
        return std::nullopt;
    return entry;
}

std::vector<ModerationLogEntry> ModerationStore::log(qint64 afterSeq, int limit) const
{
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT seq, ts, moderator_id, action, target_type, target_id, reason,"
                             " prev_hash, hash FROM moderation_log WHERE seq > ? ORDER BY seq"
                             " LIMIT ?"));
    q.addBindValue(afterSeq);
    q.addBindValue(limit);
    std::vector<ModerationLogEntry> out;
    if (!modExec(q, "read log"))
        return out;
    while (q.next()) {
        ModerationLogEntry e;
        e.seq = q.value(0).toLongLong();
        e.ts = q.value(1).toLongLong();
        e.moderatorId = q.value(2).toString();
        e.action = q.value(3).toString();
        e.targetType = q.value(4).toString();
        e.targetId = q.value(5).toString();
        e.reason = q.value(6).toString();
        e.prevHash = q.value(7).toString();
        e.hash = q.value(8).toString();
        out.push_back(std::move(e));
    }
    return out;
}

bool ModerationStore::setSuspension(const QString &userId, const Suspension &suspension)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO moderation_suspensions (user_id, until, reason) VALUES (?, ?, ?)"));
    q.addBindValue(userId);
    q.addBindValue(suspension.until);
    q.addBindValue(suspension.reason);
    return modExec(q, "suspend");
}

bool ModerationStore::clearSuspension(const QString &userId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM moderation_suspensions WHERE user_id = ?"));
    q.addBindValue(userId);
    return modExec(q, "unsuspend");
}

std::optional<Suspension> ModerationStore::suspension(const QString &userId, qint64 now) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT until, reason FROM moderation_suspensions WHERE user_id = ? AND until > ?"));
    q.addBindValue(userId);
    q.addBindValue(now);
    if (!modExec(q, "read suspension") || !q.next())
        return std::nullopt;
    return Suspension{q.value(0).toLongLong(), q.value(1).toString()};
}

} // namespace nest::server
