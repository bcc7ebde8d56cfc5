#include "feedstore.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
// Columns of fromPostQuery(); the viewer's like is bound as the first parameter.
constexpr auto kPostSelect =
    "SELECT p.id, p.author_id, u.username, u.display_name, p.text, p.created_at, p.like_count,"
    " p.comment_count, p.hidden, p.hidden_reason,"
    " EXISTS(SELECT 1 FROM feed_likes l WHERE l.post_id = p.id AND l.user_id = ?), p.seq"
    " FROM feed_posts p JOIN users u ON u.id = p.author_id WHERE p.deleted_at IS NULL";

PostRecord fromPostQuery(const QSqlQuery &q)
{
    PostRecord p;
    p.id = q.value(0).toString();
    p.author = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
    p.text = q.value(4).toString();
    p.createdAt = q.value(5).toLongLong();
    p.likeCount = q.value(6).toLongLong();
    p.commentCount = q.value(7).toLongLong();
    p.hidden = q.value(8).toBool();
    p.hiddenReason = q.value(9).toString();
    p.likedByMe = q.value(10).toBool();
    p.seq = q.value(11).toLongLong();
    return p;
}

bool execOrLog(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << what << "failed:" << q.lastError().text();
    return false;
}
} // namespace

bool FeedStore::migrate(QString *error)
{
    return m_db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS feed_posts ("
                                     " id TEXT PRIMARY KEY,"
                                     " seq INTEGER NOT NULL UNIQUE,"
                                     " author_id TEXT NOT NULL,"
                                     " text TEXT NOT NULL,"
                                     " created_at INTEGER NOT NULL,"
                                     " like_count INTEGER NOT NULL DEFAULT 0,"
                                     " comment_count INTEGER NOT NULL DEFAULT 0,"
                                     " hidden INTEGER NOT NULL DEFAULT 0,"
                                     " hidden_reason TEXT NOT NULL DEFAULT '',"
                                     " deleted_at INTEGER)"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS feed_posts_order"
                                     " ON feed_posts (created_at DESC, seq DESC)"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS feed_posts_author"
                                     " ON feed_posts (author_id, created_at DESC, seq DESC)"),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS feed_comments ("
                                     " id TEXT PRIMARY KEY,"
                                     " seq INTEGER NOT NULL UNIQUE,"
                                     " post_id TEXT NOT NULL,"
                                     " author_id TEXT NOT NULL,"
                                     " text TEXT NOT NULL,"
                                     " created_at INTEGER NOT NULL)"),
                      QStringLiteral("CREATE INDEX IF NOT EXISTS feed_comments_order"
                                     " ON feed_comments (post_id, created_at, seq)"),
                      QStringLiteral("CREATE TABLE IF NOT EXISTS feed_likes ("
                                     " post_id TEXT NOT NULL,"
                                     " user_id TEXT NOT NULL,"
                                     " created_at INTEGER NOT NULL,"
                                     " PRIMARY KEY (post_id, user_id))")},
                     error);
}

bool FeedStore::insertPost(const QString &id, const QString &authorId, const QString &text,
                           qint64 createdAt)
{
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("INSERT INTO feed_posts (id, seq, author_id, text, created_at)"
                       " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feed_posts), ?, ?, ?)"));
    q.addBindValue(id);
    q.addBindValue(authorId);
    q.addBindValue(text);
    q.addBindValue(createdAt);
    return execOrLog(q, "insert post");
}

std::optional<PostRecord> FeedStore::post(const QString &id, const QString &viewerId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QString(QLatin1StringView(kPostSelect)) + u" AND p.id = ?");
    q.addBindValue(viewerId);
    q.addBindValue(id);
    if (!execOrLog(q, "read post") || !q.next())
        return std::nullopt;
    return fromPostQuery(q);
}

Page<PostRecord> FeedStore::posts(const Viewer &viewer, const QString &authorId,
                                  const PageRequest &page) const
{
    QString sql(QLatin1StringView{kPostSelect});
    if (!viewer.moderator)
        sql += u" AND (p.hidden = 0 OR p.author_id = ?)";
    if (!authorId.isEmpty())
        sql += u" AND p.author_id = ?";
    // Keyset paging: posts that arrive meanwhile sort before the cursor, never into a later page.
    if (page.after)
        sql += u" AND (p.created_at < ? OR (p.created_at = ? AND p.seq < ?))";
    // seq breaks ties in insertion order: two posts of one millisecond still list newest first.
    sql += u" ORDER BY p.created_at DESC, p.seq DESC LIMIT ?";
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(viewer.userId);
    if (!viewer.moderator)
        q.addBindValue(viewer.userId);
    if (!authorId.isEmpty())
        q.addBindValue(authorId);
    if (page.after) {
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->seq);
    }
    q.addBindValue(page.limit + 1);
    Page<PostRecord> out;
    if (!execOrLog(q, "list posts"))
        return out;
    while (q.next())
        out.items.push_back(fromPostQuery(q));
    if (qsizetype(out.items.size()) > page.limit) {
        out.items.pop_back();
        out.next = PageKey{out.items.back().createdAt, out.items.back().seq, QString()};
    }
    return out;
}

qint64 FeedStore::visiblePostCount(const QString &authorId, const Viewer &viewer) const
{
    QSqlQuery q(m_db.db());
    const bool all = viewer.moderator || viewer.userId == authorId;
    q.prepare(all ? QStringLiteral("SELECT COUNT(*) FROM feed_posts WHERE author_id = ?"
                                   " AND deleted_at IS NULL")
                  : QStringLiteral("SELECT COUNT(*) FROM feed_posts WHERE author_id = ?"
                                   " AND deleted_at IS NULL AND hidden = 0"));
    q.addBindValue(authorId);
    return execOrLog(q, "count posts") && q.next() ? q.value(0).toLongLong() : 0;
}

bool FeedStore::insertComment(const CommentRecord &comment)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO feed_comments (id, seq, post_id, author_id, text, created_at)"
        " VALUES (?, (SELECT COALESCE(MAX(seq), 0) + 1 FROM feed_comments), ?, ?, ?, ?)"));
    q.addBindValue(comment.id);
    q.addBindValue(comment.postId);
    q.addBindValue(comment.author.id);
    q.addBindValue(comment.text);
    q.addBindValue(comment.createdAt);
    if (!execOrLog(q, "insert comment"))
        return false;
    QSqlQuery count(db);
    count.prepare(
        QStringLiteral("UPDATE feed_posts SET comment_count = comment_count + 1 WHERE id = ?"));
    count.addBindValue(comment.postId);
    return execOrLog(count, "count comment") && tx.commit();
}

Page<CommentRecord> FeedStore::comments(const QString &postId, const PageRequest &page) const
{
    QString sql = QStringLiteral(
        "SELECT c.id, c.author_id, u.username, u.display_name, c.text, c.created_at, c.seq"
        " FROM feed_comments c JOIN users u ON u.id = c.author_id WHERE c.post_id = ?");
    if (page.after)
        sql += u" AND (c.created_at > ? OR (c.created_at = ? AND c.seq > ?))";
    sql += u" ORDER BY c.created_at, c.seq LIMIT ?";
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(postId);
    if (page.after) {
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->createdAt);
        q.addBindValue(page.after->seq);
    }
    q.addBindValue(page.limit + 1);
    Page<CommentRecord> out;
    if (!execOrLog(q, "list comments"))
        return out;
    while (q.next()) {
        CommentRecord c;
        c.id = q.value(0).toString();
        c.postId = postId;
        c.author = {q.value(1).toString(), q.value(2).toString(), q.value(3).toString()};
        c.text = q.value(4).toString();
        c.createdAt = q.value(5).toLongLong();
        c.seq = q.value(6).toLongLong();
        out.items.push_back(std::move(c));
    }
    if (qsizetype(out.items.size()) > page.limit) {
        out.items.pop_back();
        out.next = PageKey{out.items.back().createdAt, out.items.back().seq, QString()};
    }
    return out;
}

FeedStore::LikeChange FeedStore::setLiked(const QString &postId, const QString &userId, bool liked,
                                          qint64 now)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery q(db);
    if (liked) {
        q.prepare(QStringLiteral(
            "INSERT OR IGNORE INTO feed_likes (post_id, user_id, created_at) VALUES (?, ?, ?)"));
        q.addBindValue(postId);
        q.addBindValue(userId);
        q.addBindValue(now);
    } else {
        q.prepare(QStringLiteral("DELETE FROM feed_likes WHERE post_id = ? AND user_id = ?"));
        q.addBindValue(postId);
        q.addBindValue(userId);
    }
    if (!execOrLog(q, "set like"))
        return LikeChange::Failed;
    if (q.numRowsAffected() == 0)
        return LikeChange::Unchanged; // idempotent: liking twice is one like
    QSqlQuery count(db);
    count.prepare(
        liked ? QStringLiteral("UPDATE feed_posts SET like_count = like_count + 1 WHERE id = ?")
              : QStringLiteral("UPDATE feed_posts SET like_count = like_count - 1 WHERE id = ?"));
    count.addBindValue(postId);
    if (!execOrLog(count, "count like") || !tx.commit())
        return LikeChange::Failed;
    return LikeChange::Changed;
}

bool FeedStore::setHidden(const QString &postId, bool hidden, const QString &reason)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE feed_posts SET hidden = ?, hidden_reason = COALESCE(?, '') WHERE id = ?"
        " AND deleted_at IS NULL"));
    q.addBindValue(hidden ? 1 : 0);
    q.addBindValue(hidden ? reason : QString());
    q.addBindValue(postId);
    return execOrLog(q, "hide post") && q.numRowsAffected() == 1;
}

bool FeedStore::markDeleted(const QString &postId, qint64 now)
{
    // Kept as a tombstone: the moderation log and reports still name the post.
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("UPDATE feed_posts SET deleted_at = ? WHERE id = ? AND deleted_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(postId);
    return execOrLog(q, "delete post") && q.numRowsAffected() == 1;
}

} // namespace nest::server
