#pragma once

#include "roles.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace nest::server {

class Database;

//! Limits on what an account holds, shared by validation in the service and the routes.
namespace limits {
inline constexpr qsizetype kMinPasswordChars = 8;
inline constexpr qsizetype kMaxPasswordBytes = 4096; // bounds the hashing work per request
inline constexpr qsizetype kMaxDisplayNameChars = 64;
inline constexpr qsizetype kMaxBioChars = 500;
} // namespace limits

struct UserRecord {
    QString id;
    QString username;
    QString displayName;
    QString bio;
    Roles roles;
    QString publicKey; //!< Ed25519, base64url; empty when none registered
    QByteArray passwordHash;
    qint64 createdAt = 0;

    //! The contract's user object (never includes the password hash).
    QJsonObject toJson() const;
};

//! Accounts: the `users` table and nothing else.
class UserStore {
public:
    explicit UserStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    enum class CreateResult { Created, UsernameTaken, Failed };
    //! Inserts a user; the first account on a server gets every role, later ones the defaults.
    CreateResult create(UserRecord *user);
    std::optional<UserRecord> findById(const QString &id) const;
    std::optional<UserRecord> findByUsername(const QString &username) const;
    bool usernameExists(const QString &username) const;
    bool updateProfile(const QString &id, const std::optional<QString> &displayName,
                       const std::optional<QString> &bio);
    bool setPublicKey(const QString &id, const QString &publicKey);
    bool setRoles(const QString &id, Roles roles);
    qint64 count() const;
    //! Every account's id (governance snapshots every account's weight).
    QStringList allIds() const;

private:
    Database &m_db;
};

} // namespace nest::server
