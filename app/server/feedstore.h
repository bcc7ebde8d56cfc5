#pragma once

#include "feedjson.h"

#include <vector>

namespace nest::server {

class Database;

//! Posts, comments and likes: the `feed_*` tables. Like and comment counts are kept on the post
//! row, updated in the same transaction as the like or comment, so a page is one query.
class FeedStore {
public:
    explicit FeedStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    bool insertPost(const QString &id, const QString &authorId, const QString &text,
                    qint64 createdAt);
    //! A post that is not deleted, whatever its visibility (the caller applies it).
    std::optional<PostRecord> post(const QString &id, const QString &viewerId) const;
    //! Newest first by (created_at, id); hidden posts only for moderators and their author.
    Page<PostRecord> posts(const Viewer &viewer, const QString &authorId,
                           const PageRequest &page) const;
    qint64 visiblePostCount(const QString &authorId, const Viewer &viewer) const;

    bool insertComment(const CommentRecord &comment);
    //! Oldest first by (created_at, id).
    Page<CommentRecord> comments(const QString &postId, const PageRequest &page) const;

    enum class LikeChange { Changed, Unchanged, Failed };
    LikeChange setLiked(const QString &postId, const QString &userId, bool liked, qint64 now);

    bool setHidden(const QString &postId, bool hidden, const QString &reason);
    bool markDeleted(const QString &postId, qint64 now);

private:
    Database &m_db;
};

} // namespace nest::server
