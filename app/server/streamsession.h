#pragma once

#include "eventlog.h"
#include "principal.h"
#include "streamprotocol.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <optional>

class QJsonObject;
class QWebSocket;

namespace nest::server {

class StreamHub;

//! One stream connection: authentication, subscriptions, replay and flow-controlled delivery.
//! Owned by the StreamHub; it owns its QWebSocket.
class StreamSession : public QObject {
    Q_OBJECT
public:
    //! Application close codes of the contract.
    enum CloseCode { Unauthorized = 4001, TooSlow = 4009 };

    StreamSession(QWebSocket *socket, StreamHub &hub);
    ~StreamSession() override;

    //! The authenticated principal, or nullptr before authentication.
    const Principal *principal() const { return m_principal ? &*m_principal : nullptr; }

    //! Authenticates from the upgrade's Authorization header, or starts waiting for `auth`.
    void start();
    //! Queues a live event of a subscribed topic (the hub calls this on publish).
    void enqueue(const StoredEvent &event);
    //! Sends a close frame, stops delivery and gives the peer a moment before aborting.
    void closeWith(int code, const QString &reason);

private:
    enum class State { AwaitingAuth, Open, Closing };
    struct Outgoing {
        StoredEvent event;
        bool replayed; //!< replay backlog does not count against maxEventsBehind
    };
    struct Mark {
        qint64 endOffset; //!< in bytes handed to the socket
        qsizetype events;
    };

    void handleMessage(const QByteArray &utf8);
    bool authenticate(const QString &token);
    void handleSubscribe(const ClientMessage &message);
    void handleUnsubscribe(const ClientMessage &message);
    void queueReplay(const std::vector<StoredEvent> &events);
    void armExpiry();
    void dropForbiddenTopics();

    void sendJson(const QJsonObject &message);
    void sendError(const QString &code, const QString &message);
    void sendRaw(const QByteArray &utf8, qsizetype events);
    void scheduleFlush();
    void flushQueue();
    void updateInFlight();
    qsizetype eventsBehind() const { return m_liveQueued + m_inFlight; }
    void touch();
    //! The connection is gone: stop counting it and delete this session later.
    void finish();

    StreamHub &m_hub;
    QWebSocket *m_socket;
    bool m_binary = false;
    State m_state = State::AwaitingAuth;
    bool m_finished = false;
    std::optional<Principal> m_principal;
    QSet<QString> m_topics;
    QHash<QString, qint64> m_lastSeq; //!< per topic: never send an event twice

    std::deque<Outgoing> m_out;
    qsizetype m_liveQueued = 0;
    std::deque<Mark> m_marks;
    qint64 m_handedBytes = 0;
    qsizetype m_inFlight = 0;

    QTimer m_flushTimer;
    QTimer m_authTimer;
    QTimer m_expiryTimer;
    QTimer m_pingTimer;
    QTimer m_idleTimer;
    QTimer m_closeGraceTimer;
};

} // namespace nest::server
