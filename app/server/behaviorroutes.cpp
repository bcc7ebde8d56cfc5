#include "behaviorroutes.h"

#include "api.h"
#include "behaviorservice.h"
#include "ids.h"
#include "jsonbody.h"

#include <QJsonArray>

#include <optional>

namespace nest::server {
namespace {
using http::HttpResponse;

constexpr qint64 kDefaultWindowMs = 5 * 60 * 1000;
constexpr qint64 kMaxPoints = 10'000;
constexpr int kDefaultLimit = 50;
constexpr int kMaxLimit = 200;

HttpResponse invalidRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), message);
}

HttpResponse untrackedUser()
{
    return HttpResponse::error(404, QStringLiteral("not_found"),
                               QStringLiteral("no behavior is tracked for this user"));
}

//! An optional integer query parameter; nullopt with `error` set when present but malformed.
std::optional<qint64> queryInteger(const http::HttpRequest &request, const QString &key,
                                   qint64 fallback, QString *error)
{
    if (!request.query.hasQueryItem(key))
        return fallback;
    bool ok = false;
    const qint64 value = request.queryValue(key).toLongLong(&ok);
    if (!ok) {
        *error = QStringLiteral("%1 must be an integer").arg(key);
        return std::nullopt;
    }
    return value;
}

// Cursors are opaque: base64url of the last user id, so any id survives a query string.
QString encodeCursor(const QString &userId)
{
    return QString::fromLatin1(
        userId.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<QString> decodeCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

QJsonObject behaviorUserJson(const BehaviorService::UserView &user)
{
    return QJsonObject{
        {QStringLiteral("user_id"), user.userId},
        {QStringLiteral("display_name"),
         user.displayName.isEmpty() ? QJsonValue() : QJsonValue(user.displayName)},
        {QStringLiteral("traits"),
         user.traits ? QJsonValue(traitsToJson(*user.traits)) : QJsonValue()},
        {QStringLiteral("confidence"), user.confidence},
        {QStringLiteral("samples"), user.samples},
        {QStringLiteral("updated_at"), user.updatedAt ? QJsonValue(user.updatedAt) : QJsonValue()},
    };
}

QJsonObject behaviorModelJson(const BehaviorService::ModelView &m)
{
    return QJsonObject{
        {QStringLiteral("version"), qint64(m.version)},
        {QStringLiteral("samples_seen"), qint64(m.samplesSeen)},
        {QStringLiteral("labeled_samples"), qint64(m.labeledSamples)},
        {QStringLiteral("loss"), m.loss},
        {QStringLiteral("updated_at"), m.updatedAt ? QJsonValue(m.updatedAt) : QJsonValue()},
    };
}

void handleIngest(BehaviorService &behavior, const ApiRequest &req,
                  const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    const QJsonValue list = body->value(QLatin1StringView("events"));
    if (!list.isArray()) {
        responder.send(
            invalidRequest(QStringLiteral("field 'events' is required and must be an array")));
        return;
    }
    const QJsonArray array = list.toArray();
    if (array.size() > behaviorlimits::kMaxEventsPerCall) {
        responder.send(HttpResponse::error(413, QStringLiteral("payload_too_large"),
                                           QStringLiteral("at most 1000 events per call")));
        return;
    }
    // All or nothing: a client retrying a rejected batch must not double-count the good part.
    std::vector<TrackedEvent> events;
    events.reserve(std::size_t(array.size()));
    const qint64 now = nowMs();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString problem;
        auto event = parseTrackedEvent(array.at(i), now, &problem);
        if (!event) {
            const QJsonObject err{
                {QStringLiteral("code"), QStringLiteral("invalid_request")},
                {QStringLiteral("message"), QStringLiteral("events[%1]: %2").arg(i).arg(problem)},
                {QStringLiteral("index"), qint64(i)},
            };
            responder.send(HttpResponse::json(400, QJsonObject{{QStringLiteral("error"), err}}));
            return;
        }
        events.push_back(std::move(*event));
    }
    behavior.ingest(events);
    responder.send(
        HttpResponse::json(202, QJsonObject{{QStringLiteral("accepted"), qint64(events.size())}}));
}

void handleMetrics(BehaviorService &behavior, const ApiRequest &req,
                   const http::HttpResponder &responder)
{
    QString problem;
    const qint64 now = nowMs();
    const auto to = queryInteger(req.http, QStringLiteral("to"), now, &problem);
    const auto from =
        to ? queryInteger(req.http, QStringLiteral("from"), *to - kDefaultWindowMs, &problem)
           : std::nullopt;
    const auto step =
        from ? queryInteger(req.http, QStringLiteral("step_ms"), 1000, &problem) : std::nullopt;
    if (!step) {
        responder.send(invalidRequest(problem));
        return;
    }
    if (*step < 1000 || *step % 1000 != 0) {
        responder.send(
            invalidRequest(QStringLiteral("step_ms must be a positive multiple of 1000")));
        return;
    }
    if (*to <= *from || *from < 0) {
        responder.send(invalidRequest(QStringLiteral("from must be non-negative and before to")));
        return;
    }
    if ((*to - *from) / *step > kMaxPoints) {
        responder.send(invalidRequest(
            QStringLiteral("at most %1 points per call: raise step_ms").arg(kMaxPoints)));
        return;
    }
    QJsonArray points;
    for (const BehaviorMetrics::Point &p : behavior.metrics(*from, *to, *step)) {
        points.append(QJsonObject{{QStringLiteral("ts"), p.ts},
                                  {QStringLiteral("events_per_s"), countsToJson(p.perSecond)},
                                  {QStringLiteral("active_users"), qint64(p.activeUsers)}});
    }
    responder.send(HttpResponse::json(
        200, QJsonObject{{QStringLiteral("points"), points}, {QStringLiteral("step_ms"), *step}}));
}

void handleUsers(BehaviorService &behavior, const ApiRequest &req,
                 const http::HttpResponder &responder)
{
    QString problem;
    const auto limit = queryInteger(req.http, QStringLiteral("limit"), kDefaultLimit, &problem);
    if (!limit || *limit < 1 || *limit > kMaxLimit) {
        responder.send(invalidRequest(QStringLiteral("limit must be an integer from 1 to 200")));
        return;
    }
    const QString query = req.http.queryValue(QStringLiteral("q")).trimmed();
    if (query.size() > behaviorlimits::kMaxIdChars) {
        responder.send(invalidRequest(QStringLiteral("q must be at most 128 characters")));
        return;
    }
    QString after;
    if (req.http.query.hasQueryItem(QStringLiteral("cursor"))) {
        const auto decoded = decodeCursor(req.http.queryValue(QStringLiteral("cursor")));
        if (!decoded) {
            responder.send(
                invalidRequest(QStringLiteral("cursor is not one this server handed out")));
            return;
        }
        after = *decoded;
    }
    const BehaviorService::Page page = behavior.search(query, int(*limit), after);
    QJsonArray items;
    for (const BehaviorService::UserView &user : page.items)
        items.append(behaviorUserJson(user));
    responder.send(HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items},
                         {QStringLiteral("next_cursor"),
                          page.nextCursor.isEmpty() ? QJsonValue()
                                                    : QJsonValue(encodeCursor(page.nextCursor))}}));
}

void handleTraits(BehaviorService &behavior, const ApiRequest &req,
                  const http::HttpResponder &responder)
{
    const QString id = req.http.param(QStringLiteral("id"));
    const auto user = behavior.user(id);
    if (!user) {
        responder.send(untrackedUser());
        return;
    }
    QJsonArray history;
    for (const auto &[ts, traitVector] : behavior.history(id))
        history.append(QJsonObject{{QStringLiteral("ts"), ts},
                                   {QStringLiteral("traits"), traitsToJson(traitVector)}});
    QJsonObject out = behaviorUserJson(*user);
    out.insert(QStringLiteral("history"), history);
    responder.send(HttpResponse::json(200, out));
}

void handleLabel(BehaviorService &behavior, const ApiRequest &req,
                 const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    QString problem;
    const auto traitVector = traitsFromJson(body->value(QLatin1StringView("traits")), &problem);
    if (!traitVector) {
        responder.send(invalidRequest(problem));
        return;
    }
    const QString id = req.http.param(QStringLiteral("id"));
    if (behavior.label(id, *traitVector) == BehaviorService::LabelResult::UnknownUser) {
        responder.send(untrackedUser());
        return;
    }
    responder.send(HttpResponse::json(
        202, QJsonObject{{QStringLiteral("user_id"), id},
                         {QStringLiteral("model"), behaviorModelJson(behavior.model())}}));
}
} // namespace

void addBehaviorRoutes(Api &api, BehaviorService &behavior)
{
    const Access analyst = Access::withRole(Role::Analyst);
    const auto bind = [&behavior](auto handler) {
        return [&behavior, handler](const ApiRequest &req, const http::HttpResponder &responder) {
            handler(behavior, req, responder);
        };
    };
    api.route("POST", QStringLiteral("/api/v1/behavior/events"), Access::user(),
              bind(handleIngest));
    api.route("GET", QStringLiteral("/api/v1/behavior/metrics"), analyst, bind(handleMetrics));
    api.route("GET", QStringLiteral("/api/v1/behavior/users"), analyst, bind(handleUsers));
    api.route("GET", QStringLiteral("/api/v1/behavior/users/{id}/traits"), analyst,
              bind(handleTraits));
    api.route("POST", QStringLiteral("/api/v1/behavior/users/{id}/labels"), analyst,
              bind(handleLabel));
    api.route("GET", QStringLiteral("/api/v1/behavior/model"), analyst,
              [&behavior](const ApiRequest &, const http::HttpResponder &responder) {
                  responder.send(HttpResponse::json(200, behaviorModelJson(behavior.model())));
              });
}

} // namespace nest::server
