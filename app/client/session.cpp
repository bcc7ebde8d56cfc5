#include "session.h"

#include "accesstokentimes.h"
#include "apiclient.h"
#include "authapi.h"
#include "backoff.h"
#include "clientlogging.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cstdlib>
#include <limits>

namespace nest::client {

namespace {

// Never schedule a refresh sooner than this: a server handing out already-expired tokens (or a
// wrong clock) must not turn the timer into a busy loop. The 401 path still covers such tokens.
constexpr qint64 MinRefreshDelayMs = 1'000;
constexpr qint64 MaxRefreshMarginMs = 60'000;
// Our clock and the server's may disagree; beyond this, count the lifetime from receipt.
constexpr qint64 MaxClockSkewMs = 120'000;
// Logout needs a live access token; with less left than this, refresh first.
constexpr qint64 LogoutTokenSlackMs = 30'000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

bool isTransient(ApiStatus status)
{
    return status == ApiStatus::NetworkError || status == ApiStatus::Timeout
           || status == ApiStatus::ServerError || status == ApiStatus::TooManyRequests;
}

} // namespace

Session::Session(ApiClient &api, SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_secrets(secrets)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        if (!m_refreshToken.isEmpty() && !m_refreshJob)
            startRefresh();
    });
    m_api.setAuthProvider(this);
}

Session::~Session()
{
    if (m_api.authProvider() == this)
        m_api.setAuthProvider(nullptr);
    ++m_generation;
    if (m_refreshJob)
        m_refreshJob->cancel();
    failWaiters();
}

SecretKey Session::refreshTokenKey() const
{
    return {m_origin.isEmpty() ? m_api.serverOrigin() : m_origin, m_username,
            QString(RefreshTokenName)};
}

void Session::login(const QString &username, const QString &password)
{
    if (isSignedIn())
        logout();
    clearLocalState();
    startLogin(username, password);
}

void Session::registerAndLogin(const QString &username, const QString &password,
                               const QString &displayName)
{
    if (isSignedIn())
        logout();
    clearLocalState();
    beginBusy();
    const quint64 generation = m_generation;
    ApiJob *job = authapi::registerAccount(m_api, username, password, displayName);
    connect(job, &ApiJob::finished, this, [this, job, generation, username, password] {
        endBusy();
        if (generation != m_generation)
            return;
        if (!job->isOk())
            return Q_EMIT loginFailed(job->error());
        startLogin(username, password);
    });
}

void Session::startLogin(const QString &username, const QString &password)
{
    beginBusy();
    const quint64 generation = m_generation;
    ApiJob *job = authapi::login(m_api, username, password);
    connect(job, &ApiJob::finished, this, [this, job, generation] {
        endBusy();
        if (generation != m_generation)
            return;
        if (!job->isOk())
            return Q_EMIT loginFailed(job->error());
        adopt(authapi::tokenPairOf(*job));
        qCInfo(lcNet) << "signed in as" << m_user.username;
        Q_EMIT signedIn(m_user);
    });
}

void Session::restore(const QString &serverOrigin, const QString &username)
{
    if (isSignedIn()) {
        qCWarning(lcNet) << "restore ignored: already signed in";
        return;
    }
    clearLocalState();
    if (serverOrigin != m_api.serverOrigin()) {
        const ApiError error{ApiStatus::BadRequest, 0, u"wrong_server"_qs,
                             tr("The saved session belongs to another server."), -1};
        QMetaObject::invokeMethod(
            this, [this, error] { Q_EMIT loginFailed(error); }, Qt::QueuedConnection);
        return;
    }
    beginBusy();
    m_origin = serverOrigin;
    m_username = username;
    m_restoring = true;
    const quint64 generation = m_generation;
    m_secrets.read(refreshTokenKey(), [self = QPointer<Session>(this), generation](
                                          std::optional<QByteArray> secret, const QString &error) {
        if (!self)
            return;
        // A newer login or logout ended this restore, and its busy state with it.
        if (generation != self->m_generation)
            return;
        if (!secret || secret->isEmpty()) {
            self->clearLocalState(); // also ends the busy state of the restore
            return Q_EMIT self->loginFailed(
                {ApiStatus::Unauthorized, 0, u"no_saved_session"_qs,
                 error.isEmpty() ? tr("No saved session for this account. Sign in.") : error, -1});
        }
        self->m_refreshToken = QString::fromUtf8(*secret);
        self->startRefresh(); // busy ends when the refresh answers
    });
}

void Session::logout()
{
    // Also ends a login or restore still in flight (their answers are then ignored), but only
    // a session that existed is reported as ended.
    const bool hadSession =
        !m_accessToken.isEmpty() || !m_refreshToken.isEmpty() || !m_username.isEmpty();
    const QString refreshToken = m_refreshToken;
    const QString accessToken = m_accessToken;
    const qint64 expiresAtMs = m_expiresAtMs;
    const SecretKey key = refreshTokenKey();
    clearLocalState();
    failWaiters();
    if (!accessToken.isEmpty())
        Q_EMIT accessTokenChanged({});

    // The local part does not depend on the server: the keychain entry goes in any case.
    if (!key.username.isEmpty()) {
        beginBusy();
        m_secrets.remove(key, [self = QPointer<Session>(this)](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcNet) << "could not delete the stored refresh token:" << error;
            if (self)
                self->endBusy();
        });
    }
    if (!refreshToken.isEmpty())
        tellServerLogout(refreshToken, accessToken, expiresAtMs);
    if (hadSession)
        Q_EMIT signedOut({});
}

void Session::tellServerLogout(const QString &refreshToken, const QString &accessToken,
                               qint64 expiresAtMs)
{
    // Best effort, owned by the ApiClient so that it outlives this session: revoking the family
    // on the server also ends the login on every copy of its tokens.
    const auto report = [](ApiJob *job) {
        if (!job->isOk())
            qCInfo(lcNet) << "server logout failed:" << statusName(job->status());
    };
    if (!accessToken.isEmpty() && expiresAtMs - nowMs() > LogoutTokenSlackMs) {
        ApiJob *job = authapi::logout(m_api, refreshToken, accessToken);
        connect(job, &ApiJob::finished, &m_api, [job, report] { report(job); });
        return;
    }
    ApiJob *refresh = authapi::refresh(m_api, refreshToken);
    ApiClient *api = &m_api;
    connect(refresh, &ApiJob::finished, api, [api, refresh, report] {
        if (!refresh->isOk())
            return report(refresh);
        const TokenPair pair = authapi::tokenPairOf(*refresh);
        ApiJob *job = authapi::logout(*api, pair.refreshToken, pair.accessToken);
        QObject::connect(job, &ApiJob::finished, api, [job, report] { report(job); });
    });
}

void Session::refreshAccessToken(std::function<void(bool ok)> done)
{
    if (m_refreshToken.isEmpty()) {
        if (done)
            done(false);
        return;
    }
    if (done)
        m_waiters.push_back(std::move(done));
    if (!m_refreshJob)
        startRefresh();
}

void Session::startRefresh()
{
    m_refreshTimer.stop();
    ++m_refreshCount;
    const quint64 generation = m_generation;
    ApiJob *job = authapi::refresh(m_api, m_refreshToken);
    m_refreshJob = job;
    connect(job, &ApiJob::finished, this,
            [this, job, generation] { onRefreshFinished(job, generation); });
}

void Session::onRefreshFinished(ApiJob *job, quint64 generation)
{
    if (generation != m_generation)
        return;
    m_refreshJob = nullptr;
    const bool restoring = std::exchange(m_restoring, false);
    if (job->isOk()) {
        m_networkRetries = 0;
        adopt(authapi::tokenPairOf(*job));
        if (restoring) {
            endBusy();
            Q_EMIT signedIn(m_user);
        }
        auto waiters = std::exchange(m_waiters, {});
        for (auto &waiter : waiters)
            waiter(true);
        return;
    }

    const ApiError error = job->error();
    if (isTransient(error.status)) {
        if (restoring) {
            // Never signed in this run: report, and keep the stored token for the next try.
            clearLocalState();
            failWaiters();
            endBusy();
            return Q_EMIT loginFailed(error);
        }
        // The session stays: the refresh token is still ours, only the server is out of reach.
        const int delay =
            error.retryAfterMs > 0
                ? int(std::min(error.retryAfterMs, ApiClient::MaxRetryAfterMs))
                : backoff::delayMs(m_networkRetries, QRandomGenerator::global()->generateDouble());
        ++m_networkRetries;
        m_refreshTimer.start(std::max(delay, 100));
        qCInfo(lcNet) << "refresh failed:" << statusName(error.status) << "- retrying in" << delay
                      << "ms";
        failWaiters();
        return Q_EMIT refreshDeferred(error, delay);
    }

    // refresh_reused, invalid_refresh_token, or an answer we cannot use: this login is over.
    qCInfo(lcNet) << "refresh refused:" << statusName(error.status) << error.code;
    if (restoring) {
        m_secrets.remove(refreshTokenKey(), {});
        clearLocalState();
        failWaiters();
        endBusy();
        return Q_EMIT loginFailed(error);
    }
    endSession(tr("Your session ended; sign in again."), true);
}

void Session::adopt(const TokenPair &pair)
{
    const qint64 now = nowMs();
    m_accessToken = pair.accessToken;
    m_refreshToken = pair.refreshToken;
    m_user = pair.user;
    m_username = pair.user.username;
    m_origin = m_api.serverOrigin();

    qint64 lifetimeMs = std::max<qint64>(pair.expiresIn, 0) * 1000;
    m_expiresAtMs = now + lifetimeMs;
    if (const auto times = AccessTokenTimes::read(pair.accessToken)) {
        lifetimeMs = (times->expiresAt - times->issuedAt) * 1000;
        m_expiresAtMs = times->expiresAt * 1000;
        if (std::abs(times->issuedAt * 1000 - now) > MaxClockSkewMs)
            m_expiresAtMs = now + lifetimeMs;
    }
    scheduleRefresh(lifetimeMs);

    // Rotation spent the old refresh token: only the new one can resume this login later.
    m_secrets.write(refreshTokenKey(), m_refreshToken.toUtf8(), [](bool ok, const QString &error) {
        if (!ok)
            qCWarning(lcNet) << "could not store the refresh token:" << error;
    });
    Q_EMIT accessTokenChanged(m_accessToken);
}

void Session::scheduleRefresh(qint64 lifetimeMs)
{
    const qint64 margin = std::min(MaxRefreshMarginMs, lifetimeMs / 10);
    const qint64 delay = std::clamp(m_expiresAtMs - margin - nowMs(), MinRefreshDelayMs,
                                    qint64(std::numeric_limits<int>::max()));
    m_refreshTimer.start(int(delay));
}

void Session::endSession(const QString &reason, bool forgetStoredToken)
{
    const SecretKey key = refreshTokenKey();
    const bool hadToken = !m_accessToken.isEmpty();
    clearLocalState();
    failWaiters();
    if (forgetStoredToken && !key.username.isEmpty()) {
        m_secrets.remove(key, [](bool ok, const QString &error) {
            if (!ok)
                qCWarning(lcNet) << "could not delete the stored refresh token:" << error;
        });
    }
    if (hadToken)
        Q_EMIT accessTokenChanged({});
    Q_EMIT signedOut(reason);
}

void Session::clearLocalState()
{
    ++m_generation;
    m_refreshTimer.stop();
    if (m_refreshJob)
        m_refreshJob->cancel();
    m_refreshJob = nullptr;
    m_accessToken.clear();
    m_refreshToken.clear();
    m_expiresAtMs = 0;
    m_user = {};
    m_origin.clear();
    m_username.clear();
    m_networkRetries = 0;
    if (std::exchange(m_restoring, false))
        endBusy();
}

void Session::failWaiters()
{
    auto waiters = std::exchange(m_waiters, {});
    for (auto &waiter : waiters)
        waiter(false);
}

void Session::beginBusy()
{
    if (m_busyCount++ == 0)
        Q_EMIT busyChanged(true);
}

void Session::endBusy()
{
    if (m_busyCount == 0)
        return;
    if (--m_busyCount == 0)
        Q_EMIT busyChanged(false);
}

} // namespace nest::client
