#include "streambench.h"

#include "embeddedserver.h"
#include "nestserver.h"
#include "streamhub.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkRequest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketHandshakeOptions>

#include <algorithm>
#include <atomic>
#include <memory>
#include <vector>

namespace {
using nest::server::EmbeddedServer;
using nest::server::NestServer;

//! Publishes `total` events on the server's thread, at most `window` ahead of `*delivered`.
void publishPaced(EmbeddedServer &server, const QString &topic, qint64 total, int payloadBytes,
                  const std::atomic<qint64> *delivered, qint64 window)
{
    const QJsonObject data{{QStringLiteral("kind"), QStringLiteral("bench")},
                           {QStringLiteral("pad"), QString(payloadBytes, u'x')}};
    server.post([=](NestServer &s) {
        auto *timer = new QTimer(&s);
        auto published = std::make_shared<qint64>(0);
        QObject::connect(timer, &QTimer::timeout, &s, [=, &s] {
            for (int i = 0;
                 i < 500 && *published < total && *published - delivered->load() < window; ++i) {
                s.stream().publish(topic, data);
                ++*published;
            }
            if (*published >= total)
                timer->deleteLater();
        });
        timer->start(0);
    });
}

qint64 countEvents(QByteArrayView message)
{
    // Each event carries exactly one "seq" key; counting it avoids a full parse on the client.
    qint64 n = 0;
    for (qsizetype at = message.indexOf("\"seq\":"); at >= 0;
         at = message.indexOf("\"seq\":", at + 6))
        ++n;
    return n;
}
} // namespace

StreamBenchResult benchStream(EmbeddedServer &server, const QString &token, int subscribers,
                              qint64 events, bool binary)
{
    StreamBenchResult result;
    result.subscribers = subscribers;
    result.eventsPerSubscriber = events;

    std::vector<std::unique_ptr<QWebSocket>> sockets;
    std::vector<qint64> counts(size_t(subscribers), 0);
    std::atomic<qint64> slowest{0};
    int ready = 0;
    QEventLoop loop;
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // bound the whole run

    const QByteArray subscribe = R"({"type":"subscribe","topics":["market"]})";
    for (int i = 0; i < subscribers; ++i) {
        auto socket = std::make_unique<QWebSocket>();
        QWebSocket *s = socket.get();
        auto onMessage = [&, i, s](QByteArrayView message) {
            if (message.contains("\"type\":\"ready\"")) {
                s->sendTextMessage(QString::fromLatin1(subscribe));
                if (++ready == subscribers)
                    loop.quit();
                return;
            }
            counts[size_t(i)] += countEvents(message);
            const qint64 low = *std::min_element(counts.begin(), counts.end());
            slowest.store(low);
            if (low >= events)
                loop.quit();
        };
        QObject::connect(s, &QWebSocket::textMessageReceived, s,
                         [onMessage](const QString &m) { onMessage(m.toUtf8()); });
        QObject::connect(s, &QWebSocket::binaryMessageReceived, s,
                         [onMessage](const QByteArray &m) { onMessage(m); });
        QNetworkRequest request(
            QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(server.port())));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        QWebSocketHandshakeOptions options;
        if (binary)
            options.setSubprotocols({QStringLiteral("nest.v1.binary")});
        s->open(request, options);
        sockets.push_back(std::move(socket));
    }
    loop.exec(); // until every client is ready
    if (ready < subscribers)
        return result;
    // Give the subscribe messages a moment to land before publishing.
    QEventLoop settle;
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer clock;
    clock.start();
    publishPaced(server, QStringLiteral("market"), events, 64, &slowest, 5000);
    loop.exec();
    result.seconds = double(clock.nsecsElapsed()) / 1e9;
    for (qint64 c : counts)
        result.delivered += c;
    result.complete = slowest.load() >= events;
    if (!result.complete)
        qWarning() << "incomplete: ready" << ready << "counts"
                   << QList<qint64>(counts.begin(), counts.end()).mid(0, 8);
    server.runBlocking([&](NestServer &s) { result.dropped = qint64(s.stream().eventsDropped()); });
    return result;
}
