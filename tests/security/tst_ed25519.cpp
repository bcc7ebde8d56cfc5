#include "ed25519.h"

#include <QTest>

using namespace nest::security;

namespace {

// RFC 8032 §7.1, TEST 1 (empty message).
const QByteArray rfcSeed =
    QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60");
const QByteArray rfcPublicKey =
    QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a");
const QByteArray rfcSignature =
    QByteArray::fromHex("e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb882"
                        "1590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");

} // namespace

class TestEd25519 : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rfc8032Test1()
    {
        const Ed25519KeyPair pair = ed25519::fromSeed(rfcSeed);
        QVERIFY(pair.isValid());
        QCOMPARE(pair.publicKey, rfcPublicKey);
        QCOMPARE(pair.secretKey.size(), ed25519::SecretKeyBytes);
        QCOMPARE(ed25519::sign(pair.secretKey, {}), rfcSignature);
        QVERIFY(ed25519::verify(rfcPublicKey, {}, rfcSignature));
        QCOMPARE(ed25519::seedOf(pair.secretKey).view(), QByteArrayView(rfcSeed));
    }

    void generateSignVerify()
    {
        const Ed25519KeyPair pair = ed25519::generate();
        QVERIFY(pair.isValid());
        QCOMPARE(pair.publicKey.size(), ed25519::PublicKeyBytes);
        const QByteArray message("nest-vote:v1:p1:0:u1");
        const QByteArray signature = ed25519::sign(pair.secretKey, message);
        QCOMPARE(signature.size(), ed25519::SignatureBytes);
        QVERIFY(ed25519::verify(pair.publicKey, message, signature));
        QVERIFY(!ed25519::verify(pair.publicKey, "nest-vote:v1:p1:1:u1", signature));
        QVERIFY(!ed25519::verify(ed25519::generate().publicKey, message, signature));
        QVERIFY(ed25519::generate().publicKey != pair.publicKey);
    }

    void tamperedSignatureRejected_data()
    {
        QTest::addColumn<int>("index");
        QTest::newRow("first byte") << 0;
        QTest::newRow("R last byte") << 31;
        QTest::newRow("S first byte") << 32;
        QTest::newRow("last byte") << 63;
    }
    void tamperedSignatureRejected()
    {
        QFETCH(int, index);
        QByteArray signature = rfcSignature;
        signature[index] = static_cast<char>(signature[index] ^ 0x01);
        QVERIFY(!ed25519::verify(rfcPublicKey, {}, signature));
    }

    void wrongSizesFailSafely_data()
    {
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("signature");
        QTest::newRow("empty key") << QByteArray() << rfcSignature;
        QTest::newRow("short key") << rfcPublicKey.left(31) << rfcSignature;
        QTest::newRow("long key") << QByteArray(rfcPublicKey + '\0') << rfcSignature;
        QTest::newRow("empty signature") << rfcPublicKey << QByteArray();
        QTest::newRow("short signature") << rfcPublicKey << rfcSignature.left(63);
        QTest::newRow("long signature") << rfcPublicKey << QByteArray(rfcSignature + '\0');
    }
    void wrongSizesFailSafely()
    {
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, signature);
        QVERIFY(!ed25519::verify(publicKey, {}, signature));
    }

    void badSecretKeysAndSeeds()
    {
        QVERIFY(ed25519::sign(SecureBuffer(), "m").isEmpty());
        QVERIFY(ed25519::sign(SecureBuffer(32), "m").isEmpty());
        QVERIFY(!ed25519::fromSeed(rfcSeed.left(31)).isValid());
        QVERIFY(!ed25519::fromSeed(QByteArray(rfcSeed + rfcSeed)).isValid());
        QVERIFY(ed25519::seedOf(SecureBuffer(32)).isEmpty());
    }

    void secureBufferMoves()
    {
        SecureBuffer a = SecureBuffer::fromBytes("secret");
        QCOMPARE(a.view(), QByteArrayView("secret"));
        QVERIFY(a.constantTimeEquals("secret"));
        QVERIFY(!a.constantTimeEquals("secreT"));
        QVERIFY(!a.constantTimeEquals("secrets"));
        SecureBuffer b(std::move(a));
        QVERIFY(a.isEmpty()); // NOLINT(bugprone-use-after-move): moved-from state is specified
        QCOMPARE(a.data(), nullptr);
        QCOMPARE(b.view(), QByteArrayView("secret"));
        SecureBuffer c(4);
        QCOMPARE(c.view(), QByteArrayView(QByteArray(4, '\0')));
        c = std::move(b);
        QCOMPARE(c.size(), 6);
        QVERIFY(b.isEmpty()); // NOLINT(bugprone-use-after-move)
        static_assert(!std::is_copy_constructible_v<SecureBuffer>);
        static_assert(!std::is_copy_assignable_v<SecureBuffer>);
        static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
    }
};

QTEST_GUILESS_MAIN(TestEd25519)
#include "tst_ed25519.moc"
