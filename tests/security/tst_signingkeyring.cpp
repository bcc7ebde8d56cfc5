#include "base64url.h"
#include "ed25519.h"
#include "jwt.h"
#include "signingkeyring.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace nest::security;

namespace {

constexpr qint64 Minute = 60000;
constexpr qint64 Lifetime = 15 * Minute;
constexpr QFileDevice::Permissions OwnerReadWrite =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner;
constexpr QFileDevice::Permissions GroupOrOther = QFileDevice::ReadGroup | QFileDevice::WriteGroup
                                                  | QFileDevice::ExeGroup | QFileDevice::ReadOther
                                                  | QFileDevice::WriteOther | QFileDevice::ExeOther;

QString keyFile(const QTemporaryDir &dir)
{
    return dir.filePath(SigningKeyRing::FileName);
}

QJsonObject readFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll()).object();
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QVERIFY(file.setPermissions(OwnerReadWrite));
    QCOMPARE(file.write(contents), contents.size());
}

bool tokenVerifies(const SigningKeyRing &ring, const QByteArray &token)
{
    const JwtVerifier verifier(ring.verificationKeys(), u"iss"_qs, u"nest"_qs);
    return verifier.verify(token, 1000).ok();
}

QByteArray issue(const SigningKeyRing &ring)
{
    JwtClaims claims;
    claims.iss = u"iss"_qs;
    claims.sub = u"u1"_qs;
    claims.aud = u"nest"_qs;
    claims.jti = u"j"_qs;
    claims.iat = 1000;
    claims.exp = 1900;
    return jwt::sign(claims, ring.currentKid(), ring.currentSecretKey());
}

} // namespace

class TestSigningKeyRing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void init() { QVERIFY(m_dir.isValid()); }
    void cleanup()
    {
        QFile::remove(keyFile(m_dir));
        QDir(m_dir.path()).removeRecursively();
        QDir().mkpath(m_dir.path());
    }

    void thumbprintMatchesRfc8037()
    {
        const auto x = base64url::decode("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");
        QVERIFY(x);
        QCOMPARE(SigningKeyRing::thumbprint(*x), u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_qs);
        QVERIFY(SigningKeyRing::thumbprint(x->left(31)).isEmpty());
    }

    void createsFirstKeyOwnerOnly()
    {
        SigningKeyRing ring;
        QVERIFY(!ring.isLoaded());
        QVERIFY(ring.currentSecretKey().isEmpty());
        QString error;
        QVERIFY2(ring.load(m_dir.path(), &error), qPrintable(error));
        QVERIFY(ring.isLoaded());
        QCOMPARE(ring.currentSecretKey().size(), ed25519::SecretKeyBytes);

        const QString path = keyFile(m_dir);
        QVERIFY(QFile::exists(path));
        QCOMPARE(QFile::permissions(path) & GroupOrOther, QFileDevice::Permissions());
        QCOMPARE(QFile::permissions(path) & OwnerReadWrite, OwnerReadWrite);

        const QJsonObject file = readFile(path);
        QCOMPARE(file.value(u"version"_qs).toInt(), 1);
        const QJsonArray keys = file.value(u"keys"_qs).toArray();
        QCOMPARE(keys.size(), 1);
        const QJsonObject key = keys.first().toObject();
        QCOMPARE(key.value(u"kid"_qs).toString(), ring.currentKid());
        QCOMPARE(key.value(u"retired_at"_qs).toInteger(-1), 0);
        QVERIFY(key.value(u"created_at"_qs).toInteger() > 0);
        const auto seed = base64url::decode(key.value(u"seed"_qs).toString().toLatin1());
        QVERIFY(seed);
        const Ed25519KeyPair pair = ed25519::fromSeed(*seed);
        QCOMPARE(SigningKeyRing::thumbprint(pair.publicKey), ring.currentKid());
        QVERIFY(ring.currentSecretKey().constantTimeEquals(pair.secretKey.view()));
    }

    void createsPrivateDirectory()
    {
        const QString dir = m_dir.filePath(u"nested/keys"_qs);
        SigningKeyRing ring;
        QString error;
        QVERIFY2(ring.load(dir, &error), qPrintable(error));
        QCOMPARE(QFile::permissions(dir) & GroupOrOther, QFileDevice::Permissions());
        QVERIFY(QFile::exists(QDir(dir).filePath(SigningKeyRing::FileName)));
    }

    void reloadKeepsKeys()
    {
        SigningKeyRing first;
        QString error;
        QVERIFY(first.load(m_dir.path(), &error));
        const QByteArray token = issue(first);
        QVERIFY(tokenVerifies(first, token));

        SigningKeyRing second;
        QVERIFY2(second.load(m_dir.path(), &error), qPrintable(error));
        QCOMPARE(second.currentKid(), first.currentKid());
        QCOMPARE(second.currentSecretKey().view(), first.currentSecretKey().view());
        QVERIFY(tokenVerifies(second, token));
    }

    void rotateRetiresAndKeepsOldKeyVerifying()
    {
        SigningKeyRing ring;
        QString error;
        QVERIFY(ring.load(m_dir.path(), &error));
        const QString oldKid = ring.currentKid();
        const QByteArray oldToken = issue(ring);

        QVERIFY2(ring.rotate(5 * Minute, &error), qPrintable(error));
        QVERIFY(ring.currentKid() != oldKid);
        QCOMPARE(ring.verificationKeys().kids().size(), 2);
        QVERIFY(tokenVerifies(ring, oldToken));
        QVERIFY(tokenVerifies(ring, issue(ring)));
        QCOMPARE(QFile::permissions(keyFile(m_dir)) & GroupOrOther, QFileDevice::Permissions());

        SigningKeyRing reloaded;
        QVERIFY2(reloaded.load(m_dir.path(), &error), qPrintable(error));
        QCOMPARE(reloaded.currentKid(), ring.currentKid());
        const QJsonArray keys = readFile(keyFile(m_dir)).value(u"keys"_qs).toArray();
        QCOMPARE(keys.size(), 2);
        for (const QJsonValue key : keys) {
            const qint64 retiredAt = key[u"retired_at"_qs].toInteger(-1);
            QCOMPARE(retiredAt, key[u"kid"_qs].toString() == oldKid ? 5 * Minute : 0);
        }

        QVERIFY(!ring.rotate(0, &error));
        QCOMPARE(ring.verificationKeys().kids().size(), 2);
    }

    void pruneBoundary_data()
    {
        QTest::addColumn<qint64>("now");
        QTest::addColumn<int>("keysLeft");
        const qint64 retiredAt = 10 * Minute;
        QTest::newRow("just retired") << retiredAt << 2;
        QTest::newRow("at lifetime + leeway") << retiredAt + Lifetime + Minute << 2;
        QTest::newRow("past lifetime + leeway") << retiredAt + Lifetime + Minute + 1 << 1;
    }
    void pruneBoundary()
    {
        QFETCH(qint64, now);
        QFETCH(int, keysLeft);
        SigningKeyRing ring;
        QString error;
        QVERIFY(ring.load(m_dir.path(), &error));
        QVERIFY(ring.rotate(10 * Minute, &error));
        const QString current = ring.currentKid();
        ring.prune(now, Lifetime);
        QCOMPARE(ring.verificationKeys().kids().size(), keysLeft);
        QCOMPARE(ring.currentKid(), current);
        QCOMPARE(ring.jwks().value(u"keys"_qs).toArray().size(), keysLeft);

        SigningKeyRing reloaded; // prune saved
        QVERIFY(reloaded.load(m_dir.path(), &error));
        QCOMPARE(reloaded.verificationKeys().kids().size(), keysLeft);
    }

    void jwksListsPublicKeysOnly()
    {
        SigningKeyRing ring;
        QString error;
        QVERIFY(ring.load(m_dir.path(), &error));
        QVERIFY(ring.rotate(Minute, &error));
        const QJsonArray keys = ring.jwks().value(u"keys"_qs).toArray();
        QCOMPARE(keys.size(), 2);
        QStringList kids;
        for (const QJsonValue value : keys) {
            const QJsonObject key = value.toObject();
            QCOMPARE(key.keys(),
                     (QStringList{u"alg"_qs, u"crv"_qs, u"kid"_qs, u"kty"_qs, u"use"_qs, u"x"_qs}));
            QCOMPARE(key.value(u"kty"_qs).toString(), u"OKP"_qs);
            QCOMPARE(key.value(u"crv"_qs).toString(), u"Ed25519"_qs);
            QCOMPARE(key.value(u"alg"_qs).toString(), u"EdDSA"_qs);
            QCOMPARE(key.value(u"use"_qs).toString(), u"sig"_qs);
            const QString kid = key.value(u"kid"_qs).toString();
            const auto x = base64url::decode(key.value(u"x"_qs).toString().toLatin1());
            QVERIFY(x);
            QCOMPARE(x->size(), ed25519::PublicKeyBytes);
            QCOMPARE(ring.verificationKeys().find(kid), *x);
            QCOMPARE(SigningKeyRing::thumbprint(*x), kid);
            kids.append(kid);
        }
        kids.sort();
        QCOMPARE(kids, ring.verificationKeys().kids());
    }

    void refusesGroupOrWorldAccess_data()
    {
        QTest::addColumn<int>("extra");
        QTest::newRow("group read") << int(QFileDevice::ReadGroup);
        QTest::newRow("other read") << int(QFileDevice::ReadOther);
        QTest::newRow("group write") << int(QFileDevice::WriteGroup);
        QTest::newRow("other write") << int(QFileDevice::WriteOther);
    }
    void refusesGroupOrWorldAccess()
    {
        QFETCH(int, extra);
        SigningKeyRing ring;
        QString error;
        QVERIFY(ring.load(m_dir.path(), &error));
        const QString kid = ring.currentKid();
        QVERIFY(QFile::setPermissions(keyFile(m_dir),
                                      OwnerReadWrite | QFileDevice::Permissions(extra)));

        SigningKeyRing other;
        QVERIFY(!other.load(m_dir.path(), &error));
        QVERIFY2(error.contains(u"group or others"_qs), qPrintable(error));
        QVERIFY(!other.isLoaded());
        QVERIFY(other.currentKid().isEmpty());

        // A failed load leaves a loaded ring as it was.
        QVERIFY(!ring.load(m_dir.path(), &error));
        QCOMPARE(ring.currentKid(), kid);
    }

    void refusesCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("contents");
        const QByteArray seed = base64url::encode(QByteArray(32, '\x07'));
        const QString kid =
            SigningKeyRing::thumbprint(ed25519::fromSeed(QByteArray(32, '\x07')).publicKey);
        const QByteArray seed2 = base64url::encode(QByteArray(32, '\x08'));
        const QString kid2 =
            SigningKeyRing::thumbprint(ed25519::fromSeed(QByteArray(32, '\x08')).publicKey);
        const auto entry = [](const QString &k, const QByteArray &s,
                              const QByteArray &retired) -> QByteArray {
            return "{\"kid\":\"" + k.toLatin1() + "\",\"seed\":\"" + s
                   + "\",\"created_at\":1,\"retired_at\":" + retired + '}';
        };
        const auto file = [](const QByteArray &keys) -> QByteArray {
            return "{\"version\":1,\"keys\":[" + keys + "]}";
        };
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("not json") << QByteArray("seed=abc");
        QTest::newRow("truncated") << file(entry(kid, seed, "0")).chopped(3);
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("wrong version")
            << file(entry(kid, seed, "0")).replace("\"version\":1", "\"version\":2");
        QTest::newRow("no keys") << file("");
        QTest::newRow("short seed") << file(entry(kid, seed.left(40), "0"));
        QTest::newRow("padded seed") << file(entry(kid, QByteArray(seed + '='), "0"));
        QTest::newRow("kid mismatch") << file(entry(kid2, seed, "0"));
        QTest::newRow("no current key") << file(entry(kid, seed, "5"));
        QTest::newRow("two current keys")
            << file(QByteArray(entry(kid, seed, "0") + ',' + entry(kid2, seed2, "0")));
        QTest::newRow("duplicate key")
            << file(QByteArray(entry(kid, seed, "0") + ',' + entry(kid, seed, "5")));
        QTest::newRow("bad timestamp") << file(entry(kid, seed, "\"never\""));
        QTest::newRow("negative timestamp") << file(entry(kid, seed, "-1"));
        QTest::newRow("duplicate member") << file(entry(kid, seed, "0")).insert(1, "\"keys\":[],");
    }
    void refusesCorruptFile()
    {
        QFETCH(QByteArray, contents);
        writeFile(keyFile(m_dir), contents);
        SigningKeyRing ring;
        QString error;
        QVERIFY(!ring.load(m_dir.path(), &error));
        QVERIFY2(error.contains(u"corrupt"_qs), qPrintable(error));
        QVERIFY(!ring.isLoaded());
    }

    void acceptsHandWrittenFile()
    {
        // The same builder as the corrupt rows, unmodified, must load: the rows fail for their
        // one defect only.
        const QByteArray seed = base64url::encode(QByteArray(32, '\x07'));
        const Ed25519KeyPair pair = ed25519::fromSeed(QByteArray(32, '\x07'));
        const QString kid = SigningKeyRing::thumbprint(pair.publicKey);
        writeFile(keyFile(m_dir), QByteArray("{\"version\":1,\"keys\":[{\"kid\":\"" + kid.toLatin1()
                                             + "\",\"seed\":\"" + seed
                                             + "\",\"created_at\":1,\"retired_at\":0}]}"));
        SigningKeyRing ring;
        QString error;
        QVERIFY2(ring.load(m_dir.path(), &error), qPrintable(error));
        QCOMPARE(ring.currentKid(), kid);
        QCOMPARE(ring.verificationKeys().find(kid), pair.publicKey);
    }

    void rotateBeforeLoadFails()
    {
        SigningKeyRing ring;
        QString error;
        QVERIFY(!ring.rotate(Minute, &error));
        QVERIFY(!error.isEmpty());
        ring.prune(Minute, Lifetime); // no crash, nothing written
        QVERIFY(!QFile::exists(keyFile(m_dir)));
    }

private:
    QTemporaryDir m_dir;
};

QTEST_GUILESS_MAIN(TestSigningKeyRing)
#include "tst_signingkeyring.moc"
