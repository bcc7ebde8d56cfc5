#include "feedservice.h"

#include "feedstore.h"
#include "ids.h"
#include "moderationstore.h"
#include "streamhub.h"
#include "userstore.h"

#include <QJsonArray>

namespace nest::server {
namespace {
CommunityError postNotFound()
{
    return {404, QStringLiteral("not_found"), QStringLiteral("no such post")};
}

CommunityError feedStorageFailed()
{
    return {500, QStringLiteral("internal_error"), QStringLiteral("the change was not stored")};
}
} // namespace

QJsonObject feedEvent(const QString &kind, const QJsonObject &fields)
{
    QJsonObject data = fields;
    data.insert(QStringLiteral("kind"), kind);
    return data;
}

FeedService::FeedService(FeedStore &feed, ModerationStore &moderation, UserStore &users,
                         StreamHub &hub)
    : m_feed(feed)
    , m_moderation(moderation)
    , m_users(users)
    , m_hub(hub)
{}

std::optional<CommunityError> FeedService::refuseSuspended(const Viewer &viewer) const
{
    if (const auto s = m_moderation.suspension(viewer.userId, nowMs()))
        return CommunityError{
            403, QStringLiteral("suspended"),
            QStringLiteral("this account is suspended until %1: %2").arg(s->until).arg(s->reason)};
    return std::nullopt;
}

CommunityResult<PostRecord> FeedService::visiblePost(const Viewer &viewer, const QString &id) const
{
    auto post = m_feed.post(id, viewer.userId);
    // A hidden post is as absent as a deleted one for everyone but its author and moderators.
    if (!post || (post->hidden && !viewer.moderator && post->author.id != viewer.userId))
        return postNotFound();
    return *post;
}

CommunityResult<QJsonObject> FeedService::createPost(const Viewer &viewer, const QString &text)
{
    if (auto refused = refuseSuspended(viewer))
        return *refused;
    if (auto bad = checkText(text, feedlimits::kMaxTextChars))
        return *bad;
    const QString id = newId(QStringLiteral("p_"));
    if (!m_feed.insertPost(id, viewer.userId, text, nowMs()))
        return feedStorageFailed();
    const auto post = m_feed.post(id, viewer.userId);
    if (!post)
        return feedStorageFailed();
    m_hub.publish(
        QStringLiteral("feed"),
        feedEvent(QStringLiteral("post.created"), {{QStringLiteral("post"), post->toJson(false)}}));
    return post->toJson(viewer.moderator);
}

CommunityResult<QJsonObject> FeedService::posts(const Viewer &viewer, const QString &authorId,
                                                const PageRequest &page) const
{
    const Page<PostRecord> result = m_feed.posts(viewer, authorId, page);
    QJsonArray items;
    for (const PostRecord &p : result.items)
        items.append(p.toJson(viewer.moderator));
    return pageJson(items, result.next);
}

CommunityResult<QJsonObject> FeedService::post(const Viewer &viewer, const QString &id) const
{
    auto post = visiblePost(viewer, id);
    if (auto *error = std::get_if<CommunityError>(&post))
        return *error;
    QJsonObject json = std::get<PostRecord>(post).toJson(viewer.moderator);
    const Page<CommentRecord> first = m_feed.comments(id, PageRequest{});
    QJsonArray comments;
    for (const CommentRecord &c : first.items)
        comments.append(c.toJson());
    json.insert(QStringLiteral("comments"), comments);
    json.insert(QStringLiteral("comments_next_cursor"),
                first.next ? QJsonValue(encodePageCursor(*first.next)) : QJsonValue());
    return json;
}

CommunityResult<QJsonObject> FeedService::comments(const Viewer &viewer, const QString &postId,
                                                   const PageRequest &page) const
{
    auto post = visiblePost(viewer, postId);
    if (auto *error = std::get_if<CommunityError>(&post))
        return *error;
    const Page<CommentRecord> result = m_feed.comments(postId, page);
    QJsonArray items;
    for (const CommentRecord &c : result.items)
        items.append(c.toJson());
    return pageJson(items, result.next);
}

CommunityResult<QJsonObject> FeedService::addComment(const Viewer &viewer, const QString &postId,
                                                     const QString &text)
{
    if (auto refused = refuseSuspended(viewer))
        return *refused;
    auto post = visiblePost(viewer, postId);
    if (auto *error = std::get_if<CommunityError>(&post))
        return *error;
    if (auto bad = checkText(text, feedlimits::kMaxTextChars))
        return *bad;
    const auto author = m_users.findById(viewer.userId);
    if (!author)
        return feedStorageFailed();
    CommentRecord comment;
    comment.id = newId(QStringLiteral("c_"));
    comment.postId = postId;
    comment.author = {author->id, author->username, author->displayName};
    comment.text = text;
    comment.createdAt = nowMs();
    if (!m_feed.insertComment(comment))
        return feedStorageFailed();
    const PostRecord &before = std::get<PostRecord>(post);
    QJsonObject fields{{QStringLiteral("post_id"), postId},
                       {QStringLiteral("comment_count"), before.commentCount + 1}};
    // Every member reads `feed`: a comment on a hidden post goes out without its text.
    if (!before.hidden)
        fields.insert(QStringLiteral("comment"), comment.toJson());
    m_hub.publish(QStringLiteral("feed"), feedEvent(QStringLiteral("comment.created"), fields));
    return comment.toJson();
}

CommunityResult<QJsonObject> FeedService::setLiked(const Viewer &viewer, const QString &postId,
                                                   bool liked)
{
    if (auto refused = refuseSuspended(viewer))
        return *refused;
    auto post = visiblePost(viewer, postId);
    if (auto *error = std::get_if<CommunityError>(&post))
        return *error;
    const auto change = m_feed.setLiked(postId, viewer.userId, liked, nowMs());
    if (change == FeedStore::LikeChange::Failed)
        return feedStorageFailed();
    const auto after = m_feed.post(postId, viewer.userId);
    if (!after)
        return postNotFound();
    if (change == FeedStore::LikeChange::Changed) {
        m_hub.publish(
            QStringLiteral("feed"),
            feedEvent(liked ? QStringLiteral("post.liked") : QStringLiteral("post.unliked"),
                      {{QStringLiteral("post_id"), postId},
                       {QStringLiteral("user_id"), viewer.userId},
                       {QStringLiteral("like_count"), after->likeCount}}));
    }
    return after->toJson(viewer.moderator);
}

CommunityResult<QJsonObject> FeedService::report(const Viewer &viewer, const QString &postId,
                                                 const QString &reason)
{
    if (auto refused = refuseSuspended(viewer))
        return *refused;
    auto post = visiblePost(viewer, postId);
    if (auto *error = std::get_if<CommunityError>(&post))
        return *error;
    if (auto bad = checkText(reason, feedlimits::kMaxReasonChars))
        return CommunityError{400, QStringLiteral("invalid_request"),
                              QStringLiteral("reason must be 1 to 500 characters")};
    // One open report per member and post: repeating it must not inflate the queue's count.
    if (m_moderation.hasOpenReport(postId, viewer.userId))
        return CommunityError{409, QStringLiteral("already_reported"),
                              QStringLiteral("you already reported this post")};
    ReportRecord r;
    r.id = newId(QStringLiteral("r_"));
    r.postId = postId;
    r.reporterId = viewer.userId;
    r.reason = reason;
    r.createdAt = nowMs();
    if (!m_moderation.insertReport(r))
        return feedStorageFailed();
    const auto stored = m_moderation.report(r.id);
    if (!stored)
        return feedStorageFailed();
    // `moderation` is for moderators only: the queue gets the reported post with the report.
    QJsonObject queued = stored->toJson();
    queued.insert(QStringLiteral("post"), std::get<PostRecord>(post).toJson(true));
    m_hub.publish(QStringLiteral("moderation"), feedEvent(QStringLiteral("report.created"),
                                                          {{QStringLiteral("report"), queued}}));
    return stored->toJson();
}

CommunityResult<QJsonObject> FeedService::profile(const Viewer &viewer, const QString &userId) const
{
    const auto user = m_users.findById(userId);
    if (!user)
        return CommunityError{404, QStringLiteral("not_found"), QStringLiteral("no such user")};
    const auto suspension = m_moderation.suspension(userId, nowMs());
    QJsonObject json{
        {QStringLiteral("id"), user->id},
        {QStringLiteral("username"), user->username},
        {QStringLiteral("display_name"), user->displayName},
        {QStringLiteral("bio"), user->bio},
        {QStringLiteral("created_at"), user->createdAt},
        {QStringLiteral("post_count"), m_feed.visiblePostCount(userId, viewer)},
        {QStringLiteral("suspended_until"),
         suspension ? QJsonValue(suspension->until) : QJsonValue()},
    };
    if (viewer.moderator && suspension)
        json.insert(QStringLiteral("suspension_reason"), suspension->reason);
    return json;
}

} // namespace nest::server
