#pragma once

#include "nestserver.h"

#include <QTemporaryDir>
#include <QThread>

#include <atomic>

//! A NestServer living on its own thread with a throw-away data dir, so that the benchmark's
//! clients and the server do not share an event loop.
class ServerThread {
public:
    ServerThread();
    ~ServerThread();
    bool start(QString *error);
    quint16 port() const { return m_port; }
    QString baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(m_port); }

    //! Publishes `total` events of ~`payloadBytes` on `topic` from the server thread, keeping at
    //! most `window` events ahead of `*delivered` (what the slowest subscriber has seen).
    void publish(const QString &topic, qint64 total, int payloadBytes,
                 const std::atomic<qint64> *delivered, qint64 window);
    qint64 eventsDropped();

private:
    QThread m_thread;
    QTemporaryDir m_dir;
    nest::server::NestServer *m_server = nullptr;
    quint16 m_port = 0;
};
