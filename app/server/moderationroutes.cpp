#include "moderationroutes.h"

#include "api.h"
#include "jsonbody.h"
#include "moderationservice.h"

namespace nest::server {
namespace {
using http::HttpResponder;
using http::HttpResponse;

void moderationAnswer(const HttpResponder &responder, const CommunityResult<QJsonObject> &result)
{
    if (const auto *error = std::get_if<CommunityError>(&result))
        responder.send(error->response());
    else
        responder.send(HttpResponse::json(200, std::get<QJsonObject>(result)));
}

//! The action's body: `{reason}` (and `until` for a suspension). An empty body is an empty
//! reason, which the service refuses where one is required.
struct ActionBody {
    QString reason;
    qint64 until = 0;
};

std::optional<ActionBody> readAction(const ApiRequest &req, const HttpResponder &responder,
                                     bool needsUntil)
{
    ActionBody out;
    if (req.http.body.isEmpty() && !needsUntil)
        return out;
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body);
    out.reason = reader.optionalString(QLatin1StringView("reason")).value_or(QString());
    if (needsUntil)
        out.until = reader.requiredInteger(QLatin1StringView("until"));
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return std::nullopt;
    }
    return out;
}

Viewer moderatorOf(const ApiRequest &req)
{
    return Viewer{req.user().userId, true};
}
} // namespace

void addModerationRoutes(Api &api, ModerationService &moderation)
{
    const Access moderator = Access::withRole(Role::Moderator);
    using Action = CommunityResult<QJsonObject> (ModerationService::*)(
        const Viewer &, const QString &, const QString &);
    const auto action = [&](QByteArray method, const QString &pattern, Action call) {
        api.route(std::move(method), pattern, moderator,
                  [&moderation, call](const ApiRequest &req, const HttpResponder &responder) {
                      if (const auto body = readAction(req, responder, false))
                          moderationAnswer(responder,
                                           (moderation.*call)(moderatorOf(req),
                                                              req.http.param(QStringLiteral("id")),
                                                              body->reason));
                  });
    };
    api.route("GET", QStringLiteral("/api/v1/moderation/reports"), moderator,
              [&moderation](const ApiRequest &req, const HttpResponder &responder) {
                  const QString status = req.http.queryValue(QStringLiteral("status"));
                  if (!status.isEmpty() && status != QLatin1StringView("open")
                      && status != QLatin1StringView("resolved")) {
                      responder.send(
                          HttpResponse::error(400, QStringLiteral("invalid_request"),
                                              QStringLiteral("status must be open or resolved")));
                      return;
                  }
                  auto page = parsePageRequest(req.http);
                  if (const auto *error = std::get_if<CommunityError>(&page)) {
                      responder.send(error->response());
                      return;
                  }
                  responder.send(HttpResponse::json(
                      200, moderation.reports(status, std::get<PageRequest>(page))));
              });
    action("POST", QStringLiteral("/api/v1/moderation/reports/{id}/dismiss"),
           &ModerationService::dismiss);
    action("POST", QStringLiteral("/api/v1/moderation/posts/{id}/hide"), &ModerationService::hide);
    action("POST", QStringLiteral("/api/v1/moderation/posts/{id}/unhide"),
           &ModerationService::unhide);
    action("DELETE", QStringLiteral("/api/v1/moderation/posts/{id}"),
           &ModerationService::deletePost);
    action("POST", QStringLiteral("/api/v1/moderation/users/{id}/unsuspend"),
           &ModerationService::unsuspend);
    api.route("POST", QStringLiteral("/api/v1/moderation/users/{id}/suspend"), moderator,
              [&moderation](const ApiRequest &req, const HttpResponder &responder) {
                  if (const auto body = readAction(req, responder, true))
                      moderationAnswer(responder,
                                       moderation.suspend(moderatorOf(req),
                                                          req.http.param(QStringLiteral("id")),
                                                          body->until, body->reason));
              });
    api.route("GET", QStringLiteral("/api/v1/moderation/log"), moderator,
              [&moderation](const ApiRequest &req, const HttpResponder &responder) {
                  auto page = parsePageRequest(req.http);
                  if (const auto *error = std::get_if<CommunityError>(&page)) {
                      responder.send(error->response());
                      return;
                  }
                  const PageRequest &p = std::get<PageRequest>(page);
                  responder.send(
                      HttpResponse::json(200, moderation.log(p.after ? p.after->seq : 0, p.limit)));
              });
    api.route("GET", QStringLiteral("/api/v1/moderation/log/verify"), moderator,
              [&moderation](const ApiRequest &, const HttpResponder &responder) {
                  responder.send(HttpResponse::json(200, moderation.verifyLog()));
              });
}

} // namespace nest::server
