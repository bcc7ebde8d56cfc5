#pragma once

#include "feedjson.h"

namespace nest::server {

class FeedStore;
class ModerationStore;
class StreamHub;
class UserStore;

//! The community's rules for members: posts, comments, likes, reports and public profiles.
//! Publishes every change on `feed` (reports on `moderation`). Hidden posts never reach other
//! members, over REST or the stream.
class FeedService {
public:
    FeedService(FeedStore &feed, ModerationStore &moderation, UserStore &users, StreamHub &hub);

    CommunityResult<QJsonObject> createPost(const Viewer &viewer, const QString &text);
    CommunityResult<QJsonObject> posts(const Viewer &viewer, const QString &authorId,
                                       const PageRequest &page) const;
    //! The post with its first page of comments (`comments`, `comments_next_cursor`).
    CommunityResult<QJsonObject> post(const Viewer &viewer, const QString &id) const;
    CommunityResult<QJsonObject> comments(const Viewer &viewer, const QString &postId,
                                          const PageRequest &page) const;
    CommunityResult<QJsonObject> addComment(const Viewer &viewer, const QString &postId,
                                            const QString &text);
    //! Idempotent: liking twice is one like; only a change is published.
    CommunityResult<QJsonObject> setLiked(const Viewer &viewer, const QString &postId, bool liked);
    CommunityResult<QJsonObject> report(const Viewer &viewer, const QString &postId,
                                        const QString &reason);
    CommunityResult<QJsonObject> profile(const Viewer &viewer, const QString &userId) const;

private:
    std::optional<CommunityError> refuseSuspended(const Viewer &viewer) const;
    CommunityResult<PostRecord> visiblePost(const Viewer &viewer, const QString &id) const;

    FeedStore &m_feed;
    ModerationStore &m_moderation;
    UserStore &m_users;
    StreamHub &m_hub;
};

//! The `feed` event for a post other members may see only while it is not hidden.
QJsonObject feedEvent(const QString &kind, const QJsonObject &fields);

} // namespace nest::server
