#pragma once

#include "serverconfig.h"

#include <QThread>
#include <QUrl>

namespace nest::server {

class NestServer;

//! A NestServer on its own thread, for the desktop app (which must not stall its UI on server
//! work) and for benchmarks (which must not share an event loop with their clients).
class EmbeddedServer {
public:
    EmbeddedServer();
    ~EmbeddedServer();
    EmbeddedServer(const EmbeddedServer &) = delete;
    EmbeddedServer &operator=(const EmbeddedServer &) = delete;

    //! Starts the server with `config` (port 0 picks one) and waits until it listens. `demo`
    //! also creates the demo account and runs the behavior simulator.
    bool start(ServerConfig config, bool demo, QString *error);
    void stop();
    bool isRunning() const { return m_server != nullptr; }
    quint16 port() const { return m_port; }
    QUrl baseUrl() const;

    //! Runs `work` on the server's thread with the server, and waits for it.
    void runBlocking(const std::function<void(NestServer &)> &work);
    //! Runs `work` on the server's thread with the server, without waiting.
    void post(std::function<void(NestServer &)> work);

private:
    QThread m_thread;
    QObject *m_context = nullptr; //!< lives on m_thread: the target for posted work
    NestServer *m_server = nullptr;
    quint16 m_port = 0;
};

} // namespace nest::server
