#pragma once

#include "httpconnection.h"

#include <QHostAddress>
#include <QObject>
#include <QSslConfiguration>
#include <QTcpServer>

#include <memory>

namespace nest::http {

//! Accepts TCP (or TLS) connections and serves HTTP/1.1 requests through one handler.
class HttpServer final : public QObject {
    Q_OBJECT
public:
    explicit HttpServer(QObject *parent = nullptr);
    ~HttpServer() override;

    void setLimits(const HttpLimits &limits) { m_limits = limits; }
    const HttpLimits &limits() const { return m_limits; }
    void setMaxConnections(int n) { m_maxConnections = n; }
    void setHandler(RequestHandler handler) { m_handler = std::move(handler); }
    void setErrorObserver(ErrorObserver observer) { m_onError = std::move(observer); }
    //! WebSocket upgrade requests for `path` are handed to `handler` with the request unread.
    void addUpgradeHandler(const QString &path, UpgradeHandler handler);

    //! Serves HTTPS (and WSS on the upgrade paths) with `config`'s certificate and key from
    //! the next listen() on. A handshake not done within the request timeout is dropped.
    void setTlsConfiguration(const QSslConfiguration &config);
    bool isTls() const { return m_tls; }

    //! Port 0 picks a free port; see serverPort().
    bool listen(const QHostAddress &address, quint16 port);
    void close();
    quint16 serverPort() const { return m_server->serverPort(); }
    QHostAddress serverAddress() const { return m_server->serverAddress(); }
    QString errorString() const { return m_server->errorString(); }
    int connectionCount() const { return m_connections; }

private:
    void onNewConnection();
    void adopt(std::unique_ptr<QTcpServer> server);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    HttpLimits m_limits;
    RequestHandler m_handler;
    QHash<QString, UpgradeHandler> m_upgrades;
    ErrorObserver m_onError;
    int m_connections = 0;
    int m_maxConnections = 2048;
};

} // namespace nest::http
