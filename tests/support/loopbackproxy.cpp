#include "loopbackproxy.h"

#include <QHostAddress>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <memory>
#include <utility>

namespace nest::test {

LoopbackProxy::LoopbackProxy(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackProxy::onNewConnection);
}

bool LoopbackProxy::start(quint16 targetPort)
{
    m_targetPort = targetPort;
    return m_server.listen(QHostAddress::LocalHost, 0);
}

int LoopbackProxy::requestsSeen(const QByteArray &marker) const
{
    return int(m_seen.count(marker));
}

void LoopbackProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *upstream = new QTcpSocket(client);
        relay(client, upstream);
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

void LoopbackProxy::relay(QTcpSocket *client, QTcpSocket *upstream)
{
    // Per connection: bytes from the client waiting for the upstream connection, and whether
    // the answer now on its way is the one to drop.
    struct Link {
        QByteArray early;
        QByteArray request; //!< client bytes since the last answer began
        bool dropNext = false;
        bool dropped = false; //!< the rest of that answer goes nowhere
    };
    auto link = std::make_shared<Link>();
    QPointer<QTcpSocket> up(upstream);
    connect(client, &QTcpSocket::readyRead, this, [this, client, up, link] {
        const QByteArray bytes = client->readAll();
        m_seen += bytes.left(512) + '\n';
        link->request += bytes; // the marker may straddle two reads
        if (!m_dropMarker.isEmpty() && link->request.contains(m_dropMarker))
            link->dropNext = true;
        if (up && up->state() == QAbstractSocket::ConnectedState)
            up->write(bytes);
        else
            link->early += bytes;
    });
    connect(upstream, &QTcpSocket::connected, this, [up, link] {
        if (!link->early.isEmpty())
            up->write(std::exchange(link->early, {}));
    });
    QPointer<QTcpSocket> down(client);
    connect(upstream, &QTcpSocket::readyRead, this, [this, down, up, link] {
        const QByteArray bytes = up->readAll();
        if (!down || link->dropped)
            return;            // the answer that was dropped, still arriving
        link->request.clear(); // the answer has begun: the next bytes are a new request
        if (!link->dropNext) {
            down->write(bytes);
            return;
        }
        // The server has acted and is answering: the client never hears it. The upstream
        // side stays open a moment so the server finishes sending as usual.
        link->dropNext = false;
        link->dropped = true;
        ++m_dropped;
        up->setParent(this); // outlives the client connection, not the proxy
        down->abort();
        down->deleteLater();
        QTimer::singleShot(1000, up, [up] {
            up->abort();
            up->deleteLater();
        });
        Q_EMIT responseDropped();
    });
    connect(upstream, &QTcpSocket::errorOccurred, client, [client] {
        client->disconnectFromHost(); // the target is down or went away
    });
    connect(upstream, &QTcpSocket::disconnected, client,
            [client] { client->disconnectFromHost(); });
    connect(client, &QTcpSocket::disconnected, client, [client, up] {
        if (up && up->parent() == client)
            up->disconnectFromHost();
        client->deleteLater();
    });
}

} // namespace nest::test
