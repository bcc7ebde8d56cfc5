#pragma once

#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStringList>

#include <cstdio>

//! Starts the nest-server executable on a free loopback port with `dataDir` and `extraArgs` and
//! waits (at most 30 s) until it listens; returns the port, or 0 after printing its output.
//! From then on its output is read and dropped, so that a chatty server never blocks on a pipe.
inline quint16 startBenchServer(QProcess &server, const QString &dataDir,
                                const QStringList &extraArgs = {})
{
    server.setProcessChannelMode(QProcess::MergedChannels);
    server.start(QStringLiteral(NEST_SERVER_BINARY),
                 QStringList{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                             QStringLiteral("--data-dir"), dataDir}
                     + extraArgs);
    QByteArray output;
    const QRegularExpression listening(
        QStringLiteral("listening on http://127\\.0\\.0\\.1:(\\d+)"));
    for (QElapsedTimer t; !t.isValid() || t.elapsed() < 30'000;) {
        if (!t.isValid())
            t.start();
        server.waitForReadyRead(100);
        output += server.readAll();
        if (const auto m = listening.match(QString::fromUtf8(output)); m.hasMatch()) {
            QObject::connect(&server, &QProcess::readyRead, &server,
                             [&server] { server.readAll(); });
            return quint16(m.captured(1).toUInt());
        }
        if (server.state() == QProcess::NotRunning)
            break;
    }
    std::fprintf(stderr, "nest-bench: the server did not start:\n%s\n", output.constData());
    return 0;
}
