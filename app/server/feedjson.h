#pragma once

#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonObject>
#include <QString>

#include <optional>
#include <variant>

namespace nest::server {

namespace feedlimits {
inline constexpr qsizetype kMaxTextChars = 2000; //!< posts and comments
inline constexpr qsizetype kMaxReasonChars = 500;
inline constexpr int kDefaultLimit = 50;
inline constexpr int kMaxLimit = 200;
} // namespace feedlimits

//! A refused community call: the HTTP status, code and message of its error body.
struct CommunityError {
    int status = 400;
    QString code;
    QString message;
    http::HttpResponse response() const { return http::HttpResponse::error(status, code, message); }
};
template<typename T> using CommunityResult = std::variant<T, CommunityError>;

//! Who reads: hidden posts show to moderators and to their author only.
struct Viewer {
    QString userId;
    bool moderator = false;
};

struct AuthorRef {
    QString id;
    QString username;
    QString displayName;
    QJsonObject toJson() const;
};

struct PostRecord {
    QString id;
    AuthorRef author;
    QString text;
    qint64 createdAt = 0;
    qint64 likeCount = 0;
    qint64 commentCount = 0;
    bool likedByMe = false;
    bool hidden = false;
    QString hiddenReason; //!< shown to moderators only
    qint64 seq = 0;       //!< insertion order (internal: breaks created_at ties in paging)
    //! The contract's post; `hidden_reason` is added for moderators.
    QJsonObject toJson(bool forModerator) const;
};

struct CommentRecord {
    QString id;
    QString postId;
    AuthorRef author;
    QString text;
    qint64 createdAt = 0;
    qint64 seq = 0; //!< insertion order (internal)
    QJsonObject toJson() const;
};

//! The position after the last item of a page, in the list's (created_at, seq) order; reports
//! use (created_at, id) and leave seq 0.
struct PageKey {
    qint64 createdAt = 0;
    qint64 seq = 0;
    QString id;
};

template<typename T> struct Page {
    std::vector<T> items;
    std::optional<PageKey> next; //!< nullopt: this was the last page
};

//! `?limit=&cursor=` of a list call.
struct PageRequest {
    int limit = feedlimits::kDefaultLimit;
    std::optional<PageKey> after;
};

//! Opaque cursors: base64url of "created_at:seq:id".
QString encodePageCursor(const PageKey &key);
std::optional<PageKey> decodePageCursor(const QString &cursor);
//! Reads `limit` and `cursor`; a CommunityError (400) when either is malformed.
CommunityResult<PageRequest> parsePageRequest(const http::HttpRequest &request);
//! `{"items":[...],"next_cursor":C|null}`.
QJsonObject pageJson(const QJsonArray &items, const std::optional<PageKey> &next);

//! Checks user text (posts, comments): 1 to 2,000 characters (code points), kept verbatim.
std::optional<CommunityError> checkText(const QString &text, qsizetype maxChars);

} // namespace nest::server
