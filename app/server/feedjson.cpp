#include "feedjson.h"

#include <QJsonArray>

namespace nest::server {

QJsonObject AuthorRef::toJson() const
{
    return QJsonObject{{QStringLiteral("id"), id},
                       {QStringLiteral("username"), username},
                       {QStringLiteral("display_name"), displayName}};
}

QJsonObject PostRecord::toJson(bool forModerator) const
{
    QJsonObject json{
        {QStringLiteral("id"), id},
        {QStringLiteral("author"), author.toJson()},
        {QStringLiteral("text"), text},
        {QStringLiteral("created_at"), createdAt},
        {QStringLiteral("like_count"), likeCount},
        {QStringLiteral("liked_by_me"), likedByMe},
        {QStringLiteral("comment_count"), commentCount},
        {QStringLiteral("hidden"), hidden},
    };
    if (forModerator && hidden)
        json.insert(QStringLiteral("hidden_reason"), hiddenReason);
    return json;
}

QJsonObject CommentRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("post_id"), postId},
        {QStringLiteral("author"), author.toJson()},
        {QStringLiteral("text"), text},
        {QStringLiteral("created_at"), createdAt},
    };
}

QString encodePageCursor(const PageKey &key)
{
    const QByteArray raw = QByteArray::number(key.createdAt) + ':' + QByteArray::number(key.seq)
                           + ':' + key.id.toUtf8();
    return QString::fromLatin1(
        raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<PageKey> decodePageCursor(const QString &cursor)
{
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (cursor.isEmpty() || !decoded)
        return std::nullopt;
    const QByteArray &raw = *decoded;
    const qsizetype first = raw.indexOf(':');
    const qsizetype second = first < 0 ? -1 : raw.indexOf(':', first + 1);
    if (first <= 0 || second < 0)
        return std::nullopt;
    bool timeOk = false;
    bool seqOk = false;
    PageKey key;
    key.createdAt = raw.left(first).toLongLong(&timeOk);
    key.seq = raw.mid(first + 1, second - first - 1).toLongLong(&seqOk);
    key.id = QString::fromUtf8(raw.mid(second + 1));
    if (!timeOk || !seqOk)
        return std::nullopt;
    return key;
}

CommunityResult<PageRequest> parsePageRequest(const http::HttpRequest &request)
{
    PageRequest page;
    if (request.query.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > feedlimits::kMaxLimit)
            return CommunityError{400, QStringLiteral("invalid_request"),
                                  QStringLiteral("limit must be an integer from 1 to 200")};
        page.limit = limit;
    }
    if (request.query.hasQueryItem(QStringLiteral("cursor"))) {
        page.after = decodePageCursor(request.queryValue(QStringLiteral("cursor")));
        if (!page.after)
            return CommunityError{400, QStringLiteral("invalid_request"),
                                  QStringLiteral("cursor is not one this server handed out")};
    }
    return page;
}

QJsonObject pageJson(const QJsonArray &items, const std::optional<PageKey> &next)
{
    return QJsonObject{
        {QStringLiteral("items"), items},
        {QStringLiteral("next_cursor"), next ? QJsonValue(encodePageCursor(*next)) : QJsonValue()}};
}

std::optional<CommunityError> checkText(const QString &text, qsizetype maxChars)
{
    const qsizetype chars = text.toUcs4().size();
    if (text.trimmed().isEmpty() || chars > maxChars)
        return CommunityError{
            400, QStringLiteral("invalid_request"),
            QStringLiteral("text must be 1 to %1 characters and not only spaces").arg(maxChars)};
    return std::nullopt;
}

} // namespace nest::server
