#pragma once

#include "httpconnection.h"
#include "httprequest.h"
#include "httpresponse.h"

#include <QJsonObject>
#include <QStringList>

#include <optional>

namespace nest::server {

//! Parses a request body as a JSON object; when it is not one, answers the 400 itself.
std::optional<QJsonObject> parseJsonObject(const http::HttpRequest &request,
                                           const http::HttpResponder &responder);

//! Reads typed fields of a request body, remembering the first problem for a 400 answer.
class JsonReader {
public:
    explicit JsonReader(QJsonObject object)
        : m_object(std::move(object))
    {}

    QString requiredString(QLatin1StringView key);
    std::optional<QString> optionalString(QLatin1StringView key);
    qint64 requiredInteger(QLatin1StringView key);
    std::optional<qint64> optionalInteger(QLatin1StringView key);
    QStringList requiredStringList(QLatin1StringView key);

    bool ok() const { return m_error.isEmpty(); }
    //! The first problem found; empty while ok().
    const QString &error() const { return m_error; }
    //! Records a validation failure found by the caller (the first one wins).
    void fail(const QString &message);
    http::HttpResponse errorResponse() const;

private:
    QJsonObject m_object;
    QString m_error;
};

} // namespace nest::server
