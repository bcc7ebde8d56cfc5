#pragma once

#include "roles.h"

#include <QJsonObject>
#include <QMetaType>
#include <QString>

#include <optional>

namespace nest::client {

//! A signed-in account as the server describes it (the contract's user object).
struct User {
    QString id;
    QString username;
    QString displayName;
    QString bio;
    Roles roles;
    QString publicKey;    //!< Ed25519, base64url; empty when none is registered
    qint64 createdAt = 0; //!< ms since the epoch

    bool isValid() const { return !id.isEmpty(); }
    bool has(Role role) const { return roles.testFlag(role); }

    //! Reads a user object; on a missing or mistyped field returns nullopt and says which.
    static std::optional<User> fromJson(const QJsonObject &json, QString *why = nullptr);
};

//! What login and refresh answer.
struct TokenPair {
    QString accessToken;
    QString refreshToken;
    qint64 expiresIn = 0; //!< seconds
    User user;

    static std::optional<TokenPair> fromJson(const QJsonObject &json, QString *why = nullptr);
};

//! PATCH /me: fields left empty are not sent, so the server leaves them unchanged.
struct ProfileUpdate {
    std::optional<QString> displayName;
    std::optional<QString> bio;
};

} // namespace nest::client

Q_DECLARE_METATYPE(nest::client::User)
