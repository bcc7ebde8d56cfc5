// SecretStore against a real Secret Service (gnome-keyring on a private D-Bus session).
#include "clienttest.h"
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

using namespace nest::client;
using nest::test::ReadResult;
using nest::test::readSecret;

class TestSecretStore : public QObject {
    Q_OBJECT
private:
    static inline const QString Service = u"nest-desktop-tst-secretstore"_qs;
    static inline const QString Origin = u"http://127.0.0.1:8787"_qs;

    static bool writeSync(SecretStore &store, const SecretKey &key, const QByteArray &value,
                          QString *error = nullptr)
    {
        bool done = false, ok = false;
        store.write(key, value, [&](bool success, const QString &e) {
            done = true;
            ok = success;
            if (error)
                *error = e;
        });
        if (!QTest::qWaitFor([&] { return done; }, 15'000))
            return false;
        return ok;
    }
    static bool removeSync(SecretStore &store, const SecretKey &key)
    {
        bool done = false, ok = false;
        store.remove(key, [&](bool success, const QString &) {
            done = true;
            ok = success;
        });
        return QTest::qWaitFor([&] { return done; }, 15'000) && ok;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
            QSKIP("No D-Bus session bus: run under dbus-run-session with gnome-keyring "
                  "(tests/run.sh does)");
        // A bus without a Secret Service on it is as good as none: say so instead of passing
        // on the memory fallback.
        SecretStore probe(Service);
        QString error;
        QVERIFY(writeSync(probe, {Origin, u"probe"_qs, u"probe"_qs}, "x", &error));
        if (!probe.isPersistent())
            QSKIP(qPrintable(u"No Secret Service on the session bus: "_qs
                             + probe.unavailableReason()));
        QVERIFY(removeSync(probe, {Origin, u"probe"_qs, u"probe"_qs}));
    }

    void keyFormat()
    {
        const SecretKey key{Origin, u"alice"_qs, u"refresh_token"_qs};
        QCOMPARE(key.toString(), u"http://127.0.0.1:8787|alice|refresh_token"_qs);
    }

    void roundTrip()
    {
        SecretStore store(Service);
        QSignalSpy unavailable(&store, &SecretStore::unavailable);
        const SecretKey key{Origin, u"alice"_qs, u"refresh_token"_qs};
        // Binary-safe: a signing key is raw bytes, NULs included.
        const QByteArray secret = QByteArray("tok\0en\xff\x01", 8) + QByteArray(200, 'z');

        QVERIFY(writeSync(store, key, secret));
        ReadResult r = readSecret(store, key);
        QVERIFY(r.called);
        QVERIFY(r.error.isEmpty());
        QCOMPARE(r.secret.value_or(QByteArray()), secret);

        // Persistent: a second store (as after an app restart) sees it.
        SecretStore other(Service);
        r = readSecret(other, key);
        QCOMPARE(r.secret.value_or(QByteArray()), secret);

        QVERIFY(removeSync(store, key));
        r = readSecret(store, key);
        QVERIFY(r.called);
        QVERIFY2(!r.secret, "the entry is gone");
        QVERIFY2(r.error.isEmpty(), "a missing entry is not an error");
        QVERIFY2(removeSync(store, key), "removing a missing entry succeeds");

        QVERIFY(store.isPersistent());
        QCOMPARE(unavailable.count(), 0);
    }

    void namespacedPerServerAndAccount()
    {
        SecretStore store(Service);
        const QStringList servers{u"http://127.0.0.1:8787"_qs, u"https://nest.example:443"_qs};
        const QStringList users{u"alice"_qs, u"bob"_qs};
        for (const QString &server : servers) {
            for (const QString &user : users)
                QVERIFY(writeSync(store, {server, user, u"refresh_token"_qs},
                                  (server + u'/' + user).toUtf8()));
        }
        for (const QString &server : servers) {
            for (const QString &user : users) {
                const ReadResult r = readSecret(store, {server, user, u"refresh_token"_qs});
                QCOMPARE(r.secret.value_or(QByteArray()), (server + u'/' + user).toUtf8());
            }
        }
        // Removing one account's entry leaves the others.
        QVERIFY(removeSync(store, {servers[0], users[0], u"refresh_token"_qs}));
        QVERIFY(!readSecret(store, {servers[0], users[0], u"refresh_token"_qs}).secret);
        QCOMPARE(readSecret(store, {servers[0], users[1], u"refresh_token"_qs}).secret.value_or(""),
                 (servers[0] + u'/' + users[1]).toUtf8());
        for (const QString &server : servers) {
            for (const QString &user : users)
                QVERIFY(removeSync(store, {server, user, u"refresh_token"_qs}));
        }
    }

    void jobsRunInRequestOrder()
    {
        SecretStore store(Service);
        const SecretKey key{Origin, u"carol"_qs, u"refresh_token"_qs};
        QStringList log;
        // Fired back to back without waiting: each read must see the write just before it.
        for (int i = 0; i < 10; ++i) {
            store.write(key, QByteArray::number(i), [&log, i](bool ok, const QString &) {
                log << u"w%1:%2"_qs.arg(i).arg(ok);
            });
            store.read(key, [&log, i](std::optional<QByteArray> secret, const QString &) {
                log << u"r%1:%2"_qs.arg(i).arg(QString::fromLatin1(secret.value_or("-")));
            });
        }
        QVERIFY(store.pendingCount() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(log.size(), qsizetype(20), 30'000);
        QStringList expected;
        for (int i = 0; i < 10; ++i)
            expected << u"w%1:1"_qs.arg(i) << u"r%1:%1"_qs.arg(i);
        QCOMPARE(log, expected);
        QCOMPARE(store.pendingCount(), 0);
        QVERIFY(removeSync(store, key));
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
