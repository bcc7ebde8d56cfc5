#include "embeddedserver.h"

#include "nestserver.h"

namespace nest::server {

EmbeddedServer::EmbeddedServer()
{
    m_thread.setObjectName(QStringLiteral("nest-server"));
}

EmbeddedServer::~EmbeddedServer()
{
    stop();
}

QUrl EmbeddedServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_port));
}

bool EmbeddedServer::start(ServerConfig config, bool demo, QString *error)
{
    if (m_server)
        return true;
    m_thread.start();
    bool ok = false;
    // The demo runs the behavior simulator, so that the dashboard has live data offline.
    config.simulator.enabled = config.simulator.enabled || demo;
    // Objects must be created on the thread that runs them: post the construction there.
    m_context = new QObject;
    m_context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        m_context,
        [&] {
            auto server = std::make_unique<NestServer>(std::move(config));
            ok = server->start(error) && (!demo || server->seedDemo(error));
            if (ok) {
                m_port = server->port();
                m_server = server.release();
            }
        },
        Qt::BlockingQueuedConnection);
    if (!ok)
        stop();
    return ok;
}

void EmbeddedServer::stop()
{
    if (m_server) {
        NestServer *server = m_server;
        m_server = nullptr;
        QMetaObject::invokeMethod(
            server, [server] { delete server; }, Qt::BlockingQueuedConnection);
    }
    if (m_context) {
        m_context->deleteLater(); // runs on the worker before its loop ends
        m_context = nullptr;
    }
    m_thread.quit();
    m_thread.wait();
    m_port = 0;
}

void EmbeddedServer::runBlocking(const std::function<void(NestServer &)> &work)
{
    if (!m_server)
        return;
    NestServer *server = m_server;
    QMetaObject::invokeMethod(
        server, [server, &work] { work(*server); }, Qt::BlockingQueuedConnection);
}

void EmbeddedServer::post(std::function<void(NestServer &)> work)
{
    if (!m_server)
        return;
    NestServer *server = m_server;
    QMetaObject::invokeMethod(server, [server, work = std::move(work)] { work(*server); });
}

} // namespace nest::server
