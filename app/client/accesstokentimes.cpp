#include "accesstokentimes.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nest::client {

std::optional<AccessTokenTimes> AccessTokenTimes::read(const QString &jwt)
{
    const QList<QByteArray> parts = jwt.toLatin1().split('.');
    if (parts.size() != 3)
        return std::nullopt;
    const auto payload = QByteArray::fromBase64Encoding(
        parts[1], QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals
                      | QByteArray::AbortOnBase64DecodingErrors);
    if (!payload)
        return std::nullopt;
    const QJsonObject claims = QJsonDocument::fromJson(*payload).object();
    const QJsonValue iat = claims.value(u"iat");
    const QJsonValue exp = claims.value(u"exp");
    if (!iat.isDouble() || !exp.isDouble())
        return std::nullopt;
    const AccessTokenTimes times{iat.toInteger(), exp.toInteger()};
    if (times.issuedAt < 0 || times.expiresAt <= times.issuedAt)
        return std::nullopt;
    return times;
}

} // namespace nest::client
