#include "eventlog.h"

#include "database.h"
#include "logging.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace nest::server {
namespace {
// Long enough to coalesce a burst into one transaction, short enough that a crash loses little.
constexpr int kFlushDelayMs = 50;
// A DELETE over the table is not free; the ring already answers replays, so the table may lag.
constexpr qint64 kTablePruneIntervalMs = 1000;
// Seqs are reserved durably in blocks before use, so that a crash, which can lose the last
// unflushed events, never makes a restarted server hand out a seq a client has already seen.
constexpr qint64 kSeqReserveBlock = 10'000;

QByteArray jsonString(const QString &text)
{
    // QJsonDocument cannot hold a bare string: serialize a one-element array and unwrap it.
    const QByteArray array = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2);
}
} // namespace

EventLog::EventLog()
{
    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(kFlushDelayMs);
    QObject::connect(&m_flushTimer, &QTimer::timeout, &m_flushTimer, [this] { flush(); });
}

EventLog::~EventLog()
{
    flush();
    // A clean stop: nothing was lost, so the next start may continue right after head.
    if (m_db && m_db->isOpen() && m_reserved > m_head)
        writeReservation(m_head);
}

bool EventLog::writeReservation(qint64 seq)
{
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral(
        "INSERT OR REPLACE INTO event_log_meta(key, value) VALUES ('seq_reserved', ?)"));
    q.addBindValue(seq);
    if (!q.exec()) {
        qCWarning(lcStream) << "could not reserve seqs:" << q.lastError().text();
        return false;
    }
    m_reserved = seq;
    return true;
}

bool EventLog::open(Database &db, const StreamOptions &options, QString *error)
{
    flush();
    m_db = nullptr;
    m_options = options;
    // At least the newest event stays, so append() can hand out a reference to it.
    m_options.maxRetainedEvents = std::max(1, m_options.maxRetainedEvents);
    m_ring.clear();
    m_ringBytes = 0;
    m_pending.clear();
    m_head = 0;
    m_tablePrunedBelow = 0;

    if (!db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS events(seq INTEGER PRIMARY KEY, "
                                 "topic TEXT NOT NULL, ts INTEGER NOT NULL, data BLOB NOT NULL)"),
                  QStringLiteral("CREATE TABLE IF NOT EXISTS event_log_meta("
                                 "key TEXT PRIMARY KEY, value INTEGER NOT NULL)")},
                 error)) {
        return false;
    }
    const auto fail = [error](const QSqlQuery &q) {
        if (error)
            *error = q.lastError().text();
        return false;
    };

    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM events")) || !q.next())
        return fail(q);
    m_head = q.value(0).toLongLong();
    if (!q.exec(QStringLiteral("SELECT value FROM event_log_meta WHERE key = 'seq_reserved'")))
        return fail(q);
    m_reserved = q.next() ? q.value(0).toLongLong() : 0;
    // After a crash the last reserved block may be partly unused: skip it rather than reuse it.
    m_head = std::max(m_head, m_reserved);

    // The retained set must be contiguous in seq (replay relies on it), so find its first seq
    // and load everything from there even if a clock jump made some later event look old.
    const qint64 cutoff = QDateTime::currentMSecsSinceEpoch() - m_options.retentionMs;
    q.prepare(
        QStringLiteral("SELECT MIN(seq) FROM events WHERE ts > :cutoff OR seq >= COALESCE("
                       "(SELECT seq FROM events ORDER BY seq DESC LIMIT 1 OFFSET :offset), 0)"));
    q.bindValue(QStringLiteral(":cutoff"), cutoff);
    q.bindValue(QStringLiteral(":offset"), m_options.maxRetainedEvents - 1);
    if (!q.exec() || !q.next())
        return fail(q);
    const qint64 oldest = q.value(0).isNull() ? m_head + 1 : q.value(0).toLongLong();

    q.prepare(QStringLiteral("SELECT seq, topic, ts, data FROM events WHERE seq >= :oldest "
                             "ORDER BY seq"));
    q.bindValue(QStringLiteral(":oldest"), oldest);
    if (!q.exec())
        return fail(q);
    while (q.next()) {
        StoredEvent event;
        event.seq = q.value(0).toLongLong();
        event.topic = q.value(1).toString();
        event.ts = q.value(2).toLongLong();
        event.frame = buildFrame(event.seq, event.topic, event.ts, q.value(3).toByteArray());
        m_ringBytes += event.frame.size();
        m_ring.push_back(std::move(event));
    }

    m_db = &db;
    Transaction tx(db.db());
    if (!pruneTable() || !tx.commit()) {
        m_db = nullptr;
        if (error)
            *error = QStringLiteral("could not prune the event log");
        return false;
    }
    qCDebug(lcStream) << "event log open: head" << m_head << "retained" << m_ring.size();
    return true;
}

QByteArray EventLog::buildFrame(qint64 seq, const QString &topic, qint64 ts,
                                const QByteArray &dataJson)
{
    // Built by hand so the data object, already serialized once, is not parsed or serialized
    // again; the fields the client dispatches on come first.
    return QByteArrayLiteral("{\"type\":\"event\",\"seq\":") % QByteArray::number(seq)
           % QByteArrayLiteral(",\"topic\":") % jsonString(topic) % QByteArrayLiteral(",\"ts\":")
           % QByteArray::number(ts) % QByteArrayLiteral(",\"data\":") % dataJson % '}';
}

const StoredEvent &EventLog::append(const QString &topic, const QJsonObject &data, qint64 tsMs)
{
    const qint64 seq = ++m_head;
    if (m_db && seq > m_reserved)
        writeReservation(seq + kSeqReserveBlock);
    QByteArray dataJson = QJsonDocument(data).toJson(QJsonDocument::Compact);
    m_ring.push_back(StoredEvent{seq, topic, tsMs, buildFrame(seq, topic, tsMs, dataJson)});
    m_ringBytes += m_ring.back().frame.size();
    if (m_db) {
        m_pending.push_back(Pending{seq, topic, tsMs, std::move(dataJson)});
        if (!m_flushTimer.isActive())
            m_flushTimer.start();
    }
    pruneRing(tsMs);
    return m_ring.back();
}

void EventLog::pruneRing(qint64 nowMs)
{
    // The contract asks for the newest maxRetainedEvents OR the last retentionMs: the younger
    // events beyond the count are kept only while they fit in the memory budget.
    const auto retained = size_t(m_options.maxRetainedEvents);
    while (m_ring.size() > retained
           && (nowMs - m_ring.front().ts >= m_options.retentionMs
               || m_ringBytes > m_options.maxRetainedBytes)) {
        m_ringBytes -= m_ring.front().frame.size();
        m_ring.pop_front();
    }
}

bool EventLog::pruneTable()
{
    const qint64 oldest = oldestRetained();
    if (oldest <= m_tablePrunedBelow)
        return true;
    QSqlQuery q(m_db->db());
    q.prepare(QStringLiteral("DELETE FROM events WHERE seq < ?"));
    q.addBindValue(oldest);
    if (!q.exec()) {
        qCWarning(lcStream) << "could not prune the event log:" << q.lastError().text();
        return false;
    }
    m_tablePrunedBelow = oldest;
    m_sinceTablePrune.start();
    return true;
}

bool EventLog::flush()
{
    m_flushTimer.stop();
    if (!m_db)
        return m_pending.empty();
    const bool pruneDue =
        oldestRetained() > m_tablePrunedBelow
        && (!m_sinceTablePrune.isValid() || m_sinceTablePrune.elapsed() >= kTablePruneIntervalMs);
    if (m_pending.empty() && !pruneDue)
        return true;
    if (!m_db->isOpen()) {
        qCWarning(lcStream) << "event log: database closed," << m_pending.size()
                            << "events not persisted";
        return false;
    }

    // Events already pruned from the ring would only be deleted again: skip them.
    const qint64 oldest = oldestRetained();
    std::erase_if(m_pending, [oldest](const Pending &p) { return p.seq < oldest; });

    Transaction tx(m_db->db());
    QSqlQuery insert(m_db->db());
    insert.prepare(QStringLiteral("INSERT INTO events(seq, topic, ts, data) VALUES (?, ?, ?, ?)"));
    for (const Pending &p : m_pending) {
        insert.bindValue(0, p.seq);
        insert.bindValue(1, p.topic);
        insert.bindValue(2, p.ts);
        insert.bindValue(3, p.data);
        if (!insert.exec()) {
            // Keep them: the next append restarts the timer and retries.
            qCWarning(lcStream) << "could not persist events:" << insert.lastError().text();
            return false;
        }
    }
    if (pruneDue && !pruneTable())
        return false;
    if (!tx.commit())
        return false;
    m_pending.clear();
    return true;
}

qint64 EventLog::oldestRetained() const
{
    return m_ring.empty() ? m_head + 1 : m_ring.front().seq;
}

EventLog::ReplayResult EventLog::replay(qint64 since, const QSet<QString> &topics,
                                        std::vector<StoredEvent> *out) const
{
    out->clear();
    if (since > m_head)
        return ReplayResult::TooOld; // a seq from another history (e.g. a wiped data dir)
    if (since == m_head)
        return ReplayResult::Ok;
    if (since < oldestRetained() - 1)
        return ReplayResult::TooOld;
    const auto first =
        std::lower_bound(m_ring.begin(), m_ring.end(), since + 1,
                         [](const StoredEvent &event, qint64 seq) { return event.seq < seq; });
    for (auto it = first; it != m_ring.end(); ++it) {
        if (topics.contains(it->topic))
            out->push_back(*it);
    }
    return ReplayResult::Ok;
}

} // namespace nest::server
