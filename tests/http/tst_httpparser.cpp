#include "httpparser.h"

#include <QTest>

using namespace nest::http;
using Status = ParseResult::Status;

class TestHttpParser : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("status"); // 0 NeedMore, 1 Complete, else the HTTP error status
        QTest::addColumn<QString>("path");

        QTest::newRow("simple get")
            << QByteArray("GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n") << 1 << u"/healthz"_qs;
        QTest::newRow("percent-decoded path")
            << QByteArray("GET /api/v1/users/a%20b HTTP/1.1\r\n\r\n") << 1
            << u"/api/v1/users/a b"_qs;
        QTest::newRow("incomplete head")
            << QByteArray("GET / HTTP/1.1\r\nHost: x\r\n") << 0 << QString();
        QTest::newRow("leading blank lines")
            << QByteArray("\r\n\r\nGET / HTTP/1.1\r\n\r\n") << 1 << u"/"_qs;
        QTest::newRow("http/1.0") << QByteArray("GET / HTTP/1.0\r\n\r\n") << 1 << u"/"_qs;
        QTest::newRow("http/2 preface") << QByteArray("PRI * HTTP/2.0\r\n\r\n") << 505 << QString();
        QTest::newRow("absolute-form target")
            << QByteArray("GET http://evil/ HTTP/1.1\r\n\r\n") << 400 << QString();
        QTest::newRow("garbage request line")
            << QByteArray("\x01\x02\x03 \r\n\r\n") << 400 << QString();
        QTest::newRow("too many spaces")
            << QByteArray("GET / x HTTP/1.1\r\n\r\n") << 400 << QString();
        QTest::newRow("control char in target")
            << QByteArray("GET /a\x7f HTTP/1.1\r\n\r\n") << 400 << QString();
        QTest::newRow("obs-fold") << QByteArray("GET / HTTP/1.1\r\nA: b\r\n c\r\n\r\n") << 400
                                  << QString();
        QTest::newRow("header without colon")
            << QByteArray("GET / HTTP/1.1\r\nNoColon\r\n\r\n") << 400 << QString();
        QTest::newRow("space before colon")
            << QByteArray("GET / HTTP/1.1\r\nA : b\r\n\r\n") << 400 << QString();
        QTest::newRow("negative length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: -1\r\n\r\n") << 400 << QString();
        QTest::newRow("non-numeric length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1e3\r\n\r\n") << 400 << QString();
        QTest::newRow("conflicting lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1\r\nContent-Length: 2\r\n\r\n")
            << 400 << QString();
        QTest::newRow("equal duplicate lengths")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 2\r\nContent-Length: 2\r\n\r\n") << 1
            << u"/"_qs;
        QTest::newRow("body over limit")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 1048577\r\n\r\n") << 413 << QString();
        QTest::newRow("huge length")
            << QByteArray("POST / HTTP/1.1\r\nContent-Length: 99999999999999999999999\r\n\r\n")
            << 400 << QString();
        QTest::newRow("chunked") << QByteArray(
            "POST / HTTP/1.1\r\nTransfer-Encoding: chunked\r\n\r\n")
                                 << 501 << QString();
        QTest::newRow("odd expect")
            << QByteArray("POST / HTTP/1.1\r\nExpect: magic\r\n\r\n") << 417 << QString();
        QTest::newRow("head too large, unterminated")
            << (QByteArray("GET / HTTP/1.1\r\nA: ") + QByteArray(17000, 'a')) << 431 << QString();
        QTest::newRow("nul in path")
            << QByteArray("GET /a%00b HTTP/1.1\r\n\r\n") << 400 << QString();
    }

    void parse()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, status);
        QFETCH(QString, path);
        const ParseResult r = parseRequestHead(input, 16 * 1024, 1 << 20);
        switch (status) {
        case 0:
            QCOMPARE(r.status, Status::NeedMore);
            break;
        case 1:
            QCOMPARE(r.status, Status::Complete);
            QCOMPARE(r.head.request.path, path);
            break;
        default:
            QCOMPARE(r.status, Status::Error);
            QCOMPARE(r.errorStatus, status);
            QVERIFY(!r.errorCode.isEmpty());
        }
    }

    void headersAndFlags()
    {
        const QByteArray input = "POST /x?limit=5&q=a%20b HTTP/1.1\r\nHost: h\r\nContent-Length: "
                                 "4\r\nX-Thing:   padded  \r\nConnection: close\r\n\r\nbody";
        const ParseResult r = parseRequestHead(input, 16 * 1024, 1 << 20);
        QCOMPARE(r.status, Status::Complete);
        QCOMPARE(r.headLength, input.size() - 4);
        QCOMPARE(r.head.contentLength, 4);
        QVERIFY(!r.head.keepAlive);
        QCOMPARE(r.head.request.header("x-thing"), QByteArray("padded"));
        QCOMPARE(r.head.request.queryValue(u"q"_qs), u"a b"_qs);
        QCOMPARE(r.head.request.queryValue(u"limit"_qs), u"5"_qs);
    }

    void webSocketUpgradeDetected()
    {
        const QByteArray input =
            "GET /api/v1/stream HTTP/1.1\r\nConnection: keep-alive, Upgrade\r\n"
            "Upgrade: WebSocket\r\n\r\n";
        const ParseResult r = parseRequestHead(input, 16 * 1024, 1 << 20);
        QCOMPARE(r.status, Status::Complete);
        QVERIFY(r.head.webSocketUpgrade);
    }

    void http10DefaultsToClose()
    {
        const ParseResult r = parseRequestHead("GET / HTTP/1.0\r\n\r\n", 16 * 1024, 1 << 20);
        QVERIFY(!r.head.keepAlive);
    }
};

QTEST_GUILESS_MAIN(TestHttpParser)
#include "tst_httpparser.moc"
