#include "user.h"

#include <QJsonArray>

namespace nest::client {

namespace {

bool fail(QString *why, const QString &field)
{
    if (why)
        *why = QStringLiteral("missing or mistyped field \"%1\"").arg(field);
    return false;
}

bool readString(const QJsonObject &json, QLatin1StringView name, QString *out, QString *why)
{
    const QJsonValue v = json.value(name);
    if (!v.isString())
        return fail(why, name);
    *out = v.toString();
    return true;
}

} // namespace

std::optional<User> User::fromJson(const QJsonObject &json, QString *why)
{
    User user;
    if (!readString(json, QLatin1StringView("id"), &user.id, why)
        || !readString(json, QLatin1StringView("username"), &user.username, why)) {
        return std::nullopt;
    }
    if (user.id.isEmpty()) {
        fail(why, QStringLiteral("id"));
        return std::nullopt;
    }
    // Optional in practice: a server may omit them, and the UI has sensible fallbacks.
    user.displayName = json.value(u"display_name").toString(user.username);
    user.bio = json.value(u"bio").toString();
    user.publicKey = json.value(u"public_key").toString(); // null -> empty
    user.createdAt = json.value(u"created_at").toInteger();

    const QJsonValue roles = json.value(u"roles");
    if (!roles.isArray()) {
        fail(why, QStringLiteral("roles"));
        return std::nullopt;
    }
    for (const QJsonValue &name : roles.toArray()) {
        // A role this client does not know (added by a newer server) grants nothing here.
        Roles one;
        if (parseRoles({name.toString()}, &one))
            user.roles |= one;
    }
    return user;
}

std::optional<TokenPair> TokenPair::fromJson(const QJsonObject &json, QString *why)
{
    TokenPair pair;
    if (!readString(json, QLatin1StringView("access_token"), &pair.accessToken, why)
        || !readString(json, QLatin1StringView("refresh_token"), &pair.refreshToken, why)) {
        return std::nullopt;
    }
    if (pair.accessToken.isEmpty() || pair.refreshToken.isEmpty()) {
        fail(why, QStringLiteral("access_token"));
        return std::nullopt;
    }
    const QJsonValue expiresIn = json.value(u"expires_in");
    if (!expiresIn.isDouble()) {
        fail(why, QStringLiteral("expires_in"));
        return std::nullopt;
    }
    pair.expiresIn = expiresIn.toInteger();
    const QJsonValue user = json.value(u"user");
    if (!user.isObject()) {
        fail(why, QStringLiteral("user"));
        return std::nullopt;
    }
    std::optional<User> parsed = User::fromJson(user.toObject(), why);
    if (!parsed)
        return std::nullopt;
    pair.user = *parsed;
    return pair;
}

} // namespace nest::client
