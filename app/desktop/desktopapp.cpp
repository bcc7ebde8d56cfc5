#include "desktopapp.h"

#include "appearancecontroller.h"
#include "appearancesettings.h"
#include "communitycontroller.h"
#include "communityview.h"
#include "dashboardcontroller.h"
#include "dashboardview.h"
#include "fallbackcontroller.h"
#include "governancecontroller.h"
#include "governanceview.h"
#include "listingsmodel.h"
#include "marketcontroller.h"
#include "marketview.h"
#include "moderationcontroller.h"
#include "moderationview.h"
#include "nestserver.h"
#include "offlinecontroller.h"
#include "outboxview.h"
#include "ratechart.h"
#include "settingsview.h"
#include "topics.h"
#include "viewcache.h"

#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStandardPaths>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>

#include <cstdio>

namespace nest::desktop {
namespace {
QUrl streamUrl(const QUrl &base)
{
    QUrl url = base;
    url.setScheme(base.scheme() == QLatin1StringView("https") ? QStringLiteral("wss")
                                                              : QStringLiteral("ws"));
    url.setPath(QStringLiteral("/api/v1/stream"));
    return url;
}

ui::ConnectionStatus::State toUiState(client::StreamClient::State state)
{
    switch (state) {
    case client::StreamClient::State::Live:
        return ui::ConnectionStatus::State::Live;
    case client::StreamClient::State::Connecting:
        return ui::ConnectionStatus::State::Connecting;
    case client::StreamClient::State::Reconnecting:
        return ui::ConnectionStatus::State::Reconnecting;
    case client::StreamClient::State::Offline:
        break;
    }
    return ui::ConnectionStatus::State::Offline;
}
} // namespace

DesktopApp::DesktopApp(Options options, QObject *parent)
    : QObject(parent)
    , m_options(std::move(options))
    , m_api(m_nam)
    , m_session(m_api, m_secrets)
    , m_userKeys(m_api, m_secrets, m_session)
    , m_cache(m_secrets)
    , m_outbox(m_api, m_secrets)
    , m_settings(new ui::SettingsView)
    , m_dashboard(new ui::DashboardView)
    , m_governance(new ui::GovernanceView)
    , m_market(new ui::MarketView)
    , m_community(new ui::CommunityView)
    , m_moderationView(new ui::ModerationView)
    , m_outboxView(new ui::OutboxView)
    , m_signIn(std::make_unique<ui::SignInDialog>())
{
    m_api.setAuthProvider(&m_session);
    auto *appearanceSettings = new ui::AppearanceSettings;
    m_settings->addSection(appearanceSettings);
    m_appearance = new AppearanceController(m_window, *appearanceSettings,
                                            {m_options.theme, m_options.language}, this);
    // Texts this class words for the views (server name, connection state) follow the language.
    connect(&m_appearance->language(), &ui::Language::languageChanged, this, [this] {
        updateSettings();
        updateConnectionStatus();
    });
    m_dashboardController = new DashboardController(m_api, m_stream, *m_dashboard, this);
    // Its own ApiClient and stream: m_api stays on the remote, where the outbox replays.
    m_fallback =
        new FallbackController(m_nam, m_stream, *m_dashboardController, *m_dashboard, this);
    connect(m_fallback, &FallbackController::activeChanged, this,
            &DesktopApp::updateConnectionStatus);
    m_offlineController =
        new OfflineController(m_outbox, m_cache, *m_outboxView, *m_settings, this);
    m_window.addView(
        {QStringLiteral("dashboard"), m_dashboard, QIcon(QStringLiteral(":/icons/dashboard.svg")),
         [] { return QApplication::translate("nest::desktop", "Dashboard"); }, Role::Analyst});
    m_governanceController =
        new GovernanceController(m_api, m_stream, m_userKeys, m_outbox, *m_governance, this);
    m_window.addView({QStringLiteral("governance"), m_governance,
                      QIcon(QStringLiteral(":/icons/governance.svg")),
                      [] { return QApplication::translate("nest::desktop", "Governance"); },
                      std::nullopt});
    m_marketController =
        new MarketController(m_api, m_stream, m_userKeys, m_outbox, *m_market, this);
    m_window.addView(
        {QStringLiteral("market"), m_market, QIcon(QStringLiteral(":/icons/market.svg")),
         [] { return QApplication::translate("nest::desktop", "Marketplace"); }, Role::Trader});
    const auto trayMessage = [this](const QString &title, const QString &text) {
        if (!m_tray && QSystemTrayIcon::isSystemTrayAvailable()) {
            m_tray = new QSystemTrayIcon(QIcon(QStringLiteral(":/icons/nest.svg")), this);
            m_tray->show();
        }
        if (m_tray)
            m_tray->showMessage(title, text);
    };
    connect(m_marketController, &MarketController::notification, this, trayMessage);
    // Refusals of actions replayed from the outbox (an auction that ended meanwhile).
    connect(m_offlineController, &OfflineController::notification, this, trayMessage);
    m_communityController = new CommunityController(m_api, m_stream, m_outbox, *m_community, this);
    m_moderationController =
        new ModerationController(m_api, m_stream, m_outbox, *m_moderationView, this);
    m_window.addView(
        {QStringLiteral("community"), m_community, QIcon(QStringLiteral(":/icons/community.svg")),
         [] { return QApplication::translate("nest::desktop", "Community"); }, std::nullopt});
    m_window.addView({QStringLiteral("moderation"), m_moderationView,
                      QIcon(QStringLiteral(":/icons/moderation.svg")),
                      [] { return QApplication::translate("nest::desktop", "Moderation"); },
                      Role::Moderator});
    // What the feed, the market and governance last showed, for when the server is away.
    m_viewCache = new ViewCache(m_cache, this);
    m_communityController->setViewCache(m_viewCache);
    m_marketController->setViewCache(m_viewCache);
    m_governanceController->setViewCache(m_viewCache);
    m_window.addView(
        {QStringLiteral("outbox"), m_outboxView, QIcon(QStringLiteral(":/icons/outbox.svg")),
         [this] {
             const int waiting = m_outbox.pendingCount();
             return waiting == 0 ? QApplication::translate("nest::desktop", "Outbox")
                                 : QApplication::translate("nest::desktop", "Outbox (%1)")
                                       .arg(QLocale().toString(waiting));
         },
         std::nullopt});
    // The sidebar counts the actions waiting for the server.
    connect(&m_outbox, &client::Outbox::entryAdded, &m_window, &ui::MainWindow::updateViewTitles);
    connect(&m_outbox, &client::Outbox::entryChanged, &m_window, &ui::MainWindow::updateViewTitles);
    connect(&m_outbox, &client::Outbox::entryRemoved, &m_window, &ui::MainWindow::updateViewTitles);
    connect(&m_outbox, &client::Outbox::ready, &m_window, &ui::MainWindow::updateViewTitles);
    m_window.addView(
        {QStringLiteral("settings"), m_settings, QIcon(QStringLiteral(":/icons/settings.svg")),
         [] { return QApplication::translate("nest::desktop", "Settings"); }, std::nullopt});

    connect(m_signIn.get(), &ui::SignInDialog::submitted, this, &DesktopApp::onSubmitted);
    connect(m_signIn.get(), &QDialog::rejected, this, [this] {
        if (!m_session.isSignedIn())
            QApplication::quit();
    });
    connect(&m_session, &client::Session::signedIn, this, &DesktopApp::onSignedIn);
    connect(&m_session, &client::Session::signedOut, this, &DesktopApp::onSignedOut);
    connect(&m_session, &client::Session::loginFailed, this, &DesktopApp::onLoginFailed);
    connect(&m_session, &client::Session::accessTokenChanged, &m_stream,
            &client::StreamClient::setAccessToken);
    connect(&m_stream, &client::StreamClient::authRejected, this, [this] {
        if (m_session.isSignedIn())
            m_session.refreshAccessToken([](bool) {}); // the new token reaches the stream
    });
    connect(&m_stream, &client::StreamClient::stateChanged, this,
            &DesktopApp::updateConnectionStatus);
    connect(&m_stream, &client::StreamClient::rttChanged, this,
            &DesktopApp::updateConnectionStatus);
    connect(&m_window, &ui::MainWindow::retryRequested, &m_stream, [this] {
        if (isWaitingForServer()) {
            resumeSession(); // the stream starts once the session is back
            return;
        }
        m_stream.stop();
        m_stream.start();
    });
    connect(m_settings, &ui::SettingsView::signOutRequested, this, [this] {
        if (isWaitingForServer()) {
            // No session to end on the server: forget the account here as a sign-out would.
            stopWaitingForServer();
            m_session.logout(); // the stored refresh token goes too
            onSignedOut({});
            return;
        }
        m_session.logout();
    });
    connect(&m_secrets, &client::SecretStore::unavailable, this, [this](const QString &why) {
        qWarning("nest-desktop: no system keychain: %s", qPrintable(why));
        updateSettings();
    });
    // Back from sleep or on a new network: reconnect and replay now, not after the backoff.
    connect(&m_network, &client::NetworkWatcher::wakeUp, this, [this](const QString &reason) {
        qInfo("nest-desktop: reconnecting now (%s)", qPrintable(reason));
        resumeSession(); // when started without the server
        m_stream.reconnectNow();
        m_outbox.retryNow();
    });
    connect(&m_stream, &client::StreamClient::stateChanged, this,
            [this](client::StreamClient::State state) {
                if (state == client::StreamClient::State::Live)
                    m_outbox.retryNow(); // the server is reachable again
            });
    connect(&m_session, &client::Session::accessTokenChanged, &m_outbox,
            [this] { m_outbox.retryNow(); });
    auto *tick = new QTimer(this); // the banner counts down to the next reconnect
    connect(tick, &QTimer::timeout, this, &DesktopApp::updateConnectionStatus);
    tick->start(1000);
}

DesktopApp::~DesktopApp()
{
    // A sign-out or a token rotation just before quitting must still reach the keychain.
    QElapsedTimer waited;
    waited.start();
    while (m_secrets.pendingCount() > 0 && waited.elapsed() < 2000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    delete std::exchange(m_fallback, nullptr); // its ApiClient uses m_nam, which goes first
    m_stream.stop();
    m_outbox.close();
    m_cache.close();
    if (m_embedded)
        m_embedded->stop();
}

QString DesktopApp::offlineDir() const
{
    const QString base = !m_options.dataDir.isEmpty()
                             ? m_options.dataDir
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    // One folder per server and account; the name says nothing about either.
    const QByteArray account = (m_api.serverOrigin() + u'|' + currentUser().username).toUtf8();
    const QString hash = QString::fromLatin1(
        QCryptographicHash::hash(account, QCryptographicHash::Sha256).toHex().left(16));
    return QDir(base).filePath(QStringLiteral("offline/") + hash);
}

void DesktopApp::openOfflineStores()
{
    const QString dir = offlineDir();
    const client::SecretKey account{
        m_session.isSignedIn() ? m_session.refreshTokenKey().serverOrigin : m_api.serverOrigin(),
        currentUser().username,
        {}};
    m_cache.open(QDir(dir).filePath(QStringLiteral("cache.sqlite")), account);
    m_outbox.open(QDir(dir).filePath(QStringLiteral("outbox.sqlite")), account);
}

QString DesktopApp::fallbackDataDir() const
{
    // Not the data of "this computer" as a chosen server: the stand-in keeps its own.
    const QString base = !m_options.dataDir.isEmpty()
                             ? m_options.dataDir
                             : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(base).filePath(QStringLiteral("fallback-server"));
}

QString DesktopApp::serverName() const
{
    if (m_server.isOffline())
        return tr("this computer");
    // "The server at example.org is unreachable": the host says which one.
    if (m_fallback && m_fallback->isActive() && !m_server.remoteUrl.host().isEmpty())
        return m_server.remoteUrl.host();
    return m_server.remoteUrl.toString();
}

bool DesktopApp::useServer(const ui::ServerChoice &choice, QString *error)
{
    m_server = choice;
    if (!choice.isOffline()) {
        if (m_embedded)
            m_embedded->stop();
        m_api.setBaseUrl(choice.remoteUrl);
        return true;
    }
    if (!m_embedded || !m_embedded->isRunning()) {
        m_embeddedDataDir =
            !m_options.dataDir.isEmpty()
                ? m_options.dataDir
                : QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                      .filePath(QStringLiteral("server"));
        server::ServerConfig config;
        config.address = QHostAddress::LocalHost;
        config.port = 0;
        config.dataDir = m_embeddedDataDir;
        m_embedded = std::make_unique<server::EmbeddedServer>();
        if (!m_embedded->start(config, m_options.demo, error))
            return false;
    }
    // The embedded server's port changes every run; its data dir is what stays the same.
    m_api.setBaseUrl(m_embedded->baseUrl(), u"local:" + QDir(m_embeddedDataDir).canonicalPath());
    return true;
}

bool DesktopApp::start()
{
    ui::ServerChoice choice = ui::ServerChoice::load();
    if (m_options.offline)
        choice.kind = ui::ServerChoice::Kind::ThisComputer;
    else if (!m_options.server.isEmpty())
        choice = {ui::ServerChoice::Kind::Remote, m_options.server};

    QString error;
    if (!useServer(choice, &error)) {
        std::fprintf(stderr, "nest-desktop: %s\n", qPrintable(error));
        QMessageBox::critical(nullptr, tr("Nest"),
                              tr("The server on this computer could not start:\n%1").arg(error));
        return false;
    }
    // Resume the last account on this server from the keychain; ask only when that fails. The
    // demo resumes its own session too: a refresh, not another Argon2id hash of its password.
    QSettings settings;
    const QString lastOrigin = settings.value(QStringLiteral("session/origin")).toString();
    const QString lastUser = settings.value(QStringLiteral("session/username")).toString();
    const bool resumable = !lastUser.isEmpty() && lastOrigin == m_api.serverOrigin()
                           && (!m_options.demo || lastUser == kDemoUser);
    if (m_options.demo && !resumable) {
        m_session.login(kDemoUser, kDemoPassword);
        return true;
    }
    if (resumable) {
        m_restoring = true;
        m_signIn->setUsername(lastUser);
        m_session.restore(lastOrigin, lastUser);
        return true;
    }
    showSignIn({});
    return true;
}

void DesktopApp::showSignIn(const QString &notice)
{
    m_signIn->setServerChoice(m_server);
    m_signIn->setNotice(notice);
    m_signIn->setBusy(false);
    bool noAccounts = false;
    if (m_server.isOffline() && m_embedded)
        m_embedded->runBlocking([&](server::NestServer &s) { noAccounts = s.userCount() == 0; });
    if (noAccounts)
        m_signIn->setCreateAccount(true); // first use of this computer's server
    // Over a visible window the dialog is modal: the window keeps its state (nothing typed is
    // lost) but takes no action until the user is signed in again.
    m_signIn->setWindowModality(m_window.isVisible() ? Qt::ApplicationModal : Qt::NonModal);
    m_signIn->show();
    m_signIn->raise();
    m_signIn->activateWindow();
}

void DesktopApp::onSubmitted(const ui::SignInDialog::Request &request)
{
    QString error;
    if (!useServer(request.server, &error)) {
        m_signIn->showError(error);
        return;
    }
    request.server.save();
    if (request.createAccount)
        m_session.registerAndLogin(request.username, request.password, request.displayName);
    else
        m_session.login(request.username, request.password);
}

void DesktopApp::onLoginFailed(const client::ApiError &error)
{
    if (std::exchange(m_restoring, false)) {
        if (m_options.demo) {
            m_session.login(kDemoUser, kDemoPassword); // the saved demo session ended
            return;
        }
        // No saved session (or it ended): a normal sign-in, with the reason only when the
        // server could not be reached, since then the saved session is still there.
        const bool network = error.status == client::ApiStatus::NetworkError
                             || error.status == client::ApiStatus::Timeout;
        if (network && isWaitingForServer())
            return; // still away: the next try comes with the timer or the network
        stopWaitingForServer();
        if (network && !m_server.isOffline()) {
            // The remote is away: work on what the account last saw until it answers.
            startWithoutServer(QSettings().value(QStringLiteral("session/username")).toString(),
                               error);
            return;
        }
        showSignIn(network ? client::describe(error) : QString());
        return;
    }
    if (m_options.demo) {
        std::fprintf(stderr, "nest-desktop: demo sign-in failed: %s\n",
                     qPrintable(client::describe(error)));
        QApplication::exit(1);
        return;
    }
    m_signIn->showError(client::describe(error));
}

void DesktopApp::onSignedIn()
{
    m_restoring = false;
    stopWaitingForServer(true); // the remote answered: from here on a normal session
    m_signIn->hide();
    m_signIn->clearPassword();
    const client::User user = m_session.user();
    QSettings settings; // not secrets: which account to resume next time
    settings.setValue(QStringLiteral("session/origin"), m_api.serverOrigin());
    settings.setValue(QStringLiteral("session/username"), user.username);
    rememberAccount(user);
    m_window.setUser(user.displayName, user.username, user.roles);
    QStringList topics;
    for (const QString &topic : topics::all()) {
        // Raw tracked events (thousands a second) have no consumer in the app yet.
        if (topics::mayRead(topic, user.roles) && topic != QLatin1StringView("behavior.event"))
            topics << topic;
    }
    activateViews(user);
    if (user.roles.testFlag(Role::Moderator))
        m_moderationController->activate();
    m_stream.setUrl(streamUrl(m_api.baseUrl()));
    m_stream.setAccessToken(m_session.accessToken());
    m_stream.setTopics(topics);
    m_stream.start();
    if (!m_server.isOffline())
        m_fallback->arm(fallbackDataDir(), user.roles.testFlag(Role::Analyst));
    openOfflineStores();
    updateSettings();
    updateConnectionStatus();
    if (!m_window.isVisible()) {
        m_window.restoreState();
        m_window.show();
    }
    // Screenshots wait for a few seconds of live data, so that the views show something real.
    if (!m_options.screenshotDir.isEmpty()) {
        // An item detail with data: the first live auction with bids, early enough to load.
        QTimer::singleShot(2000, this, [this] {
            const ui::ListingsModel &model = m_market->model();
            for (int row = 0; row < model.rowCount(); ++row) {
                const market::Listing &l = model.at(row);
                if (l.kind == market::Kind::English && l.status == market::Status::Active
                    && l.bidCount > 1 && m_market->selectListing(l.id))
                    break;
            }
        });
        QTimer::singleShot(2500, this, &DesktopApp::prepareCommunityScreenshots);
        QTimer::singleShot(4000, this, &DesktopApp::takeScreenshotsAndQuit);
    }
}

void DesktopApp::activateViews(const client::User &user)
{
    if (user.roles.testFlag(Role::Analyst))
        m_dashboardController->activate();
    m_governanceController->activate(user.id, user.roles.testFlag(Role::Voter));
    if (user.roles.testFlag(Role::Trader))
        m_marketController->activate(user.id);
    m_communityController->activate(user.id, user.roles.testFlag(Role::Moderator));
}

void DesktopApp::onSignedOut(const QString &reason)
{
    if (reason.isEmpty()) {
        // The user signed out: do not resume this account at the next start.
        QSettings settings;
        settings.remove(QStringLiteral("session"));
    }
    m_stream.stop();
    m_stream.resetResumeState(); // the next account starts from a fresh snapshot
    m_fallback->disarm();
    m_dashboardController->deactivate();
    m_governanceController->deactivate();
    m_marketController->deactivate();
    m_communityController->deactivate();
    m_moderationController->deactivate();
    m_outbox.close();
    m_cache.close();
    m_viewCache->reset();
    m_offlineController->reset();
    m_window.updateViewTitles();
    m_window.setUser({}, {}, {});
    updateSettings();
    // The window and everything typed in it stay; only the credentials are asked for again.
    showSignIn(reason);
}

void DesktopApp::updateSettings()
{
    const client::User user = currentUser();
    ui::SettingsView::Info info;
    info.displayName = user.displayName;
    info.username = user.username;
    info.roles = user.roles;
    info.serverName = m_server.isOffline() ? tr("This computer") : m_server.remoteUrl.toString();
    info.dataLocation =
        m_server.isOffline() ? QDir::toNativeSeparators(m_embeddedDataDir) : QString();
    info.keychainPersistent = m_secrets.isPersistent();
    m_settings->setInfo(info);
}

void DesktopApp::updateConnectionStatus()
{
    if (m_statusFrozen)
        return;
    ui::ConnectionStatus status;
    status.state = toUiState(m_stream.state());
    if (status.state != m_lastState || !m_connectionSince.isValid()) {
        m_lastState = status.state;
        m_connectionSince = QDateTime::currentDateTime();
    }
    status.since = m_connectionSince;
    status.reconnectInMs = m_stream.reconnectInMs();
    status.rttMs = m_stream.rttMs();
    status.embeddedServer = m_server.isOffline();
    if (m_fallback && m_fallback->isActive()) {
        status.fallback = true;
        status.since = m_fallback->unreachableSince();
    }
    m_window.setConnectionStatus(status, serverName());
}

} // namespace nest::desktop
