#pragma once

#include "streamoptions.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QTimer>

#include <deque>
#include <vector>

namespace nest::server {

class Database;

//! One published event as the stream sends it.
struct StoredEvent {
    qint64 seq = 0;
    QString topic;
    qint64 ts = 0;
    //! The complete `{"type":"event",...}` message, serialized once and shared by every
    //! subscriber (QByteArray is implicitly shared).
    QByteArray frame;
};

//! The stream's replay log: assigns the server-wide `seq`, keeps the retained tail in memory
//! for replay and persists it to the `events` table in batches.
class EventLog {
public:
    enum class ReplayResult {
        Ok,     //!< every retained event after `since` was returned
        TooOld, //!< events after `since` were already dropped: the client must reset
    };

    EventLog();
    //! Flushes pending events, so a clean shutdown loses nothing.
    ~EventLog();
    EventLog(const EventLog &) = delete;
    EventLog &operator=(const EventLog &) = delete;

    //! Creates the table if needed and loads the retained tail; `db` must outlive the log.
    bool open(Database &db, const StreamOptions &options, QString *error);

    //! Appends an event with seq = head() + 1. The reference stays valid until the next append.
    const StoredEvent &append(const QString &topic, const QJsonObject &data, qint64 tsMs);
    //! Writes pending events in one transaction (also run by a 50 ms timer after an append).
    bool flush();

    qint64 head() const { return m_head; }
    //! Seq of the oldest retained event, or head() + 1 when none is retained.
    qint64 oldestRetained() const;
    int retainedCount() const { return int(m_ring.size()); }
    int pendingCount() const { return int(m_pending.size()); }

    //! Retained events with seq > `since` on `topics`, in seq order.
    ReplayResult replay(qint64 since, const QSet<QString> &topics,
                        std::vector<StoredEvent> *out) const;

    static QByteArray buildFrame(qint64 seq, const QString &topic, qint64 ts,
                                 const QByteArray &dataJson);

private:
    struct Pending {
        qint64 seq;
        QString topic;
        qint64 ts;
        QByteArray data;
    };

    void pruneRing(qint64 nowMs);
    bool pruneTable();
    bool writeReservation(qint64 seq);

    Database *m_db = nullptr;
    StreamOptions m_options;
    qint64 m_head = 0;
    qint64 m_ringBytes = 0; //!< frame bytes held in m_ring
    qint64 m_reserved = 0;  //!< seqs up to here may have been handed out before a crash
    std::deque<StoredEvent> m_ring;
    std::vector<Pending> m_pending;
    QTimer m_flushTimer;
    QElapsedTimer m_sinceTablePrune;
    qint64 m_tablePrunedBelow = 0;
};

} // namespace nest::server
