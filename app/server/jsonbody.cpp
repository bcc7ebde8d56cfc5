#include "jsonbody.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cmath>

namespace nest::server {

std::optional<QJsonObject> parseJsonObject(const http::HttpRequest &request,
                                           const http::HttpResponder &responder)
{
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(request.body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        responder.send(http::HttpResponse::error(400, QStringLiteral("malformed_json"),
                                                 QStringLiteral("request body is not valid JSON: ")
                                                     + parseError.errorString()));
        return std::nullopt;
    }
    if (!doc.isObject()) {
        responder.send(
            http::HttpResponse::error(400, QStringLiteral("malformed_json"),
                                      QStringLiteral("request body must be a JSON object")));
        return std::nullopt;
    }
    return doc.object();
}

void JsonReader::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

QString JsonReader::requiredString(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' is required and must be a string").arg(key));
        return {};
    }
    return v.toString();
}

std::optional<QString> JsonReader::optionalString(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isString()) {
        fail(QStringLiteral("field '%1' must be a string").arg(key));
        return std::nullopt;
    }
    return v.toString();
}

std::optional<qint64> JsonReader::optionalInteger(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    constexpr double maxExact = 9007199254740991.0; // 2^53 - 1: beyond it doubles lose integers
    const double d = v.toDouble();
    if (!v.isDouble() || std::floor(d) != d || std::fabs(d) > maxExact) {
        fail(QStringLiteral("field '%1' must be an integer").arg(key));
        return std::nullopt;
    }
    return static_cast<qint64>(d);
}

qint64 JsonReader::requiredInteger(QLatin1StringView key)
{
    if (!m_object.contains(key)) {
        fail(QStringLiteral("field '%1' is required").arg(key));
        return 0;
    }
    return optionalInteger(key).value_or(0);
}

QStringList JsonReader::requiredStringList(QLatin1StringView key)
{
    const QJsonValue v = m_object.value(key);
    QStringList out;
    if (!v.isArray()) {
        fail(QStringLiteral("field '%1' is required and must be an array of strings").arg(key));
        return out;
    }
    for (const QJsonValue item : v.toArray()) {
        if (!item.isString()) {
            fail(QStringLiteral("field '%1' must be an array of strings").arg(key));
            return {};
        }
        out << item.toString();
    }
    return out;
}

http::HttpResponse JsonReader::errorResponse() const
{
    return http::HttpResponse::error(400, QStringLiteral("invalid_request"), m_error);
}

} // namespace nest::server
