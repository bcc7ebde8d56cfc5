#pragma once

#include <QSet>
#include <QString>

namespace nest::server {

class Database;

//! Refresh tokens (stored only as BLAKE2b hashes) and their login families.
//!
//! A refresh token is spent when used; presenting a spent one revokes its whole family, which
//! also invalidates the family's access tokens (they carry the family id as `sid`).
class TokenStore {
public:
    explicit TokenStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    struct Issued {
        QString refreshToken; //!< the opaque secret, returned to the client once
        QString familyId;
    };
    //! Starts a new login family for `userId` with its first refresh token.
    Issued startFamily(const QString &userId, qint64 nowMs, qint64 lifetimeMs);

    enum class RotateStatus { Rotated, Unknown, Reused, Revoked, Expired, Failed };
    struct Rotation {
        RotateStatus status = RotateStatus::Unknown;
        QString userId;
        QString familyId;
        QString refreshToken; //!< the new token when Rotated
    };
    //! Spends `refreshToken` and issues its successor in one transaction.
    Rotation rotate(const QString &refreshToken, qint64 nowMs, qint64 lifetimeMs);

    //! Family and owner of a live or spent token; empty when unknown.
    std::pair<QString, QString> lookup(const QString &refreshToken) const;
    bool revokeFamily(const QString &familyId, qint64 nowMs);
    bool isRevoked(const QString &familyId) const { return m_revoked.contains(familyId); }
    //! Drops tokens and families that expired long ago.
    void prune(qint64 nowMs);

private:
    QString insertToken(const QString &familyId, const QString &userId, qint64 nowMs,
                        qint64 lifetimeMs);

    Database &m_db;
    QSet<QString> m_revoked; //!< loaded at start: checked on every authenticated request
};

} // namespace nest::server
