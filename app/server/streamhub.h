#pragma once

#include "principal.h"
#include "streamoptions.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSet>
#include <QStringView>

#include <functional>
#include <optional>

class QWebSocket;
class QWebSocketServer;

namespace nest::server {

class EventLog;
class StreamSession;
struct StoredEvent;

//! The live stream (`/api/v1/stream`): accepts WebSocket sessions, publishes events through the
//! replay log and fans each serialized event out to the sessions subscribed to its topic.
class StreamHub : public QObject {
    Q_OBJECT
public:
    struct Hooks {
        //! Verifies an access token; nullopt when invalid or expired.
        std::function<std::optional<Principal>(QStringView accessToken)> authenticate;
        //! The `user` object of the `ready` message.
        std::function<QJsonObject(const QString &userId)> userJson;
    };

    //! Offered by clients that want the same JSON bytes in binary frames.
    static constexpr QLatin1StringView kBinarySubprotocol{"nest.v1.binary"};

    StreamHub(EventLog &log, Hooks hooks, StreamOptions options, QObject *parent = nullptr);
    ~StreamHub() override;

    //! Not listening by itself: the HTTP layer hands upgrades over with handleConnection()
    //! (tests may call listen() on it directly).
    QWebSocketServer *webSocketServer() const { return m_server; }
    //! Takes over a socket upgraded elsewhere (e.g. by QHttpServer); the hub becomes its owner.
    void acceptSocket(QWebSocket *socket);

    //! Appends to the log (ts = now) and delivers to subscribers; returns the seq, or 0 for a
    //! topic the contract does not know (nothing is published then).
    qint64 publish(const QString &topic, const QJsonObject &data);
    //! Closes (4001) every session authenticated by a token of that login.
    void revokeFamily(const QString &familyId);

    //! Open stream connections, authenticated or not yet.
    int connectionCount() const { return int(m_sessions.size()); }
    quint64 eventsPublished() const { return m_eventsPublished; }
    //! Events never delivered: queued for a session that was cut off or closed.
    quint64 eventsDropped() const { return m_eventsDropped; }

Q_SIGNALS:
    void connectionCountChanged(int count);

private:
    friend class StreamSession;

    void acceptPending();
    // Called by sessions.
    void subscribe(StreamSession *session, const QString &topic);
    void unsubscribe(StreamSession *session, const QString &topic);
    void sessionClosing(StreamSession *session);
    void countDropped(qsizetype events) { m_eventsDropped += quint64(events); }

    EventLog &m_log;
    Hooks m_hooks;
    StreamOptions m_options;
    QWebSocketServer *m_server = nullptr;
    QSet<StreamSession *> m_sessions;
    QHash<QString, QSet<StreamSession *>> m_subscribers;
    quint64 m_eventsPublished = 0;
    quint64 m_eventsDropped = 0;
};

} // namespace nest::server
