#pragma once

#include "httpresponse.h"

#include <QSet>
#include <QString>

#include <optional>

namespace nest::server {

class Database;

//! Durable record of state-changing requests by `Idempotency-Key`, kept 24 hours.
//!
//! A repeat with the same key and the same request gets the first response again; the same key
//! with another request gets 422; a repeat while the first is still running gets 409.
class IdempotencyStore {
public:
    static constexpr qint64 kRetentionMs = 24LL * 60 * 60 * 1000;

    explicit IdempotencyStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    static bool isValidKey(QByteArrayView key);
    //! A digest of what makes two requests "the same": method, path, query and body.
    static QByteArray fingerprint(QByteArrayView method, QByteArrayView target,
                                  QByteArrayView body);

    enum class Status { New, Replay, Mismatch, InProgress };
    struct Lookup {
        Status status = Status::New;
        http::HttpResponse response; //!< for Replay
    };
    //! Looks the key up; on New, marks it in progress until finish() or abandon().
    Lookup begin(const QString &scope, const QString &key, const QByteArray &fingerprint,
                 qint64 nowMs);
    void finish(const QString &scope, const QString &key, const QByteArray &fingerprint,
                const http::HttpResponse &response, qint64 nowMs);
    void abandon(const QString &scope, const QString &key);
    void prune(qint64 nowMs);

private:
    Database &m_db;
    QSet<QString> m_inProgress;
};

} // namespace nest::server
