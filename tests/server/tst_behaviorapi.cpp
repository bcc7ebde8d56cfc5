// Behavior analytics through the real server: ingest validation, metrics backfill and its live
// continuation, user search, labels and tracker counts across a restart, trait history, alerts, who
// reads what.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>
#include <QWebSocket>

using namespace nest::test;

namespace {
const auto now = &QDateTime::currentMSecsSinceEpoch;

QJsonObject trackedEvent(const QString &user, const QString &kind, qint64 ts = now())
{
    return {{u"user_id"_qs, user},
            {u"session_id"_qs, QString(user + u"-s1")},
            {u"kind"_qs, kind},
            {u"ts"_qs, ts},
            {u"props"_qs, QJsonObject{}}};
}

QJsonObject traits(double o, double c, double e, double a, double n)
{
    return {{u"openness"_qs, o},
            {u"conscientiousness"_qs, c},
            {u"extraversion"_qs, e},
            {u"agreeableness"_qs, a},
            {u"neuroticism"_qs, n}};
}

//! A stream client that sorts what arrives into events by topic and control messages.
class StreamClient : public QObject {
public:
    StreamClient(quint16 port, const QString &token)
    {
        connect(&socket, &QWebSocket::textMessageReceived, this, [this](const QString &text) {
            const QJsonObject m = QJsonDocument::fromJson(text.toUtf8()).object();
            const QString type = m.value(u"type").toString();
            if (type == u"event") {
                take(m);
            } else if (type == u"batch") {
                for (const QJsonValue e : m.value(u"events").toArray())
                    take(e.toObject());
            } else {
                control.append(m);
            }
        });
        QNetworkRequest request(QUrl(u"ws://127.0.0.1:%1/api/v1/stream"_qs.arg(port)));
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        socket.open(request);
    }
    ~StreamClient() override { socket.abort(); }

    bool ready()
    {
        return QTest::qWaitFor([this] { return count(u"type", u"ready"_qs) > 0; }, 5000);
    }
    qsizetype count(QStringView key, const QString &value) const
    {
        return std::count_if(control.cbegin(), control.cend(), [&](const QJsonObject &m) {
            return m.value(key).toString() == value;
        });
    }
    void subscribe(const QStringList &topics)
    {
        const QJsonObject m{{u"type"_qs, u"subscribe"_qs},
                            {u"topics"_qs, QJsonArray::fromStringList(topics)}};
        socket.sendTextMessage(QString::fromUtf8(QJsonDocument(m).toJson(QJsonDocument::Compact)));
    }

    QWebSocket socket;
    QHash<QString, QList<QJsonObject>> events; //!< topic -> data objects, in order
    QList<QJsonObject> control;

private:
    void take(const QJsonObject &e)
    {
        events[e.value(u"topic").toString()].append(e.value(u"data").toObject());
    }
};
} // namespace

class TestBehaviorApi : public QObject {
    Q_OBJECT
private:
    std::unique_ptr<TestServer> m_server;
    QString m_analyst; //!< the first account: every role
    QString m_trader;  //!< a later account: trader and voter only

    Reply post(const QJsonArray &events, const QString &token = {})
    {
        return m_server->call("POST", u"/api/v1/behavior/events"_qs, {{u"events"_qs, events}},
                              token.isEmpty() ? m_analyst : token);
    }
    Reply label(const QString &user, const QJsonObject &traits, const QString &token = {})
    {
        return m_server->call("POST", u"/api/v1/behavior/users/%1/labels"_qs.arg(user),
                              {{u"traits"_qs, traits}}, token.isEmpty() ? m_analyst : token);
    }
    Reply get(const QString &path, const QString &token = {})
    {
        return m_server->call("GET", path, {}, token.isEmpty() ? m_analyst : token);
    }
    QString login(const QString &user)
    {
        const QJsonObject creds{{u"username"_qs, user}, {u"password"_qs, u"correct horse"_qs}};
        const Reply r = m_server->call("POST", u"/api/v1/auth/login"_qs, creds);
        return r.json().value(u"access_token").toString();
    }
    //! Sums a kind over the backfill of [from, to).
    double backfilled(qint64 from, qint64 to, const QString &kind, qint64 *bucketTs = nullptr)
    {
        const Reply r =
            get(u"/api/v1/behavior/metrics?from=%1&to=%2&step_ms=1000"_qs.arg(from).arg(to));
        double sum = 0;
        for (const QJsonValue p : r.json().value(u"points").toArray()) {
            const double n = p[u"events_per_s"][kind].toDouble();
            if (n > 0 && bucketTs)
                *bucketTs = p[u"ts"].toInteger();
            sum += n;
        }
        return sum;
    }

private Q_SLOTS:
    void initTestCase()
    {
        nest::server::ServerConfig config;
        config.behavior.alerts.warmupSamples = 2;
        config.behavior.flushIntervalMs = 200;
        m_server = std::make_unique<TestServer>(config);
        QVERIFY(m_server->start());
        m_analyst = m_server->signUp(u"analyst"_qs).value(u"access_token").toString();
        m_trader = m_server->signUp(u"trader"_qs).value(u"access_token").toString();
        QVERIFY(!m_analyst.isEmpty() && !m_trader.isEmpty());
    }
    void cleanupTestCase() { m_server.reset(); }

    void ingestValidation_data()
    {
        QTest::addColumn<QJsonValue>("bad");
        QTest::addColumn<QString>("field");
        const auto with = [](const QString &key, const QJsonValue &value) {
            QJsonObject e = trackedEvent(u"v1"_qs, u"click"_qs);
            if (value.isUndefined())
                e.remove(key);
            else
                e.insert(key, value);
            return QJsonValue(e);
        };
        QTest::newRow("unknown kind") << with(u"kind"_qs, u"tap"_qs) << u"kind"_qs;
        QTest::newRow("missing user_id") << with(u"user_id"_qs, {}) << u"user_id"_qs;
        QTest::newRow("missing session_id") << with(u"session_id"_qs, {}) << u"session_id"_qs;
        QTest::newRow("missing ts") << with(u"ts"_qs, {}) << u"ts"_qs;
        QTest::newRow("fractional ts") << with(u"ts"_qs, 1.5) << u"ts"_qs;
        QTest::newRow("props not an object") << with(u"props"_qs, u"x"_qs) << u"props"_qs;
        QTest::newRow("not an object") << QJsonValue(42) << u"object"_qs;
    }
    void ingestValidation()
    {
        QFETCH(QJsonValue, bad);
        QFETCH(QString, field);
        const Reply r = post(QJsonArray{trackedEvent(u"v1"_qs, u"click"_qs), bad});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.errorCode(), u"invalid_request"_qs);
        const QJsonObject error = r.json().value(u"error").toObject();
        QCOMPARE(error.value(u"index").toInt(), 1);
        QVERIFY2(error.value(u"message").toString().contains(field),
                 qPrintable(error.value(u"message").toString()));
    }

    void ingestLimitsAndAuth()
    {
        QJsonArray many;
        for (int i = 0; i < 1001; ++i)
            many.append(trackedEvent(u"v2"_qs, u"key"_qs));
        QCOMPARE(post(many).status, 413);
        many.removeLast();
        const Reply ok = post(many);
        QCOMPARE(ok.status, 202);
        QCOMPARE(ok.json().value(u"accepted").toInt(), 1000);

        QCOMPARE(
            m_server->call("POST", u"/api/v1/behavior/events"_qs, {{u"events"_qs, QJsonArray{}}})
                .status,
            401);
        QCOMPARE(post(QJsonArray{}).json().value(u"accepted").toInt(), 0);
        const Reply notArray =
            m_server->call("POST", u"/api/v1/behavior/events"_qs, {{u"events"_qs, 3}}, m_analyst);
        QCOMPARE(notArray.status, 400);
        QCOMPARE(
            m_server->callRaw("POST", u"/api/v1/behavior/events"_qs, "{", m_analyst).errorCode(),
            u"malformed_json"_qs);
    }

    void metricsBackfillHasTheIngestedCounts()
    {
        const qint64 before = now();
        QJsonArray events;
        for (int i = 0; i < 3; ++i)
            events.append(trackedEvent(u"m1"_qs, u"search"_qs));
        events.append(trackedEvent(u"m2"_qs, u"vote"_qs));
        events.append(trackedEvent(u"m2"_qs, u"vote"_qs));
        QCOMPARE(post(events).status, 202);
        const qint64 after = now();

        // The second they arrived in closes within about a second.
        qint64 bucket = 0;
        QTRY_COMPARE_WITH_TIMEOUT(backfilled(before - 5000, after + 5000, u"search"_qs, &bucket),
                                  3.0, 3000);
        QVERIFY(bucket >= before / 1000 * 1000 && bucket <= after);
        QCOMPARE(backfilled(before - 5000, after + 5000, u"vote"_qs), 2.0);
        // Coarser steps carry the same events as a rate over the step.
        const Reply coarse =
            get(u"/api/v1/behavior/metrics?from=%1&to=%2&step_ms=60000"_qs.arg(bucket).arg(bucket
                                                                                           + 1000));
        const QJsonArray points = coarse.json().value(u"points").toArray();
        QCOMPARE(points.size(), 1);
        QCOMPARE(points[0][u"ts"].toInteger() % 60000, 0);
        QVERIFY(points[0][u"events_per_s"][u"vote"].toDouble() > 0);
        QVERIFY(points[0][u"active_users"].toInt() >= 2);

        for (const QString &bad :
             {u"step_ms=1500"_qs, u"from=10&to=5"_qs, u"from=0&to=86400000"_qs, u"from=abc"_qs})
            QCOMPARE(get(u"/api/v1/behavior/metrics?"_qs + bad).status, 400);
        // Defaults: the last five minutes by the second.
        QCOMPARE(get(u"/api/v1/behavior/metrics"_qs).json().value(u"points").toArray().size(), 300);
    }

    void usersSearchAndPaging()
    {
        QJsonArray events;
        for (int i = 1; i <= 5; ++i)
            events.append(trackedEvent(u"alice_%1"_qs.arg(i), u"page_view"_qs));
        events.append(trackedEvent(u"bob_1"_qs, u"like"_qs));
        QCOMPARE(post(events).status, 202);

        QStringList seen;
        QString cursor;
        int pages = 0;
        do {
            QUrlQuery query;
            query.addQueryItem(u"q"_qs, u"ALICE"_qs);
            query.addQueryItem(u"limit"_qs, u"2"_qs);
            if (!cursor.isEmpty())
                query.addQueryItem(u"cursor"_qs, cursor);
            const Reply r = get(u"/api/v1/behavior/users?"_qs + query.toString(QUrl::FullyEncoded));
            QCOMPARE(r.status, 200);
            const QJsonArray items = r.json().value(u"items").toArray();
            QVERIFY(items.size() <= 2);
            for (const QJsonValue item : items) {
                seen << item[u"user_id"].toString();
                QCOMPARE(item[u"traits"].toObject().size(), 5);
                QCOMPARE(item[u"samples"].toInt(), 1);
            }
            cursor = r.json().value(u"next_cursor").toString();
            ++pages;
        } while (!cursor.isEmpty() && pages < 10);
        QCOMPARE(pages, 3);
        QCOMPARE(seen, (QStringList{u"alice_1"_qs, u"alice_2"_qs, u"alice_3"_qs, u"alice_4"_qs,
                                    u"alice_5"_qs}));

        const Reply bob = get(u"/api/v1/behavior/users?q=bob"_qs);
        QCOMPARE(bob.json().value(u"items").toArray().size(), 1);
        QVERIFY(bob.json().value(u"next_cursor").isNull());
        for (const QString &bad : {u"limit=0"_qs, u"limit=201"_qs, u"cursor=***"_qs})
            QCOMPARE(get(u"/api/v1/behavior/users?"_qs + bad).status, 400);
    }

    void labelsTrainTheLearnerAndSurviveRestart()
    {
        QJsonArray events;
        const qint64 t0 = now() - 10 * 60'000;
        for (int i = 0; i < 40; ++i)
            events.append(
                trackedEvent(u"labeled"_qs, i % 2 ? u"click"_qs : u"key"_qs, t0 + i * 15'000));
        QCOMPARE(post(events).status, 202);

        const QJsonObject model0 = get(u"/api/v1/behavior/model"_qs).json();
        QCOMPARE(label(u"labeled"_qs, traits(0.8, 0.3, 0.6, 0.5, 0.2)).status, 202);
        const QJsonObject model1 = get(u"/api/v1/behavior/model"_qs).json();
        QVERIFY(model1.value(u"version").toInteger() > model0.value(u"version").toInteger());
        QCOMPARE(model1.value(u"labeled_samples").toInteger(), 1);
        QVERIFY(model1.value(u"samples_seen").toInteger() >= 1 && model1.contains(u"loss"));
        QVERIFY(model1.value(u"updated_at").toInteger() > 0);

        QCOMPARE(label(u"nobody"_qs, traits(0.5, 0.5, 0.5, 0.5, 0.5)).status, 404);
        QCOMPARE(label(u"labeled"_qs, traits(1.5, 0.5, 0.5, 0.5, 0.5)).status, 400);

        // A history point is recorded on the next tick.
        const auto history = [this] { return get(u"/api/v1/behavior/users/labeled/traits"_qs); };
        QTRY_VERIFY_WITH_TIMEOUT(!history().json().value(u"history").toArray().isEmpty(), 3000);
        const QJsonObject before = history().json();
        QCOMPARE(before.value(u"user_id").toString(), u"labeled"_qs);
        QCOMPARE(before.value(u"samples").toInt(), 40);
        const QJsonObject point = before.value(u"history").toArray().first().toObject();
        QVERIFY(point.value(u"ts").toInteger() > 0);
        QCOMPARE(point.value(u"traits").toObject().size(), 5);

        // Unlabeled users' behavior also moves the learner: compare with its state at the stop.
        const QJsonObject stopped = get(u"/api/v1/behavior/model"_qs).json();
        QVERIFY(m_server->restart());
        m_analyst = login(u"analyst"_qs);
        m_trader = login(u"trader"_qs);
        const QJsonObject model2 = get(u"/api/v1/behavior/model"_qs).json();
        QCOMPARE(model2, stopped);
        QCOMPARE(model2.value(u"labeled_samples").toInteger(), 1);
        const QJsonObject after = history().json();
        QCOMPARE(after.value(u"history").toArray().size(),
                 before.value(u"history").toArray().size());
        QCOMPARE(after.value(u"samples").toInt(), 40);
        // The tracker's counts survived too: new events add to them, they do not start over.
        QJsonArray more;
        for (int i = 40; i < 50; ++i)
            more.append(trackedEvent(u"labeled"_qs, u"click"_qs, t0 + i * 15'000));
        QCOMPARE(post(more).status, 202);
        QTRY_COMPARE_WITH_TIMEOUT(history().json().value(u"samples").toInt(), 50, 5000);
        // The user is still known after the restart: a new questionnaire replaces the old one.
        QCOMPARE(label(u"labeled"_qs, traits(0.7, 0.3, 0.6, 0.5, 0.2)).status, 202);
        QCOMPARE(get(u"/api/v1/behavior/model"_qs).json().value(u"labeled_samples").toInteger(), 1);
        QCOMPARE(get(u"/api/v1/behavior/users/nobody/traits"_qs).status, 404);
    }

    void liveMetricsEverySecondAndAlertOnSpike()
    {
        StreamClient client(m_server->port(), m_analyst);
        QVERIFY(client.ready());
        client.subscribe(
            {u"behavior.metrics"_qs, u"behavior.event"_qs, u"behavior.traits"_qs, u"alerts"_qs});
        QTRY_VERIFY_WITH_TIMEOUT(client.events.value(u"behavior.metrics"_qs).size() >= 3, 5000);
        const QList<QJsonObject> metrics = client.events.value(u"behavior.metrics"_qs);
        for (qsizetype i = 1; i < metrics.size(); ++i)
            QCOMPARE(metrics[i].value(u"ts").toInteger() - metrics[i - 1].value(u"ts").toInteger(),
                     1000);
        QCOMPARE(metrics.last().value(u"window_ms").toInt(), 1000);
        QCOMPARE(metrics.last().value(u"events_per_s").toObject().size(), 10);
        QVERIFY(metrics.last().contains(u"active_users"));
        QVERIFY(metrics.last().value(u"total").toInteger() >= 1000); // counts since the start
        QVERIFY(client.events.value(u"alerts"_qs).isEmpty());

        // A burst of purchases: one alert, the raw events, and the live second matches the
        // backfill of the same second.
        QJsonArray burst;
        for (int i = 0; i < 500; ++i)
            burst.append(trackedEvent(u"buyer_%1"_qs.arg(i % 50), u"purchase"_qs));
        QCOMPARE(post(burst).status, 202);
        QTRY_VERIFY_WITH_TIMEOUT(!client.events.value(u"alerts"_qs).isEmpty(), 3000);
        const QJsonObject alert = client.events.value(u"alerts"_qs).first();
        QCOMPARE(alert.value(u"metric").toString(), u"events_per_s.purchase"_qs);
        QCOMPARE(alert.value(u"value").toDouble(), 500.0);
        QVERIFY(alert.value(u"expected").toDouble() < 5);
        QCOMPARE(alert.value(u"severity").toString(), u"critical"_qs);
        QVERIFY(alert.value(u"id").toString().startsWith(u"al_")
                && !alert.value(u"message").toString().isEmpty());

        QTRY_COMPARE_WITH_TIMEOUT(client.events.value(u"behavior.event"_qs).size(), 500, 3000);
        const QJsonObject raw = client.events.value(u"behavior.event"_qs).first();
        QCOMPARE(raw.value(u"kind").toString(), u"purchase"_qs);
        QVERIFY(raw.contains(u"session_id") && raw.contains(u"ts") && raw.contains(u"props"));

        QJsonObject live;
        for (const QJsonObject &m : client.events.value(u"behavior.metrics"_qs))
            live = m[u"events_per_s"][u"purchase"].toDouble() > 0 ? m : live;
        QCOMPARE(live[u"events_per_s"][u"purchase"].toDouble(), 500.0);
        QVERIFY(live.value(u"active_users").toInt() >= 50);
        const qint64 ts = live.value(u"ts").toInteger();
        QCOMPARE(backfilled(ts, ts + 1000, u"purchase"_qs), 500.0);

        // Fifty buyers, each decoded once per second at most.
        QTRY_VERIFY_WITH_TIMEOUT(client.events.value(u"behavior.traits"_qs).size() >= 50, 3000);
        const QJsonObject estimate = client.events.value(u"behavior.traits"_qs).first();
        QVERIFY(estimate.contains(u"confidence") && estimate.contains(u"samples"));
        QVERIFY(client.events.value(u"behavior.traits"_qs).size() <= 50 + 1);
    }

    void rolesAreChecked()
    {
        for (const QString &path :
             {u"/api/v1/behavior/metrics"_qs, u"/api/v1/behavior/users"_qs,
              u"/api/v1/behavior/users/labeled/traits"_qs, u"/api/v1/behavior/model"_qs}) {
            const Reply r = get(path, m_trader);
            QCOMPARE(r.status, 403);
            QCOMPARE(r.errorCode(), u"forbidden"_qs);
        }
        QCOMPARE(label(u"labeled"_qs, traits(0.5, 0.5, 0.5, 0.5, 0.5), m_trader).status, 403);
        // Any signed-in user may report behavior.
        QCOMPARE(post(QJsonArray{trackedEvent(u"t1"_qs, u"click"_qs)}, m_trader).status, 202);

        StreamClient client(m_server->port(), m_trader);
        QVERIFY(client.ready());
        client.subscribe(
            {u"behavior.event"_qs, u"behavior.metrics"_qs, u"behavior.traits"_qs, u"alerts"_qs});
        QTRY_COMPARE_WITH_TIMEOUT(client.count(u"code", u"forbidden_topic"_qs), 4, 3000);
        QTest::qWait(1200); // a metrics second goes by: none of it reaches the trader
        QVERIFY(client.events.isEmpty());
    }
};

QTEST_MAIN(TestBehaviorApi)
#include "tst_behaviorapi.moc"
