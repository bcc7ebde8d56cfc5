#pragma once

#include <QByteArray>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace nest::test {

//! A TCP proxy on 127.0.0.1 in front of a server, for tests that lose answers on the way back.
//!
//! Every client connection gets its own connection to the target; bytes are relayed both ways
//! untouched (HTTP, WebSocket). dropResponsesTo(marker) loses answers: each request whose bytes
//! contain `marker` is forwarded in full, so the server acts on it, and when the server's answer
//! comes back the client's connection is cut instead of relaying it. The client sees a
//! connection closed without an answer, as when a response is lost on the way. Qt's network
//! stack resends such a request by itself (same headers, same Idempotency-Key) before giving
//! up, so a test that wants the caller's own retry keeps dropping until the caller has seen
//! the failure, then calls stopDropping().
//! While the target is down, a new client connection is closed at once.
class LoopbackProxy final : public QObject {
    Q_OBJECT
public:
    explicit LoopbackProxy(QObject *parent = nullptr);

    //! Listens on 127.0.0.1 (any free port) and forwards to 127.0.0.1:`targetPort`.
    bool start(quint16 targetPort);
    quint16 port() const { return m_server.serverPort(); }
    void setTargetPort(quint16 port) { m_targetPort = port; }

    //! Every request containing `marker` has its answer dropped, until stopDropping().
    void dropResponsesTo(const QByteArray &marker) { m_dropMarker = marker; }
    void stopDropping() { m_dropMarker.clear(); }
    int droppedCount() const { return m_dropped; }
    //! Requests seen that contained `marker` (counted per chunk read from the client).
    int requestsSeen(const QByteArray &marker) const;

Q_SIGNALS:
    void responseDropped();

private:
    void onNewConnection();
    void relay(QTcpSocket *client, QTcpSocket *upstream);

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    QByteArray m_dropMarker;
    QByteArray m_seen; //!< every request head seen, for requestsSeen()
    int m_dropped = 0;
};

} // namespace nest::test
