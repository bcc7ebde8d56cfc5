#pragma once

#include "roles.h"
#include "serverconfig.h"

#include <QObject>
#include <QStringList>
#include <QUrl>

#include <memory>

class QTimer;

namespace nest::http {
class HttpServer;
}
namespace nest::security {
class SigningKeyRing;
}

namespace nest::server {

class Api;
class AuthService;
class BehaviorService;
class BehaviorStore;
class Database;
class EventLog;
class FeedService;
class FeedStore;
class GovernanceService;
class GovernanceStore;
class IdempotencyStore;
class MarketService;
class MarketStore;
class ParamStore;
class Metrics;
class ModerationService;
class ModerationStore;
class SimulatorRunner;
class StreamHub;
class TokenStore;
class UserStore;
class WalletStore;

//! The fallback server: storage, services, routes, stream, all on the caller's thread.
//! `nest-server` runs one headless; the desktop app embeds one on a loopback port.
class NestServer final : public QObject {
    Q_OBJECT
public:
    explicit NestServer(ServerConfig config, QObject *parent = nullptr);
    ~NestServer() override;

    //! Opens the data dir and database, loads signing keys and starts listening.
    bool start(QString *error);
    //! Stops listening, closes stream sessions and flushes the event log.
    void stop();

    quint16 port() const;
    QUrl baseUrl() const;
    const ServerConfig &config() const { return m_config; }

    StreamHub &stream() { return *m_stream; }
    Database &database() { return *m_db; }
    AuthService &auth() { return *m_auth; }
    Api &api() { return *m_api; }
    BehaviorService &behavior() { return *m_behavior; }
    ParamStore &params() { return *m_params; }
    GovernanceService &governance() { return *m_governance; }
    MarketService &market() { return *m_market; }
    FeedService &feed() { return *m_feed; }
    ModerationService &moderation() { return *m_moderation; }
    //! The demo traffic generator; nullptr unless `config().simulator.enabled`.
    SimulatorRunner *simulator() { return m_simulator.get(); }

    //! How many accounts exist (the desktop app offers "create account" when none does).
    qint64 userCount() const;

    //! Creates the demo account (`demo`, password `nest-demo`) when it does not exist, demo
    //! traders (`alice`, `bob`, `carol`, same password) and the demo market, and a few community
    //! members, posts, comments, likes, an open report and a moderation entry.
    bool seedDemo(QString *error);

    //! The account the desktop app uses on this computer's server while its remote server is
    //! unreachable (see docs/operations.md): created on first use with `roles` only and a
    //! password hash no password matches, so that nobody can sign in to it over HTTP.
    bool ensureLocalAccount(const QString &username, const QString &displayName, Roles roles,
                            QString *error);

    //! Rotates the signing key in `dataDir` (the `--rotate-signing-key` command).
    static bool rotateSigningKey(const QString &dataDir, QString *error);

private:
    void addSystemRoutes();
    void maintain();
    void seedCommunity(const QString &demoId);
    bool startGovernance(QString *error);
    bool seedGovernanceDemo(const QStringList &accountIds, QString *error);

    ServerConfig m_config;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<security::SigningKeyRing> m_keys;
    std::unique_ptr<UserStore> m_users;
    std::unique_ptr<ParamStore> m_params;
    std::unique_ptr<TokenStore> m_tokens;
    std::unique_ptr<IdempotencyStore> m_idempotency;
    std::unique_ptr<Metrics> m_metrics;
    std::unique_ptr<EventLog> m_events;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<StreamHub> m_stream;
    std::unique_ptr<BehaviorStore> m_behaviorStore;
    std::unique_ptr<BehaviorService> m_behavior;
    std::unique_ptr<GovernanceStore> m_governanceStore;
    std::unique_ptr<GovernanceService> m_governance;
    std::unique_ptr<SimulatorRunner> m_simulator;
    std::unique_ptr<MarketStore> m_marketStore;
    std::unique_ptr<WalletStore> m_wallets;
    std::unique_ptr<MarketService> m_market;
    std::unique_ptr<FeedStore> m_feedStore;
    std::unique_ptr<ModerationStore> m_moderationStore;
    std::unique_ptr<FeedService> m_feed;
    std::unique_ptr<ModerationService> m_moderation;
    std::unique_ptr<Api> m_api;
    std::unique_ptr<http::HttpServer> m_http;
    QTimer *m_maintenance = nullptr;
    QString m_keyDir;
    qint64 m_keyFileStamp = 0;
};

} // namespace nest::server
