#pragma once

#include "streamdecoder.h"
#include "streamevent.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QStringList>
#include <QTimer>
#include <QUrl>

class QWebSocket;

namespace nest::client {

//! The live stream (`/api/v1/stream`) over QWebSocket: authenticates, subscribes, resumes with
//! `since` across reconnects so that every event reaches the consumer exactly once.
class StreamClient : public QObject {
    Q_OBJECT
public:
    enum class State {
        Offline,      //!< not started, or stopped
        Connecting,   //!< socket opening, or open and waiting for `ready`
        Live,         //!< `ready` received; events flow
        Reconnecting, //!< waiting: reconnectInMs() until the next try, -1 while awaiting a token
    };
    Q_ENUM(State)

    static constexpr QLatin1StringView kBinarySubprotocol{"nest.v1.binary"};
    //! Well above the server's 256 KiB batches and its 1 MiB frame limit.
    static constexpr qint64 kMaxIncomingBytes = 2 * 1024 * 1024;
    static constexpr int kDefaultPingIntervalMs = 15'000;
    //! A connection that stayed live this long starts the backoff from scratch.
    static constexpr int kDefaultStableAfterMs = 10'000;

    explicit StreamClient(QObject *parent = nullptr);
    ~StreamClient() override;

    //! ws://host:port/api/v1/stream; takes effect on the next connection.
    void setUrl(const QUrl &url);
    QUrl url() const { return m_url; }
    //! Used for the upgrade's Authorization header; on an open socket it renews (`auth`).
    //! After authRejected() the client waits for this call before reconnecting.
    void setAccessToken(const QString &token);
    //! The topics to receive; subscribes and unsubscribes on the open socket as needed.
    void setTopics(const QStringList &topics);
    QStringList topics() const { return m_topics; }

    void start();
    void stop();
    //! Connects again now instead of after the backoff (the network came back, the system
    //! resumed): a waiting retry happens at once and the backoff starts over; an open socket
    //! is replaced, since after a resume or a network change it is likely dead (the resume
    //! point keeps delivery exactly once). No-op when stopped or waiting for a token.
    void reconnectNow();

    State state() const { return m_state; }
    //! Until the next connection attempt while Reconnecting; -1 while waiting for a token.
    int reconnectInMs() const;
    //! The last ping round-trip, -1 before the first pong.
    qint64 rttMs() const { return m_rttMs; }
    //! Whether the server accepted nest.v1.binary on the current connection.
    bool binaryFrames() const { return m_binary; }
    //! The newest seq handed to the consumer for `topic` (or the resume point after a
    //! subscribe or reset), 0 when unknown.
    qint64 lastAppliedSeq(const QString &topic) const { return m_lastApplied.value(topic); }
    //! Forgets the seqs applied so far: the next subscription starts live (after a sign-out,
    //! when the consumers' state is reloaded over REST anyway).
    void resetResumeState();

    //! Keep-alive: ping this often; a peer silent for twice as long is dropped.
    void setPingIntervalMs(int ms);
    int pingIntervalMs() const { return m_pingIntervalMs; }
    void setStableAfterMs(int ms) { m_stableTimer.setInterval(ms); }

    quint64 framesReceived() const { return m_framesReceived; }
    quint64 eventsApplied() const { return m_eventsApplied; }
    quint64 duplicatesDropped() const { return m_duplicatesDropped; }
    quint64 decodeErrors() const { return m_decodeErrors; }
    //! Connections opened since construction (tests and the status bar use it).
    quint64 connectionAttempts() const { return m_connectionAttempts; }

Q_SIGNALS:
    void stateChanged(nest::client::StreamClient::State state);
    void ready(const QByteArray &userJson, qint64 head);
    //! One emission per frame: a whole batch at once, in increasing seq per topic.
    void eventsReceived(const QList<nest::client::StreamEvent> &events);
    //! The server no longer has what we missed on `topic`: refetch it over REST.
    void resetRequired(const QString &topic);
    //! Close 4001: get a fresh token and call setAccessToken(); until then nothing is retried.
    void authRejected();
    void rttChanged(qint64 ms);
    //! An `error` message: a refused client message (e.g. forbidden_topic).
    void serverError(const QString &code, const QString &message);

private:
    void openSocket();
    void onConnected();
    void onFrame(const QByteArray &frame);
    void onClosed(int closeCode, const QString &reason);
    void detachSocket();
    void dropConnection(const char *why);
    void scheduleReconnect(int delayMs);
    void setState(State state);
    void applyEvents(QList<StreamEvent> &&events);
    void subscribe(const QStringList &topics);
    void sendJson(const QByteArray &json);
    void sendAuth();
    void checkSilence();

    QUrl m_url;
    QString m_token;
    QString m_tokenOnSocket; //!< the token the server last got from us on this connection
    QStringList m_topics;
    QSet<QString> m_subscribed; //!< on the current connection
    QHash<QString, qint64> m_lastApplied;
    qint64 m_head = 0; //!< the newest seq we know of on this server

    QWebSocket *m_socket = nullptr;
    StreamDecoder m_decoder;
    State m_state = State::Offline;
    bool m_started = false;
    bool m_awaitingToken = false;
    bool m_binary = false;
    int m_attempt = 0;
    int m_pingIntervalMs = kDefaultPingIntervalMs;
    qint64 m_rttMs = -1;
    QElapsedTimer m_lastHeard; //!< any frame or pong
    QTimer m_reconnectTimer;
    QTimer m_pingTimer;
    QTimer m_watchdogTimer;
    QTimer m_stableTimer;

    quint64 m_framesReceived = 0;
    quint64 m_eventsApplied = 0;
    quint64 m_duplicatesDropped = 0;
    quint64 m_decodeErrors = 0;
    quint64 m_connectionAttempts = 0;
};

} // namespace nest::client
