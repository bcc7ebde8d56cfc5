#include "streamsession.h"

#include "logging.h"
#include "streamhub.h"
#include "streamprotocol.h"
#include "topics.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QWebSocket>

#include <algorithm>

namespace nest::server {
namespace {
// A peer that stopped reading never completes the closing handshake; do not wait for it forever.
constexpr int kCloseGraceMs = 5000;
// Batches handed to the socket but not yet written; the rest waits in our queue as shared
// frames, which keeps memory per slow session small and lets replay be paced by the peer.
constexpr int kWindowBatches = 4;
// A batch stays well under the 1 MiB frame limit that clients apply to what they receive.
constexpr qsizetype kMaxBatchBytes = 256 * 1024;
// What one session may leave unread in its socket before it is cut off.
constexpr qint64 kMaxBufferedBytes = 16 << 20;
// QTimer takes an int; a longer token lifetime is re-armed when the timer fires.
constexpr qint64 kMaxTimerMs = 24LL * 3600 * 1000;

} // namespace

StreamSession::StreamSession(QWebSocket *socket, StreamHub &hub)
    : QObject(&hub)
    , m_hub(hub)
    , m_socket(socket)
{
    m_socket->setParent(this);
    const StreamOptions &options = m_hub.m_options;
    // QWebSocket closes with 1009 by itself once a frame or message exceeds these.
    m_socket->setMaxAllowedIncomingFrameSize(quint64(options.maxMessageBytes));
    m_socket->setMaxAllowedIncomingMessageSize(quint64(options.maxMessageBytes));
    m_binary = m_socket->subprotocol() == StreamHub::kBinarySubprotocol;

    m_flushTimer.setSingleShot(true);
    m_flushTimer.setInterval(0);
    m_authTimer.setSingleShot(true);
    m_authTimer.setInterval(options.authTimeoutMs);
    m_expiryTimer.setSingleShot(true);
    m_pingTimer.setInterval(options.pingIntervalMs);
    m_idleTimer.setSingleShot(true);
    m_idleTimer.setInterval(options.idleTimeoutMs);
    m_closeGraceTimer.setSingleShot(true);
    m_closeGraceTimer.setInterval(kCloseGraceMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &StreamSession::flushQueue);
    connect(&m_authTimer, &QTimer::timeout, this,
            [this] { closeWith(Unauthorized, QStringLiteral("authentication required")); });
    connect(&m_expiryTimer, &QTimer::timeout, this, [this] {
        if (m_principal && QDateTime::currentMSecsSinceEpoch() < m_principal->expiresAtMs)
            armExpiry(); // a lifetime longer than one timer period
        else
            closeWith(Unauthorized, QStringLiteral("token expired"));
    });
    connect(&m_pingTimer, &QTimer::timeout, m_socket, [this] { m_socket->ping(); });
    connect(&m_idleTimer, &QTimer::timeout, this, [this] {
        qCInfo(lcStream) << "dropping a silent peer" << m_socket->peerAddress();
        m_socket->abort();
        finish();
    });
    connect(&m_closeGraceTimer, &QTimer::timeout, this, [this] {
        m_socket->abort();
        finish();
    });

    connect(m_socket, &QWebSocket::textMessageReceived, this,
            [this](const QString &message) { handleMessage(message.toUtf8()); });
    connect(m_socket, &QWebSocket::binaryMessageReceived, this, &StreamSession::handleMessage);
    // Liveness counts frames, not whole messages, so a long fragmented upload is not idle.
    connect(m_socket, &QWebSocket::textFrameReceived, this, &StreamSession::touch);
    connect(m_socket, &QWebSocket::binaryFrameReceived, this, &StreamSession::touch);
    connect(m_socket, &QWebSocket::pong, this, &StreamSession::touch);
    connect(m_socket, &QWebSocket::bytesWritten, this, [this] {
        updateInFlight();
        if (!m_out.empty())
            scheduleFlush();
    });
    connect(m_socket, &QWebSocket::disconnected, this, &StreamSession::finish);
}

StreamSession::~StreamSession()
{
    // The socket is deleted after us and may still emit disconnected.
    m_socket->disconnect(this);
    m_hub.sessionClosing(this);
}

void StreamSession::start()
{
    if (m_socket->state() != QAbstractSocket::ConnectedState) {
        finish();
        return;
    }
    m_pingTimer.start();
    m_idleTimer.start();

    const QByteArray header = m_socket->request().rawHeader("Authorization").trimmed();
    if (header.isEmpty()) {
        m_authTimer.start();
        return;
    }
    constexpr QByteArrayView scheme("Bearer ");
    if (header.size() <= scheme.size()
        || QByteArrayView(header).first(scheme.size()).compare(scheme, Qt::CaseInsensitive) != 0) {
        closeWith(Unauthorized, QStringLiteral("malformed Authorization header"));
        return;
    }
    authenticate(QString::fromLatin1(header.mid(scheme.size()).trimmed()));
}

void StreamSession::closeWith(int code, const QString &reason)
{
    if (m_state == State::Closing)
        return;
    m_state = State::Closing;
    qCDebug(lcStream) << "closing" << code << reason;
    m_hub.countDropped(qsizetype(m_out.size()));
    m_out.clear();
    m_liveQueued = 0;
    m_flushTimer.stop();
    m_authTimer.stop();
    m_expiryTimer.stop();
    m_pingTimer.stop();
    m_idleTimer.stop();
    m_hub.sessionClosing(this);
    m_closeGraceTimer.start();
    // 4000-4999 are the application's range; QWebSocket passes any code through unchanged.
    m_socket->close(static_cast<QWebSocketProtocol::CloseCode>(code), reason);
}

void StreamSession::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    if (m_state != State::Closing) {
        m_state = State::Closing;
        m_hub.countDropped(qsizetype(m_out.size()));
        m_out.clear();
        m_liveQueued = 0;
    }
    m_hub.sessionClosing(this);
    deleteLater();
}

void StreamSession::touch()
{
    if (m_state != State::Closing)
        m_idleTimer.start();
}

void StreamSession::armExpiry()
{
    if (!m_principal || m_principal->expiresAtMs <= 0) {
        m_expiryTimer.stop();
        return;
    }
    const qint64 left = m_principal->expiresAtMs - QDateTime::currentMSecsSinceEpoch();
    m_expiryTimer.start(int(std::clamp<qint64>(left, 0, kMaxTimerMs)));
}

bool StreamSession::authenticate(const QString &token)
{
    const auto &hook = m_hub.m_hooks.authenticate;
    std::optional<Principal> principal = hook ? hook(token) : std::nullopt;
    if (!principal
        || (principal->expiresAtMs > 0
            && principal->expiresAtMs <= QDateTime::currentMSecsSinceEpoch())) {
        closeWith(Unauthorized, QStringLiteral("invalid token"));
        return false;
    }
    if (m_principal && principal->userId != m_principal->userId) {
        sendError(QStringLiteral("token_mismatch"),
                  QStringLiteral("the token belongs to another user"));
        closeWith(Unauthorized, QStringLiteral("token for another user"));
        return false;
    }
    const bool renewal = m_principal.has_value();
    m_principal = std::move(principal);
    m_authTimer.stop();
    armExpiry();
    if (renewal) {
        dropForbiddenTopics(); // the new token may carry fewer roles
        return true;
    }
    m_state = State::Open;
    const auto &userJson = m_hub.m_hooks.userJson;
    sendJson({{u"type"_qs, u"ready"_qs},
              {u"user"_qs, userJson ? userJson(m_principal->userId) : QJsonObject()},
              {u"head"_qs, m_hub.m_log.head()}});
    return true;
}

void StreamSession::handleMessage(const QByteArray &utf8)
{
    if (m_state == State::Closing)
        return;
    const auto decoded = decodeClientMessage(utf8);
    const auto *message = std::get_if<ClientMessage>(&decoded);
    if (m_state == State::AwaitingAuth) {
        // Before authentication only a well-formed auth message is worth an answer.
        if (!message || message->type != ClientMessage::Type::Auth)
            closeWith(Unauthorized, QStringLiteral("authentication required"));
        else
            authenticate(message->token);
        return;
    }
    if (!message) {
        qCDebug(lcStream) << "bad client message:" << std::get<ClientMessageError>(decoded).reason;
        sendError(QStringLiteral("bad_message"), std::get<ClientMessageError>(decoded).reason);
        return;
    }
    switch (message->type) {
    case ClientMessage::Type::Auth:
        authenticate(message->token);
        return;
    case ClientMessage::Type::Subscribe:
        handleSubscribe(*message);
        return;
    case ClientMessage::Type::Unsubscribe:
        handleUnsubscribe(*message);
        return;
    }
}

void StreamSession::handleSubscribe(const ClientMessage &message)
{
    const QStringList &requested = message.topics;
    const bool hasSince = message.since.has_value();
    const qint64 since = message.since.value_or(0);

    QSet<QString> allowed;
    for (const QString &topic : std::as_const(requested)) {
        if (!topics::isKnown(topic)) {
            sendError(QStringLiteral("unknown_topic"), QStringLiteral("unknown topic: ") + topic);
        } else if (!topics::mayRead(topic, m_principal->roles)) {
            sendError(QStringLiteral("forbidden_topic"),
                      QStringLiteral("not allowed to read topic: ") + topic);
        } else {
            allowed.insert(topic);
        }
    }
    if (allowed.isEmpty())
        return;

    // Replay and registration happen in one turn of the event loop, so the next published
    // event has seq > head: no gap at the seam. m_lastSeq rules out duplicates.
    if (hasSince) {
        std::vector<StoredEvent> events;
        const EventLog &log = m_hub.m_log;
        if (log.replay(since, allowed, &events) == EventLog::ReplayResult::TooOld) {
            for (const QString &topic : std::as_const(allowed)) {
                sendJson(
                    {{u"type"_qs, u"reset"_qs}, {u"topic"_qs, topic}, {u"head"_qs, log.head()}});
                qint64 &last = m_lastSeq[topic];
                last = std::max(last, log.head());
            }
        } else {
            queueReplay(events);
        }
    }
    for (const QString &topic : std::as_const(allowed)) {
        if (!m_topics.contains(topic)) {
            m_topics.insert(topic);
            m_hub.subscribe(this, topic);
        }
    }
}

void StreamSession::handleUnsubscribe(const ClientMessage &message)
{
    for (const QString &topic : message.topics) {
        if (m_topics.remove(topic))
            m_hub.unsubscribe(this, topic);
    }
}

void StreamSession::dropForbiddenTopics()
{
    const QSet<QString> current = m_topics;
    for (const QString &topic : current) {
        if (!topics::mayRead(topic, m_principal->roles)) {
            m_topics.remove(topic);
            m_hub.unsubscribe(this, topic);
            sendError(QStringLiteral("forbidden_topic"),
                      QStringLiteral("no longer allowed to read topic: ") + topic);
        }
    }
}

void StreamSession::queueReplay(const std::vector<StoredEvent> &events)
{
    for (const StoredEvent &event : events) {
        qint64 &last = m_lastSeq[event.topic];
        if (event.seq <= last)
            continue;
        last = event.seq;
        m_out.push_back(Outgoing{event, true});
    }
    scheduleFlush();
}

void StreamSession::enqueue(const StoredEvent &event)
{
    if (m_state != State::Open)
        return;
    qint64 &last = m_lastSeq[event.topic];
    if (event.seq <= last)
        return;
    last = event.seq;
    m_out.push_back(Outgoing{event, false});
    ++m_liveQueued;
    updateInFlight();
    if (eventsBehind() > m_hub.m_options.maxEventsBehind) {
        qCInfo(lcStream) << "cutting off a slow consumer" << eventsBehind() << "events behind";
        closeWith(TooSlow, QStringLiteral("too slow; resume with since"));
        return;
    }
    scheduleFlush();
}

void StreamSession::scheduleFlush()
{
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

void StreamSession::flushQueue()
{
    if (m_state != State::Open)
        return;
    updateInFlight();
    const qsizetype batchMax = std::max(1, m_hub.m_options.batchMax);
    while (m_state == State::Open && !m_out.empty() && m_inFlight < batchMax * kWindowBatches) {
        // A batch is ordered by seq; a replay queued behind live events starts a new one.
        qsizetype count = 1;
        qsizetype bytes = m_out.front().event.frame.size();
        while (count < batchMax && count < qsizetype(m_out.size())
               && m_out[size_t(count)].event.seq > m_out[size_t(count - 1)].event.seq
               && bytes + m_out[size_t(count)].event.frame.size() + 1 <= kMaxBatchBytes) {
            bytes += m_out[size_t(count)].event.frame.size() + 1;
            ++count;
        }
        qsizetype live = 0;
        if (count == 1) {
            live = m_out.front().replayed ? 0 : 1;
            sendRaw(m_out.front().event.frame, 1);
        } else {
            static constexpr QByteArrayView head(R"({"type":"batch","events":[)");
            QByteArray batch;
            batch.reserve(head.size() + bytes + 2);
            batch.append(head);
            for (qsizetype i = 0; i < count; ++i) {
                const Outgoing &item = m_out[size_t(i)];
                if (i > 0)
                    batch.append(',');
                batch.append(item.event.frame);
                live += item.replayed ? 0 : 1;
            }
            batch.append("]}");
            sendRaw(batch, count);
        }
        m_out.erase(m_out.begin(), m_out.begin() + count);
        m_liveQueued -= live;
    }
}

void StreamSession::sendJson(const QJsonObject &message)
{
    sendRaw(QJsonDocument(message).toJson(QJsonDocument::Compact), 0);
}

void StreamSession::sendError(const QString &code, const QString &message)
{
    sendJson({{u"type"_qs, u"error"_qs}, {u"code"_qs, code}, {u"message"_qs, message}});
}

void StreamSession::sendRaw(const QByteArray &utf8, qsizetype events)
{
    // Bytes are counted through bytesToWrite() rather than the send's return value, which
    // leaves out the frame header; what was written synchronously never shows up there.
    const qint64 before = m_socket->bytesToWrite();
    if (m_binary)
        m_socket->sendBinaryMessage(utf8);
    else
        m_socket->sendTextMessage(QString::fromUtf8(utf8)); // 6.4 has no UTF-8 text overload
    m_handedBytes += std::max<qint64>(0, m_socket->bytesToWrite() - before);
    if (events > 0) {
        m_marks.push_back(Mark{m_handedBytes, events});
        m_inFlight += events;
    }
    // Control messages (errors, resets) are not paced by the event window: a peer that makes
    // the server write without ever reading is cut off here, whatever it asked for.
    if (m_state == State::Open && m_socket->bytesToWrite() > kMaxBufferedBytes)
        closeWith(TooSlow, QStringLiteral("too slow; resume with since"));
}

void StreamSession::updateInFlight()
{
    const qint64 written = m_handedBytes - m_socket->bytesToWrite();
    while (!m_marks.empty() && m_marks.front().endOffset <= written) {
        m_inFlight -= m_marks.front().events;
        m_marks.pop_front();
    }
}

} // namespace nest::server
