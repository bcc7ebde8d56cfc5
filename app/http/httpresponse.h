#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>

namespace nest::http {

//! An HTTP response to be serialized by the connection.
struct HttpResponse {
    int status = 200;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    HttpResponse &withHeader(QByteArray name, QByteArray value)
    {
        headers.append({std::move(name), std::move(value)});
        return *this;
    }
    QByteArray header(QByteArrayView name) const;

    static HttpResponse json(int status, const QJsonObject &body);
    static HttpResponse json(int status, const QJsonArray &body);
    static HttpResponse noContent() { return HttpResponse{204, {}, {}}; }
    static HttpResponse text(int status, QByteArray body, QByteArray contentType);
    //! The contract's error body: {"error":{"code":C,"message":M}}.
    static HttpResponse error(int status, const QString &code, const QString &message);
};

QByteArray reasonPhrase(int status);
//! The full wire form: status line, headers (with Content-Length), blank line, body.
QByteArray serialize(const HttpResponse &response, bool keepAlive);

} // namespace nest::http
