#pragma once

#include "nestserver.h"

#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace nest::test {

//! A response as a test sees it.
struct Reply {
    int status = 0;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;
    QJsonObject json() const;
    QByteArray header(QByteArrayView name) const;
    QString errorCode() const;
};

//! A real NestServer on 127.0.0.1 with a private data dir, restartable on the same dir.
class TestServer {
public:
    explicit TestServer(server::ServerConfig config = {});
    ~TestServer();

    bool start();
    void stop();
    bool restart();
    server::NestServer &server() { return *m_server; }
    QString dataDir() const { return m_dir.path(); }
    QUrl url(const QString &path) const;
    quint16 port() const { return m_port; }

    //! Blocking request with a 10 s bound; `body` is sent as JSON when not null.
    Reply call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
               const QString &token = {}, const QList<QNetworkReply::RawHeaderPair> &headers = {});
    Reply callRaw(const QByteArray &method, const QString &path, const QByteArray &body,
                  const QString &token = {},
                  const QList<QNetworkReply::RawHeaderPair> &headers = {});

    //! Registers and logs in; returns the login response JSON.
    QJsonObject signUp(const QString &username,
                       const QString &password = QStringLiteral("correct horse"));

private:
    server::ServerConfig m_config;
    QTemporaryDir m_dir;
    quint16 m_port = 0;
    std::unique_ptr<server::NestServer> m_server;
    QNetworkAccessManager m_nam;
};

} // namespace nest::test
