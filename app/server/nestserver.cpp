#include "nestserver.h"

#include "api.h"
#include "authroutes.h"
#include "authservice.h"
#include "base64url.h"
#include "behaviorroutes.h"
#include "behaviorservice.h"
#include "behaviorstore.h"
#include "database.h"
#include "ed25519.h"
#include "eventlog.h"
#include "feedroutes.h"
#include "feedservice.h"
#include "feedstore.h"
#include "governanceroutes.h"
#include "governancerules.h"
#include "governanceservice.h"
#include "governancestore.h"
#include "httpserver.h"
#include "idempotencystore.h"
#include "ids.h"
#include "logging.h"
#include "marketroutes.h"
#include "marketservice.h"
#include "marketstore.h"
#include "metrics.h"
#include "moderationroutes.h"
#include "moderationservice.h"
#include "moderationstore.h"
#include "paramstore.h"
#include "password.h"
#include "signingkeyring.h"
#include "simulatorrunner.h"
#include "sodiuminit.h"
#include "streamhub.h"
#include "tokenstore.h"
#include "userstore.h"
#include "walletstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTimer>
#include <QWebSocketServer>

namespace nest::server {
namespace {
constexpr int kMaintenanceIntervalMs = 30'000;

std::optional<QSslConfiguration> loadTlsConfiguration(const QString &certFile,
                                                      const QString &keyFile, QString *error)
{
    if (certFile.isEmpty() || keyFile.isEmpty()) {
        *error = QStringLiteral("TLS needs both a certificate and a private key file");
        return std::nullopt;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromPath(certFile, QSsl::Pem);
    if (chain.isEmpty() || chain.front().isNull()) {
        *error = QStringLiteral("no PEM certificate could be read from %1").arg(certFile);
        return std::nullopt;
    }
    QFile file(keyFile);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the TLS key %1: %2").arg(keyFile, file.errorString());
        return std::nullopt;
    }
    const QByteArray pem = file.readAll();
    QSslKey key;
    for (QSsl::KeyAlgorithm algorithm : {QSsl::Ec, QSsl::Rsa}) {
        key = QSslKey(pem, algorithm, QSsl::Pem, QSsl::PrivateKey);
        if (!key.isNull())
            break;
    }
    if (key.isNull()) {
        *error = QStringLiteral("no unencrypted PEM private key (EC or RSA) in %1").arg(keyFile);
        return std::nullopt;
    }
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setLocalCertificateChain(chain);
    config.setPrivateKey(key);
    config.setPeerVerifyMode(QSslSocket::VerifyNone); // clients authenticate with tokens
    config.setProtocol(QSsl::TlsV1_2OrLater);
    return config;
}

qint64 fileStamp(const QString &path)
{
    const QFileInfo info(path);
    return info.exists() ? info.lastModified().toMSecsSinceEpoch() : 0;
}
} // namespace

NestServer::NestServer(ServerConfig config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{}

NestServer::~NestServer()
{
    stop();
}

bool NestServer::rotateSigningKey(const QString &dataDir, QString *error)
{
    if (!security::initializeSodium()) {
        *error = QStringLiteral("libsodium failed to initialize");
        return false;
    }
    security::SigningKeyRing keys;
    return keys.load(dataDir, error) && keys.rotate(nowMs(), error);
}

bool NestServer::start(QString *error)
{
    if (!security::initializeSodium()) {
        *error = QStringLiteral("libsodium failed to initialize");
        return false;
    }
    if (m_config.dataDir.isEmpty()) {
        *error = QStringLiteral("no data directory given");
        return false;
    }
    if (!QDir().mkpath(m_config.dataDir)) {
        *error = QStringLiteral("cannot create the data directory %1").arg(m_config.dataDir);
        return false;
    }
    // The database holds password hashes and the key file signing keys: owner only.
    QFile::setPermissions(m_config.dataDir, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_keyDir = m_config.dataDir;
    const QString dbPath = QDir(m_config.dataDir).filePath(QStringLiteral("nest.sqlite"));

    m_db = std::make_unique<Database>();
    if (!m_db->open(dbPath, error))
        return false;
    m_keys = std::make_unique<security::SigningKeyRing>();
    if (!m_keys->load(m_keyDir, error))
        return false;
    m_keyFileStamp = fileStamp(QDir(m_keyDir).filePath(QStringLiteral("signing-keys.json")));

    m_users = std::make_unique<UserStore>(*m_db);
    m_tokens = std::make_unique<TokenStore>(*m_db);
    m_idempotency = std::make_unique<IdempotencyStore>(*m_db);
    m_events = std::make_unique<EventLog>();
    m_params = std::make_unique<ParamStore>(*m_db);
    if (!m_users->migrate(error) || !m_tokens->migrate(error) || !m_idempotency->migrate(error)
        || !m_params->migrate(error) || !m_events->open(*m_db, m_config.stream, error))
        return false;

    m_metrics = std::make_unique<Metrics>();
    m_auth = std::make_unique<AuthService>(*m_users, *m_tokens, *m_keys, m_config);
    StreamHub::Hooks hooks;
    hooks.authenticate = [this](QStringView token) -> std::optional<Principal> {
        auto checked = m_auth->authenticateToken(token);
        if (const auto *p = std::get_if<Principal>(&checked))
            return *p;
        return std::nullopt;
    };
    hooks.userJson = [this](const QString &userId) {
        const auto user = m_users->findById(userId);
        return user ? user->toJson() : QJsonObject{};
    };
    m_stream = std::make_unique<StreamHub>(*m_events, std::move(hooks), m_config.stream);
    connect(m_auth.get(), &AuthService::familyRevoked, m_stream.get(), &StreamHub::revokeFamily);
    m_behaviorStore = std::make_unique<BehaviorStore>(*m_db);
    m_behavior = std::make_unique<BehaviorService>(*m_behaviorStore, *m_stream, m_config.behavior);
    if (!m_behavior->open(error))
        return false;
    m_behavior->setAlertThreshold(m_params->value(ParamStore::AlertZThreshold));
    connect(m_params.get(), &ParamStore::changed, m_behavior.get(),
            [this](const QString &key, double value) {
                if (key == ParamStore::AlertZThreshold)
                    m_behavior->setAlertThreshold(value);
            });

    m_marketStore = std::make_unique<MarketStore>(*m_db);
    m_wallets = std::make_unique<WalletStore>(*m_db);
    m_market = std::make_unique<MarketService>(*m_marketStore, *m_wallets, *m_users, *m_params,
                                               *m_stream, m_config.market);
    if (!m_market->open(error) || !startGovernance(error))
        return false;

    m_feedStore = std::make_unique<FeedStore>(*m_db);
    m_moderationStore = std::make_unique<ModerationStore>(*m_db);
    if (!m_feedStore->migrate(error) || !m_moderationStore->migrate(error))
        return false;
    m_feed = std::make_unique<FeedService>(*m_feedStore, *m_moderationStore, *m_users, *m_stream);
    m_moderation =
        std::make_unique<ModerationService>(*m_feedStore, *m_moderationStore, *m_users, *m_stream);

    m_api = std::make_unique<Api>(*m_auth, *m_idempotency, *m_metrics);
    addAuthRoutes(*m_api, *m_auth, *m_users);
    addBehaviorRoutes(*m_api, *m_behavior);
    addMarketRoutes(*m_api, *m_market);
    addFeedRoutes(*m_api, *m_feed);
    addModerationRoutes(*m_api, *m_moderation);
    addGovernanceRoutes(*m_api, *m_governance);
    addSystemRoutes();

    m_http = std::make_unique<http::HttpServer>();
    m_http->setLimits(m_config.http);
    if (!m_config.tlsCertificateFile.isEmpty() || !m_config.tlsKeyFile.isEmpty()) {
        const auto tls =
            loadTlsConfiguration(m_config.tlsCertificateFile, m_config.tlsKeyFile, error);
        if (!tls)
            return false;
        m_http->setTlsConfiguration(*tls);
    }
    m_http->setHandler(
        [this](const http::HttpRequest &request, const http::HttpResponder &responder) {
            m_api->handle(request, responder);
        });
    m_http->setErrorObserver([this](int status, const QHostAddress &peer) {
        m_metrics->observeRequest(QStringLiteral("http_error"), "-", status, 0);
        qCInfo(lcRequest).noquote()
            << peer.toString() << "- -" << status << "(refused by the HTTP layer)";
    });
    QWebSocketServer *ws = m_stream->webSocketServer();
    m_http->addUpgradeHandler(QStringLiteral("/api/v1/stream"),
                              [ws](QTcpSocket *socket) { ws->handleConnection(socket); });
    if (!m_http->listen(m_config.address, m_config.port)) {
        *error = QStringLiteral("cannot listen on %1:%2: %3")
                     .arg(m_config.address.toString())
                     .arg(m_config.port)
                     .arg(m_http->errorString());
        return false;
    }

    if (m_config.simulator.enabled) {
        m_simulator = std::make_unique<SimulatorRunner>(*m_behavior, m_config.simulator);
        m_simulator->start();
        qCInfo(lcServer) << "behavior simulator:" << m_config.simulator.users << "users,"
                         << m_config.simulator.eventsPerSecond << "events/s";
    }

    m_maintenance = new QTimer(this);
    connect(m_maintenance, &QTimer::timeout, this, &NestServer::maintain);
    m_maintenance->start(kMaintenanceIntervalMs);
    qCInfo(lcServer).noquote() << "listening on" << baseUrl().toString();
    return true;
}

void NestServer::stop()
{
    if (m_maintenance)
        m_maintenance->stop(); // maintain() needs the services reset below
    if (m_http)
        m_http->close();
    // The behavior service publishes on the stream and writes its last batch on the way out.
    m_simulator.reset();
    m_governance.reset();
    m_governanceStore.reset();
    m_behavior.reset();
    m_behaviorStore.reset();
    m_market.reset(); // publishes on the stream
    m_wallets.reset();
    m_marketStore.reset();
    m_moderation.reset();
    m_feed.reset();
    m_moderationStore.reset();
    m_feedStore.reset();
    m_stream.reset(); // closes sessions before the log they read from goes away
    if (m_events)
        m_events->flush();
    m_http.reset();
    m_api.reset();
    m_auth.reset();
    m_events.reset();
    m_params.reset();
    if (m_db)
        m_db->close();
}

quint16 NestServer::port() const
{
    return m_http ? m_http->serverPort() : 0;
}

QUrl NestServer::baseUrl() const
{
    QUrl url;
    url.setScheme(m_http && m_http->isTls() ? QStringLiteral("https") : QStringLiteral("http"));
    url.setHost(m_config.address.toString());
    url.setPort(port());
    return url;
}

qint64 NestServer::userCount() const
{
    return m_users ? m_users->count() : 0;
}

bool NestServer::ensureLocalAccount(const QString &username, const QString &displayName,
                                    Roles roles, QString *error)
{
    std::optional<UserRecord> user = m_users->findByUsername(username);
    if (!user) {
        UserRecord created;
        created.id = newId(QStringLiteral("u_"));
        created.username = username;
        created.displayName = displayName;
        created.passwordHash = "!"; // matches no password: in-process sessions only
        created.createdAt = nowMs();
        if (m_users->create(&created) != UserStore::CreateResult::Created) {
            *error = QStringLiteral("could not create the account %1").arg(username);
            return false;
        }
        user = created;
    }
    // The first account of a data dir gets every role; this one keeps only what it needs.
    if (user->roles.toInt() != roles.toInt() && !m_users->setRoles(user->id, roles)) {
        *error = QStringLiteral("could not set the roles of %1").arg(username);
        return false;
    }
    return true;
}

bool NestServer::seedDemo(QString *error)
{
    if (m_users->usernameExists(QStringLiteral("demo")))
        return true;
    // The demo user first: the first account gets every role.
    const std::pair<const char *, const char *> accounts[] = {{"demo", "Demo User"},
                                                              {"alice", "Alice Moreau"},
                                                              {"bob", "Bob Okafor"},
                                                              {"carol", "Carol Lindqvist"}};
    QStringList ids;
    for (const auto &[username, displayName] : accounts) {
        UserRecord user;
        user.id = newId(QStringLiteral("u_"));
        user.username = QString::fromLatin1(username);
        user.displayName = QString::fromUtf8(displayName);
        user.passwordHash = security::password::hash("nest-demo");
        user.createdAt = nowMs();
        if (user.passwordHash.isEmpty()
            || m_users->create(&user) != UserStore::CreateResult::Created) {
            *error = QStringLiteral("could not create the demo account %1").arg(user.username);
            return false;
        }
        ids << user.id;
    }
    if (!m_market->seedDemo(ids, error) || !seedGovernanceDemo(ids, error))
        return false;
    seedCommunity(ids.front()); // the demo user
    qCInfo(lcServer) << "demo account ready: user 'demo', password 'nest-demo'";
    return true;
}

bool NestServer::startGovernance(QString *error)
{
    GovernanceOptions options;
    options.clock = m_config.governanceClock;
    // Balances as the wallet holds them; an account without a wallet yet holds the starting
    // balance (WalletStore::balance() answers that for it).
    options.balancesNow = [this] {
        QHash<QString, qint64> balances = m_wallets->balances();
        for (const QString &id : m_users->allIds()) {
            if (!balances.contains(id))
                balances.insert(id, m_wallets->balance(id));
        }
        return balances;
    };
    m_governanceStore = std::make_unique<GovernanceStore>(*m_db);
    m_governance = std::make_unique<GovernanceService>(*m_governanceStore, *m_users, *m_params,
                                                       *m_stream, std::move(options));
    return m_governance->open(error);
}

bool NestServer::seedGovernanceDemo(const QStringList &accountIds, QString *error)
{
    using governance::Proposal;
    // The demo accounts after `demo` vote, and a fourth voter who cannot sign in (no password
    // hash verifies "!"). Their keys sign their demo votes and are then thrown away.
    struct DemoVoter {
        QString id;
        security::Ed25519KeyPair keys;
    };
    UserRecord dave;
    dave.id = newId(QStringLiteral("u_"));
    dave.username = QStringLiteral("dave");
    dave.displayName = QStringLiteral("Dave Ito");
    dave.passwordHash = "!";
    dave.createdAt = nowMs();
    if (accountIds.size() < 4 || m_users->create(&dave) != UserStore::CreateResult::Created) {
        *error = QStringLiteral("could not create the demo voters");
        return false;
    }
    std::vector<DemoVoter> voters;
    QStringList voterIds = accountIds.mid(1);
    voterIds << dave.id;
    for (const QString &id : std::as_const(voterIds)) {
        DemoVoter voter{id, security::ed25519::generate()};
        m_users->setPublicKey(
            id, QString::fromLatin1(security::base64url::encode(voter.keys.publicKey)));
        voters.push_back(std::move(voter));
    }
    const qint64 now = nowMs();
    constexpr qint64 hour = 3'600'000;
    constexpr qint64 day = 24 * hour;
    const auto vote = [&](const DemoVoter &voter, QList<int> choices, qint64 ts) {
        return [&voter, choices, ts](const QString &proposalId) {
            const QByteArray sig = security::ed25519::sign(
                voter.keys.secretKey, governance::voteMessage(proposalId, choices, voter.id));
            return GovernanceService::SeedVote{
                voter.id, choices, QString::fromLatin1(security::base64url::encode(sig)), ts};
        };
    };
    struct DemoProposal {
        Proposal p;
        std::vector<GovernanceService::SeedVoteMaker> votes;
    };
    const auto make = [](QString title, QString body, QStringList choices,
                         governance::Voting voting, governance::Weighting weighting,
                         qint64 startsAt, qint64 endsAt, qint64 quorum, qint64 timelockMs,
                         std::optional<governance::Action> action) {
        Proposal p;
        p.title = std::move(title);
        p.body = std::move(body);
        p.choices = std::move(choices);
        p.voting = voting;
        p.weighting = weighting;
        p.startsAt = startsAt;
        p.endsAt = endsAt;
        p.quorum = quorum;
        p.timelockMs = timelockMs;
        p.action = std::move(action);
        return p;
    };
    const QString setParam(governance::Action::SetParam);
    const QString fee(ParamStore::MarketFeeBps);
    const QString z(ParamStore::AlertZThreshold);
    const QStringList yesNo{QStringLiteral("Yes"), QStringLiteral("No")};
    const DemoVoter &a = voters[0], &b = voters[1], &c = voters[2], &d = voters[3];
    std::vector<DemoProposal> demo;
    demo.push_back(
        {make(QStringLiteral("Keep the alert threshold at 6 sigma"),
              QStringLiteral("The anomaly detectors fire at |z| >= 6. Ratify it."), yesNo,
              governance::Voting::Single, governance::Weighting::Equal, now - 6 * day,
              now - 3 * day, 3, day, governance::Action{setParam, z, 6}),
         {vote(a, {0}, now - 5 * day), vote(b, {0}, now - 5 * day), vote(c, {1}, now - 4 * day)}});
    demo.push_back({make(QStringLiteral("Adopt a dark theme by default"),
                         QStringLiteral("Most of us work at night. Should the app start dark?"),
                         yesNo, governance::Voting::Single, governance::Weighting::Equal,
                         now - 5 * day, now - 2 * day, 3, 0, std::nullopt),
                    {vote(a, {0}, now - 4 * day), vote(d, {1}, now - 3 * day)}});
    demo.push_back(
        {make(QStringLiteral("Keep the marketplace fee at 2.5%"),
              QStringLiteral("Confirm the current fee for the next quarter."), yesNo,
              governance::Voting::Single, governance::Weighting::Balance, now - 3 * day, now - hour,
              2'000'000, 2 * day, governance::Action{setParam, fee, 250}),
         {vote(a, {0}, now - 2 * day), vote(b, {0}, now - 2 * day), vote(d, {0}, now - day)}});
    demo.push_back(
        {make(QStringLiteral("Lower the marketplace fee to 1.5%"),
              QStringLiteral("A lower fee brings more listings; the treasury still covers "
                             "hosting. Passing sets market.fee_bps to 150 after a one-hour "
                             "timelock."),
              yesNo, governance::Voting::Single, governance::Weighting::Balance, now - 2 * hour,
              now + 2 * day, 3'000'000, hour, governance::Action{setParam, fee, 150}),
         {vote(a, {0}, now - 90 * 60'000), vote(c, {1}, now - 80 * 60'000),
          vote(b, {1}, now - 70 * 60'000), vote(c, {0}, now - 30 * 60'000)}});
    demo.push_back({make(QStringLiteral("Spring showcase: which collections?"),
                         QStringLiteral("Approve every collection you would like to see featured."),
                         {QStringLiteral("Tidepool"), QStringLiteral("Night Market"),
                          QStringLiteral("Paper Birds"), QStringLiteral("Old Maps")},
                         governance::Voting::Approval, governance::Weighting::Quadratic, now - day,
                         now + 5 * day, 2'000, 0, std::nullopt),
                    {vote(a, {0, 2}, now - 20 * hour), vote(b, {1, 2}, now - 10 * hour),
                     vote(d, {2, 3}, now - 2 * hour)}});
    demo.push_back({make(QStringLiteral("Raise the alert threshold to 8 sigma"),
                         QStringLiteral("Fewer, louder alerts. Voting opens tomorrow."), yesNo,
                         governance::Voting::Single, governance::Weighting::Quadratic, now + day,
                         now + 4 * day, 2'000, 6 * hour, governance::Action{setParam, z, 8}),
                    {}});
    for (const DemoProposal &item : demo) {
        if (!m_governance->seed(accountIds.first(), item.p, item.votes, error))
            return false;
    }
    // The keys are discarded: no registration is left behind, so these accounts act unsigned in
    // the market until they sign in with the app, which registers a key of its own. The log
    // keeps the key each demo vote was verified with.
    for (const DemoVoter &voter : voters)
        m_users->setPublicKey(voter.id, QStringLiteral(""));
    return true;
}

void NestServer::maintain()
{
    const qint64 now = nowMs();
    m_idempotency->prune(now);
    m_tokens->prune(now);
    // `nest-server --rotate-signing-key` may have rotated the keys of this data dir.
    const qint64 stamp = fileStamp(QDir(m_keyDir).filePath(QStringLiteral("signing-keys.json")));
    if (stamp != m_keyFileStamp) {
        QString error;
        if (m_keys->load(m_keyDir, &error)) {
            m_keyFileStamp = stamp;
            qCInfo(lcServer) << "signing keys reloaded; current kid" << m_keys->currentKid();
        } else {
            qCWarning(lcServer).noquote() << "could not reload signing keys:" << error;
        }
    }
    m_keys->prune(now, m_config.accessTokenLifetimeMs);
    m_auth->reloadKeys();
}

void NestServer::addSystemRoutes()
{
    using http::HttpResponse;
    m_api->route(
        "GET", QStringLiteral("/healthz"), Access::open(),
        [](const ApiRequest &, const http::HttpResponder &responder) {
            responder.send(HttpResponse::json(
                200, QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                 {QStringLiteral("version"), QStringLiteral(NEST_VERSION)}}));
        });
    m_api->route("GET", QStringLiteral("/metrics"), Access::open(),
                 [this](const ApiRequest &, const http::HttpResponder &responder) {
                     Metrics::Gauges g;
                     g.streamConnections = m_stream->connectionCount();
                     g.eventsPublished = m_stream->eventsPublished();
                     g.eventsDropped = m_stream->eventsDropped();
                     g.httpConnections = m_http->connectionCount();
                     responder.send(HttpResponse::text(200, m_metrics->render(g),
                                                       "text/plain; version=0.0.4"));
                 });
    m_api->route("GET", QStringLiteral("/.well-known/jwks.json"), Access::open(),
                 [this](const ApiRequest &, const http::HttpResponder &responder) {
                     responder.send(HttpResponse::json(200, m_keys->jwks()));
                 });
    m_api->route("GET", QStringLiteral("/api/v1/stream"), Access::open(),
                 [](const ApiRequest &, const http::HttpResponder &responder) {
                     responder.send(
                         HttpResponse::error(426, QStringLiteral("upgrade_required"),
                                             QStringLiteral("the stream needs a WebSocket upgrade"))
                             .withHeader("Upgrade", "websocket"));
                 });
}

} // namespace nest::server
