#include "moderationservice.h"

#include "feedservice.h"
#include "feedstore.h"
#include "ids.h"
#include "modlogchain.h"
#include "streamhub.h"
#include "userstore.h"

#include <QJsonArray>

namespace nest::server {
namespace {
const QString kModFeedTopic = QStringLiteral("feed");
const QString kModerationTopic = QStringLiteral("moderation");

std::optional<CommunityError> checkReason(const QString &reason, bool required)
{
    if ((required && reason.trimmed().isEmpty())
        || reason.toUcs4().size() > feedlimits::kMaxReasonChars)
        return CommunityError{400, QStringLiteral("invalid_request"),
                              required ? QStringLiteral("reason must be 1 to 500 characters")
                                       : QStringLiteral("reason must be at most 500 characters")};
    return std::nullopt;
}

CommunityError noSuchPost()
{
    return {404, QStringLiteral("not_found"), QStringLiteral("no such post")};
}
} // namespace

ModerationService::ModerationService(FeedStore &feed, ModerationStore &store, UserStore &users,
                                     StreamHub &hub)
    : m_feed(feed)
    , m_store(store)
    , m_users(users)
    , m_hub(hub)
{}

std::optional<CommunityError>
ModerationService::record(const Viewer &moderator, const QString &action, const QString &targetType,
                          const QString &targetId, const QString &reason)
{
    ModerationLogEntry entry;
    entry.ts = nowMs();
    entry.moderatorId = moderator.userId;
    entry.action = action;
    entry.targetType = targetType;
    entry.targetId = targetId;
    entry.reason = reason;
    if (!m_store.appendLog(entry))
        return CommunityError{500, QStringLiteral("internal_error"),
                              QStringLiteral("the moderation log could not be written")};
    return std::nullopt;
}

void ModerationService::publishResolved(const QString &reportId)
{
    if (const auto report = m_store.report(reportId))
        m_hub.publish(kModerationTopic, feedEvent(QStringLiteral("report.resolved"),
                                                  {{QStringLiteral("report"), report->toJson()}}));
}

void ModerationService::resolveReportsOf(const Viewer &moderator, const QString &postId,
                                         const QString &resolution)
{
    const QStringList ids =
        m_store.resolveReportsForPost(postId, moderator.userId, resolution, nowMs());
    for (const QString &id : ids)
        publishResolved(id);
}

QJsonObject ModerationService::reports(const QString &status, const PageRequest &page) const
{
    const Page<ReportRecord> result = m_store.reports(status, page);
    QJsonArray items;
    for (const ReportRecord &r : result.items) {
        QJsonObject json = r.toJson();
        const auto post = m_feed.post(r.postId, QString());
        json.insert(QStringLiteral("post"), post ? QJsonValue(post->toJson(true)) : QJsonValue());
        items.append(json);
    }
    return pageJson(items, result.next);
}

CommunityResult<QJsonObject>
ModerationService::dismiss(const Viewer &moderator, const QString &reportId, const QString &reason)
{
    if (auto bad = checkReason(reason, true))
        return *bad;
    const auto report = m_store.report(reportId);
    if (!report)
        return CommunityError{404, QStringLiteral("not_found"), QStringLiteral("no such report")};
    if (report->status != QLatin1StringView("open"))
        return CommunityError{409, QStringLiteral("already_resolved"),
                              QStringLiteral("the report is already resolved")};
    if (!m_store.resolveReport(reportId, moderator.userId, QStringLiteral("dismissed"), nowMs()))
        return CommunityError{409, QStringLiteral("already_resolved"),
                              QStringLiteral("the report is already resolved")};
    if (auto failed = record(moderator, QStringLiteral("dismiss"), QStringLiteral("report"),
                             reportId, reason))
        return *failed;
    publishResolved(reportId);
    return m_store.report(reportId).value_or(*report).toJson();
}

CommunityResult<QJsonObject> ModerationService::hide(const Viewer &moderator, const QString &postId,
                                                     const QString &reason)
{
    if (auto bad = checkReason(reason, true))
        return *bad;
    if (!m_feed.post(postId, moderator.userId))
        return noSuchPost();
    if (!m_feed.setHidden(postId, true, reason))
        return noSuchPost();
    if (auto failed =
            record(moderator, QStringLiteral("hide"), QStringLiteral("post"), postId, reason))
        return *failed;
    // Every member reads `feed`: the event names the post, never its text.
    m_hub.publish(kModFeedTopic,
                  feedEvent(QStringLiteral("post.hidden"), {{QStringLiteral("post_id"), postId},
                                                            {QStringLiteral("hidden"), true}}));
    resolveReportsOf(moderator, postId, QStringLiteral("hidden"));
    return m_feed.post(postId, moderator.userId)->toJson(true);
}

CommunityResult<QJsonObject> ModerationService::unhide(const Viewer &moderator,
                                                       const QString &postId, const QString &reason)
{
    if (auto bad = checkReason(reason, false))
        return *bad;
    if (!m_feed.post(postId, moderator.userId) || !m_feed.setHidden(postId, false, QString()))
        return noSuchPost();
    if (auto failed =
            record(moderator, QStringLiteral("unhide"), QStringLiteral("post"), postId, reason))
        return *failed;
    const auto post = m_feed.post(postId, moderator.userId);
    QJsonObject shared = post->toJson(false);
    shared.insert(QStringLiteral("liked_by_me"), false); // the viewer differs per subscriber
    m_hub.publish(kModFeedTopic,
                  feedEvent(QStringLiteral("post.updated"), {{QStringLiteral("post"), shared}}));
    return post->toJson(true);
}

CommunityResult<QJsonObject>
ModerationService::deletePost(const Viewer &moderator, const QString &postId, const QString &reason)
{
    if (auto bad = checkReason(reason, true))
        return *bad;
    if (!m_feed.markDeleted(postId, nowMs()))
        return noSuchPost();
    if (auto failed =
            record(moderator, QStringLiteral("delete"), QStringLiteral("post"), postId, reason))
        return *failed;
    m_hub.publish(kModFeedTopic,
                  feedEvent(QStringLiteral("post.deleted"), {{QStringLiteral("post_id"), postId}}));
    resolveReportsOf(moderator, postId, QStringLiteral("deleted"));
    return QJsonObject{{QStringLiteral("id"), postId}, {QStringLiteral("deleted"), true}};
}

CommunityResult<QJsonObject> ModerationService::suspend(const Viewer &moderator,
                                                        const QString &userId, qint64 until,
                                                        const QString &reason)
{
    if (auto bad = checkReason(reason, true))
        return *bad;
    if (until <= nowMs())
        return CommunityError{400, QStringLiteral("invalid_request"),
                              QStringLiteral("until must be in the future")};
    if (userId == moderator.userId)
        return CommunityError{400, QStringLiteral("invalid_request"),
                              QStringLiteral("a moderator cannot suspend their own account")};
    if (!m_users.findById(userId))
        return CommunityError{404, QStringLiteral("not_found"), QStringLiteral("no such user")};
    if (!m_store.setSuspension(userId, {until, reason}))
        return CommunityError{500, QStringLiteral("internal_error"),
                              QStringLiteral("the suspension was not stored")};
    if (auto failed =
            record(moderator, QStringLiteral("suspend"), QStringLiteral("user"), userId, reason))
        return *failed;
    const QJsonObject data{{QStringLiteral("user_id"), userId},
                           {QStringLiteral("suspended_until"), until},
                           {QStringLiteral("reason"), reason}};
    m_hub.publish(kModerationTopic, feedEvent(QStringLiteral("user.suspended"), data));
    return data;
}

CommunityResult<QJsonObject>
ModerationService::unsuspend(const Viewer &moderator, const QString &userId, const QString &reason)
{
    if (auto bad = checkReason(reason, false))
        return *bad;
    if (!m_users.findById(userId))
        return CommunityError{404, QStringLiteral("not_found"), QStringLiteral("no such user")};
    if (!m_store.clearSuspension(userId))
        return CommunityError{500, QStringLiteral("internal_error"),
                              QStringLiteral("the suspension was not lifted")};
    if (auto failed =
            record(moderator, QStringLiteral("unsuspend"), QStringLiteral("user"), userId, reason))
        return *failed;
    const QJsonObject data{{QStringLiteral("user_id"), userId},
                           {QStringLiteral("suspended_until"), QJsonValue()}};
    m_hub.publish(kModerationTopic, feedEvent(QStringLiteral("user.unsuspended"), data));
    return data;
}

QJsonObject ModerationService::log(qint64 afterSeq, int limit) const
{
    const auto entries = m_store.log(afterSeq, limit + 1);
    QJsonArray items;
    const qsizetype shown = std::min<qsizetype>(qsizetype(entries.size()), limit);
    for (qsizetype i = 0; i < shown; ++i)
        items.append(entries[std::size_t(i)].toJson());
    std::optional<PageKey> next;
    if (qsizetype(entries.size()) > limit)
        next = PageKey{0, entries[std::size_t(limit - 1)].seq, QStringLiteral("log")};
    return pageJson(items, next);
}

QJsonObject ModerationService::verifyLog() const
{
    QList<QJsonObject> all;
    qint64 after = 0;
    for (;;) {
        const auto chunk = m_store.log(after, 1000);
        for (const ModerationLogEntry &e : chunk)
            all.append(e.toJson());
        if (chunk.size() < 1000)
            break;
        after = chunk.back().seq;
    }
    const auto broken = security::modlogchain::verify(all);
    return QJsonObject{
        {QStringLiteral("ok"), !broken},
        {QStringLiteral("checked"), qint64(all.size())},
        {QStringLiteral("broken_seq"), broken ? QJsonValue(broken->seq) : QJsonValue()},
        {QStringLiteral("problem"), broken ? QJsonValue(broken->reason) : QJsonValue()},
    };
}

} // namespace nest::server
