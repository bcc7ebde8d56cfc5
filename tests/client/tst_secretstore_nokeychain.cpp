// SecretStore and Session with no Secret Service at all: CMake points DBUS_SESSION_BUS_ADDRESS at
// a socket that does not exist. The session must work for the run and leave no secret behind.
#include "apiclient.h"
#include "clienttest.h"
#include "secretstore.h"
#include "session.h"
#include "testserver.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace nest::client;
using nest::test::readSync;

namespace {

QStringList g_log;

void captureMessages(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    g_log << QString::fromLatin1(context.category ? context.category : "") + u' ' + message;
}

//! Files under `root` whose bytes contain any of `needles`, as "path: needle".
QStringList filesContaining(const QString &root, const QList<QByteArray> &needles)
{
    QStringList hits;
    QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QByteArray bytes = file.readAll();
        for (const QByteArray &needle : needles) {
            if (bytes.contains(needle))
                hits << path;
        }
    }
    return hits;
}

} // namespace

class TestSecretStoreNoKeychain : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_home;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS").contains(u"nonexistent"));
        // Every place the app could write to lives under one private HOME that is grepped below.
        QVERIFY(m_home.isValid());
        const QString home = m_home.path();
        qputenv("HOME", home.toUtf8());
        qputenv("XDG_CONFIG_HOME", (home + u"/.config").toUtf8());
        qputenv("XDG_DATA_HOME", (home + u"/.local/share").toUtf8());
        qputenv("XDG_CACHE_HOME", (home + u"/.cache").toUtf8());
        qputenv("XDG_STATE_HOME", (home + u"/.local/state").toUtf8());
        QCoreApplication::setOrganizationName(u"nest-test"_qs);
        QCoreApplication::setApplicationName(u"nest-desktop-nokeychain"_qs);
    }

    void fallsBackToMemoryAndSaysSo()
    {
        // QtKeychain 0.13 reports "no Secret Service" as OtherError (7); three stores fail over.
        const QRegularExpression keychainError(u"^keychain error 7 "_qs);
        const QRegularExpression fallback(u"^no usable keychain, keeping secrets in memory"_qs);
        for (int i = 0; i < 3; ++i) {
            QTest::ignoreMessage(QtWarningMsg, keychainError);
            QTest::ignoreMessage(QtWarningMsg, fallback);
        }
        SecretStore store;
        QSignalSpy unavailable(&store, &SecretStore::unavailable);
        const SecretKey key{u"http://127.0.0.1:1"_qs, u"alice"_qs, u"refresh_token"_qs};

        QElapsedTimer timer;
        timer.start();
        bool done = false, ok = false;
        store.write(key, "secret-1", [&](bool success, const QString &) {
            done = true;
            ok = success;
        });
        QVERIFY(QTest::qWaitFor([&] { return done; }, 15'000));
        qInfo("first keychain job failed over to memory after %lld ms", timer.elapsed());
        QVERIFY2(ok, "the write still succeeds, in memory");
        QCOMPARE(unavailable.count(), 1);
        const QString message = unavailable.at(0).at(0).toString();
        QVERIFY2(message.contains(u"keychain"), qPrintable(message));
        QCOMPARE(store.unavailableReason(), message);
        QVERIFY(!store.isPersistent());

        QCOMPARE(readSync(store, key).value_or(""), QByteArray("secret-1"));
        store.write(key, "secret-2", {});
        QCOMPARE(readSync(store, key).value_or(""), QByteArray("secret-2"));
        done = false;
        store.remove(key, [&](bool success, const QString &) { done = ok = success; });
        QTRY_VERIFY(done);
        QVERIFY(!readSync(store, key));
        QCOMPARE(unavailable.count(), 1); // said once per run, not per job

        // Memory-only is per store and per run: nothing carries over.
        SecretStore fresh;
        fresh.write(key, "secret-3", {});
        SecretStore another;
        QVERIFY(!readSync(another, key));
    }

    void sessionLeavesNoSecretOnDisk()
    {
        g_log.clear();
        QLoggingCategory::setFilterRules(u"nest.*=true"_qs);
        const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
        const auto restoreHandler = qScopeGuard([previous] { qInstallMessageHandler(previous); });

        // What the app keeps in QSettings: non-secrets only.
        QSettings settings;
        nest::test::TestServer server;
        QVERIFY(server.start());
        settings.setValue(u"server/last"_qs, server.url(QString()).toString());

        QNetworkAccessManager nam;
        ApiClient api(nam, server.url(QString()));
        SecretStore store;
        QSignalSpy unavailable(&store, &SecretStore::unavailable);
        Session session(api, store);
        QSignalSpy signedIn(&session, &Session::signedIn);
        QSignalSpy tokenChanged(&session, &Session::accessTokenChanged);
        const QString password = u"a very secret passphrase"_qs;

        session.registerAndLogin(u"dora"_qs, password, u"Dora"_qs);
        QVERIFY(signedIn.wait(15'000));
        QTRY_COMPARE_WITH_TIMEOUT(unavailable.count(), 1, 10'000);
        settings.setValue(u"account/username"_qs, session.user().username);

        QList<QByteArray> secrets{password.toUtf8(), session.accessToken().toLatin1()};
        std::optional<QByteArray> refresh = readSync(store, session.refreshTokenKey());
        QVERIFY(refresh && !refresh->isEmpty());
        secrets << *refresh;

        // Rotate once, so the grep also covers a refresh token written by a refresh.
        bool refreshed = false;
        session.refreshAccessToken([&](bool ok) { refreshed = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(refreshed, 10'000);
        refresh = readSync(store, session.refreshTokenKey());
        QVERIFY(refresh && !secrets.contains(*refresh));
        secrets << *refresh << session.accessToken().toLatin1();

        QSignalSpy signedOut(&session, &Session::signedOut);
        session.logout();
        QCOMPARE(signedOut.count(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(!session.isBusy(), 10'000);
        settings.sync();
        QCOMPARE(settings.status(), QSettings::NoError);
        QVERIFY(QFile::exists(settings.fileName()));
        QVERIFY(settings.fileName().startsWith(m_home.path()));

        QCOMPARE(filesContaining(m_home.path(), secrets), QStringList());
        QCOMPARE(filesContaining(settings.fileName(), secrets), QStringList());
        QCOMPARE(filesContaining(server.dataDir(), secrets), QStringList());
        const QString runtimeDir = qEnvironmentVariable("XDG_RUNTIME_DIR");
        if (!runtimeDir.isEmpty())
            QCOMPARE(filesContaining(runtimeDir, secrets), QStringList());

        QVERIFY2(g_log.size() > 3, "debug logging was on, so the check below means something");
        for (const QString &line : std::as_const(g_log)) {
            for (const QByteArray &secret : std::as_const(secrets))
                QVERIFY2(!line.contains(QString::fromUtf8(secret)), qPrintable(line));
        }
    }
};

QTEST_GUILESS_MAIN(TestSecretStoreNoKeychain)
#include "tst_secretstore_nokeychain.moc"
