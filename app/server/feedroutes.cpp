#include "feedroutes.h"

#include "api.h"
#include "feedservice.h"
#include "jsonbody.h"

namespace nest::server {
namespace {
using http::HttpResponder;
using http::HttpResponse;

Viewer viewerOf(const ApiRequest &req)
{
    return Viewer{req.user().userId, req.user().has(Role::Moderator)};
}

void answer(const HttpResponder &responder, const CommunityResult<QJsonObject> &result,
            int okStatus = 200)
{
    if (const auto *error = std::get_if<CommunityError>(&result))
        responder.send(error->response());
    else
        responder.send(HttpResponse::json(okStatus, std::get<QJsonObject>(result)));
}

//! Reads one required string field of the body; answers the 400 itself when it is missing.
std::optional<QString> feedBodyString(const ApiRequest &req, const HttpResponder &responder,
                                      QLatin1StringView key)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return std::nullopt;
    JsonReader reader(*body);
    QString value = reader.requiredString(key);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return std::nullopt;
    }
    return value;
}

std::optional<PageRequest> feedPage(const ApiRequest &req, const HttpResponder &responder)
{
    auto page = parsePageRequest(req.http);
    if (const auto *error = std::get_if<CommunityError>(&page)) {
        responder.send(error->response());
        return std::nullopt;
    }
    return std::get<PageRequest>(page);
}
} // namespace

void addFeedRoutes(Api &api, FeedService &feed)
{
    const Access member = Access::user();
    api.route("GET", QStringLiteral("/api/v1/feed/posts"), member,
              [&feed](const ApiRequest &req, const HttpResponder &responder) {
                  if (const auto page = feedPage(req, responder))
                      answer(responder,
                             feed.posts(viewerOf(req),
                                        req.http.queryValue(QStringLiteral("author")), *page));
              });
    api.route("POST", QStringLiteral("/api/v1/feed/posts"), member,
              [&feed](const ApiRequest &req, const HttpResponder &responder) {
                  if (const auto text = feedBodyString(req, responder, QLatin1StringView("text")))
                      answer(responder, feed.createPost(viewerOf(req), *text), 201);
              });
    api.route("GET", QStringLiteral("/api/v1/feed/posts/{id}"), member,
              [&feed](const ApiRequest &req, const HttpResponder &responder) {
                  answer(responder, feed.post(viewerOf(req), req.http.param(QStringLiteral("id"))));
              });
    api.route("GET", QStringLiteral("/api/v1/feed/posts/{id}/comments"), member,
              [&feed](const ApiRequest &req, const HttpResponder &responder) {
                  if (const auto page = feedPage(req, responder))
                      answer(responder, feed.comments(viewerOf(req),
                                                      req.http.param(QStringLiteral("id")), *page));
              });
    api.route(
        "POST", QStringLiteral("/api/v1/feed/posts/{id}/comments"), member,
        [&feed](const ApiRequest &req, const HttpResponder &responder) {
            if (const auto text = feedBodyString(req, responder, QLatin1StringView("text")))
                answer(responder,
                       feed.addComment(viewerOf(req), req.http.param(QStringLiteral("id")), *text),
                       201);
        });
    for (const bool liked : {true, false}) {
        api.route(liked ? QByteArray("PUT") : QByteArray("DELETE"),
                  QStringLiteral("/api/v1/feed/posts/{id}/like"), member,
                  [&feed, liked](const ApiRequest &req, const HttpResponder &responder) {
                      answer(responder, feed.setLiked(viewerOf(req),
                                                      req.http.param(QStringLiteral("id")), liked));
                  });
    }
    api.route(
        "POST", QStringLiteral("/api/v1/feed/posts/{id}/reports"), member,
        [&feed](const ApiRequest &req, const HttpResponder &responder) {
            if (const auto reason = feedBodyString(req, responder, QLatin1StringView("reason")))
                answer(responder,
                       feed.report(viewerOf(req), req.http.param(QStringLiteral("id")), *reason),
                       201);
        });
    api.route("GET", QStringLiteral("/api/v1/users/{id}"), member,
              [&feed](const ApiRequest &req, const HttpResponder &responder) {
                  answer(responder,
                         feed.profile(viewerOf(req), req.http.param(QStringLiteral("id"))));
              });
}

} // namespace nest::server
