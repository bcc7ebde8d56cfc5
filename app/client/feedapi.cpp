#include "feedapi.h"

#include "feedjson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace nest::client::feedapi {
namespace {
RequestOptions validated(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.validate = std::move(validate);
    return options;
}

//! A write that is safe to retry: one Idempotency-Key for all of its attempts.
RequestOptions idempotentWrite(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options = validated(std::move(validate));
    options.idempotent = true;
    return options;
}

QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

template<typename Read> std::function<QString(const QJsonObject &)> expect(Read read)
{
    return [read](const QJsonObject &json) {
        return read(json) ? QString() : QStringLiteral("malformed answer");
    };
}

template<typename Read> std::function<QString(const QJsonObject &)> expectPage(Read read)
{
    return [read](const QJsonObject &json) {
        using T = typename std::invoke_result_t<Read, QJsonObject>::value_type;
        return feedjson::page<T>(json, read) ? QString() : QStringLiteral("malformed page");
    };
}

QString withPaging(QString path, const QString &cursor, int limit)
{
    QUrlQuery query(path.contains(u'?') ? path.section(u'?', 1) : QString());
    path = path.section(u'?', 0, 0);
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit > 0)
        query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    const QString q = query.toString(QUrl::FullyEncoded);
    return q.isEmpty() ? path : path + u'?' + q;
}
} // namespace

ApiJob *posts(ApiClient &api, const QString &cursor, const QString &authorId, int limit)
{
    QString path = QStringLiteral("/api/v1/feed/posts");
    if (!authorId.isEmpty())
        path += u"?author=" + segment(authorId);
    return api.get(withPaging(path, cursor, limit), validated(expectPage(feedjson::post)));
}

WriteRequest createPostRequest(const QString &text)
{
    return {QStringLiteral("post"),
            "POST",
            QStringLiteral("/api/v1/feed/posts"),
            QJsonObject{{QStringLiteral("text"), text}},
            {},
            {}};
}

WriteRequest commentRequest(const QString &postId, const QString &text)
{
    return {QStringLiteral("comment"),
            "POST",
            u"/api/v1/feed/posts/"_qs + segment(postId) + u"/comments"_qs,
            QJsonObject{{QStringLiteral("text"), text}},
            {},
            {}};
}

WriteRequest likeRequest(const QString &postId, bool liked)
{
    // PUT and DELETE are idempotent by themselves: retrying them is always safe.
    return {QStringLiteral("like"),
            liked ? "PUT" : "DELETE",
            u"/api/v1/feed/posts/"_qs + segment(postId) + u"/like"_qs,
            QJsonObject(),
            {},
            {}};
}

WriteRequest reportRequest(const QString &postId, const QString &reason)
{
    return {QStringLiteral("report"),
            "POST",
            u"/api/v1/feed/posts/"_qs + segment(postId) + u"/reports"_qs,
            QJsonObject{{QStringLiteral("reason"), reason}},
            {},
            {}};
}

WriteRequest moderateRequest(ModAction action, const QString &targetId, const QString &reason,
                             qint64 untilMs)
{
    QJsonObject body{{QStringLiteral("reason"), reason}};
    QByteArray method = "POST";
    QString path;
    switch (action) {
    case ModAction::Hide:
        path = u"/api/v1/moderation/posts/"_qs + segment(targetId) + u"/hide"_qs;
        break;
    case ModAction::Unhide:
        path = u"/api/v1/moderation/posts/"_qs + segment(targetId) + u"/unhide"_qs;
        break;
    case ModAction::Delete:
        method = "DELETE";
        path = u"/api/v1/moderation/posts/"_qs + segment(targetId);
        break;
    case ModAction::Suspend:
        path = u"/api/v1/moderation/users/"_qs + segment(targetId) + u"/suspend"_qs;
        body.insert(QStringLiteral("until"), untilMs);
        break;
    case ModAction::Unsuspend:
        path = u"/api/v1/moderation/users/"_qs + segment(targetId) + u"/unsuspend"_qs;
        break;
    case ModAction::Dismiss:
        path = u"/api/v1/moderation/reports/"_qs + segment(targetId) + u"/dismiss"_qs;
        break;
    }
    return {QStringLiteral("moderation"), method, path, body, {}, {}};
}

ApiJob *createPost(ApiClient &api, const QString &text)
{
    return send(api, createPostRequest(text), idempotentWrite(expect(feedjson::post)));
}

ApiJob *post(ApiClient &api, const QString &id)
{
    return api.get(u"/api/v1/feed/posts/"_qs + segment(id), validated([](const QJsonObject &json) {
                       if (!feedjson::post(json) || !json.value(u"comments").isArray())
                           return QStringLiteral("malformed post");
                       for (const QJsonValue c : json.value(u"comments").toArray())
                           if (!feedjson::comment(c.toObject()))
                               return QStringLiteral("malformed comment");
                       return QString();
                   }));
}

ApiJob *comments(ApiClient &api, const QString &postId, const QString &cursor)
{
    return api.get(
        withPaging(u"/api/v1/feed/posts/"_qs + segment(postId) + u"/comments"_qs, cursor, 200),
        validated(expectPage(feedjson::comment)));
}

ApiJob *comment(ApiClient &api, const QString &postId, const QString &text)
{
    return send(api, commentRequest(postId, text), idempotentWrite(expect(feedjson::comment)));
}

ApiJob *setLiked(ApiClient &api, const QString &postId, bool liked)
{
    return send(api, likeRequest(postId, liked), idempotentWrite(expect(feedjson::post)));
}

ApiJob *report(ApiClient &api, const QString &postId, const QString &reason)
{
    return send(api, reportRequest(postId, reason), idempotentWrite(expect(feedjson::report)));
}

ApiJob *profile(ApiClient &api, const QString &userId)
{
    return api.get(u"/api/v1/users/"_qs + segment(userId), validated(expect(feedjson::profile)));
}

ApiJob *reports(ApiClient &api, const QString &status, const QString &cursor)
{
    return api.get(withPaging(u"/api/v1/moderation/reports?status="_qs + status, cursor, 200),
                   validated(expectPage(feedjson::report)));
}

ApiJob *moderate(ApiClient &api, ModAction action, const QString &targetId, const QString &reason,
                 qint64 untilMs)
{
    return send(api, moderateRequest(action, targetId, reason, untilMs));
}

ApiJob *log(ApiClient &api, const QString &cursor, int limit)
{
    return api.get(withPaging(QStringLiteral("/api/v1/moderation/log"), cursor, limit),
                   validated(expectPage(feedjson::logEntry)));
}

community::Page<community::Post> postsOf(const ApiJob &job)
{
    return feedjson::page<community::Post>(job.json(), feedjson::post)
        .value_or(community::Page<community::Post>{});
}

community::Post postOf(const ApiJob &job)
{
    return feedjson::post(job.json()).value_or(community::Post{});
}

QList<community::Comment> commentsOf(const ApiJob &job)
{
    QList<community::Comment> out;
    for (const QJsonValue c : job.json().value(u"comments").toArray())
        if (auto comment = feedjson::comment(c.toObject()))
            out.append(std::move(*comment));
    return out;
}

QString commentsCursorOf(const ApiJob &job)
{
    return job.json().value(u"comments_next_cursor").toString();
}

community::Page<community::Comment> commentPageOf(const ApiJob &job)
{
    return feedjson::page<community::Comment>(job.json(), feedjson::comment)
        .value_or(community::Page<community::Comment>{});
}

community::Comment commentOf(const ApiJob &job)
{
    return feedjson::comment(job.json()).value_or(community::Comment{});
}

community::Profile profileOf(const ApiJob &job)
{
    return feedjson::profile(job.json()).value_or(community::Profile{});
}

community::Page<community::Report> reportsOf(const ApiJob &job)
{
    return feedjson::page<community::Report>(job.json(), feedjson::report)
        .value_or(community::Page<community::Report>{});
}

community::Page<community::LogEntry> logOf(const ApiJob &job)
{
    return feedjson::page<community::LogEntry>(job.json(), feedjson::logEntry)
        .value_or(community::Page<community::LogEntry>{});
}

} // namespace nest::client::feedapi
