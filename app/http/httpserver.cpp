#include "httpserver.h"

#include "httplogging.h"

#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

namespace nest::http {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    adopt(std::make_unique<QTcpServer>());
}

void HttpServer::adopt(std::unique_ptr<QTcpServer> server)
{
    m_server = std::move(server);
    // Emitted once a connection is ready for HTTP: at once for TCP, after the handshake for TLS.
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this,
            &HttpServer::onNewConnection);
}

void HttpServer::setTlsConfiguration(const QSslConfiguration &config)
{
    auto server = std::make_unique<QSslServer>();
    server->setSslConfiguration(config);
    server->setHandshakeTimeout(m_limits.requestTimeoutMs);
    connect(server.get(), &QSslServer::errorOccurred, this,
            [](QSslSocket *socket, QAbstractSocket::SocketError) {
                qCInfo(lcHttp) << "TLS connection from" << socket->peerAddress()
                               << "failed:" << socket->errorString();
            });
    adopt(std::move(server));
    m_tls = true;
}

HttpServer::~HttpServer() = default;

void HttpServer::addUpgradeHandler(const QString &path, UpgradeHandler handler)
{
    m_upgrades.insert(path, std::move(handler));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_server->listen(address, port);
}

void HttpServer::close()
{
    m_server->close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        if (m_connections >= m_maxConnections) {
            qCWarning(lcHttp) << "connection limit reached; refusing" << socket->peerAddress();
            socket->write(serialize(HttpResponse::error(503, QStringLiteral("overloaded"),
                                                        QStringLiteral("too many connections")),
                                    false));
            socket->disconnectFromHost();
            connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            continue;
        }
        // Small answers and stream frames must not wait for Nagle's algorithm to fill a packet.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        ++m_connections;
        auto *connection =
            new HttpConnection(socket, m_limits, m_handler, m_upgrades, m_onError, this);
        connect(connection, &HttpConnection::finished, this, [this, connection] {
            --m_connections;
            connection->deleteLater();
        });
    }
}

} // namespace nest::http
