#include "feedmodel.h"

#include <QSet>

namespace nest::ui {

FeedModel::FeedModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int FeedModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_posts.size());
}

QVariant FeedModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const community::Post &p = m_posts.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TextRole:
        return p.text;
    case Qt::ToolTipRole:
    case AuthorNameRole:
        return p.author.displayName.isEmpty() ? p.author.username : p.author.displayName;
    case IdRole:
        return p.id;
    case AuthorIdRole:
        return p.author.id;
    case AuthorUsernameRole:
        return p.author.username;
    case CreatedAtRole:
        return p.createdAt;
    case LikeCountRole:
        return p.likeCount;
    case LikedByMeRole:
        return p.likedByMe;
    case CommentCountRole:
        return p.commentCount;
    case HiddenRole:
        return p.hidden;
    default:
        return {};
    }
}

QHash<int, QByteArray> FeedModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert({{IdRole, "postId"},
                  {AuthorIdRole, "authorId"},
                  {AuthorNameRole, "authorName"},
                  {AuthorUsernameRole, "authorUsername"},
                  {TextRole, "text"},
                  {CreatedAtRole, "createdAt"},
                  {LikeCountRole, "likeCount"},
                  {LikedByMeRole, "likedByMe"},
                  {CommentCountRole, "commentCount"},
                  {HiddenRole, "hidden"}});
    return names;
}

void FeedModel::reindex()
{
    m_serials.clear();
    m_serials.reserve(m_posts.size());
    m_firstSerial = 0;
    for (qsizetype i = 0; i < m_posts.size(); ++i)
        m_serials.insert(m_posts.at(i).id, i);
}

void FeedModel::intern(community::Post &post)
{
    // A feed is mostly the same few hundred authors: sharing their three strings (implicitly
    // shared QStrings) saves about a fifth of the memory of a post.
    auto it = m_authors.find(post.author.id);
    if (it == m_authors.end())
        m_authors.insert(post.author.id, post.author);
    else if (it->username == post.author.username && it->displayName == post.author.displayName)
        post.author = *it;
    else
        *it = post.author; // renamed: newer posts carry the new name
}

void FeedModel::setPosts(const QList<community::Post> &posts)
{
    beginResetModel();
    m_posts.clear();
    m_authors.clear();
    QSet<QString> seen;
    for (const community::Post &p : posts) {
        if (!seen.contains(p.id)) {
            seen.insert(p.id);
            m_posts.append(p);
            intern(m_posts.last());
        }
    }
    reindex();
    endResetModel();
}

void FeedModel::appendPosts(const QList<community::Post> &posts)
{
    QList<community::Post> fresh;
    QSet<QString> seen;
    for (const community::Post &p : posts) {
        if (!m_serials.contains(p.id) && !seen.contains(p.id)) {
            seen.insert(p.id);
            fresh.append(p);
        }
    }
    if (fresh.isEmpty())
        return;
    const int first = int(m_posts.size());
    beginInsertRows({}, first, first + int(fresh.size()) - 1);
    for (community::Post &p : fresh) {
        intern(p);
        m_serials.insert(p.id, m_firstSerial + m_posts.size());
        m_posts.append(std::move(p));
    }
    endInsertRows();
}

void FeedModel::prependPosts(const QList<community::Post> &posts)
{
    QList<community::Post> fresh;
    fresh.reserve(posts.size());
    QSet<QString> seen;
    for (const community::Post &p : posts) {
        if (!m_serials.contains(p.id) && !seen.contains(p.id)) {
            seen.insert(p.id);
            fresh.append(p);
        }
    }
    if (fresh.isEmpty())
        return;
    const qsizetype n = fresh.size();
    beginInsertRows({}, 0, int(n) - 1);
    // QList keeps free space at its front, so a prepend does not move the existing posts.
    m_posts.insert(0, n, community::Post{});
    for (qsizetype i = 0; i < n; ++i) {
        intern(fresh[i]);
        m_serials.insert(fresh.at(i).id, m_firstSerial - n + i);
        m_posts[i] = std::move(fresh[i]);
    }
    m_firstSerial -= n;
    endInsertRows();
}

int FeedModel::rowOf(const QString &id) const
{
    const auto it = m_serials.constFind(id);
    return it == m_serials.cend() ? -1 : int(*it - m_firstSerial);
}

const community::Post *FeedModel::post(const QString &id) const
{
    const int row = rowOf(id);
    return row < 0 ? nullptr : &m_posts.at(row);
}

void FeedModel::changed(int row, const QList<int> &roles)
{
    const QModelIndex i = index(row);
    Q_EMIT dataChanged(i, i, roles);
}

bool FeedModel::updatePost(const community::Post &post)
{
    const int row = rowOf(post.id);
    if (row < 0)
        return false;
    m_posts[row] = post;
    intern(m_posts[row]);
    changed(row, {});
    return true;
}

bool FeedModel::setLike(const QString &id, bool likedByMe, qint64 likeCount)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_posts[row].likedByMe = likedByMe;
    m_posts[row].likeCount = likeCount;
    changed(row, {LikedByMeRole, LikeCountRole});
    return true;
}

bool FeedModel::setLikeCount(const QString &id, qint64 likeCount)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_posts[row].likeCount = likeCount;
    changed(row, {LikeCountRole});
    return true;
}

bool FeedModel::setCommentCount(const QString &id, qint64 commentCount)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_posts[row].commentCount = commentCount;
    changed(row, {CommentCountRole});
    return true;
}

bool FeedModel::setHidden(const QString &id, bool hidden)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    m_posts[row].hidden = hidden;
    changed(row, {HiddenRole});
    return true;
}

bool FeedModel::removePost(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_posts.removeAt(row);
    reindex(); // rare (a post hidden or deleted): renumbering everything is fine
    endRemoveRows();
    return true;
}

} // namespace nest::ui
