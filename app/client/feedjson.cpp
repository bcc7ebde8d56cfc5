#include "feedjson.h"

namespace nest::client::feedjson {
namespace {
bool isString(const QJsonObject &json, QLatin1StringView key)
{
    return json.value(key).isString();
}

bool isInteger(const QJsonObject &json, QLatin1StringView key)
{
    const QJsonValue v = json.value(key);
    return v.isDouble() && double(v.toInteger()) == v.toDouble();
}

std::optional<community::Author> author(const QJsonValue &value)
{
    const QJsonObject json = value.toObject();
    if (!isString(json, QLatin1StringView("id")) || !isString(json, QLatin1StringView("username")))
        return std::nullopt;
    return community::Author{json.value(u"id").toString(), json.value(u"username").toString(),
                             json.value(u"display_name").toString()};
}
} // namespace

std::optional<community::Post> post(const QJsonObject &json)
{
    const auto who = author(json.value(u"author"));
    if (!who || !isString(json, QLatin1StringView("id"))
        || !isString(json, QLatin1StringView("text"))
        || !isInteger(json, QLatin1StringView("created_at")))
        return std::nullopt;
    community::Post p;
    p.id = json.value(u"id").toString();
    p.author = *who;
    p.text = json.value(u"text").toString();
    p.createdAt = json.value(u"created_at").toInteger();
    p.likeCount = json.value(u"like_count").toInteger();
    p.commentCount = json.value(u"comment_count").toInteger();
    p.likedByMe = json.value(u"liked_by_me").toBool();
    p.hidden = json.value(u"hidden").toBool();
    p.hiddenReason = json.value(u"hidden_reason").toString();
    return p;
}

std::optional<community::Comment> comment(const QJsonObject &json)
{
    const auto who = author(json.value(u"author"));
    if (!who || !isString(json, QLatin1StringView("id"))
        || !isString(json, QLatin1StringView("post_id"))
        || !isString(json, QLatin1StringView("text"))
        || !isInteger(json, QLatin1StringView("created_at")))
        return std::nullopt;
    return community::Comment{json.value(u"id").toString(), json.value(u"post_id").toString(), *who,
                              json.value(u"text").toString(),
                              json.value(u"created_at").toInteger()};
}

std::optional<community::Profile> profile(const QJsonObject &json)
{
    if (!isString(json, QLatin1StringView("id")) || !isString(json, QLatin1StringView("username"))
        || !isInteger(json, QLatin1StringView("created_at")))
        return std::nullopt;
    community::Profile p;
    p.id = json.value(u"id").toString();
    p.username = json.value(u"username").toString();
    p.displayName = json.value(u"display_name").toString();
    p.bio = json.value(u"bio").toString();
    p.createdAt = json.value(u"created_at").toInteger();
    p.postCount = json.value(u"post_count").toInteger();
    p.suspendedUntil = json.value(u"suspended_until").toInteger();
    p.suspensionReason = json.value(u"suspension_reason").toString();
    return p;
}

std::optional<community::Report> report(const QJsonObject &json)
{
    if (!isString(json, QLatin1StringView("id")) || !isString(json, QLatin1StringView("post_id"))
        || !isString(json, QLatin1StringView("status"))
        || !isInteger(json, QLatin1StringView("created_at")))
        return std::nullopt;
    community::Report r;
    r.id = json.value(u"id").toString();
    r.postId = json.value(u"post_id").toString();
    r.reporterId = json.value(u"reporter_id").toString();
    r.reason = json.value(u"reason").toString();
    r.status = json.value(u"status").toString();
    r.createdAt = json.value(u"created_at").toInteger();
    r.reportCount = json.value(u"report_count").toInteger(1);
    r.resolvedAt = json.value(u"resolved_at").toInteger();
    r.resolution = json.value(u"resolution").toString();
    if (json.value(u"post").isObject())
        r.post = post(json.value(u"post").toObject());
    return r;
}

std::optional<community::LogEntry> logEntry(const QJsonObject &json)
{
    if (!isInteger(json, QLatin1StringView("seq")) || !isString(json, QLatin1StringView("hash"))
        || !isString(json, QLatin1StringView("prev_hash")))
        return std::nullopt;
    community::LogEntry e;
    e.seq = json.value(u"seq").toInteger();
    e.ts = json.value(u"ts").toInteger();
    e.moderatorId = json.value(u"moderator_id").toString();
    e.action = json.value(u"action").toString();
    e.targetType = json.value(u"target_type").toString();
    e.targetId = json.value(u"target_id").toString();
    e.reason = json.value(u"reason").toString();
    e.prevHash = json.value(u"prev_hash").toString();
    e.hash = json.value(u"hash").toString();
    e.json = json;
    return e;
}

} // namespace nest::client::feedjson
