#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QtDebug>

namespace nest::test {

//! Starts the nest-server executable on a free loopback port (`--listen 127.0.0.1:0` plus
//! `extra`) and returns the port it announced, or 0 when it did not start within 15 s.
//! `port`: listen on that one instead (a restart on the port the clients know).
inline quint16 startServerProcess(QProcess &process, const QString &binary,
                                  const QStringList &extra, quint16 port = 0)
{
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(binary,
                  QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port)}
                      + extra);
    static const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    QByteArray output;
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15'000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(100);
        output += process.readAll();
        const auto match = listening.match(QString::fromUtf8(output));
        if (match.hasMatch())
            return quint16(match.captured(1).toUInt());
    }
    qWarning() << "server output:" << output;
    return 0;
}

} // namespace nest::test
