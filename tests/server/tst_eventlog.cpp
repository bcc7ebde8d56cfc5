#include "database.h"
#include "eventlog.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace nest::server;

namespace {
StreamOptions retaining(int count, qint64 ms)
{
    StreamOptions options;
    options.maxRetainedEvents = count;
    options.retentionMs = ms;
    return options;
}

QList<qint64> seqsOf(const std::vector<StoredEvent> &events)
{
    QList<qint64> seqs;
    for (const StoredEvent &event : events)
        seqs.append(event.seq);
    return seqs;
}

qint64 rowCount(Database &db)
{
    QSqlQuery q(db.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM events")) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}
} // namespace

class TestEventLog : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("log-%1.db").arg(++m_counter));
    }

    void seqIsStrictlyIncreasing()
    {
        Database db;
        QString error;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventLog log;
        QVERIFY2(log.open(db, StreamOptions{}, &error), qPrintable(error));
        QCOMPARE(log.head(), 0);
        QCOMPARE(log.oldestRetained(), 1);
        qint64 previous = 0;
        for (int i = 0; i < 200; ++i) {
            const qint64 seq = log.append(i % 2 ? u"feed"_qs : u"market"_qs, {}, 1000 + i).seq;
            QVERIFY(seq > previous);
            previous = seq;
        }
        QCOMPARE(log.head(), 200);
        QCOMPARE(log.oldestRetained(), 1);
    }

    void seqNeverReusedAfterACrash()
    {
        QString error;
        Database db;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        const QString crashed = m_path + u".crashed"_qs;
        qint64 seenByClients = 0;
        {
            EventLog log;
            QVERIFY2(log.open(db, StreamOptions{}, &error), qPrintable(error));
            for (int i = 0; i < 5; ++i)
                seenByClients = log.append(u"feed"_qs, {}, 1000 + i).seq;
            QVERIFY(log.flush());
            // Published (and delivered) but not yet persisted when the process dies: the
            // files as they are now are what a restart after a crash finds.
            for (int i = 0; i < 3; ++i)
                seenByClients = log.append(u"feed"_qs, {}, 2000 + i).seq;
            QCOMPARE(seenByClients, 8);
            QCOMPARE(log.pendingCount(), 3);
            QVERIFY(QFile::copy(m_path, crashed));
            if (QFile::exists(m_path + u"-wal"_qs))
                QVERIFY(QFile::copy(m_path + u"-wal"_qs, crashed + u"-wal"_qs));
        }
        Database after;
        QVERIFY2(after.open(crashed, &error), qPrintable(error));
        EventLog restarted;
        QVERIFY2(restarted.open(after, StreamOptions{}, &error), qPrintable(error));
        QCOMPARE(restarted.retainedCount(), 5);
        QVERIFY(restarted.head() >= seenByClients);
        QVERIFY(restarted.append(u"feed"_qs, {}, 3000).seq > seenByClients);
    }

    void cleanCloseContinuesAfterHead()
    {
        QString error;
        Database db;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        {
            EventLog log;
            QVERIFY2(log.open(db, StreamOptions{}, &error), qPrintable(error));
            for (int i = 0; i < 7; ++i)
                log.append(u"feed"_qs, {}, 1000 + i);
        }
        EventLog reopened;
        QVERIFY2(reopened.open(db, StreamOptions{}, &error), qPrintable(error));
        QCOMPARE(reopened.head(), 7);
        QCOMPARE(reopened.retainedCount(), 7);
    }

    void frameIsTheWireEvent_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QJsonObject>("data");
        QTest::newRow("empty data") << u"market"_qs << QJsonObject();
        QTest::newRow("nested") << u"feed"_qs
                                << QJsonObject{{u"kind"_qs, u"post.created"_qs},
                                               {u"post"_qs, QJsonObject{{u"id"_qs, u"p1"_qs}}},
                                               {u"n"_qs, 3}};
        QTest::newRow("escaping") << u"a \"quoted\" topic\n\u00e9"_qs
                                  << QJsonObject{{u"text"_qs, u"</script> \"x\" \\ \u2028"_qs}};
    }
    void frameIsTheWireEvent()
    {
        QFETCH(QString, topic);
        QFETCH(QJsonObject, data);
        EventLog log; // not opened: memory only
        log.append(u"market"_qs, {}, 1);
        const StoredEvent &event = log.append(topic, data, 1234567890123);
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(event.frame, &parseError);
        QCOMPARE(parseError.error, QJsonParseError::NoError);
        const QJsonObject object = doc.object();
        QCOMPARE(object.keys(),
                 (QStringList{u"data"_qs, u"seq"_qs, u"topic"_qs, u"ts"_qs, u"type"_qs}));
        QCOMPARE(object.value(u"type").toString(), u"event"_qs);
        QCOMPARE(object.value(u"seq").toInteger(), 2);
        QCOMPARE(object.value(u"topic").toString(), topic);
        QCOMPARE(object.value(u"ts").toInteger(), 1234567890123);
        QCOMPARE(object.value(u"data").toObject(), data);
        QVERIFY(!event.frame.contains('\n')); // compact
        QCOMPARE(event.seq, 2);
        QCOMPARE(event.topic, topic);
        QCOMPARE(event.ts, 1234567890123);
    }

    void flushAndReopenKeepEvents()
    {
        QString error;
        QList<QByteArray> frames;
        {
            Database db;
            QVERIFY2(db.open(m_path, &error), qPrintable(error));
            EventLog log;
            QVERIFY2(log.open(db, StreamOptions{}, &error), qPrintable(error));
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            for (int i = 0; i < 10; ++i)
                frames.append(log.append(u"market"_qs, {{u"i"_qs, i}}, now).frame);
            QVERIFY(log.flush());
            QCOMPARE(rowCount(db), 10);
            // The 50 ms timer persists without an explicit flush...
            frames.append(log.append(u"feed"_qs, {{u"i"_qs, 10}}, now).frame);
            QCOMPARE(log.pendingCount(), 1);
            QTRY_COMPARE_WITH_TIMEOUT(rowCount(db), 11, 2000);
            // ...and the destructor persists what is still pending.
            for (int i = 11; i < 15; ++i)
                frames.append(log.append(u"feed"_qs, {{u"i"_qs, i}}, now).frame);
            QCOMPARE(log.pendingCount(), 4);
        }
        Database db;
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventLog log;
        QVERIFY2(log.open(db, StreamOptions{}, &error), qPrintable(error));
        QCOMPARE(log.head(), 15);
        QCOMPARE(log.retainedCount(), 15);
        std::vector<StoredEvent> events;
        QCOMPARE(log.replay(0, {u"market"_qs, u"feed"_qs}, &events), EventLog::ReplayResult::Ok);
        QCOMPARE(events.size(), size_t(15));
        for (int i = 0; i < 15; ++i)
            QCOMPARE(events[size_t(i)].frame, frames[i]);
        QCOMPARE(log.append(u"market"_qs, {}, 1).seq, 16); // seq continues across restarts
    }

    void retentionByCount()
    {
        const qint64 t0 = 1'000'000;
        QString error;
        Database db; // outlives the log
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventLog log;
        QVERIFY2(log.open(db, retaining(10, 1000), &error), qPrintable(error));
        for (int i = 0; i < 25; ++i)
            log.append(u"market"_qs, {}, t0);
        QCOMPARE(log.retainedCount(), 25); // all young: kept regardless of the count
        log.append(u"market"_qs, {}, t0 + 5000);
        QCOMPARE(log.retainedCount(), 10); // all old but the last ten
        QCOMPARE(log.oldestRetained(), 17);
        QCOMPARE(log.head(), 26);

        // The table follows, at most once a second.
        QTest::qWait(1100);
        QVERIFY(log.flush());
        QCOMPARE(rowCount(db), 10);
    }

    void retentionByAge()
    {
        QString error;
        Database db; // outlives the log
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventLog log;
        QVERIFY2(log.open(db, retaining(3, 1000), &error), qPrintable(error));
        for (int i = 0; i < 10; ++i)
            log.append(u"feed"_qs, {}, 1000 + 100 * i); // ts 1000..1900
        QCOMPARE(log.retainedCount(), 10);
        log.append(u"feed"_qs, {}, 2500); // ts <= 1500 are now 1000 ms old or more
        QCOMPARE(log.retainedCount(), 5);
        QCOMPARE(log.oldestRetained(), 7);
        log.append(u"feed"_qs, {}, 100000);
        QCOMPARE(log.retainedCount(), 3);
        QCOMPARE(log.oldestRetained(), 10);
        QVERIFY(log.flush());

        // On reopen the same rule holds against the wall clock (those ts are from 1970). The
        // first log was not closed, as after a crash: its reserved seq block is skipped.
        EventLog reopened;
        QVERIFY2(reopened.open(db, retaining(3, 1000), &error), qPrintable(error));
        QCOMPARE(reopened.head(), 10'001);
        QCOMPARE(reopened.retainedCount(), 3);
        QCOMPARE(reopened.oldestRetained(), 10);
    }

    void replayBoundaries_data()
    {
        QTest::addColumn<qint64>("since");
        QTest::addColumn<QStringList>("topics");
        QTest::addColumn<bool>("tooOld");
        QTest::addColumn<QList<qint64>>("seqs");
        const QStringList both{u"market"_qs, u"feed"_qs};
        // Ten events, market on odd seqs; only 6..10 are retained.
        QTest::newRow("since head") << qint64(10) << both << false << QList<qint64>{};
        QTest::newRow("since beyond head (another history)")
            << qint64(50) << both << true << QList<qint64>{};
        QTest::newRow("since oldest-1")
            << qint64(5) << both << false << QList<qint64>{6, 7, 8, 9, 10};
        QTest::newRow("since oldest") << qint64(6) << both << false << QList<qint64>{7, 8, 9, 10};
        QTest::newRow("one topic")
            << qint64(5) << QStringList{u"market"_qs} << false << QList<qint64>{7, 9};
        QTest::newRow("since oldest-2") << qint64(4) << both << true << QList<qint64>{};
        QTest::newRow("since zero") << qint64(0) << both << true << QList<qint64>{};
    }
    void replayBoundaries()
    {
        QFETCH(qint64, since);
        QFETCH(QStringList, topics);
        QFETCH(bool, tooOld);
        QFETCH(QList<qint64>, seqs);
        QString error;
        Database db; // outlives the log
        QVERIFY2(db.open(m_path, &error), qPrintable(error));
        EventLog log;
        QVERIFY2(log.open(db, retaining(5, 0), &error), qPrintable(error));
        for (int i = 1; i <= 10; ++i)
            log.append(i % 2 ? u"market"_qs : u"feed"_qs, {}, i);
        QCOMPARE(log.oldestRetained(), 6);
        std::vector<StoredEvent> out{StoredEvent{}}; // replay replaces what was there
        const auto result = log.replay(since, QSet<QString>(topics.begin(), topics.end()), &out);
        QCOMPARE(result == EventLog::ReplayResult::TooOld, tooOld);
        QCOMPARE(seqsOf(out), seqs);
    }

    void replayOnEmptyLog()
    {
        EventLog log;
        std::vector<StoredEvent> out;
        QCOMPARE(log.oldestRetained(), 1);
        QCOMPARE(log.replay(0, {u"market"_qs}, &out), EventLog::ReplayResult::Ok);
        // A since the server never reached belongs to another history: refetch.
        QCOMPARE(log.replay(7, {u"market"_qs}, &out), EventLog::ReplayResult::TooOld);
        QVERIFY(out.empty());
    }

private:
    QTemporaryDir m_dir;
    QString m_path;
    int m_counter = 0;
};

QTEST_GUILESS_MAIN(TestEventLog)
#include "tst_eventlog.moc"
