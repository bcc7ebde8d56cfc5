#pragma once

#include "feedjson.h"

#include <QJsonObject>

#include <vector>

namespace nest::server {

class Database;

struct ReportRecord {
    QString id;
    QString postId;
    QString reporterId;
    QString reason;
    QString status; //!< "open" or "resolved"
    qint64 createdAt = 0;
    qint64 resolvedAt = 0;  //!< 0 while open
    QString resolution;     //!< "dismissed", "hidden" or "deleted"
    qint64 reportCount = 0; //!< open reports on the same post (for the queue's sort)
    //! The contract's report plus `report_count`, `resolved_at` and `resolution`.
    QJsonObject toJson() const;
};

struct ModerationLogEntry {
    qint64 seq = 0;
    qint64 ts = 0;
    QString moderatorId;
    QString action;     //!< hide, unhide, delete, suspend, unsuspend, dismiss
    QString targetType; //!< post, user or report
    QString targetId;
    QString reason;
    QString prevHash;
    QString hash;
    QJsonObject toJson() const;
};

struct Suspension {
    qint64 until = 0;
    QString reason;
};

//! Reports, suspensions and the append-only, hash-chained moderation log (`moderation_*`).
class ModerationStore {
public:
    explicit ModerationStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    bool insertReport(const ReportRecord &report);
    std::optional<ReportRecord> report(const QString &id) const;
    //! Whether `reporterId` already has an open report on the post.
    bool hasOpenReport(const QString &postId, const QString &reporterId) const;
    //! Oldest first by (created_at, id); `status` empty: every report.
    Page<ReportRecord> reports(const QString &status, const PageRequest &page) const;
    //! Resolves one open report; false when it is not open.
    bool resolveReport(const QString &id, const QString &moderatorId, const QString &resolution,
                       qint64 now);
    //! Resolves every open report on a post; returns their ids.
    QStringList resolveReportsForPost(const QString &postId, const QString &moderatorId,
                                      const QString &resolution, qint64 now);

    //! Chains and appends an entry (seq, prev_hash and hash are filled in).
    std::optional<ModerationLogEntry> appendLog(ModerationLogEntry entry);
    //! Oldest first, entries with seq > `afterSeq`.
    std::vector<ModerationLogEntry> log(qint64 afterSeq, int limit) const;

    bool setSuspension(const QString &userId, const Suspension &suspension);
    bool clearSuspension(const QString &userId);
    //! The suspension in force at `now`, if any.
    std::optional<Suspension> suspension(const QString &userId, qint64 now) const;

private:
    Database &m_db;
};

} // namespace nest::server
