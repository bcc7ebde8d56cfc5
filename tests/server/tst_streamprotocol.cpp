#include "streamprotocol.h"

#include <QTest>

using namespace nest::server;

class TestStreamProtocol : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rejects_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("hello");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no type") << QByteArray("{\"topics\":[]}");
        QTest::newRow("type not string") << QByteArray("{\"type\":7}");
        QTest::newRow("unknown type") << QByteArray("{\"type\":\"shutdown\"}");
        QTest::newRow("auth without token") << QByteArray("{\"type\":\"auth\"}");
        QTest::newRow("auth token number") << QByteArray("{\"type\":\"auth\",\"token\":1}");
        QTest::newRow("topics not array")
            << QByteArray("{\"type\":\"subscribe\",\"topics\":\"feed\"}");
        QTest::newRow("topic not string") << QByteArray("{\"type\":\"subscribe\",\"topics\":[1]}");
        QTest::newRow("since negative")
            << QByteArray("{\"type\":\"subscribe\",\"topics\":[\"feed\"],\"since\":-1}");
        QTest::newRow("since fractional")
            << QByteArray("{\"type\":\"subscribe\",\"topics\":[\"feed\"],\"since\":1.5}");
        QTest::newRow("since huge")
            << QByteArray("{\"type\":\"subscribe\",\"topics\":[\"feed\"],\"since\":1e300}");
        QTest::newRow("since string")
            << QByteArray("{\"type\":\"subscribe\",\"topics\":[\"feed\"],\"since\":\"5\"}");
        QTest::newRow("invalid utf-8") << QByteArray("{\"type\":\"auth\",\"token\":\"\xc3\x28\"}");
        QTest::newRow("deep nesting") << (QByteArray(5000, '[') + QByteArray(5000, ']'));
        QByteArray many = "{\"type\":\"subscribe\",\"topics\":[";
        for (int i = 0; i < 65; ++i)
            many += (i ? ",\"t" : "\"t") + QByteArray::number(i) + '"';
        QTest::newRow("too many topics") << (many + "]}");
    }
    void rejects()
    {
        QFETCH(QByteArray, input);
        const auto decoded = decodeClientMessage(input);
        QVERIFY(std::holds_alternative<ClientMessageError>(decoded));
        QVERIFY(!std::get<ClientMessageError>(decoded).reason.isEmpty());
    }

    void subscribeWithSince()
    {
        const auto decoded = decodeClientMessage(
            "{\"type\":\"subscribe\",\"topics\":[\"feed\",\"market\"],\"since\":9007199254740991}");
        const auto *m = std::get_if<ClientMessage>(&decoded);
        QVERIFY(m);
        QCOMPARE(m->type, ClientMessage::Type::Subscribe);
        QCOMPARE(m->topics, (QStringList{u"feed"_qs, u"market"_qs}));
        QCOMPARE(m->since, std::optional<qint64>(9007199254740991));
    }

    void subscribeWithoutSinceAndUnsubscribe()
    {
        auto decoded = decodeClientMessage("{\"type\":\"subscribe\",\"topics\":[],\"since\":null}");
        QVERIFY(std::holds_alternative<ClientMessage>(decoded));
        QVERIFY(!std::get<ClientMessage>(decoded).since);
        decoded = decodeClientMessage("{\"type\":\"unsubscribe\",\"topics\":[\"feed\"]}");
        QCOMPARE(std::get<ClientMessage>(decoded).type, ClientMessage::Type::Unsubscribe);
    }

    void auth()
    {
        const auto decoded = decodeClientMessage("{\"token\":\"abc.def.ghi\",\"type\":\"auth\"}");
        QCOMPARE(std::get<ClientMessage>(decoded).token, u"abc.def.ghi"_qs);
    }
};

QTEST_GUILESS_MAIN(TestStreamProtocol)
#include "tst_streamprotocol.moc"
