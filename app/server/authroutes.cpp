#include "authroutes.h"

#include "api.h"
#include "authservice.h"
#include "base64url.h"
#include "jsonbody.h"
#include "userstore.h"

#include <QJsonArray>

#include <sodium.h>

namespace nest::server {
namespace {
using http::HttpResponse;

using limits::kMaxBioChars;
using limits::kMaxDisplayNameChars;

HttpResponse resultError(const AuthService::Result &r)
{
    switch (r.outcome) {
    case AuthService::Outcome::InvalidInput:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), r.message);
    case AuthService::Outcome::UsernameTaken:
        return HttpResponse::error(409, QStringLiteral("username_taken"), r.message);
    case AuthService::Outcome::InvalidCredentials:
        return unauthorized(QStringLiteral("invalid_credentials"), r.message);
    case AuthService::Outcome::RateLimited:
        return HttpResponse::error(429, QStringLiteral("too_many_requests"), r.message)
            .withHeader("Retry-After", QByteArray::number((r.retryAfterMs + 999) / 1000));
    case AuthService::Outcome::RefreshReused:
        return unauthorized(QStringLiteral("refresh_reused"), r.message);
    case AuthService::Outcome::InvalidRefresh:
        return unauthorized(QStringLiteral("invalid_refresh_token"), r.message);
    case AuthService::Outcome::Ok:
    case AuthService::Outcome::Failed:
        break;
    }
    return HttpResponse::error(500, QStringLiteral("internal"), r.message);
}

HttpResponse tokenResponse(const AuthService::TokenPair &tokens)
{
    return HttpResponse::json(200,
                              QJsonObject{
                                  {QStringLiteral("access_token"), tokens.accessToken},
                                  {QStringLiteral("refresh_token"), tokens.refreshToken},
                                  {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                                  {QStringLiteral("expires_in"), tokens.expiresInSeconds},
                                  {QStringLiteral("user"), tokens.user.toJson()},
                              })
        .withHeader("Cache-Control", "no-store");
}

//! Parses the body and reads it with `read`; answers 400 itself when either fails.
template<typename Read>
bool readBody(const ApiRequest &req, const http::HttpResponder &responder, Read read)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return false;
    JsonReader reader(*body);
    read(reader);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return false;
    }
    return true;
}

HttpResponse currentUser(UserStore &users, const Principal &principal)
{
    const auto user = users.findById(principal.userId);
    if (!user)
        return HttpResponse::error(404, QStringLiteral("not_found"),
                                   QStringLiteral("account not found"));
    return HttpResponse::json(200, user->toJson());
}
} // namespace

void addAuthRoutes(Api &api, AuthService &auth, UserStore &users)
{
    api.route(
        "POST", QStringLiteral("/api/v1/auth/register"),
        Access::open().withSecretFields({QStringLiteral("password")}),
        [&auth](const ApiRequest &req, const http::HttpResponder &responder) {
            QString username, password, displayName;
            if (!readBody(req, responder, [&](JsonReader &r) {
                    username = r.requiredString(QLatin1StringView("username"));
                    password = r.requiredString(QLatin1StringView("password"));
                    displayName =
                        r.optionalString(QLatin1StringView("display_name")).value_or(QString());
                }))
                return;
            auth.registerUser(username, password, displayName,
                              [responder](const AuthService::Result &r) {
                                  if (r.outcome != AuthService::Outcome::Ok) {
                                      responder.send(resultError(r));
                                      return;
                                  }
                                  responder.send(HttpResponse::json(
                                      201, QJsonObject{{QStringLiteral("user"), r.user.toJson()}}));
                              });
        });

    // Token endpoints are not replayed from the idempotency record: that would store tokens.
    api.route("POST", QStringLiteral("/api/v1/auth/login"), Access::open().withoutIdempotency(),
              [&auth](const ApiRequest &req, const http::HttpResponder &responder) {
                  QString username, password;
                  if (!readBody(req, responder, [&](JsonReader &r) {
                          username = r.requiredString(QLatin1StringView("username"));
                          password = r.requiredString(QLatin1StringView("password"));
                      }))
                      return;
                  auth.login(username, password, [responder](const AuthService::Result &r) {
                      responder.send(r.outcome == AuthService::Outcome::Ok ? tokenResponse(r.tokens)
                                                                           : resultError(r));
                  });
              });

    api.route("POST", QStringLiteral("/api/v1/auth/refresh"), Access::open().withoutIdempotency(),
              [&auth](const ApiRequest &req, const http::HttpResponder &responder) {
                  QString token;
                  if (!readBody(req, responder, [&](JsonReader &r) {
                          token = r.requiredString(QLatin1StringView("refresh_token"));
                      }))
                      return;
                  const AuthService::Result r = auth.refresh(token);
                  responder.send(r.outcome == AuthService::Outcome::Ok ? tokenResponse(r.tokens)
                                                                       : resultError(r));
              });

    api.route("POST", QStringLiteral("/api/v1/auth/logout"), Access::user().withoutIdempotency(),
              [&auth](const ApiRequest &req, const http::HttpResponder &responder) {
                  QString token;
                  if (!readBody(req, responder, [&](JsonReader &r) {
                          token = r.requiredString(QLatin1StringView("refresh_token"));
                      }))
                      return;
                  auth.logout(req.user().userId, token);
                  responder.send(HttpResponse::noContent());
              });

    api.route("GET", QStringLiteral("/api/v1/me"), Access::user(),
              [&users](const ApiRequest &req, const http::HttpResponder &responder) {
                  responder.send(currentUser(users, req.user()));
              });

    api.route("PATCH", QStringLiteral("/api/v1/me"), Access::user(),
              [&users](const ApiRequest &req, const http::HttpResponder &responder) {
                  std::optional<QString> displayName, bio;
                  if (!readBody(req, responder, [&](JsonReader &r) {
                          displayName = r.optionalString(QLatin1StringView("display_name"));
                          bio = r.optionalString(QLatin1StringView("bio"));
                          if (displayName) {
                              *displayName = displayName->trimmed();
                              if (displayName->isEmpty()
                                  || displayName->size() > kMaxDisplayNameChars)
                                  r.fail(QStringLiteral("display_name must be 1 to 64 characters"));
                          }
                          if (bio && bio->size() > kMaxBioChars)
                              r.fail(QStringLiteral("bio must be at most 500 characters"));
                      }))
                      return;
                  users.updateProfile(req.user().userId, displayName, bio);
                  responder.send(currentUser(users, req.user()));
              });

    api.route("PUT", QStringLiteral("/api/v1/me/public-key"), Access::user(),
              [&users](const ApiRequest &req, const http::HttpResponder &responder) {
                  QString key;
                  if (!readBody(req, responder, [&](JsonReader &r) {
                          key = r.requiredString(QLatin1StringView("public_key"));
                          const auto raw = security::base64url::decode(key.toLatin1());
                          if (!raw || raw->size() != crypto_sign_PUBLICKEYBYTES
                              || crypto_core_ed25519_is_valid_point(
                                     reinterpret_cast<const unsigned char *>(raw->constData()))
                                     != 1)
                              r.fail(QStringLiteral(
                                  "public_key must be an Ed25519 public key, base64url without "
                                  "padding"));
                      }))
                      return;
                  users.setPublicKey(req.user().userId, key);
                  responder.send(currentUser(users, req.user()));
              });

    api.route(
        "PUT", QStringLiteral("/api/v1/admin/users/{id}/roles"), Access::withRole(Role::Admin),
        [&users](const ApiRequest &req, const http::HttpResponder &responder) {
            Roles roles;
            if (!readBody(req, responder, [&](JsonReader &r) {
                    const QStringList names = r.requiredStringList(QLatin1StringView("roles"));
                    if (r.ok() && !parseRoles(names, &roles))
                        r.fail(QStringLiteral("roles may only name analyst, moderator, "
                                              "trader, voter and admin"));
                }))
                return;
            const QString id = req.http.param(QStringLiteral("id"));
            if (!users.setRoles(id, roles)) {
                responder.send(HttpResponse::error(404, QStringLiteral("not_found"),
                                                   QStringLiteral("no such user")));
                return;
            }
            responder.send(HttpResponse::json(200, users.findById(id)->toJson()));
        });
}

} // namespace nest::server
