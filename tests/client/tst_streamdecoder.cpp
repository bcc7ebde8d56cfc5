// The stream's hot-path decoder: every server message shape, and hostile frames refused whole
// with a reason (never a crash, never a partly decoded batch).
#include "streamdecoder.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace nest::client;

namespace {
QByteArray eventFrame(qint64 seq, const QByteArray &topic = "market",
                      const QByteArray &data = "{\"kind\":\"sale\",\"n\":1}")
{
    return "{\"type\":\"event\",\"seq\":" + QByteArray::number(seq) + ",\"topic\":\"" + topic
           + "\",\"ts\":1763694000123,\"data\":" + data + "}";
}

QByteArray batch(const QList<QByteArray> &events)
{
    return "{\"type\":\"batch\",\"events\":[" + events.join(',') + "]}";
}

QByteArray nested(int depth)
{
    return QByteArray(depth, '[') + QByteArray(depth, ']');
}

//! Each field member replaced in turn: an event whose `name` member holds `value`.
QByteArray eventWith(const QByteArray &name, const QByteArray &value)
{
    QByteArray seq = "1", ts = "5", topic = "\"market\"", data = "{}";
    if (name == "seq")
        seq = value;
    else if (name == "ts")
        ts = value;
    else if (name == "topic")
        topic = value;
    else if (name == "data")
        data = value;
    return "{\"type\":\"event\",\"seq\":" + seq + ",\"topic\":" + topic + ",\"ts\":" + ts
           + ",\"data\":" + data + "}";
}

const StreamEvents *eventsOf(const StreamDecoder::Result &r)
{
    return r.message ? std::get_if<StreamEvents>(&*r.message) : nullptr;
}
} // namespace

class TestStreamDecoder : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void singleEvent()
    {
        StreamDecoder decoder;
        const auto r = decoder.decode(
            eventFrame(42, "market", "{ \"kind\" : \"listing.updated\", \"price\": 12.5 }"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.type, u"event"_qs);
        const StreamEvents *events = eventsOf(r);
        QVERIFY(events);
        QCOMPARE(events->events.size(), 1);
        const StreamEvent &e = events->events.first();
        QCOMPARE(e.seq, 42);
        QCOMPARE(e.ts, 1763694000123);
        QCOMPARE(e.topic, u"market"_qs);
        QCOMPARE(e.kind, u"listing.updated"_qs);
        // The raw data is exactly the object's bytes, ready for the topic's model.
        QCOMPARE(e.data, QByteArray("{ \"kind\" : \"listing.updated\", \"price\": 12.5 }"));
        QCOMPARE(QJsonDocument::fromJson(e.data).object().value(u"price").toDouble(), 12.5);
    }

    void membersInAnyOrderAndUnknownMembersIgnored()
    {
        StreamDecoder decoder;
        const auto r = decoder.decode(QByteArrayView(
            "{\"data\":{\"x\":[1,{\"y\":null}]},\"ts\":0,\"future\":{\"a\":[true,false]},"
            "\"topic\":\"feed\",\"seq\":7,\"type\":\"event\"}"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const StreamEvent &e = eventsOf(r)->events.first();
        QCOMPARE(e.seq, 7);
        QCOMPARE(e.topic, u"feed"_qs);
        QVERIFY(e.kind.isEmpty());
        QCOMPARE(e.data, QByteArray("{\"x\":[1,{\"y\":null}]}"));
    }

    void batchInOrder()
    {
        StreamDecoder decoder;
        QList<QByteArray> parts;
        for (int i = 1; i <= 100; ++i)
            parts.append(eventFrame(1000 + i, i % 2 ? "market" : "feed"));
        const auto r = decoder.decode(batch(parts));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const StreamEvents *events = eventsOf(r);
        QCOMPARE(events->events.size(), 100);
        for (int i = 0; i < 100; ++i)
            QCOMPARE(events->events.at(i).seq, 1001 + i);
        QCOMPARE(events->events.at(1).topic, u"feed"_qs);
    }

    void controlMessages()
    {
        StreamDecoder decoder;
        auto r = decoder.decode(
            QByteArrayView("{\"type\":\"ready\",\"user\":{\"id\":\"u_1\",\"roles\":[\"trader\"],"
                           "\"public_key\":null},\"head\":17}"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto *ready = std::get_if<StreamReady>(&*r.message);
        QVERIFY(ready);
        QCOMPARE(ready->head, 17);
        QCOMPARE(ready->userJson,
                 QByteArray("{\"id\":\"u_1\",\"roles\":[\"trader\"],\"public_key\":null}"));

        r = decoder.decode(QByteArrayView("{\"type\":\"reset\",\"topic\":\"market\",\"head\":9}"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto *reset = std::get_if<StreamReset>(&*r.message);
        QVERIFY(reset);
        QCOMPARE(reset->topic, u"market"_qs);
        QCOMPARE(reset->head, 9);

        r = decoder.decode(QByteArrayView("{\"type\":\"error\",\"code\":\"forbidden_topic\"}"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        const auto *error = std::get_if<StreamError>(&*r.message);
        QVERIFY(error);
        QCOMPARE(error->code, u"forbidden_topic"_qs);
        QVERIFY(error->message.isEmpty());

        r = decoder.decode(QByteArrayView(
            "{\"type\":\"error\",\"code\":\"bad_message\",\"message\":\"since \\u00e9\"}"));
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(std::get<StreamError>(*r.message).message, u"since \u00e9"_qs);
    }

    void inPlaceAndCopiedInputAgree()
    {
        StreamDecoder decoder;
        QByteArray padded = eventFrame(5);
        padded.reserve(padded.size() + 200); // room for simdjson's padding: parsed in place
        QByteArray tight = eventFrame(5);
        tight.squeeze();
        const auto a = decoder.decode(padded);
        const auto b = decoder.decode(tight);
        QVERIFY(a.ok() && b.ok());
        QCOMPARE(eventsOf(a)->events.first().data, eventsOf(b)->events.first().data);
        // The in-place path must not read the spare capacity as content.
        padded.append("garbage");
        padded.chop(7);
        QVERIFY(decoder.decode(padded).ok());
    }

    void hostileFramesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("frame");
        QTest::addColumn<QString>("reason");

        QTest::newRow("empty") << QByteArray() << u"not valid"_qs;
        QTest::newRow("whitespace") << QByteArray("   ") << u"not valid"_qs;
        QTest::newRow("not json") << QByteArray("hello") << u""_qs;
        QTest::newRow("null") << QByteArray("null") << u"not a JSON object"_qs;
        QTest::newRow("array") << QByteArray("[]") << u"not a JSON object"_qs;
        QTest::newRow("number") << QByteArray("42") << u"not a JSON object"_qs;
        QTest::newRow("string") << QByteArray("\"event\"") << u"not a JSON object"_qs;
        QTest::newRow("empty object") << QByteArray("{}") << u"missing type"_qs;
        QTest::newRow("type number") << QByteArray("{\"type\":42}") << u"type is not"_qs;
        QTest::newRow("type null") << QByteArray("{\"type\":null}") << u"type is not"_qs;
        QTest::newRow("unknown type")
            << QByteArray("{\"type\":\"drop_tables\"}") << u"unknown type"_qs;
        QTest::newRow("duplicate type")
            << QByteArray("{\"type\":\"event\",\"type\":\"ready\",\"user\":{},\"head\":1}")
            << u"duplicate type"_qs;
        QTest::newRow("truncated") << eventFrame(1).chopped(1) << u""_qs;
        QTest::newRow("truncated deep") << eventFrame(1).left(40) << u""_qs;
        QTest::newRow("trailing junk") << eventFrame(1) + " x" << u""_qs;
        QTest::newRow("two objects") << eventFrame(1) + eventFrame(2) << u""_qs;

        QTest::newRow("no seq") << QByteArray(
            "{\"type\":\"event\",\"topic\":\"m\",\"ts\":1,\"data\":{}}")
                                << u"lacks"_qs;
        QTest::newRow("no ts") << QByteArray(
            "{\"type\":\"event\",\"seq\":1,\"topic\":\"m\",\"data\":{}}")
                               << u"lacks"_qs;
        QTest::newRow("no topic") << QByteArray(
            "{\"type\":\"event\",\"seq\":1,\"ts\":1,\"data\":{}}")
                                  << u"lacks"_qs;
        QTest::newRow("no data") << QByteArray(
            "{\"type\":\"event\",\"seq\":1,\"topic\":\"m\",\"ts\":1}")
                                 << u"lacks"_qs;
        QTest::newRow("seq string") << eventWith("seq", "\"5\"") << u"seq"_qs;
        QTest::newRow("seq float") << eventWith("seq", "5.0") << u"seq"_qs;
        QTest::newRow("seq exponent") << eventWith("seq", "1e3") << u"seq"_qs;
        QTest::newRow("seq negative") << eventWith("seq", "-1") << u"seq"_qs;
        QTest::newRow("seq zero") << eventWith("seq", "0") << u"seq"_qs;
        QTest::newRow("seq 2^53") << eventWith("seq", "9007199254740992") << u"seq"_qs;
        QTest::newRow("seq int64 max") << eventWith("seq", "9223372036854775807") << u"seq"_qs;
        QTest::newRow("seq overflow") << eventWith("seq", "99999999999999999999999") << u""_qs;
        QTest::newRow("seq bool") << eventWith("seq", "true") << u"seq"_qs;
        QTest::newRow("seq null") << eventWith("seq", "null") << u"seq"_qs;
        QTest::newRow("seq object") << eventWith("seq", "{}") << u"seq"_qs;
        QTest::newRow("duplicate seq")
            << QByteArray("{\"type\":\"event\",\"seq\":1,\"seq\":2,\"topic\":\"m\",\"ts\":1,"
                          "\"data\":{}}")
            << u"duplicate seq"_qs;
        QTest::newRow("ts negative") << eventWith("ts", "-5") << u"ts"_qs;
        QTest::newRow("ts float") << eventWith("ts", "1.5") << u"ts"_qs;
        QTest::newRow("topic number") << eventWith("topic", "7") << u"topic"_qs;
        QTest::newRow("topic empty") << eventWith("topic", "\"\"") << u"topic"_qs;
        QTest::newRow("topic too long")
            << eventWith("topic", '"' + QByteArray(65, 'a') + '"') << u"topic"_qs;
        QTest::newRow("data array") << eventWith("data", "[]") << u"data"_qs;
        QTest::newRow("data string") << eventWith("data", "\"x\"") << u"data"_qs;
        QTest::newRow("data null") << eventWith("data", "null") << u"data"_qs;
        QTest::newRow("kind number") << eventWith("data", "{\"kind\":5}") << u"kind"_qs;
        QTest::newRow("kind twice")
            << eventWith("data", "{\"kind\":\"a\",\"kind\":\"b\"}") << u"kind"_qs;
        QTest::newRow("data deep")
            << eventWith("data", "{\"x\":" + nested(40) + "}") << u"nested too deeply"_qs;
        QTest::newRow("data very deep")
            << eventWith("data", "{\"x\":" + nested(100000) + "}") << u"nested too deeply"_qs;
        QTest::newRow("unknown member deep")
            << QByteArray("{\"type\":\"error\",\"code\":\"c\",\"x\":" + nested(5000) + "}")
            << u"nested too deeply"_qs;
        QTest::newRow("only brackets") << QByteArray(10000, '[') << u""_qs;
        QTest::newRow("unbalanced data") << eventWith("data", "{\"a\":[1}") << u""_qs;
        QTest::newRow("bad member syntax") << eventWith("data", "{\"a\" 1}") << u""_qs;
        QTest::newRow("mismatched close") << eventWith("data", "{\"a\":1]") << u""_qs;
        QTest::newRow("bad literal") << eventWith("data", "{\"a\":tru}") << u""_qs;
        QTest::newRow("leading zero") << eventWith("data", "{\"a\":01}") << u""_qs;
        QTest::newRow("huge double") << eventWith("data", "{\"a\":1e999}") << u""_qs;
        QTest::newRow("bad escape") << eventWith("data", "{\"a\":\"\\q\"}") << u""_qs;
        QTest::newRow("bad escape in key") << eventWith("data", "{\"\\q\":1}") << u""_qs;
        QTest::newRow("lone surrogate") << eventWith("data", "{\"a\":\"\\ud800\"}") << u""_qs;
        QTest::newRow("invalid utf-8 in data")
            << eventWith("data", "{\"a\":\"\xff\xfe\"}") << u"UTF-8"_qs;
        QTest::newRow("overlong utf-8") << eventWith("data", "{\"a\":\"\xc0\xaf\"}") << u"UTF-8"_qs;
        QTest::newRow("utf-8 surrogate")
            << eventWith("data", "{\"a\":\"\xed\xa0\x80\"}") << u"UTF-8"_qs;
        QTest::newRow("invalid utf-8 in topic")
            << eventWith("topic", "\"m\xe2\x82\"") << u"UTF-8"_qs;
        QTest::newRow("control char") << eventWith("data", "{\"a\":\"\x01\"}") << u""_qs;
        QTest::newRow("nul byte") << eventWith("data", QByteArray("{\"a\":\"\0\"}", 9)) << u""_qs;

        QTest::newRow("batch without events")
            << QByteArray("{\"type\":\"batch\"}") << u"batch without events"_qs;
        QTest::newRow("batch empty") << batch({}) << u"batch without events"_qs;
        QTest::newRow("batch events object")
            << QByteArray("{\"type\":\"batch\",\"events\":{}}") << u"not an array"_qs;
        QTest::newRow("batch element number") << batch({eventFrame(1), "7"}) << u"not an object"_qs;
        QTest::newRow("batch element reset")
            << batch({eventFrame(1), "{\"type\":\"reset\",\"topic\":\"m\",\"head\":1}"})
            << u"not an event"_qs;
        QTest::newRow("batch decreasing")
            << batch({eventFrame(5), eventFrame(4)}) << u"increasing"_qs;
        QTest::newRow("batch repeated seq")
            << batch({eventFrame(5), eventFrame(5)}) << u"increasing"_qs;
        QTest::newRow("batch bad event in the middle")
            << batch({eventFrame(1), eventFrame(2), eventWith("seq", "-3"), eventFrame(4)})
            << u"seq"_qs;
        QTest::newRow("batch bad data at the end")
            << batch({eventFrame(1), eventFrame(2), eventFrame(3, "market", "{\"kind\":[]}")})
            << u"kind"_qs;
        {
            QList<QByteArray> many;
            for (int i = 1; i <= int(StreamDecoder::kMaxBatchEvents) + 1; ++i)
                many.append("{\"seq\":" + QByteArray::number(i)
                            + ",\"topic\":\"m\",\"ts\":1,\"data\":{}}");
            QTest::newRow("batch too many") << batch(many) << u"batch too large"_qs;
        }
        QTest::newRow("ready without user")
            << QByteArray("{\"type\":\"ready\",\"head\":1}") << u"lacks"_qs;
        QTest::newRow("ready user string")
            << QByteArray("{\"type\":\"ready\",\"user\":\"alice\",\"head\":1}") << u"user"_qs;
        QTest::newRow("ready head negative")
            << QByteArray("{\"type\":\"ready\",\"user\":{},\"head\":-1}") << u"head"_qs;
        QTest::newRow("reset without head")
            << QByteArray("{\"type\":\"reset\",\"topic\":\"m\"}") << u"lacks"_qs;
        QTest::newRow("reset head float")
            << QByteArray("{\"type\":\"reset\",\"topic\":\"m\",\"head\":1.5}") << u"head"_qs;
        QTest::newRow("error without code") << QByteArray("{\"type\":\"error\"}") << u"code"_qs;
        QTest::newRow("error code number")
            << QByteArray("{\"type\":\"error\",\"code\":4}") << u"code"_qs;
        QTest::newRow("error empty code")
            << QByteArray("{\"type\":\"error\",\"code\":\"\"}") << u"code"_qs;
        QTest::newRow("error message object")
            << QByteArray("{\"type\":\"error\",\"code\":\"c\",\"message\":{}}") << u"message"_qs;
    }

    void hostileFramesAreRefused()
    {
        QFETCH(QByteArray, frame);
        QFETCH(QString, reason);
        StreamDecoder decoder;
        // Both input paths: copied into the padded scratch buffer, and parsed in place.
        const auto copied = decoder.decode(QByteArrayView(frame));
        QVERIFY2(!copied.ok(), "a hostile frame was accepted");
        QVERIFY(!copied.error.isEmpty());
        QVERIFY2(copied.error.contains(reason), qPrintable(copied.error));
        QByteArray padded = frame;
        padded.reserve(frame.size() + 128);
        const auto inPlace = decoder.decode(padded);
        QVERIFY(!inPlace.ok());
        QCOMPARE(inPlace.error, copied.error);
        // A refused frame leaves no trace: the next good one decodes normally.
        QVERIFY(decoder.decode(eventFrame(9)).ok());
    }

    void framesOverTheCapAreRefusedUnread()
    {
        StreamDecoder decoder(1024);
        const QByteArray big =
            eventFrame(1, "market", "{\"pad\":\"" + QByteArray(2000, 'x') + "\"}");
        const auto r = decoder.decode(big);
        QVERIFY(!r.ok());
        QCOMPARE(r.error, u"frame too large"_qs);
        QVERIFY(decoder.decode(eventFrame(1)).ok());
    }

    void refusedFrameReportsItsType()
    {
        StreamDecoder decoder;
        QCOMPARE(decoder.decode(batch({eventFrame(2), eventFrame(1)})).type, u"batch"_qs);
        QCOMPARE(decoder.decode(QByteArrayView("{\"type\":\"notice\"}")).type, u"notice"_qs);
        QVERIFY(decoder.decode(QByteArrayView("{\"type\":7}")).type.isEmpty());
    }

    //! Reported, not asserted: ns per small event for simdjson and for QJsonDocument.
    void microBenchmark()
    {
        const QByteArray single =
            eventFrame(123456, "market",
                       "{\"kind\":\"listing.updated\",\"id\":\"l_Jx2c9bq0mQ4tV1aZ\",\"price\":1250,"
                       "\"currency\":\"NST\",\"seller\":\"u_Jx2c9bq0mQ4tV1aZ\"}");
        QList<QByteArray> parts;
        for (int i = 0; i < 100; ++i)
            parts.append(single);
        for (int i = 0; i < 100; ++i)
            parts[i].replace("123456", QByteArray::number(123456 + i));
        const QByteArray hundred = batch(parts);

        StreamDecoder decoder;
        constexpr int rounds = 20000;
        qint64 checksum = 0;
        QElapsedTimer clock;
        clock.start();
        for (int i = 0; i < rounds; ++i)
            checksum += eventsOf(decoder.decode(single))->events.first().seq;
        const double simdSingle = double(clock.nsecsElapsed()) / rounds;
        clock.restart();
        for (int i = 0; i < rounds / 100; ++i)
            checksum += eventsOf(decoder.decode(hundred))->events.size();
        const double simdBatch = double(clock.nsecsElapsed()) / rounds;
        clock.restart();
        for (int i = 0; i < rounds; ++i) {
            const QJsonObject o = QJsonDocument::fromJson(single).object();
            const QJsonObject data = o.value(u"data").toObject();
            checksum += o.value(u"seq").toInteger() + data.value(u"kind").toString().size();
        }
        const double qjson = double(clock.nsecsElapsed()) / rounds;
        qInfo("decode ns/event: simdjson %.0f (single), %.0f (batch of 100); QJsonDocument %.0f",
              simdSingle, simdBatch, qjson);
        QVERIFY(checksum > 0);
    }
};

QTEST_GUILESS_MAIN(TestStreamDecoder)
#include "tst_streamdecoder.moc"
