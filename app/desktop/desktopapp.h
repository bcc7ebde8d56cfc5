#pragma once

#include "apiclient.h"
#include "embeddedserver.h"
#include "encryptedcache.h"
#include "mainwindow.h"
#include "networkwatcher.h"
#include "outbox.h"
#include "secretstore.h"
#include "serverchoice.h"
#include "session.h"
#include "signindialog.h"
#include "streamclient.h"
#include "userkeys.h"

#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

class QSystemTrayIcon;

namespace nest::ui {
class CommunityView;
class DashboardView;
class GovernanceView;
class MarketView;
class ModerationView;
class OutboxView;
class SettingsView;
} // namespace nest::ui

namespace nest::desktop {

class AppearanceController;
class FallbackController;

//! The composition root: builds the client services, the embedded server when working on this
//! computer, and the window, and wires them together. Nothing else creates a service.
class DesktopApp final : public QObject {
    Q_OBJECT
public:
    struct Options {
        bool offline = false;
        bool demo = false;
        QUrl server;
        QString screenshotDir;
        QString dataDir;
        QString theme;    //!< for this run only (screenshots): system, light, dark
        QString language; //!< for this run only: en, ko, ja, zh_CN, ar
    };

    explicit DesktopApp(Options options, QObject *parent = nullptr);
    ~DesktopApp() override;

    //! Shows the sign-in dialog, or signs in directly (demo, a remembered session).
    bool start();

    ui::MainWindow &window() { return m_window; }
    ui::SignInDialog &signInDialog() { return *m_signIn; }
    client::Session &session() { return m_session; }
    client::ApiClient &api() { return m_api; }
    client::StreamClient &stream() { return m_stream; }
    client::SecretStore &secretStore() { return m_secrets; }
    client::UserKeys &userKeys() { return m_userKeys; }
    AppearanceController &appearance() { return *m_appearance; }
    ui::MarketView &marketView() { return *m_market; }
    //! The user's actions waiting for the server: controllers submit to it (see architecture.md).
    client::Outbox &outbox() { return m_outbox; }
    client::EncryptedCache &cache() { return m_cache; }
    //! Where this account's cache and outbox files live.
    QString offlineDir() const;
    //! This computer's server standing in for an unreachable remote (analytics only).
    FallbackController &fallback() { return *m_fallback; }
    //! Started while the remote was unreachable: the last account's views come from its cache
    //! and the session is resumed as soon as the remote answers.
    bool isWaitingForServer() const { return !m_waitingAccount.username.isEmpty(); }

private:
    //! The demo account that NestServer::seedDemo() creates.
    static constexpr QLatin1StringView kDemoUser{"demo"};
    static constexpr QLatin1StringView kDemoPassword{"nest-demo"};

    bool useServer(const ui::ServerChoice &choice, QString *error);
    void showSignIn(const QString &notice);
    void onSubmitted(const ui::SignInDialog::Request &request);
    void onSignedIn();
    //! The views the user's roles allow start loading (moderation's only with a server: it is
    //! not cached).
    void activateViews(const client::User &user);
    void onSignedOut(const QString &reason);
    void onLoginFailed(const client::ApiError &error);
    void updateConnectionStatus();
    void updateSettings();
    QString serverName() const;
    void takeScreenshotsAndQuit();
    //! Opens a post and its author's profile in the Community view, for the screenshots.
    void prepareCommunityScreenshots();
    bool saveProfileScreenshot(QString *error);
    void openOfflineStores();
    // desktopappoffline.cpp: working from the cache when the remote is away at start.
    void startWithoutServer(const QString &username, const client::ApiError &error);
    void resumeSession();
    //! `resumed`: the session is back, the views stay until fresh data replaces them.
    void stopWaitingForServer(bool resumed = false);
    void rememberAccount(const client::User &user);
    //! The signed-in account, or the one waiting for its server.
    client::User currentUser() const;
    QString fallbackDataDir() const;

    Options m_options;
    QNetworkAccessManager m_nam;
    client::ApiClient m_api;
    client::SecretStore m_secrets;
    client::Session m_session;
    client::UserKeys m_userKeys; //!< signs marketplace actions and votes
    client::StreamClient m_stream;
    client::EncryptedCache m_cache; //!< what the views last saw, encrypted at rest
    client::Outbox m_outbox;        //!< actions waiting for the server; survives a cache reset
    client::NetworkWatcher m_network;
    std::unique_ptr<server::EmbeddedServer> m_embedded;
    ui::ServerChoice m_server;
    QString m_embeddedDataDir;
    ui::MainWindow m_window;
    ui::SettingsView *m_settings = nullptr;
    ui::DashboardView *m_dashboard = nullptr;
    AppearanceController *m_appearance = nullptr;
    class DashboardController *m_dashboardController = nullptr;
    ui::GovernanceView *m_governance = nullptr;
    class GovernanceController *m_governanceController = nullptr;
    ui::MarketView *m_market = nullptr;
    class MarketController *m_marketController = nullptr;
    QSystemTrayIcon *m_tray = nullptr; //!< for market notifications, when a tray exists
    ui::CommunityView *m_community = nullptr;
    class CommunityController *m_communityController = nullptr;
    ui::ModerationView *m_moderationView = nullptr;
    class ModerationController *m_moderationController = nullptr;
    ui::OutboxView *m_outboxView = nullptr;
    class OfflineController *m_offlineController = nullptr;
    FallbackController *m_fallback = nullptr;
    class ViewCache *m_viewCache = nullptr; //!< the views' last data, in m_cache
    std::unique_ptr<ui::SignInDialog> m_signIn;
    QDateTime m_connectionSince;
    ui::ConnectionStatus::State m_lastState = ui::ConnectionStatus::State::Offline;
    client::User m_waitingAccount; //!< set while started without its server (see above)
    QTimer *m_resumeTimer = nullptr;
    bool m_statusFrozen = false; //!< a screenshot shows a status of its own
    bool m_restoring = false;    //!< resuming the last account from the keychain at start
};

} // namespace nest::desktop
