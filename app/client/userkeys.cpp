#include "userkeys.h"

#include "apiclient.h"
#include "apijob.h"
#include "authapi.h"
#include "base64url.h"
#include "clientlogging.h"
#include "ed25519.h"
#include "session.h"

#include <QPointer>
#include <QTimer>

namespace nest::client {

using security::SecureBuffer;
namespace ed25519 = security::ed25519;

UserKeys::UserKeys(ApiClient &api, SecretStore &secrets, Session &session, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
    , m_session(session)
{
    connect(&session, &Session::signedIn, this, &UserKeys::onSignedIn);
    connect(&session, &Session::signedOut, this, &UserKeys::onSignedOut);
    if (session.isSignedIn())
        onSignedIn(session.user());
}

UserKeys::~UserKeys() = default;

SecretKey UserKeys::secretKey() const
{
    SecretKey key = m_session.refreshTokenKey();
    key.name = QString(SecretName);
    return key;
}

void UserKeys::onSignedIn(const User &user)
{
    const SecretKey account = secretKey();
    if (account != m_account) {
        ++m_generation;
        m_secret = SecureBuffer();
        m_publicKey.clear();
        m_registered = false;
        m_loading = false;
        m_account = account;
    }
    m_serverPublicKey = user.publicKey;
    m_registered = !m_publicKey.isEmpty() && m_publicKey == m_serverPublicKey;
}

void UserKeys::onSignedOut(const QString &reason)
{
    ++m_generation;
    const bool wasReady = isReady();
    m_secret = SecureBuffer();
    m_publicKey.clear();
    m_serverPublicKey.clear();
    m_registered = false;
    m_loading = false;
    // A sign-out the user asked for leaves no secret of the account behind.
    if (reason.isEmpty() && !m_account.username.isEmpty())
        m_secrets.remove(m_account, [](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcNet).noquote() << "could not remove the signing key:" << error;
        });
    m_account = {};
    auto waiters = std::exchange(m_waiters, {});
    for (const Ready &done : waiters)
        done(false, tr("You were signed out before the signing key was ready."));
    if (wasReady)
        Q_EMIT readyChanged(false);
}

void UserKeys::ensureReady(Ready done)
{
    if (isReady() || !m_session.isSignedIn()) {
        const bool ok = isReady();
        QTimer::singleShot(0, this, [done = std::move(done), ok] {
            done(ok, ok ? QString() : tr("Sign in to sign actions."));
        });
        return;
    }
    m_waiters.push_back(std::move(done));
    if (m_loading)
        return;
    m_loading = true;
    if (m_secret.isEmpty())
        load();
    else
        registerPublicKey();
}

void UserKeys::sign(const QString &message, Signed done)
{
    ensureReady([this, message, done = std::move(done)](bool ok, const QString &error) {
        if (!ok) {
            done({}, error);
            return;
        }
        done(signNow(message), {});
    });
}

QString UserKeys::signNow(const QString &message) const
{
    if (!isReady())
        return {};
    const QByteArray signature = ed25519::sign(m_secret, message.toUtf8());
    return QString::fromLatin1(security::base64url::encode(signature));
}

void UserKeys::load()
{
    const quint64 generation = m_generation;
    QPointer<UserKeys> self(this);
    m_secrets.read(
        m_account, [self, generation](std::optional<QByteArray> secret, const QString &error) {
            if (!self || generation != self->m_generation)
                return;
            if (!error.isEmpty()) {
                self->finish(false, tr("The keychain could not be read: %1").arg(error));
                return;
            }
            if (secret && secret->size() == ed25519::SeedBytes) {
                self->adoptSeed(*secret);
                secret->fill('\0');
                self->registerPublicKey();
                return;
            }
            if (secret)
                qCWarning(lcNet) << "the stored signing key is unusable; creating a new one";
            self->createKey();
        });
}

void UserKeys::adoptSeed(QByteArrayView seed)
{
    security::Ed25519KeyPair pair = ed25519::fromSeed(seed);
    m_secret = std::move(pair.secretKey);
    m_publicKey = QString::fromLatin1(security::base64url::encode(pair.publicKey));
    m_registered = m_publicKey == m_serverPublicKey;
}

void UserKeys::createKey()
{
    const security::Ed25519KeyPair pair = ed25519::generate();
    const SecureBuffer seed = ed25519::seedOf(pair.secretKey);
    if (!pair.isValid() || seed.isEmpty()) {
        finish(false, tr("A signing key could not be generated."));
        return;
    }
    // Only a key the keychain holds is registered: one the app could lose is never announced.
    QByteArray stored(seed.view().toByteArray());
    const quint64 generation = m_generation;
    QPointer<UserKeys> self(this);
    m_secrets.write(m_account, stored,
                    [self, generation, stored](bool ok, const QString &error) mutable {
                        if (!self || generation != self->m_generation) {
                            stored.fill('\0');
                            return;
                        }
                        if (!ok) {
                            stored.fill('\0');
                            self->finish(false, tr("The signing key could not be stored in the "
                                                   "keychain: %1")
                                                    .arg(error));
                            return;
                        }
                        self->adoptSeed(stored);
                        stored.fill('\0');
                        self->registerPublicKey();
                    });
}

void UserKeys::registerPublicKey()
{
    if (m_registered) {
        finish(true, {});
        return;
    }
    const quint64 generation = m_generation;
    ApiJob *job = authapi::setPublicKey(m_api, m_publicKey);
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->isOk()) {
            finish(false,
                   tr("The server did not accept the signing key: %1").arg(describe(job->error())));
            return;
        }
        m_serverPublicKey = authapi::userOf(*job).publicKey;
        m_registered = m_serverPublicKey == m_publicKey;
        finish(m_registered,
               m_registered ? QString() : tr("The server registered a different signing key."));
    });
}

void UserKeys::finish(bool ok, const QString &error)
{
    m_loading = false;
    auto waiters = std::exchange(m_waiters, {});
    for (const Ready &done : waiters)
        done(ok, error);
    if (ok)
        Q_EMIT readyChanged(true);
}

} // namespace nest::client
