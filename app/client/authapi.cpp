#include "authapi.h"

namespace nest::client::authapi {

namespace {

QString checkUser(const QJsonObject &json)
{
    QString why;
    return User::fromJson(json, &why) ? QString() : why;
}

QString checkWrappedUser(const QJsonObject &json)
{
    if (!json.value(u"user").isObject())
        return QStringLiteral("missing or mistyped field \"user\"");
    return checkUser(json.value(u"user").toObject());
}

QString checkTokenPair(const QJsonObject &json)
{
    QString why;
    return TokenPair::fromJson(json, &why) ? QString() : why;
}

RequestOptions anonymous(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.requiresAuth = false;
    options.validate = std::move(validate);
    return options;
}

RequestOptions authedIdempotent(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.idempotent = true;
    options.validate = std::move(validate);
    return options;
}

} // namespace

ApiJob *registerAccount(ApiClient &api, const QString &username, const QString &password,
                        const QString &displayName)
{
    QJsonObject body{{u"username"_qs, username}, {u"password"_qs, password}};
    if (!displayName.isEmpty())
        body.insert(u"display_name"_qs, displayName);
    RequestOptions options = anonymous(checkWrappedUser);
    options.idempotent = true;
    return api.send("POST", u"/api/v1/auth/register"_qs, body, std::move(options));
}

ApiJob *login(ApiClient &api, const QString &username, const QString &password)
{
    return api.send("POST", u"/api/v1/auth/login"_qs,
                    {{u"username"_qs, username}, {u"password"_qs, password}},
                    anonymous(checkTokenPair));
}

ApiJob *refresh(ApiClient &api, const QString &refreshToken)
{
    return api.send("POST", u"/api/v1/auth/refresh"_qs, {{u"refresh_token"_qs, refreshToken}},
                    anonymous(checkTokenPair));
}

ApiJob *logout(ApiClient &api, const QString &refreshToken, const QString &accessToken)
{
    RequestOptions options;
    // Revoking a family twice is harmless, so a lost answer may be retried.
    options.idempotent = true;
    options.bearerToken = accessToken;
    return api.send("POST", u"/api/v1/auth/logout"_qs, {{u"refresh_token"_qs, refreshToken}},
                    std::move(options));
}

ApiJob *me(ApiClient &api)
{
    RequestOptions options;
    options.validate = checkUser;
    return api.get(u"/api/v1/me"_qs, std::move(options));
}

ApiJob *updateMe(ApiClient &api, const ProfileUpdate &update)
{
    QJsonObject body;
    if (update.displayName)
        body.insert(u"display_name"_qs, *update.displayName);
    if (update.bio)
        body.insert(u"bio"_qs, *update.bio);
    return api.send("PATCH", u"/api/v1/me"_qs, body, authedIdempotent(checkUser));
}

ApiJob *setPublicKey(ApiClient &api, const QString &publicKey)
{
    return api.send("PUT", u"/api/v1/me/public-key"_qs, {{u"public_key"_qs, publicKey}},
                    authedIdempotent(checkUser));
}

User userOf(const ApiJob &job)
{
    const QJsonObject json = job.json();
    // register and the token pair wrap the user; /me answers it bare. A user object never has
    // a "user" member, so the two shapes cannot be confused.
    const QJsonValue wrapped = json.value(u"user");
    return User::fromJson(wrapped.isObject() ? wrapped.toObject() : json).value_or(User{});
}

TokenPair tokenPairOf(const ApiJob &job)
{
    return TokenPair::fromJson(job.json()).value_or(TokenPair{});
}

} // namespace nest::client::authapi
