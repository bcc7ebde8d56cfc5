#include "httpresponse.h"

#include <QJsonDocument>

namespace nest::http {

QByteArray HttpResponse::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

HttpResponse HttpResponse::json(int status, const QJsonObject &body)
{
    return HttpResponse{
        status,
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
        QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::json(int status, const QJsonArray &body)
{
    return HttpResponse{
        status,
        {{QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")}},
        QJsonDocument(body).toJson(QJsonDocument::Compact)};
}

HttpResponse HttpResponse::text(int status, QByteArray body, QByteArray contentType)
{
    return HttpResponse{
        status, {{QByteArrayLiteral("Content-Type"), std::move(contentType)}}, std::move(body)};
}

HttpResponse HttpResponse::error(int status, const QString &code, const QString &message)
{
    return json(status, QJsonObject{{QStringLiteral("error"),
                                     QJsonObject{{QStringLiteral("code"), code},
                                                 {QStringLiteral("message"), message}}}});
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 202:
        return "Accepted";
    case 204:
        return "No Content";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 408:
        return "Request Timeout";
    case 409:
        return "Conflict";
    case 411:
        return "Length Required";
    case 413:
        return "Content Too Large";
    case 415:
        return "Unsupported Media Type";
    case 417:
        return "Expectation Failed";
    case 422:
        return "Unprocessable Content";
    case 426:
        return "Upgrade Required";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 503:
        return "Service Unavailable";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

QByteArray serialize(const HttpResponse &response, bool keepAlive)
{
    QByteArray out;
    out.reserve(160 + response.body.size());
    out += "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status)
           + "\r\n";
    for (const auto &[name, value] : response.headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(response.body.size()) + "\r\n";
    out += keepAlive ? QByteArrayView("Connection: keep-alive\r\n")
                     : QByteArrayView("Connection: close\r\n");
    out += "\r\n";
    out += response.body;
    return out;
}

} // namespace nest::http
