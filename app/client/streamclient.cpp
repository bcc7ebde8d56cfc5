#include "streamclient.h"

#include "backoff.h"
#include "clientlogging.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMap>
#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>

namespace nest::client {

namespace {
constexpr int kCloseUnauthenticated = 4001;
constexpr int kCloseTooSlow = 4009;
} // namespace

StreamClient::StreamClient(QObject *parent)
    : QObject(parent)
{
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &StreamClient::openSocket);
    connect(&m_pingTimer, &QTimer::timeout, this, [this] {
        if (m_socket)
            m_socket->ping();
    });
    connect(&m_watchdogTimer, &QTimer::timeout, this, &StreamClient::checkSilence);
    m_stableTimer.setSingleShot(true);
    m_stableTimer.setInterval(kDefaultStableAfterMs);
    connect(&m_stableTimer, &QTimer::timeout, this, [this] { m_attempt = 0; });
    setPingIntervalMs(kDefaultPingIntervalMs);
}

StreamClient::~StreamClient()
{
    detachSocket();
}

void StreamClient::setUrl(const QUrl &url)
{
    if (url != m_url)
        resetResumeState(); // seqs of another server mean nothing here
    m_url = url;
}

void StreamClient::resetResumeState()
{
    m_lastApplied.clear();
    m_head = 0;
}

void StreamClient::setAccessToken(const QString &token)
{
    m_token = token;
    // An empty token means signed out: the owner stops the stream; there is nothing to renew.
    if (m_token.isEmpty())
        return;
    if (m_socket && m_socket->state() == QAbstractSocket::ConnectedState) {
        sendAuth(); // renewal keeps the connection and its subscriptions
        return;
    }
    if (m_started && m_awaitingToken && !m_token.isEmpty()) {
        m_awaitingToken = false;
        openSocket();
    }
}

void StreamClient::setTopics(const QStringList &topics)
{
    QStringList unique;
    for (const QString &t : topics) {
        if (!t.isEmpty() && !unique.contains(t))
            unique.append(t);
    }
    m_topics = unique;
    if (m_state != State::Live)
        return; // applied when `ready` arrives

    QStringList added;
    for (const QString &t : std::as_const(m_topics)) {
        if (!m_subscribed.contains(t))
            added.append(t);
    }
    QStringList removed;
    for (const QString &t : std::as_const(m_subscribed)) {
        if (!m_topics.contains(t))
            removed.append(t);
    }
    if (!removed.isEmpty()) {
        // The resume point is kept: subscribing again later replays what was missed meanwhile.
        for (const QString &t : std::as_const(removed))
            m_subscribed.remove(t);
        sendJson(QJsonDocument(
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("unsubscribe")},
                                 {QStringLiteral("topics"), QJsonArray::fromStringList(removed)}})
                     .toJson(QJsonDocument::Compact));
    }
    if (!added.isEmpty())
        subscribe(added);
}

void StreamClient::start()
{
    if (m_started)
        return;
    m_started = true;
    m_attempt = 0;
    openSocket();
}

void StreamClient::stop()
{
    m_started = false;
    m_awaitingToken = false;
    m_reconnectTimer.stop();
    detachSocket();
    setState(State::Offline);
}

void StreamClient::reconnectNow()
{
    if (!m_started || m_awaitingToken)
        return;
    m_attempt = 0;
    qCInfo(lcNet) << "stream reconnecting now";
    openSocket();
}

int StreamClient::reconnectInMs() const
{
    if (m_state != State::Reconnecting)
        return 0;
    if (m_awaitingToken)
        return -1;
    return m_reconnectTimer.isActive() ? std::max(0, m_reconnectTimer.remainingTime()) : 0;
}

void StreamClient::setPingIntervalMs(int ms)
{
    m_pingIntervalMs = std::max(10, ms);
    m_pingTimer.setInterval(m_pingIntervalMs);
    // Checked four times per interval, so silence is noticed at 2.0–2.25 intervals.
    m_watchdogTimer.setInterval(std::max(5, m_pingIntervalMs / 4));
}

void StreamClient::openSocket()
{
    m_reconnectTimer.stop();
    detachSocket();
    if (!m_started)
        return;
    if (m_token.isEmpty()) {
        // Without a token the server would close with 4001 after 5 s; wait for one instead.
        m_awaitingToken = true;
        setState(State::Reconnecting);
        return;
    }

    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setMaxAllowedIncomingFrameSize(quint64(kMaxIncomingBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(kMaxIncomingBytes));
    connect(m_socket, &QWebSocket::connected, this, &StreamClient::onConnected);
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &StreamClient::onFrame);
    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &text) { onFrame(text.toUtf8()); });
    connect(m_socket, &QWebSocket::pong, this, [this](quint64 elapsedMs, const QByteArray &) {
        m_lastHeard.restart();
        m_rttMs = qint64(elapsedMs);
        Q_EMIT rttChanged(m_rttMs);
    });
    connect(m_socket, &QWebSocket::disconnected, this,
            [this] { onClosed(int(m_socket->closeCode()), m_socket->closeReason()); });
    connect(m_socket, QOverload<QAbstractSocket::SocketError>::of(&QWebSocket::error), this,
            [this, socket = m_socket](QAbstractSocket::SocketError error) {
                qCDebug(lcNet) << "stream socket error" << error << socket->errorString();
                // A refused or failed handshake never emits disconnected(); a dropped open
                // connection does, right after this. Look again once both had their turn.
                QTimer::singleShot(0, socket, [this, socket] {
                    if (socket == m_socket && socket->state() == QAbstractSocket::UnconnectedState)
                        onClosed(-1, socket->errorString());
                });
            });

    QNetworkRequest request(m_url);
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    QWebSocketHandshakeOptions options;
    options.setSubprotocols({QString(kBinarySubprotocol)});
    m_tokenOnSocket = m_token;
    m_binary = false;
    ++m_connectionAttempts;
    m_lastHeard.start();
    m_watchdogTimer.start(); // also bounds a handshake that never completes
    setState(State::Connecting);
    qCDebug(lcNet) << "stream connecting to" << m_url << "attempt" << m_attempt;
    m_socket->open(request, options);
}

void StreamClient::onConnected()
{
    m_lastHeard.restart();
    m_binary = m_socket->subprotocol() == kBinarySubprotocol;
    m_pingTimer.start();
    m_socket->ping(); // measure the round trip now rather than one ping interval later
    if (m_tokenOnSocket != m_token)
        sendAuth(); // the token changed while the handshake was in flight
}

void StreamClient::onFrame(const QByteArray &frame)
{
    ++m_framesReceived;
    m_lastHeard.restart();
    StreamDecoder::Result decoded = m_decoder.decode(frame);
    if (!decoded.ok()) {
        ++m_decodeErrors;
        qCWarning(lcNet).nospace()
            << "refused a stream frame (" << decoded.type << "): " << decoded.error;
        // A broken frame may have carried events: resume from what we applied rather than
        // leave a gap. Only an unknown type or a broken `error` is safe to skip.
        const bool harmless = !decoded.type.isEmpty() && decoded.type != u"event"
                              && decoded.type != u"batch" && decoded.type != u"ready"
                              && decoded.type != u"reset";
        if (!harmless)
            dropConnection("undecodable frame");
        return;
    }
    StreamMessage &message = *decoded.message;
    if (auto *events = std::get_if<StreamEvents>(&message)) {
        applyEvents(std::move(events->events));
    } else if (auto *r = std::get_if<StreamReady>(&message)) {
        m_head = r->head;
        m_subscribed.clear();
        setState(State::Live);
        m_stableTimer.start();
        subscribe(m_topics);
        Q_EMIT ready(r->userJson, r->head);
    } else if (auto *reset = std::get_if<StreamReset>(&message)) {
        qCInfo(lcNet) << "stream reset for" << reset->topic << "at head" << reset->head;
        // The server's history no longer meets ours (too old, or a different history whose
        // head may even be lower): continue from its head, and let the consumer refetch.
        m_lastApplied.insert(reset->topic, reset->head);
        m_head = std::max(m_head, reset->head);
        Q_EMIT resetRequired(reset->topic);
    } else if (auto *error = std::get_if<StreamError>(&message)) {
        qCWarning(lcNet) << "stream error" << error->code << error->message;
        Q_EMIT serverError(error->code, error->message);
    }
}

void StreamClient::applyEvents(QList<StreamEvent> &&events)
{
    // Replays and reconnects overlap by design; whatever we already applied is dropped here.
    qsizetype kept = 0;
    for (qsizetype i = 0; i < events.size(); ++i) {
        StreamEvent &e = events[i];
        qint64 &last = m_lastApplied[e.topic];
        if (e.seq <= last) {
            ++m_duplicatesDropped;
            continue;
        }
        last = e.seq;
        m_head = std::max(m_head, e.seq);
        if (kept != i)
            events[kept] = std::move(e);
        ++kept;
    }
    if (kept == 0)
        return;
    events.resize(kept);
    m_eventsApplied += quint64(kept);
    Q_EMIT eventsReceived(events);
}

void StreamClient::subscribe(const QStringList &topics)
{
    // One `since` per message: topics with the same resume point share one subscribe. A topic
    // seen for the first time starts at the newest seq we know, so a drop right after this
    // still resumes without a gap.
    QMap<qint64, QStringList> bySince;
    for (const QString &t : topics) {
        auto it = m_lastApplied.find(t);
        if (it == m_lastApplied.end())
            it = m_lastApplied.insert(t, m_head);
        bySince[it.value()].append(t);
        m_subscribed.insert(t);
    }
    for (auto it = bySince.cbegin(); it != bySince.cend(); ++it) {
        sendJson(QJsonDocument(
                     QJsonObject{{QStringLiteral("type"), QStringLiteral("subscribe")},
                                 {QStringLiteral("topics"), QJsonArray::fromStringList(it.value())},
                                 {QStringLiteral("since"), it.key()}})
                     .toJson(QJsonDocument::Compact));
    }
}

void StreamClient::sendJson(const QByteArray &json)
{
    if (!m_socket)
        return;
    // With nest.v1.binary both directions skip the UTF-16 round trip.
    if (m_binary)
        m_socket->sendBinaryMessage(json);
    else
        m_socket->sendTextMessage(QString::fromUtf8(json));
}

void StreamClient::sendAuth()
{
    m_tokenOnSocket = m_token;
    sendJson(QJsonDocument(QJsonObject{{QStringLiteral("type"), QStringLiteral("auth")},
                                       {QStringLiteral("token"), m_token}})
                 .toJson(QJsonDocument::Compact));
}

void StreamClient::checkSilence()
{
    if (!m_socket || m_lastHeard.elapsed() < 2 * qint64(m_pingIntervalMs))
        return;
    qCWarning(lcNet) << "stream peer silent for" << m_lastHeard.elapsed() << "ms; reconnecting";
    dropConnection("silent peer");
}

void StreamClient::dropConnection(const char *why)
{
    if (!m_socket)
        return;
    qCDebug(lcNet) << "dropping the stream connection:" << why;
    detachSocket();
    onClosed(-1, QString::fromLatin1(why));
}

void StreamClient::detachSocket()
{
    m_pingTimer.stop();
    m_watchdogTimer.stop();
    m_stableTimer.stop();
    m_subscribed.clear();
    m_binary = false;
    if (!m_socket)
        return;
    QWebSocket *socket = std::exchange(m_socket, nullptr);
    socket->disconnect(this);
    if (socket->state() == QAbstractSocket::ConnectedState) {
        // A polite close when we can; the server aborts stragglers after 5 s anyway.
        connect(socket, &QWebSocket::disconnected, socket, &QObject::deleteLater);
        QTimer::singleShot(2000, socket, &QObject::deleteLater);
        socket->close();
    } else {
        socket->abort();
        socket->deleteLater();
    }
}

void StreamClient::onClosed(int closeCode, const QString &reason)
{
    if (m_socket) {
        QWebSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->deleteLater();
    }
    detachSocket(); // stops the timers
    qCInfo(lcNet) << "stream closed" << closeCode << reason;
    if (!m_started) {
        setState(State::Offline);
        return;
    }
    if (closeCode == kCloseUnauthenticated) {
        // Reconnecting with the same token would only be refused again.
        m_awaitingToken = true;
        setState(State::Reconnecting);
        Q_EMIT authRejected();
        return;
    }
    if (closeCode == kCloseTooSlow) {
        scheduleReconnect(0); // the server asks us to resume with since right away
        return;
    }
    scheduleReconnect(backoff::delayMs(m_attempt, QRandomGenerator::global()->generateDouble()));
    ++m_attempt;
}

void StreamClient::scheduleReconnect(int delayMs)
{
    m_reconnectTimer.start(delayMs);
    setState(State::Reconnecting);
    qCDebug(lcNet) << "stream reconnecting in" << delayMs << "ms";
}

void StreamClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace nest::client
