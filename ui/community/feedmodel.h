#pragma once

#include "communitydata.h"

#include <QAbstractListModel>
#include <QHash>

namespace nest::ui {

//! The feed's posts, newest first, as the Community view and a profile list them.
//!
//! Rows are found by id in O(1) without renumbering on a prepend: each post keeps a serial that
//! only changes when a post is removed, and row = serial - the first row's serial.
class FeedModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        IdRole = Qt::UserRole,
        AuthorIdRole,
        AuthorNameRole, //!< display name, or the username when there is none
        AuthorUsernameRole,
        TextRole,
        CreatedAtRole, //!< ms since the epoch
        LikeCountRole,
        LikedByMeRole,
        CommentCountRole,
        HiddenRole,
    };

    explicit FeedModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    //! Replaces everything (a first page or a reload).
    void setPosts(const QList<community::Post> &posts);
    //! An older page at the bottom; posts already listed are skipped.
    void appendPosts(const QList<community::Post> &posts);
    //! Newer posts on top (`posts` newest first); posts already listed are skipped.
    void prependPosts(const QList<community::Post> &posts);
    //! Replaces a listed post in place; false when it is not listed.
    bool updatePost(const community::Post &post);
    bool setLike(const QString &id, bool likedByMe, qint64 likeCount);
    bool setLikeCount(const QString &id, qint64 likeCount);
    bool setCommentCount(const QString &id, qint64 commentCount);
    bool setHidden(const QString &id, bool hidden);
    bool removePost(const QString &id);

    int rowOf(const QString &id) const;
    const community::Post *post(const QString &id) const;
    const community::Post &postAt(int row) const { return m_posts.at(row); }

private:
    void reindex();
    //! Makes the post share its author's strings with the other posts of that author.
    void intern(community::Post &post);
    void changed(int row, const QList<int> &roles);

    QList<community::Post> m_posts;
    QHash<QString, qint64> m_serials;
    qint64 m_firstSerial = 0;
    QHash<QString, community::Author> m_authors; //!< one copy of each author's strings
};

} // namespace nest::ui
