#include "tokenstore.h"

#include "base64url.h"
#include "database.h"
#include "ids.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

#include <sodium.h>

namespace nest::server {
namespace {
QByteArray tokenHash(const QString &token)
{
    const QByteArray utf8 = token.toUtf8();
    QByteArray out(crypto_generichash_BYTES, Qt::Uninitialized);
    crypto_generichash(reinterpret_cast<unsigned char *>(out.data()), size_t(out.size()),
                       reinterpret_cast<const unsigned char *>(utf8.constData()),
                       size_t(utf8.size()), nullptr, 0);
    return out;
}
} // namespace

bool TokenStore::migrate(QString *error)
{
    const bool ok = m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS token_families ("
                        " id TEXT PRIMARY KEY, user_id TEXT NOT NULL,"
                        " created_at INTEGER NOT NULL, revoked_at INTEGER)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS refresh_tokens ("
                        " hash BLOB PRIMARY KEY,"
                        " family_id TEXT NOT NULL REFERENCES token_families(id) ON DELETE CASCADE,"
                        " user_id TEXT NOT NULL, created_at INTEGER NOT NULL,"
                        " expires_at INTEGER NOT NULL, spent_at INTEGER)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS refresh_tokens_family"
                        " ON refresh_tokens(family_id)")},
        error);
    if (!ok)
        return false;
    QSqlQuery q(m_db.db());
    q.exec(QStringLiteral("SELECT id FROM token_families WHERE revoked_at IS NOT NULL"));
    while (q.next())
        m_revoked.insert(q.value(0).toString());
    return true;
}

QString TokenStore::insertToken(const QString &familyId, const QString &userId, qint64 nowMs,
                                qint64 lifetimeMs)
{
    QString token = QString::fromLatin1(security::base64url::encode(randomBytes(32)));
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO refresh_tokens"
                             " (hash, family_id, user_id, created_at, expires_at)"
                             " VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(tokenHash(token));
    q.addBindValue(familyId);
    q.addBindValue(userId);
    q.addBindValue(nowMs);
    q.addBindValue(nowMs + lifetimeMs);
    if (!q.exec()) {
        qCWarning(lcServer) << "refresh token insert failed:" << q.lastError().text();
        return {};
    }
    return token;
}

TokenStore::Issued TokenStore::startFamily(const QString &userId, qint64 nowMs, qint64 lifetimeMs)
{
    Transaction tx(m_db.db());
    const QString familyId = newId(QStringLiteral("f_"));
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO token_families (id, user_id, created_at) VALUES (?, ?, ?)"));
    q.addBindValue(familyId);
    q.addBindValue(userId);
    q.addBindValue(nowMs);
    if (!q.exec())
        return {};
    const QString token = insertToken(familyId, userId, nowMs, lifetimeMs);
    if (token.isEmpty() || !tx.commit())
        return {};
    return Issued{token, familyId};
}

TokenStore::Rotation TokenStore::rotate(const QString &refreshToken, qint64 nowMs,
                                        qint64 lifetimeMs)
{
    Rotation r;
    Transaction tx(m_db.db());
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT family_id, user_id, expires_at, spent_at"
                             " FROM refresh_tokens WHERE hash = ?"));
    const QByteArray hash = tokenHash(refreshToken);
    q.addBindValue(hash);
    if (!q.exec() || !q.next()) {
        r.status = RotateStatus::Unknown;
        return r;
    }
    r.familyId = q.value(0).toString();
    r.userId = q.value(1).toString();
    const qint64 expiresAt = q.value(2).toLongLong();
    const bool spent = !q.value(3).isNull();
    q.finish();

    if (m_revoked.contains(r.familyId)) {
        r.status = RotateStatus::Revoked;
        return r;
    }
    if (spent) {
        // Someone replayed a spent token: either it was stolen or the client lost a response.
        // Both ways the family can no longer be trusted.
        tx.commit();
        revokeFamily(r.familyId, nowMs);
        r.status = RotateStatus::Reused;
        return r;
    }
    if (expiresAt <= nowMs) {
        r.status = RotateStatus::Expired;
        return r;
    }
    QSqlQuery spend(m_db.db());
    spend.prepare(QStringLiteral("UPDATE refresh_tokens SET spent_at = ? WHERE hash = ?"));
    spend.addBindValue(nowMs);
    spend.addBindValue(hash);
    r.refreshToken =
        spend.exec() ? insertToken(r.familyId, r.userId, nowMs, lifetimeMs) : QString();
    if (r.refreshToken.isEmpty() || !tx.commit()) {
        r.status = RotateStatus::Failed;
        r.refreshToken.clear();
        return r;
    }
    r.status = RotateStatus::Rotated;
    return r;
}

std::pair<QString, QString> TokenStore::lookup(const QString &refreshToken) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT family_id, user_id FROM refresh_tokens WHERE hash = ?"));
    q.addBindValue(tokenHash(refreshToken));
    if (!q.exec() || !q.next())
        return {};
    return {q.value(0).toString(), q.value(1).toString()};
}

bool TokenStore::revokeFamily(const QString &familyId, qint64 nowMs)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE token_families SET revoked_at = ?"
                             " WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(nowMs);
    q.addBindValue(familyId);
    if (!q.exec())
        return false;
    m_revoked.insert(familyId);
    return true;
}

void TokenStore::prune(qint64 nowMs)
{
    // Keep spent tokens until they would have expired: reuse detection needs them.
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("DELETE FROM refresh_tokens WHERE expires_at < ?"));
    q.addBindValue(nowMs);
    q.exec();
    // A family without tokens can mint nothing; its access tokens have expired by now too.
    QSqlQuery f(m_db.db());
    f.exec(QStringLiteral("DELETE FROM token_families WHERE id NOT IN"
                          " (SELECT DISTINCT family_id FROM refresh_tokens)"));
    if (f.numRowsAffected() > 0) {
        QSqlQuery reload(m_db.db());
        reload.exec(QStringLiteral("SELECT id FROM token_families WHERE revoked_at IS NOT NULL"));
        m_revoked.clear();
        while (reload.next())
            m_revoked.insert(reload.value(0).toString());
    }
}

} // namespace nest::server
