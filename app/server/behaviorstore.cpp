#include "behaviorstore.h"

#include "database.h"
#include "logging.h"

#include <QDataStream>
#include <QIODevice>
#include <QSqlError>
#include <QSqlQuery>
#include <QStringList>

namespace nest::server {
namespace {
// Compact text columns: four decimals are far below any trait's uncertainty.
QString encodeTraits(const analytics::TraitVector &traits)
{
    QStringList parts;
    for (double t : traits)
        parts << QString::number(t, 'f', 4);
    return parts.join(u',');
}

analytics::TraitVector decodeTraits(const QString &text)
{
    analytics::TraitVector traits{};
    const QStringList parts = text.split(u',');
    for (qsizetype i = 0; i < parts.size() && i < analytics::kTraits; ++i)
        traits[std::size_t(i)] = parts[i].toDouble();
    return traits;
}

QString encodeCounts(const KindCounts &counts)
{
    QStringList parts;
    for (quint32 c : counts)
        parts << QString::number(c);
    return parts.join(u',');
}

KindCounts decodeCounts(const QString &text)
{
    KindCounts counts{};
    const QStringList parts = text.split(u',');
    for (qsizetype i = 0; i < parts.size() && i < analytics::kEventKinds; ++i)
        counts[std::size_t(i)] = parts[i].toUInt();
    return counts;
}

QString encodeTrackerCounts(const std::array<quint64, analytics::kEventKinds> &counts)
{
    QStringList parts;
    for (quint64 c : counts)
        parts << QString::number(c);
    return parts.join(u',');
}

std::array<quint64, analytics::kEventKinds> decodeTrackerCounts(const QString &text)
{
    std::array<quint64, analytics::kEventKinds> counts{};
    const QStringList parts = text.split(u',');
    for (qsizetype i = 0; i < parts.size() && i < analytics::kEventKinds; ++i)
        counts[std::size_t(i)] = parts[i].toULongLong();
    return counts;
}

QByteArray encodeSnapshot(const BehaviorStore::LearnerSnapshot &snap)
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    out.setByteOrder(QDataStream::LittleEndian);
    out.setFloatingPointPrecision(QDataStream::DoublePrecision);
    out << quint8(1) << quint64(snap.events) << bool(snap.label);
    for (double v : snap.x)
        out << v;
    for (double v : snap.variance)
        out << v;
    for (double v : snap.label.value_or(analytics::TraitVector{}))
        out << v;
    return bytes;
}

std::optional<BehaviorStore::LearnerSnapshot> decodeSnapshot(const QByteArray &bytes)
{
    QDataStream in(bytes);
    in.setByteOrder(QDataStream::LittleEndian);
    in.setFloatingPointPrecision(QDataStream::DoublePrecision);
    quint8 format = 0;
    quint64 events = 0;
    bool labeled = false;
    BehaviorStore::LearnerSnapshot snap;
    analytics::TraitVector label{};
    in >> format >> events >> labeled;
    for (double &v : snap.x)
        in >> v;
    for (double &v : snap.variance)
        in >> v;
    for (double &v : label)
        in >> v;
    if (format != 1 || in.status() != QDataStream::Ok)
        return std::nullopt;
    snap.events = events;
    if (labeled)
        snap.label = label;
    return snap;
}

bool execOrWarn(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << "behavior store:" << what << "failed:" << q.lastError().text();
    return false;
}
} // namespace

bool BehaviorStore::Batch::isEmpty() const
{
    return metrics.empty() && users.empty() && points.empty() && labels.empty() && snapshots.empty()
           && trackerStats.empty() && !model && !eventsTotal && pruneMetricsBefore == 0
           && trimHistoryOf.empty();
}

bool BehaviorStore::migrate(QString *error)
{
    return m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_metrics("
                        " sec INTEGER PRIMARY KEY, counts TEXT NOT NULL,"
                        " active_users INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_users("
                        " user_id TEXT PRIMARY KEY, display_name TEXT NOT NULL DEFAULT '',"
                        " traits TEXT NOT NULL, confidence REAL NOT NULL,"
                        " samples INTEGER NOT NULL, updated_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_trait_history("
                        " user_id TEXT NOT NULL, ts INTEGER NOT NULL, traits TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS behavior_trait_history_user"
                        " ON behavior_trait_history(user_id, ts)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_labels("
                        " id INTEGER PRIMARY KEY, user_id TEXT NOT NULL, ts INTEGER NOT NULL,"
                        " traits TEXT NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_model("
                        " id INTEGER PRIMARY KEY CHECK (id = 1), state BLOB NOT NULL,"
                        " updated_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_snapshots("
                        " user_id TEXT PRIMARY KEY, state BLOB NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_tracker("
                        " user_id TEXT PRIMARY KEY, counts TEXT NOT NULL,"
                        " active_ms INTEGER NOT NULL, session_id TEXT NOT NULL,"
                        " session_start INTEGER NOT NULL, last_ts INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS behavior_meta("
                        " key TEXT PRIMARY KEY, value INTEGER NOT NULL)")},
        error);
}

bool BehaviorStore::write(const Batch &batch)
{
    if (batch.isEmpty())
        return true;
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery q(db);
    if (!batch.metrics.empty()) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO behavior_metrics(sec, counts, "
                                 "active_users) VALUES (?, ?, ?)"));
        for (const MetricsRow &row : batch.metrics) {
            q.bindValue(0, row.sec);
            q.bindValue(1, encodeCounts(row.counts));
            q.bindValue(2, row.activeUsers);
            if (!execOrWarn(q, "metrics insert"))
                return false;
        }
    }
    if (batch.pruneMetricsBefore > 0) {
        q.prepare(QStringLiteral("DELETE FROM behavior_metrics WHERE sec < ?"));
        q.bindValue(0, batch.pruneMetricsBefore);
        if (!execOrWarn(q, "metrics prune"))
            return false;
    }
    if (!batch.users.empty()) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO behavior_users(user_id, display_name, traits, confidence,"
            " samples, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const UserRow &row : batch.users) {
            q.bindValue(0, row.userId);
            q.bindValue(1, row.displayName);
            q.bindValue(2, encodeTraits(row.traits));
            q.bindValue(3, row.confidence);
            q.bindValue(4, row.samples);
            q.bindValue(5, row.updatedAt);
            if (!execOrWarn(q, "user upsert"))
                return false;
        }
    }
    if (!batch.points.empty()) {
        q.prepare(QStringLiteral(
            "INSERT INTO behavior_trait_history(user_id, ts, traits) VALUES (?, ?, ?)"));
        for (const TraitPoint &p : batch.points) {
            q.bindValue(0, p.userId);
            q.bindValue(1, p.ts);
            q.bindValue(2, encodeTraits(p.traits));
            if (!execOrWarn(q, "trait history insert"))
                return false;
        }
    }
    if (!batch.trimHistoryOf.empty()) {
        // Keep the newest kHistoryPerUser points of each user.
        q.prepare(
            QStringLiteral("DELETE FROM behavior_trait_history WHERE user_id = ? AND rowid NOT IN ("
                           " SELECT rowid FROM behavior_trait_history WHERE user_id = ?"
                           " ORDER BY ts DESC LIMIT ?)"));
        for (const QString &user : batch.trimHistoryOf) {
            q.bindValue(0, user);
            q.bindValue(1, user);
            q.bindValue(2, kHistoryPerUser);
            if (!execOrWarn(q, "trait history trim"))
                return false;
        }
    }
    if (!batch.labels.empty()) {
        q.prepare(
            QStringLiteral("INSERT INTO behavior_labels(user_id, ts, traits) VALUES (?, ?, ?)"));
        for (const Label &l : batch.labels) {
            q.bindValue(0, l.userId);
            q.bindValue(1, l.ts);
            q.bindValue(2, encodeTraits(l.traits));
            if (!execOrWarn(q, "label insert"))
                return false;
        }
    }
    if (!batch.snapshots.empty()) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO behavior_snapshots(user_id, state) VALUES (?, ?)"));
        for (const auto &[userId, snap] : batch.snapshots) {
            q.bindValue(0, userId);
            q.bindValue(1, encodeSnapshot(snap));
            if (!execOrWarn(q, "snapshot save"))
                return false;
        }
    }
    if (!batch.trackerStats.empty()) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO behavior_tracker(user_id, counts, active_ms, session_id,"
            " session_start, last_ts) VALUES (?, ?, ?, ?, ?, ?)"));
        for (const auto &[userId, s] : batch.trackerStats) {
            q.bindValue(0, userId);
            q.bindValue(1, encodeTrackerCounts(s.counts));
            q.bindValue(2, s.activeMs);
            q.bindValue(3, s.lastSessionId);
            q.bindValue(4, s.sessionStartMs);
            q.bindValue(5, s.lastTsMs);
            if (!execOrWarn(q, "tracker save"))
                return false;
        }
    }
    if (batch.model) {
        q.prepare(QStringLiteral(
            "INSERT OR REPLACE INTO behavior_model(id, state, updated_at) VALUES (1, ?, ?)"));
        q.bindValue(0, batch.model->state);
        q.bindValue(1, batch.model->updatedAt);
        if (!execOrWarn(q, "model save"))
            return false;
    }
    if (batch.eventsTotal) {
        q.prepare(QStringLiteral("INSERT OR REPLACE INTO behavior_meta(key, value) VALUES "
                                 "('events_total', ?)"));
        q.bindValue(0, *batch.eventsTotal);
        if (!execOrWarn(q, "events total"))
            return false;
    }
    return tx.commit();
}

std::vector<BehaviorStore::MetricsRow> BehaviorStore::loadMetrics(qint64 sinceSec) const
{
    std::vector<MetricsRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT sec, counts, active_users FROM behavior_metrics WHERE sec >= ? ORDER BY sec"));
    q.addBindValue(sinceSec);
    if (!execOrWarn(q, "metrics load"))
        return out;
    while (q.next())
        out.push_back(
            {q.value(0).toLongLong(), decodeCounts(q.value(1).toString()), q.value(2).toUInt()});
    return out;
}

std::vector<BehaviorStore::UserRow> BehaviorStore::loadUsers() const
{
    std::vector<UserRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT u.user_id, u.display_name, u.traits, u.confidence, u.samples, u.updated_at,"
        " (SELECT COUNT(*) FROM behavior_trait_history h WHERE h.user_id = u.user_id)"
        " FROM behavior_users u"));
    if (!execOrWarn(q, "users load"))
        return out;
    while (q.next()) {
        UserRow row;
        row.userId = q.value(0).toString();
        row.displayName = q.value(1).toString();
        row.traits = decodeTraits(q.value(2).toString());
        row.confidence = q.value(3).toDouble();
        row.samples = q.value(4).toLongLong();
        row.updatedAt = q.value(5).toLongLong();
        row.historyPoints = q.value(6).toInt();
        out.push_back(std::move(row));
    }
    return out;
}

std::optional<BehaviorStore::Model> BehaviorStore::loadModel() const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT state, updated_at FROM behavior_model WHERE id = 1"));
    if (!execOrWarn(q, "model load") || !q.next())
        return std::nullopt;
    return Model{q.value(0).toByteArray(), q.value(1).toLongLong()};
}

std::vector<BehaviorStore::UserSnapshot> BehaviorStore::loadSnapshots() const
{
    std::vector<UserSnapshot> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT user_id, state FROM behavior_snapshots"));
    if (!execOrWarn(q, "snapshots load"))
        return out;
    while (q.next()) {
        if (auto snap = decodeSnapshot(q.value(1).toByteArray()))
            out.emplace_back(q.value(0).toString(), std::move(*snap));
    }
    return out;
}

std::vector<BehaviorStore::TrackerRow> BehaviorStore::loadTrackerStats() const
{
    std::vector<TrackerRow> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT user_id, counts, active_ms, session_id, session_start,"
                             " last_ts FROM behavior_tracker"));
    if (!execOrWarn(q, "tracker load"))
        return out;
    while (q.next()) {
        analytics::BehaviorTracker::UserStats s;
        s.counts = decodeTrackerCounts(q.value(1).toString());
        for (quint64 c : s.counts)
            s.total += c;
        s.activeMs = q.value(2).toLongLong();
        s.lastSessionId = q.value(3).toString();
        s.sessionStartMs = q.value(4).toLongLong();
        s.lastTsMs = q.value(5).toLongLong();
        out.emplace_back(q.value(0).toString(), std::move(s));
    }
    return out;
}

qint64 BehaviorStore::loadEventsTotal() const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT value FROM behavior_meta WHERE key = 'events_total'"));
    if (!execOrWarn(q, "events total load") || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::vector<std::pair<qint64, analytics::TraitVector>>
BehaviorStore::history(const QString &userId) const
{
    std::vector<std::pair<qint64, analytics::TraitVector>> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT ts, traits FROM behavior_trait_history WHERE user_id = ? ORDER BY ts, rowid"));
    q.addBindValue(userId);
    if (!execOrWarn(q, "history load"))
        return out;
    while (q.next())
        out.emplace_back(q.value(0).toLongLong(), decodeTraits(q.value(1).toString()));
    return out;
}

} // namespace nest::server
