#pragma once

#include "feedjson.h"
#include "moderationstore.h"

namespace nest::server {

class FeedStore;
class StreamHub;
class UserStore;

//! The moderators' tools: the report queue, hide/unhide, delete, suspend/unsuspend and dismiss.
//! Every action asks for a reason and appends to the hash-chained moderation log; changes are
//! published on `feed` (posts) and `moderation` (reports, suspensions).
class ModerationService {
public:
    ModerationService(FeedStore &feed, ModerationStore &store, UserStore &users, StreamHub &hub);

    //! Reports with the reported post (`post`, null once deleted).
    QJsonObject reports(const QString &status, const PageRequest &page) const;
    CommunityResult<QJsonObject> dismiss(const Viewer &moderator, const QString &reportId,
                                         const QString &reason);
    CommunityResult<QJsonObject> hide(const Viewer &moderator, const QString &postId,
                                      const QString &reason);
    CommunityResult<QJsonObject> unhide(const Viewer &moderator, const QString &postId,
                                        const QString &reason);
    CommunityResult<QJsonObject> deletePost(const Viewer &moderator, const QString &postId,
                                            const QString &reason);
    CommunityResult<QJsonObject> suspend(const Viewer &moderator, const QString &userId,
                                         qint64 until, const QString &reason);
    CommunityResult<QJsonObject> unsuspend(const Viewer &moderator, const QString &userId,
                                           const QString &reason);
    //! Oldest first; the cursor is the last seq of the page.
    QJsonObject log(qint64 afterSeq, int limit) const;
    //! Recomputes the whole chain: `{ok, checked, broken_seq, problem}`.
    QJsonObject verifyLog() const;

private:
    std::optional<CommunityError> record(const Viewer &moderator, const QString &action,
                                         const QString &targetType, const QString &targetId,
                                         const QString &reason);
    void resolveReportsOf(const Viewer &moderator, const QString &postId,
                          const QString &resolution);
    void publishResolved(const QString &reportId);

    FeedStore &m_feed;
    ModerationStore &m_store;
    UserStore &m_users;
    StreamHub &m_hub;
};

} // namespace nest::server
