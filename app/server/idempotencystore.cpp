#include "idempotencystore.h"

#include "database.h"
#include "logging.h"

#include <QCryptographicHash>
#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
QString inProgressKey(const QString &scope, const QString &key)
{
    return scope + QChar(u'\n') + key;
}
} // namespace

bool IdempotencyStore::migrate(QString *error)
{
    return m_db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS idempotency ("
                                     " scope TEXT NOT NULL, key TEXT NOT NULL,"
                                     " fingerprint BLOB NOT NULL, status INTEGER NOT NULL,"
                                     " content_type BLOB, body BLOB NOT NULL,"
                                     " created_at INTEGER NOT NULL,"
                                     " PRIMARY KEY (scope, key))"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS idempotency_created"
                                     " ON idempotency(created_at)")},
                     error);
}

bool IdempotencyStore::isValidKey(QByteArrayView key)
{
    if (key.isEmpty() || key.size() > 128)
        return false;
    return std::all_of(key.begin(), key.end(), [](char c) { return c >= 0x20 && c <= 0x7e; });
}

QByteArray IdempotencyStore::fingerprint(QByteArrayView method, QByteArrayView target,
                                         QByteArrayView body)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(method);
    h.addData("\n");
    h.addData(target);
    h.addData("\n");
    h.addData(body);
    return h.result();
}

IdempotencyStore::Lookup IdempotencyStore::begin(const QString &scope, const QString &key,
                                                 const QByteArray &fingerprint, qint64 nowMs)
{
    Lookup result;
    if (m_inProgress.contains(inProgressKey(scope, key))) {
        result.status = Status::InProgress;
        return result;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT fingerprint, status, content_type, body FROM idempotency"
                             " WHERE scope = ? AND key = ? AND created_at > ?"));
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(nowMs - kRetentionMs);
    if (q.exec() && q.next()) {
        if (q.value(0).toByteArray() != fingerprint) {
            result.status = Status::Mismatch;
            return result;
        }
        result.status = Status::Replay;
        result.response.status = q.value(1).toInt();
        const QByteArray contentType = q.value(2).toByteArray();
        if (!contentType.isEmpty())
            result.response.withHeader("Content-Type", contentType);
        result.response.withHeader("Idempotent-Replayed", "true");
        result.response.body = q.value(3).toByteArray();
        return result;
    }
    m_inProgress.insert(inProgressKey(scope, key));
    return result;
}

void IdempotencyStore::finish(const QString &scope, const QString &key,
                              const QByteArray &fingerprint, const http::HttpResponse &response,
                              qint64 nowMs)
{
    m_inProgress.remove(inProgressKey(scope, key));
    // A server error did not act (or not knowingly): let the client retry with the same key.
    if (response.status >= 500)
        return;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR REPLACE INTO idempotency"
                             " (scope, key, fingerprint, status, content_type, body, created_at)"
                             " VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(scope);
    q.addBindValue(key);
    q.addBindValue(fingerprint);
    q.addBindValue(response.status);
    q.addBindValue(response.header("Content-Type"));
    q.addBindValue(response.body);
    q.addBindValue(nowMs);
    if (!q.exec())
        qCWarning(lcServer) << "idempotency record failed:" << q.lastError().text();
}

void IdempotencyStore::abandon(const QString &scope, const QString &key)
{
    m_inProgress.remove(inProgressKey(scope, key));
}

void IdempotencyStore::prune(qint64 nowMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM idempotency WHERE created_at <= ?"));
    q.addBindValue(nowMs - kRetentionMs);
    q.exec();
}

} // namespace nest::server
