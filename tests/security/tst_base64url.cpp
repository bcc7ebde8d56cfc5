#include "base64url.h"

#include <QRandomGenerator>
#include <QTest>

using namespace nest::security;

class TestBase64Url : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void encodeDecode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QByteArray>("text");
        // RFC 4648 §10 vectors without padding, plus the two characters that differ from base64.
        QTest::newRow("empty") << QByteArray() << QByteArray();
        QTest::newRow("f") << QByteArray("f") << QByteArray("Zg");
        QTest::newRow("fo") << QByteArray("fo") << QByteArray("Zm8");
        QTest::newRow("foo") << QByteArray("foo") << QByteArray("Zm9v");
        QTest::newRow("foob") << QByteArray("foob") << QByteArray("Zm9vYg");
        QTest::newRow("fooba") << QByteArray("fooba") << QByteArray("Zm9vYmE");
        QTest::newRow("foobar") << QByteArray("foobar") << QByteArray("Zm9vYmFy");
        QTest::newRow("url alphabet") << QByteArray::fromHex("fbff") << QByteArray("-_8");
        QTest::newRow("all ones") << QByteArray::fromHex("ffffff") << QByteArray("____");
        QTest::newRow("zeros") << QByteArray(2, '\0') << QByteArray("AAA");
    }
    void encodeDecode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QByteArray, text);
        QCOMPARE(base64url::encode(bytes), text);
        const auto decoded = base64url::decode(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }

    void rejects_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::newRow("padding 2") << QByteArray("Zg==");
        QTest::newRow("padding 1") << QByteArray("Zm8=");
        QTest::newRow("lone padding") << QByteArray("====");
        QTest::newRow("plus") << QByteArray("+_8");
        QTest::newRow("slash") << QByteArray("-/8");
        QTest::newRow("space inside") << QByteArray("Zm9v YmFy");
        QTest::newRow("leading space") << QByteArray(" Zm9v");
        QTest::newRow("newline") << QByteArray("Zm9v\nYmFy");
        QTest::newRow("tab") << QByteArray("Zm9v\t");
        QTest::newRow("length 1 mod 4") << QByteArray("Z");
        QTest::newRow("length 5") << QByteArray("Zm9vY");
        QTest::newRow("non-canonical 1 byte") << QByteArray("Zh");
        QTest::newRow("non-canonical 2 bytes") << QByteArray("Zm9");
        QTest::newRow("dot") << QByteArray("Zm9v.");
        QTest::newRow("nul") << QByteArray("Zm\0v", 4);
        QTest::newRow("non-ascii") << QByteArray("Zm9\xc3\xa9");
    }
    void rejects()
    {
        QFETCH(QByteArray, text);
        QVERIFY(!base64url::decode(text).has_value());
    }

    void randomRoundTripMatchesQt()
    {
        auto *random = QRandomGenerator::global();
        for (int length = 0; length < 70; ++length) {
            QByteArray bytes(length, Qt::Uninitialized);
            for (char &c : bytes)
                c = static_cast<char>(random->bounded(256));
            const QByteArray text = base64url::encode(bytes);
            QCOMPARE(text, bytes.toBase64(QByteArray::Base64UrlEncoding
                                          | QByteArray::OmitTrailingEquals));
            QCOMPARE(base64url::decode(text).value_or(QByteArray("mismatch")), bytes);
        }
    }

    void everyByteValueRoundTrips()
    {
        for (int value = 0; value < 256; ++value) {
            const QByteArray one(1, static_cast<char>(value));
            QCOMPARE(base64url::decode(base64url::encode(one)).value_or(QByteArray()), one);
        }
    }
};

QTEST_GUILESS_MAIN(TestBase64Url)
#include "tst_base64url.moc"
