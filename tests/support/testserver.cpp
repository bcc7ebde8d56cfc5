#include "testserver.h"

#include <QJsonDocument>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

namespace nest::test {

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Reply::header(QByteArrayView name) const
{
    for (const auto &[n, v] : headers) {
        if (n.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    }
    return {};
}

QString Reply::errorCode() const
{
    return json().value(u"error").toObject().value(u"code").toString();
}

TestServer::TestServer(server::ServerConfig config)
    : m_config(std::move(config))
{
    m_config.address = QHostAddress::LocalHost;
    m_config.dataDir = m_dir.path();
}

TestServer::~TestServer()
{
    stop();
}

bool TestServer::start()
{
    // Reuse the port across restarts so that clients reconnect to the same address.
    m_config.port = m_port;
    m_server = std::make_unique<server::NestServer>(m_config);
    QString error;
    if (!m_server->start(&error)) {
        qWarning() << "server failed to start:" << error;
        return false;
    }
    m_port = m_server->port();
    return true;
}

void TestServer::stop()
{
    m_server.reset();
}

bool TestServer::restart()
{
    stop();
    return start();
}

QUrl TestServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_port).arg(path));
}

Reply TestServer::callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                          const QString &token, const QList<QNetworkReply::RawHeaderPair> &headers)
{
    QNetworkRequest request(url(path));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    request.setTransferTimeout(10'000);
    QNetworkReply *reply = m_nam.sendCustomRequest(request, method, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10'000);
    Reply out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.headers = reply->rawHeaderPairs();
    reply->deleteLater();
    return out;
}

Reply TestServer::call(const QByteArray &method, const QString &path, const QJsonObject &body,
                       const QString &token, const QList<QNetworkReply::RawHeaderPair> &headers)
{
    const QByteArray payload = body.isEmpty() && (method == "GET" || method == "DELETE")
                                   ? QByteArray()
                                   : QJsonDocument(body).toJson(QJsonDocument::Compact);
    return callRaw(method, path, payload, token, headers);
}

QJsonObject TestServer::signUp(const QString &username, const QString &password)
{
    const Reply reg =
        call("POST", QStringLiteral("/api/v1/auth/register"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (reg.status != 201)
        qWarning() << "register failed" << reg.status << reg.body;
    const Reply login =
        call("POST", QStringLiteral("/api/v1/auth/login"),
             {{QStringLiteral("username"), username}, {QStringLiteral("password"), password}});
    if (login.status != 200)
        qWarning() << "login failed" << login.status << login.body;
    return login.json();
}

} // namespace nest::test
