#include "scriptedserver.h"

#include <QTcpSocket>

namespace nest::test {

ScriptedServer::ScriptedServer()
{
    m_clock.start();
    QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::readyRead, socket,
                             [this, socket] { onData(socket); });
            QObject::connect(socket, &QTcpSocket::disconnected, socket, [this, socket] {
                m_buffers.remove(socket);
                socket->deleteLater();
            });
        }
    });
}

QUrl ScriptedServer::url() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedServer::onData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Seen request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines[i].indexOf(':');
            if (colon > 0)
                request.headers.insert(lines[i].left(colon).trimmed().toLower(),
                                       lines[i].mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length", "0").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.atMs = m_clock.elapsed();
        seen << request;
        const QByteArray reply = answer ? answer(request, int(seen.size()) - 1) : QByteArray();
        if (!reply.isEmpty()) {
            socket->write(reply);
            socket->disconnectFromHost();
        }
    }
}

QByteArray httpAnswer(int status, const QByteArray &body, const QByteArray &extraHeaders)
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: application/json\r\n"
           + "Content-Length: " + QByteArray::number(body.size()) + "\r\nConnection: close\r\n"
           + extraHeaders + "\r\n" + body;
}

QByteArray errorBody(const char *code, const char *message)
{
    return QByteArray("{\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"}}";
}

} // namespace nest::test
