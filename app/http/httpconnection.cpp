#include "httpconnection.h"

#include "httplogging.h"
#include "httpparser.h"

#include <QTcpSocket>

namespace nest::http {
namespace {
constexpr int kDrainMs = 2000;
// A peer that does not read its answers gets no further requests served until it does...
constexpr qint64 kMaxPendingWriteBytes = 1 << 20;
// ...and a connection being closed waits this long for the peer to take what is left.
constexpr int kCloseGraceMs = 5000;
} // namespace

void HttpResponder::send(HttpResponse response) const
{
    if (!m_state || m_state->sent)
        return;
    m_state->sent = true;
    for (const auto &callback : std::as_const(m_state->onSent))
        callback(response);
    if (m_state->connection)
        m_state->connection->sendResponse(m_state->requestNumber, response);
}

bool HttpResponder::isSent() const
{
    return !m_state || m_state->sent;
}

void HttpResponder::addOnSent(std::function<void(const HttpResponse &)> callback) const
{
    if (m_state)
        m_state->onSent.push_back(std::move(callback));
}

HttpConnection::HttpConnection(QTcpSocket *socket, const HttpLimits &limits,
                               const RequestHandler &handler,
                               const QHash<QString, UpgradeHandler> &upgrades,
                               const ErrorObserver &onError, QObject *parent)
    : QObject(parent)
    , m_socket(socket)
    , m_limits(limits)
    , m_handler(handler)
    , m_upgrades(upgrades)
    , m_onError(onError)
{
    m_socket->setParent(this);
    // Without a cap QTcpSocket reads everything a peer sends, even while we are not asking.
    m_socket->setReadBufferSize(std::max<qint64>(64 * 1024, m_limits.maxHeadBytes + 1));
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpConnection::onTimeout);
    connect(m_socket, &QTcpSocket::readyRead, this, &HttpConnection::onReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &HttpConnection::finish);
    connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
        if (m_phase == Phase::Head && m_socket->bytesToWrite() <= kMaxPendingWriteBytes)
            onReadyRead();
    });
    armIdleTimer();
    if (m_socket->bytesAvailable() > 0)
        QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

HttpConnection::~HttpConnection() = default;

void HttpConnection::armTimer(int ms)
{
    m_timer.start(ms);
}

void HttpConnection::armIdleTimer()
{
    m_requestTimerArmed = false;
    armTimer(m_limits.idleTimeoutMs);
}

void HttpConnection::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_timer.stop();
    Q_EMIT finished();
}

void HttpConnection::onTimeout()
{
    if (m_phase == Phase::Head && m_socket->bytesAvailable() == 0) {
        // An idle keep-alive connection: nothing was asked, nothing to answer.
        closeAfterWrite();
        return;
    }
    if (m_phase == Phase::Draining) {
        closeAfterWrite();
        return;
    }
    if (m_phase == Phase::Closing) {
        m_socket->abort(); // the peer never took the rest of its answer
        return;
    }
    if (m_phase == Phase::Head || m_phase == Phase::Body)
        fail(408, QStringLiteral("request_timeout"), QStringLiteral("request not received in time"),
             false);
}

void HttpConnection::onReadyRead()
{
    if (m_phase == Phase::Draining) {
        // Read what the client still sends after an error answer, so that it sees the answer
        // instead of a reset; a client that keeps sending for long is cut off.
        m_drained += m_socket->skip(m_socket->bytesAvailable());
        if (m_drained > kMaxDrainBytes)
            m_socket->abort();
        return;
    }
    if (m_phase == Phase::Head)
        processHead();
    if (m_phase == Phase::Body)
        processBody();
}

void HttpConnection::processHead()
{
    // Serve a pipelining peer only as fast as it reads its answers (bytesWritten resumes).
    if (m_socket->bytesAvailable() == 0 || m_socket->bytesToWrite() > kMaxPendingWriteBytes)
        return;
    // The request's clock starts at its first byte and is not restarted by later ones: a peer
    // trickling bytes still has to finish within the request timeout.
    if (!m_requestTimerArmed) {
        armTimer(m_limits.requestTimeoutMs);
        m_requestTimerArmed = true;
    }

    // Peek rather than read: a WebSocket upgrade must reach the WebSocket server unconsumed.
    const QByteArray peeked = m_socket->peek(m_limits.maxHeadBytes + 1);
    ParseResult parsed = parseRequestHead(peeked, m_limits.maxHeadBytes, m_limits.maxBodyBytes);
    switch (parsed.status) {
    case ParseResult::Status::NeedMore:
        return;
    case ParseResult::Status::Error:
        fail(parsed.errorStatus, parsed.errorCode, parsed.errorMessage);
        return;
    case ParseResult::Status::Complete:
        break;
    }

    RequestHead &head = parsed.head;
    if (head.webSocketUpgrade) {
        const auto it = m_upgrades.constFind(head.request.path);
        if (it != m_upgrades.cend()) {
            m_timer.stop();
            m_phase = Phase::Closing;
            disconnect(m_socket, nullptr, this, nullptr);
            // The server stays the socket's owner of last resort: a handshake that never
            // completes (the peer left, the server stops) must not leak the socket.
            m_socket->setParent(parent());
            QTcpSocket *socket = m_socket;
            m_socket = nullptr;
            // QWebSocketServer::handleConnection() reads the buffered handshake by itself.
            (*it)(socket);
            finish();
            return;
        }
    }

    m_socket->read(parsed.headLength);
    m_request = std::move(head.request);
    m_request.peer = m_socket->peerAddress();
    m_keepAlive = head.keepAlive;
    m_bodyRemaining = head.contentLength;
    m_request.body.reserve(qsizetype(head.contentLength));
    m_phase = Phase::Body;
    if (head.expectContinue && m_bodyRemaining > 0)
        m_socket->write("HTTP/1.1 100 Continue\r\n\r\n");
}

void HttpConnection::processBody()
{
    if (m_bodyRemaining > 0 && m_socket->bytesAvailable() > 0) {
        const QByteArray chunk = m_socket->read(m_bodyRemaining);
        m_request.body += chunk;
        m_bodyRemaining -= chunk.size();
    }
    if (m_bodyRemaining == 0)
        dispatch();
}

void HttpConnection::dispatch()
{
    m_timer.stop();
    m_phase = Phase::Handling;
    auto state = std::make_shared<HttpResponder::State>();
    state->connection = this;
    state->requestNumber = ++m_requestNumber;
    const HttpResponder responder(std::move(state));
    const HttpRequest request = std::exchange(m_request, {});
    m_handler(request, responder);
}

void HttpConnection::fail(int status, const QString &code, const QString &message, bool drain)
{
    m_keepAlive = false;
    if (m_onError)
        m_onError(status, m_socket->peerAddress());
    m_socket->write(serialize(HttpResponse::error(status, code, message), false));
    if (!drain) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::Draining;
    m_drained = 0;
    armTimer(kDrainMs);
    onReadyRead();
}

void HttpConnection::closeAfterWrite()
{
    if (!m_socket)
        return;
    m_phase = Phase::Closing;
    armTimer(kCloseGraceMs);
    m_socket->disconnectFromHost(); // flushes what is queued first
}

void HttpConnection::sendResponse(quint64 requestNumber, const HttpResponse &response)
{
    if (!m_socket || requestNumber != m_requestNumber || m_phase != Phase::Handling)
        return;
    m_socket->write(serialize(response, m_keepAlive));
    if (!m_keepAlive) {
        closeAfterWrite();
        return;
    }
    m_phase = Phase::Head;
    armIdleTimer();
    // Pipelined bytes may already be buffered; readyRead will not fire for them again.
    QMetaObject::invokeMethod(this, &HttpConnection::onReadyRead, Qt::QueuedConnection);
}

} // namespace nest::http
