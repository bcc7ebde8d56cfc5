#include "streamhub.h"

#include "eventlog.h"
#include "logging.h"
#include "streamsession.h"
#include "topics.h"

#include <QDateTime>
#include <QWebSocket>
#include <QWebSocketServer>

namespace nest::server {

StreamHub::StreamHub(EventLog &log, Hooks hooks, StreamOptions options, QObject *parent)
    : QObject(parent)
    , m_log(log)
    , m_hooks(std::move(hooks))
    , m_options(options)
    , m_server(new QWebSocketServer(QStringLiteral("nest"), QWebSocketServer::NonSecureMode, this))
{
    m_server->setSupportedSubprotocols({kBinarySubprotocol});
    m_server->setHandshakeTimeout(m_options.authTimeoutMs);
    connect(m_server, &QWebSocketServer::newConnection, this, &StreamHub::acceptPending);
}

StreamHub::~StreamHub()
{
    // Sessions call back into the hub while they go; delete them while its members are alive,
    // and do not tell observers about a count that is going away with us.
    blockSignals(true);
    const auto sessions = findChildren<StreamSession *>(Qt::FindDirectChildrenOnly);
    for (StreamSession *session : sessions)
        delete session;
}

void StreamHub::acceptPending()
{
    while (m_server->hasPendingConnections()) {
        QWebSocket *socket = m_server->nextPendingConnection();
        if (!socket)
            break;
        acceptSocket(socket);
    }
}

void StreamHub::acceptSocket(QWebSocket *socket)
{
    auto *session = new StreamSession(socket, *this);
    m_sessions.insert(session);
    Q_EMIT connectionCountChanged(connectionCount());
    session->start(); // may close the session right away (bad Authorization header)
}

qint64 StreamHub::publish(const QString &topic, const QJsonObject &data)
{
    if (!topics::isKnown(topic)) {
        qCWarning(lcStream) << "not publishing on an unknown topic" << topic;
        return 0;
    }
    const StoredEvent &event = m_log.append(topic, data, QDateTime::currentMSecsSinceEpoch());
    ++m_eventsPublished;
    // A copy: a session cut off for being slow leaves the set while we iterate.
    const QSet<StreamSession *> subscribers = m_subscribers.value(topic);
    for (StreamSession *session : subscribers)
        session->enqueue(event);
    return event.seq;
}

void StreamHub::revokeFamily(const QString &familyId)
{
    const QSet<StreamSession *> sessions = m_sessions;
    for (StreamSession *session : sessions) {
        const Principal *principal = session->principal();
        if (principal && principal->familyId == familyId)
            session->closeWith(StreamSession::Unauthorized, QStringLiteral("session revoked"));
    }
}

void StreamHub::subscribe(StreamSession *session, const QString &topic)
{
    m_subscribers[topic].insert(session);
}

void StreamHub::unsubscribe(StreamSession *session, const QString &topic)
{
    const auto it = m_subscribers.find(topic);
    if (it != m_subscribers.end())
        it->remove(session);
}

void StreamHub::sessionClosing(StreamSession *session)
{
    for (auto &subscribers : m_subscribers)
        subscribers.remove(session);
    if (m_sessions.remove(session))
        Q_EMIT connectionCountChanged(connectionCount());
}

} // namespace nest::server
