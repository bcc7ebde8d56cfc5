#include "streamprotocol.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace nest::server {
namespace {
constexpr qsizetype kMaxTopics = 64;

ClientMessageError error(const char *reason)
{
    return {QString::fromLatin1(reason)};
}

bool readTopics(const QJsonObject &message, QStringList *out)
{
    const QJsonValue value = message.value(u"topics");
    if (!value.isArray() || value.toArray().size() > kMaxTopics)
        return false;
    for (const QJsonValue item : value.toArray()) {
        if (!item.isString())
            return false;
        out->append(item.toString());
    }
    return true;
}
} // namespace

std::variant<ClientMessage, ClientMessageError> decodeClientMessage(QByteArrayView utf8)
{
    if (!utf8.isValidUtf8())
        return error("message is not valid UTF-8");
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(utf8.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        return error("expected a JSON object");
    const QJsonObject message = doc.object();
    const QJsonValue type = message.value(u"type");
    if (!type.isString())
        return error("expected a string \"type\"");

    ClientMessage out;
    const QString kind = type.toString();
    if (kind == u"auth") {
        const QJsonValue token = message.value(u"token");
        if (!token.isString() || token.toString().isEmpty())
            return error("auth needs a string token");
        out.type = ClientMessage::Type::Auth;
        out.token = token.toString();
        return out;
    }
    if (kind == u"subscribe" || kind == u"unsubscribe") {
        out.type = kind == u"subscribe" ? ClientMessage::Type::Subscribe
                                        : ClientMessage::Type::Unsubscribe;
        if (!readTopics(message, &out.topics))
            return error("topics must be an array of at most 64 strings");
        const QJsonValue since = message.value(u"since");
        if (out.type == ClientMessage::Type::Subscribe && !since.isUndefined() && !since.isNull()) {
            const double d = since.toDouble(-1);
            constexpr double maxExact = 9007199254740991.0;
            if (!since.isDouble() || d < 0 || d > maxExact || std::floor(d) != d)
                return error("since must be a non-negative integer");
            out.since = qint64(d);
        }
        return out;
    }
    return {ClientMessageError{QStringLiteral("unknown message type: ") + kind.left(64)}};
}

} // namespace nest::server
