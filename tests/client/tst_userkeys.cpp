// UserKeys against the real server: the key is made once, kept in the keychain, registered with
// the server, reused at the next sign-in, re-registered when the server holds another key, and
// gone from the keychain after a sign-out the user asked for.
#include "apiclient.h"
#include "authapi.h"
#include "base64url.h"
#include "clienttest.h"
#include "ed25519.h"
#include "session.h"
#include "testserver.h"
#include "userkeys.h"

#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

using namespace nest::client;
using namespace nest::test;

namespace {
struct Outcome {
    bool called = false;
    bool ok = false;
    QString error;
};

Outcome ensureReady(UserKeys &keys)
{
    Outcome outcome;
    keys.ensureReady([&outcome](bool ok, const QString &error) { outcome = {true, ok, error}; });
    if (!QTest::qWaitFor([&outcome] { return outcome.called; }, 15'000))
        qWarning("UserKeys did not answer within 15 s");
    return outcome;
}
} // namespace

class TestUserKeys : public QObject {
    Q_OBJECT
private:
    QNetworkAccessManager m_nam;
    std::unique_ptr<TestServer> m_server;
    std::unique_ptr<ApiClient> m_api;
    std::unique_ptr<SecretStore> m_store;
    std::unique_ptr<Session> m_session;
    std::unique_ptr<UserKeys> m_keys;

    void signIn(const QString &username, bool create)
    {
        QSignalSpy signedIn(m_session.get(), &Session::signedIn);
        if (create)
            m_session->registerAndLogin(username, u"correct horse"_qs);
        else
            m_session->login(username, u"correct horse"_qs);
        QVERIFY(signedIn.wait(15'000));
    }

    QString serverPublicKey()
    {
        auto job = await(authapi::me(*m_api));
        return job->isOk() ? authapi::userOf(*job).publicKey : QString();
    }

private Q_SLOTS:
    void init()
    {
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        m_api = std::make_unique<ApiClient>(m_nam, m_server->url(QString()));
        m_store = std::make_unique<SecretStore>(u"nest-desktop-tst-userkeys"_qs);
        m_session = std::make_unique<Session>(*m_api, *m_store);
        m_keys = std::make_unique<UserKeys>(*m_api, *m_store, *m_session);
    }
    void cleanup()
    {
        m_keys.reset();
        m_session.reset();
        m_store.reset();
        m_api.reset();
        m_server.reset();
    }

    void notSignedIn()
    {
        const Outcome outcome = ensureReady(*m_keys);
        QVERIFY(!outcome.ok);
        QVERIFY(!outcome.error.isEmpty());
        QVERIFY(m_keys->signNow(u"x"_qs).isEmpty());
    }

    void createRegisterSignReuse()
    {
        signIn(u"keyuser"_qs, true);
        QVERIFY(serverPublicKey().isEmpty());

        // Two callers at once share one key.
        Outcome first, second;
        m_keys->ensureReady([&first](bool ok, const QString &e) { first = {true, ok, e}; });
        m_keys->ensureReady([&second](bool ok, const QString &e) { second = {true, ok, e}; });
        QTRY_VERIFY_WITH_TIMEOUT(first.called && second.called, 15'000);
        QVERIFY2(first.ok && second.ok, qPrintable(first.error + second.error));
        const QString publicKey = m_keys->publicKey();
        QCOMPARE(serverPublicKey(), publicKey);

        // The seed is in the keychain, and a signature verifies against the registered key.
        SecretKey entry = m_session->refreshTokenKey();
        entry.name = QString(UserKeys::SecretName);
        const auto seed = readSync(*m_store, entry);
        QVERIFY(seed);
        QCOMPARE(seed->size(), nest::security::ed25519::SeedBytes);
        const QString message = u"nest-vote:v1:p_1:0,2:u_1"_qs;
        QString signature;
        m_keys->sign(message, [&signature](const QString &s, const QString &) { signature = s; });
        QTRY_VERIFY_WITH_TIMEOUT(!signature.isEmpty(), 15'000);
        const auto rawKey = nest::security::base64url::decode(publicKey.toLatin1());
        const auto rawSig = nest::security::base64url::decode(signature.toLatin1());
        QVERIFY(rawKey && rawSig);
        QVERIFY(nest::security::ed25519::verify(*rawKey, message.toUtf8(), *rawSig));
        QVERIFY(!nest::security::ed25519::verify(*rawKey, "tampered", *rawSig));

        // A sign-in on another session of the same account reuses the stored key.
        m_keys.reset();
        m_session.reset();
        m_session = std::make_unique<Session>(*m_api, *m_store);
        m_keys = std::make_unique<UserKeys>(*m_api, *m_store, *m_session);
        signIn(u"keyuser"_qs, false);
        QVERIFY(ensureReady(*m_keys).ok);
        QCOMPARE(m_keys->publicKey(), publicKey);

        // The server holding another key (another computer): this one is registered again.
        const auto other = nest::security::ed25519::generate();
        auto replaced = await(authapi::setPublicKey(
            *m_api, QString::fromLatin1(nest::security::base64url::encode(other.publicKey))));
        QVERIFY(replaced->isOk());
        m_keys.reset();
        m_session->logout();
        QTRY_VERIFY_WITH_TIMEOUT(!m_session->isBusy(), 15'000);
        // logout() above ran without UserKeys: the stored key is still there.
        QVERIFY(readSync(*m_store, entry));
        m_keys = std::make_unique<UserKeys>(*m_api, *m_store, *m_session);
        signIn(u"keyuser"_qs, false);
        QVERIFY(ensureReady(*m_keys).ok);
        QCOMPARE(m_keys->publicKey(), publicKey);
        QCOMPARE(serverPublicKey(), publicKey);

        // A sign-out the user asks for removes the key from the keychain and from memory.
        QSignalSpy readyChanged(m_keys.get(), &UserKeys::readyChanged);
        m_session->logout();
        QCOMPARE(readyChanged.count(), 1);
        QVERIFY(!m_keys->isReady());
        QVERIFY(m_keys->signNow(message).isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!readSync(*m_store, entry), 15'000);
    }

    void unusableStoredKeyIsReplaced()
    {
        signIn(u"badkey"_qs, true);
        SecretKey entry = m_session->refreshTokenKey();
        entry.name = QString(UserKeys::SecretName);
        bool written = false;
        m_store->write(entry, "short", [&written](bool ok, const QString &) { written = ok; });
        QTRY_VERIFY_WITH_TIMEOUT(written, 15'000);
        QTest::ignoreMessage(QtWarningMsg,
                             "the stored signing key is unusable; creating a new one");
        QVERIFY(ensureReady(*m_keys).ok);
        QCOMPARE(readSync(*m_store, entry)->size(), nest::security::ed25519::SeedBytes);
        QCOMPARE(serverPublicKey(), m_keys->publicKey());
    }
};

QTEST_GUILESS_MAIN(TestUserKeys)
#include "tst_userkeys.moc"
