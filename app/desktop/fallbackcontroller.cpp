#include "fallbackcontroller.h"

#include "authservice.h"
#include "dashboardcontroller.h"
#include "embeddedserver.h"
#include "nestserver.h"

#include <QDir>
#include <QLoggingCategory>

#include <utility>

namespace nest::desktop {
namespace {
Q_LOGGING_CATEGORY(lcFallback, "nest.desktop.fallback")

//! What the Dashboard reads from the stream (as DesktopApp subscribes an analyst).
const QStringList &fallbackTopics()
{
    static const QStringList topics{QStringLiteral("behavior.metrics"),
                                    QStringLiteral("behavior.traits"), QStringLiteral("alerts")};
    return topics;
}

QUrl fallbackStreamUrl(const QUrl &base)
{
    QUrl url = base;
    url.setScheme(QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    return url;
}
} // namespace

FallbackController::FallbackController(QNetworkAccessManager &nam,
                                       client::StreamClient &remoteStream,
                                       DashboardController &remoteDashboard,
                                       ui::DashboardView &dashboard, QObject *parent)
    : QObject(parent)
    , m_remoteStream(remoteStream)
    , m_remoteDashboard(remoteDashboard)
    , m_api(nam)
    , m_dashboard(new DashboardController(m_api, m_stream, dashboard, this))
{
    m_api.setAuthProvider(this);
    m_grace.setSingleShot(true);
    m_grace.setInterval(DefaultGraceMs);
    connect(&m_grace, &QTimer::timeout, this, [this] {
        // Analytics is what this computer can serve; without the Dashboard there is nothing
        // to stand in for, and the banner says plainly that the remote is lost.
        if (m_armed && m_analyst && m_remoteStream.state() != client::StreamClient::State::Live)
            enter();
    });
    connect(&m_remoteStream, &client::StreamClient::stateChanged, this,
            &FallbackController::onRemoteState);
    connect(&m_stream, &client::StreamClient::authRejected, this,
            [this] { refreshAccessToken([](bool) {}); });
}

FallbackController::~FallbackController()
{
    delete std::exchange(m_dashboard, nullptr); // before the ApiClient and stream it uses
    m_stream.stop();
    if (m_server)
        m_server->stop();
}

void FallbackController::arm(const QString &dataDir, bool analyst)
{
    m_armed = true;
    m_dataDir = dataDir;
    m_analyst = analyst;
    onRemoteState(m_remoteStream.state());
}

void FallbackController::disarm()
{
    m_armed = false;
    m_grace.stop();
    m_unreachableSince = {};
    if (m_active)
        leave(false);
    if (m_server)
        m_server->stop();
    m_server.reset();
    m_accessToken.clear();
    m_refreshToken.clear();
}

void FallbackController::onRemoteState(client::StreamClient::State state)
{
    if (!m_armed)
        return;
    switch (state) {
    case client::StreamClient::State::Live:
        m_grace.stop();
        m_unreachableSince = {};
        if (m_active)
            leave(true);
        break;
    case client::StreamClient::State::Connecting:
        break; // the first connection after sign-in, or a retry: not a loss yet
    case client::StreamClient::State::Reconnecting:
    case client::StreamClient::State::Offline:
        if (!m_unreachableSince.isValid())
            m_unreachableSince = QDateTime::currentDateTime();
        if (!m_active && !m_grace.isActive())
            m_grace.start();
        break;
    }
}

bool FallbackController::startSession(QString *error)
{
    bool ok = false;
    m_server->runBlocking([&](server::NestServer &s) {
        if (!s.ensureLocalAccount(QString(LocalUsername), tr("This computer"), Roles(Role::Analyst),
                                  error))
            return;
        const server::AuthService::Result r = s.auth().startSession(QString(LocalUsername));
        ok = r.outcome == server::AuthService::Outcome::Ok;
        if (!ok) {
            *error = r.message;
            return;
        }
        m_accessToken = r.tokens.accessToken;
        m_refreshToken = r.tokens.refreshToken;
    });
    return ok;
}

void FallbackController::refreshAccessToken(std::function<void(bool ok)> done)
{
    bool ok = false;
    if (m_server && m_server->isRunning()) {
        m_server->runBlocking([&](server::NestServer &s) {
            server::AuthService::Result r = s.auth().refresh(m_refreshToken);
            if (r.outcome != server::AuthService::Outcome::Ok)
                r = s.auth().startSession(QString(LocalUsername)); // a lost family: start again
            ok = r.outcome == server::AuthService::Outcome::Ok;
            if (ok) {
                m_accessToken = r.tokens.accessToken;
                m_refreshToken = r.tokens.refreshToken;
            }
        });
    }
    if (ok)
        m_stream.setAccessToken(m_accessToken);
    // AuthProvider callers expect the answer from the event loop, as a network refresh would.
    QMetaObject::invokeMethod(
        this, [done = std::move(done), ok] { done(ok); }, Qt::QueuedConnection);
}

void FallbackController::enter()
{
    QString error;
    if (!m_server || !m_server->isRunning()) {
        server::ServerConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.dataDir = m_dataDir;
        m_server = std::make_unique<server::EmbeddedServer>();
        if (!QDir().mkpath(m_dataDir) || !m_server->start(config, false, &error)) {
            qCWarning(lcFallback) << "this computer's server could not start:" << error;
            m_server.reset();
            return; // the banner keeps saying the remote is lost, without a stand-in
        }
    }
    if (!startSession(&error)) {
        qCWarning(lcFallback) << "no session on this computer's server:" << error;
        return;
    }
    qCInfo(lcFallback) << "the remote is unreachable: analytics from this computer at"
                       << m_server->baseUrl().toString();
    // Its own identity: nothing cached for the remote is mixed with this server's answers.
    m_api.setBaseUrl(m_server->baseUrl(), u"fallback:" + QDir(m_dataDir).canonicalPath());
    m_stream.setUrl(fallbackStreamUrl(m_server->baseUrl()));
    m_stream.setAccessToken(m_accessToken);
    m_stream.setTopics(fallbackTopics());
    m_stream.start();
    m_active = true;
    m_remoteDashboard.deactivate();
    m_dashboard->activate();
    Q_EMIT activeChanged(true);
}

void FallbackController::leave(bool backToRemote)
{
    m_active = false;
    m_dashboard->deactivate();
    m_stream.stop();
    m_stream.resetResumeState();
    if (backToRemote && m_analyst) {
        qCInfo(lcFallback) << "the remote is back: analytics from it again";
        m_remoteDashboard.activate();
    }
    Q_EMIT activeChanged(false);
}

} // namespace nest::desktop
