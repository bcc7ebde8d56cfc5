#pragma once

#include <QJsonObject>
#include <QList>
#include <QMetaType>
#include <QString>

#include <optional>

namespace nest::community {

//! A post's or comment's author as the feed names them.
struct Author {
    QString id;
    QString username;
    QString displayName;
};

//! A post of the feed (api-contract.md "Objects"). `text` is plain text, shown verbatim.
struct Post {
    QString id;
    Author author;
    QString text;
    qint64 createdAt = 0;
    qint64 likeCount = 0;
    qint64 commentCount = 0;
    bool likedByMe = false;
    bool hidden = false;
    QString hiddenReason; //!< moderators only
};

struct Comment {
    QString id;
    QString postId;
    Author author;
    QString text;
    qint64 createdAt = 0;
};

//! A public profile; `suspendedUntil` 0 when not suspended.
struct Profile {
    QString id;
    QString username;
    QString displayName;
    QString bio;
    qint64 createdAt = 0;
    qint64 postCount = 0;
    qint64 suspendedUntil = 0;
    QString suspensionReason; //!< moderators only
};

struct Report {
    QString id;
    QString postId;
    QString reporterId;
    QString reason;
    QString status; //!< "open" or "resolved"
    qint64 createdAt = 0;
    qint64 reportCount = 1; //!< open reports on the same post
    qint64 resolvedAt = 0;
    QString resolution;
    std::optional<Post> post; //!< nullopt once deleted
};

//! One moderation log entry; `json` is the entry as received, which the chain hashes.
struct LogEntry {
    qint64 seq = 0;
    qint64 ts = 0;
    QString moderatorId;
    QString action;
    QString targetType;
    QString targetId;
    QString reason;
    QString prevHash;
    QString hash;
    QJsonObject json;
};

template<typename T> struct Page {
    QList<T> items;
    QString nextCursor; //!< empty: no more
};

} // namespace nest::community

Q_DECLARE_METATYPE(nest::community::Post)
