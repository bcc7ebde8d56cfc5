#include "httpserver.h"

#include "httplogging.h"

#include <QTcpSocket>

namespace nest::http {

HttpServer::HttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_tcp, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer() = default;

void HttpServer::addUpgradeHandler(const QString &path, UpgradeHandler handler)
{
    m_upgrades.insert(path, std::move(handler));
}

bool HttpServer::listen(const QHostAddress &address, quint16 port)
{
    return m_tcp.listen(address, port);
}

void HttpServer::close()
{
    m_tcp.close();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket *socket = m_tcp.nextPendingConnection()) {
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
