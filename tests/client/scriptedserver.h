#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTcpServer>
#include <QUrl>

#include <functional>

class QTcpSocket;

namespace nest::test {

//! One request as the scripted server saw it.
struct Seen {
    QByteArray method;
    QByteArray target;
    QHash<QByteArray, QByteArray> headers; //!< lower-case names
    QByteArray body;
    qint64 atMs = 0; //!< since the server was created
};

//! A tiny HTTP/1.1 server on 127.0.0.1 for what a real server will not do on demand (garbage,
//! silence, 503s): each request is answered with the raw bytes `answer` returns (empty: never
//! answer), then the connection is closed. Every request is recorded in `seen`.
class ScriptedServer {
public:
    std::function<QByteArray(const Seen &, int index)> answer;
    QList<Seen> seen;

    ScriptedServer();
    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url() const;

private:
    void onData(QTcpSocket *socket);

    // Declared before m_server, so it outlives the sockets m_server deletes on destruction:
    // their disconnected() handlers still touch it.
    QHash<QTcpSocket *, QByteArray> m_buffers;
    QElapsedTimer m_clock;
    QTcpServer m_server;
};

//! A complete HTTP answer with a JSON content type, `Connection: close` and `extraHeaders`
//! (each line ending in CRLF).
QByteArray httpAnswer(int status, const QByteArray &body, const QByteArray &extraHeaders = {});
//! The contract's error body.
QByteArray errorBody(const char *code, const char *message);

} // namespace nest::test
