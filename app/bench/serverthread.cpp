#include "serverthread.h"

#include "streamhub.h"

#include <QJsonObject>
#include <QTimer>

using namespace nest::server;

ServerThread::ServerThread()
{
    m_thread.setObjectName(QStringLiteral("nest-server"));
}

ServerThread::~ServerThread()
{
    if (m_server)
        QMetaObject::invokeMethod(
            m_server, [this] { delete m_server; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

bool ServerThread::start(QString *error)
{
    m_thread.start();
    bool ok = false;
    auto *context = new QObject;
    context->moveToThread(&m_thread);
    QMetaObject::invokeMethod(
        context,
        [&, context] {
            ServerConfig config;
            config.port = 0;
            config.dataDir = m_dir.path();
            m_server = new NestServer(config);
            ok = m_server->start(error);
            m_port = m_server->port();
            delete context;
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

void ServerThread::publish(const QString &topic, qint64 total, int payloadBytes,
                           const std::atomic<qint64> *delivered, qint64 window)
{
    const QJsonObject data{{QStringLiteral("kind"), QStringLiteral("bench")},
                           {QStringLiteral("pad"), QString(payloadBytes, u'x')}};
    QMetaObject::invokeMethod(m_server, [this, topic, total, data, delivered, window] {
        auto *timer = new QTimer(m_server);
        auto published = std::make_shared<qint64>(0);
        QObject::connect(timer, &QTimer::timeout, m_server,
                         [this, timer, topic, total, data, delivered, window, published] {
                             StreamHub &hub = m_server->stream();
                             for (int i = 0; i < 500 && *published < total
                                             && *published - delivered->load() < window;
                                  ++i) {
                                 hub.publish(topic, data);
                                 ++*published;
                             }
                             if (*published >= total)
                                 timer->deleteLater();
                         });
        timer->start(0);
    });
}

qint64 ServerThread::eventsDropped()
{
    qint64 dropped = 0;
    QMetaObject::invokeMethod(
        m_server, [&] { dropped = qint64(m_server->stream().eventsDropped()); },
        Qt::BlockingQueuedConnection);
    return dropped;
}
