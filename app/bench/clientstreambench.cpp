#include "clientstreambench.h"

#include "benchstats.h"
#include "embeddedserver.h"
#include "httpbench.h"
#include "nestserver.h"
#include "streamclient.h"
#include "streamdecoder.h"
#include "streamhub.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <algorithm>
#include <atomic>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <vector>

using namespace nest;

namespace {

qint64 nowUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(
               std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

//! Publishes on the server's thread under this benchmark's control: `perTurn` events per timer
//! tick (so per frame) every `intervalMs` (0: back to back), never more than `window` ahead of
//! `*applied`, until `total`; each event carries its send time (`t`, steady µs).
void publish(server::EmbeddedServer &embedded, qint64 total, int perTurn, int intervalMs,
             const std::atomic<qint64> *applied, qint64 window)
{
    embedded.post([=](server::NestServer &nest) {
        auto *timer = new QTimer(&nest);
        timer->setTimerType(Qt::PreciseTimer);
        auto published = std::make_shared<qint64>(0);
        const QString pad(64, u'x');
        QObject::connect(timer, &QTimer::timeout, &nest, [=, &nest] {
            server::StreamHub &hub = nest.stream();
            for (int i = 0;
                 i < perTurn && *published < total && *published - applied->load() < window; ++i) {
                hub.publish(QStringLiteral("market"),
                            {{QStringLiteral("kind"), QStringLiteral("bench")},
                             {QStringLiteral("t"), double(nowUs())},
                             {QStringLiteral("pad"), pad}});
                ++*published;
            }
            if (*published >= total)
                timer->deleteLater();
        });
        timer->start(intervalMs);
    });
}

struct ClientRun {
    qint64 applied = 0;
    quint64 frames = 0;
    double seconds = 0;
    bool complete = false;
    std::vector<qint64> latenciesUs;
};

qint64 sendTimeUs(const QByteArray &data)
{
    const qsizetype at = data.indexOf("\"t\":");
    if (at < 0)
        return -1;
    double t = 0; // QJsonDocument may write it as a double
    const char *begin = data.constData() + at + 4;
    std::from_chars(begin, data.constData() + data.size(), t);
    return qint64(t);
}

ClientRun runClient(server::EmbeddedServer &server, const QString &token, qint64 total, int perTurn,
                    int intervalMs, bool measureLatency)
{
    ClientRun run;
    std::atomic<qint64> applied{0};
    client::StreamClient stream;
    QEventLoop loop;
    QTimer::singleShot(120'000, &loop, &QEventLoop::quit); // bound the whole run
    QObject::connect(&stream, &client::StreamClient::ready, &loop, &QEventLoop::quit);
    QObject::connect(&stream, &client::StreamClient::eventsReceived, &loop,
                     [&](const QList<client::StreamEvent> &events) {
                         if (measureLatency) {
                             const qint64 now = nowUs();
                             for (const client::StreamEvent &e : events)
                                 run.latenciesUs.push_back(now - sendTimeUs(e.data));
                         }
                         if (applied.fetch_add(events.size()) + events.size() >= total)
                             loop.quit();
                     });
    stream.setUrl(QUrl(QStringLiteral("ws://127.0.0.1:%1/api/v1/stream").arg(server.port())));
    stream.setAccessToken(token);
    stream.setTopics({QStringLiteral("market")});
    stream.start();
    loop.exec();
    if (stream.state() != client::StreamClient::State::Live)
        return run;
    QEventLoop settle; // let the subscribe land before publishing
    QTimer::singleShot(200, &settle, &QEventLoop::quit);
    settle.exec();

    QElapsedTimer clock;
    clock.start();
    publish(server, total, perTurn, intervalMs, &applied, 5000);
    loop.exec();
    run.seconds = double(clock.nsecsElapsed()) / 1e9;
    run.applied = applied.load();
    run.frames = stream.framesReceived();
    run.complete =
        run.applied >= total && stream.duplicatesDropped() == 0 && stream.decodeErrors() == 0;
    return run;
}

double percentileMs(std::vector<qint64> microseconds, double p)
{
    return percentileOf(std::move(microseconds), p) / 1000.0;
}

QByteArray benchEvent(qint64 seq)
{
    return "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq)
           + ",\"topic\":\"market\",\"ts\":1763694000123,\"data\":{\"kind\":\"bench\",\"pad\":\""
           + QByteArray(64, 'x') + "\",\"t\":1234567890}}";
}

//! ns per event for `frame` holding `perFrame` events, decoded `rounds` times.
template<typename Decode>
double nsPerEvent(const QByteArray &frame, int perFrame, int rounds, Decode decode)
{
    qint64 sink = 0;
    QElapsedTimer clock;
    clock.start();
    for (int i = 0; i < rounds; ++i)
        sink += decode(frame);
    const double ns = double(clock.nsecsElapsed()) / (double(rounds) * perFrame);
    return sink == qint64(rounds) * perFrame ? ns : -1; // -1: the decode went wrong
}

void decoderRows()
{
    QList<QByteArray> hundred;
    for (int i = 0; i < 100; ++i)
        hundred.append(benchEvent(1000 + i));
    const QByteArray single = benchEvent(1000);
    const QByteArray batch = "{\"type\":\"batch\",\"events\":[" + hundred.join(',') + "]}";

    client::StreamDecoder decoder;
    const auto simd = [&](const QByteArray &frame) {
        const auto r = decoder.decode(frame);
        return r.ok() ? qint64(std::get<client::StreamEvents>(*r.message).events.size()) : 0;
    };
    // What the decoder replaces: a QJsonDocument parse plus the fields a consumer reads.
    const auto qjson = [](const QByteArray &frame) {
        const QJsonObject root = QJsonDocument::fromJson(frame).object();
        const auto one = [](const QJsonObject &e) {
            const QJsonObject data = e.value(u"data").toObject();
            return e.value(u"seq").toInteger() > 0 && !data.value(u"kind").toString().isEmpty() ? 1
                                                                                                : 0;
        };
        if (root.value(u"type").toString() == u"event")
            return qint64(one(root));
        qint64 n = 0;
        for (const QJsonValue v : root.value(u"events").toArray())
            n += one(v.toObject());
        return n;
    };
    const struct {
        const char *label;
        double ns;
    } rows[] = {
        {"simdjson StreamDecoder, 1 event/frame", nsPerEvent(single, 1, 200'000, simd)},
        {"simdjson StreamDecoder, batch of 100", nsPerEvent(batch, 100, 2'000, simd)},
        {"QJsonDocument, 1 event/frame", nsPerEvent(single, 1, 50'000, qjson)},
        {"QJsonDocument, batch of 100", nsPerEvent(batch, 100, 500, qjson)},
    };
    for (const auto &row : rows)
        std::printf("| client decode, %s (%lld B/event) | %.0f ns/event | | | |\n", row.label,
                    qlonglong(single.size()), row.ns);
    std::fflush(stdout);
}

} // namespace

void runClientStreamBench(server::EmbeddedServer &server, qint64 events)
{
    decoderRows();
    const QString token = signUp(server.baseUrl().toString(), QStringLiteral("bench_client"));

    for (const int perTurn : {1, 100}) {
        const ClientRun r = runClient(server, token, events, perTurn, 0, false);
        std::printf("| StreamClient events/s applied, %s (%.1f events/frame)%s | %.0f | | | %s |\n",
                    perTurn == 1 ? "single events" : "batches of 100",
                    r.frames ? double(r.applied) / double(r.frames) : 0.0,
                    r.complete ? "" : " INCOMPLETE", r.seconds > 0 ? r.applied / r.seconds : 0.0,
                    r.complete ? "0" : "see stderr");
        std::fflush(stdout);
    }

    // 10 events every millisecond: 10,000 events/s, each stamped when published.
    const qint64 paced = std::min<qint64>(events, 30'000);
    const ClientRun r = runClient(server, token, paced, 10, 1, true);
    std::printf("| StreamClient send-to-applied latency at 10,000 events/s%s | %.0f events/s | "
                "%.2f ms | %.2f ms | |\n",
                r.complete ? "" : " INCOMPLETE", r.seconds > 0 ? r.applied / r.seconds : 0.0,
                percentileMs(r.latenciesUs, 0.50), percentileMs(r.latenciesUs, 0.99));
    std::fflush(stdout);
}
