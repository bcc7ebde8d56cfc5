#pragma once

#include "alertdetector.h"
#include "httpconnection.h"
#include "marketoptions.h"
#include "streamoptions.h"

#include <QHostAddress>
#include <QString>

#include <functional>

namespace nest::server {

//! Tunables of the behavior analytics service; the defaults are production's, tests shrink them.
struct BehaviorOptions {
    analytics::AlertDetector::Config alerts;
    int flushIntervalMs = 2000; //!< batched SQLite writes
    //! Time per one-second tick for re-decoding users with new events; the rest wait for the
    //! next tick, so a burst never stalls the event loop for long.
    int decodeBudgetMs = 60;
    //! Within that, time for updating the learner's copy of users' features (a learner update
    //! may refit its factor model, the expensive part).
    int learnerBudgetMs = 25;
};

//! The demo traffic generator (`--demo`, `--sim-rate`, `--sim-users`).
struct SimulatorConfig {
    bool enabled = false;
    double eventsPerSecond = 200;
    int users = 2000;
    quint64 seed = 1;
    double labeledShare = 0.10;
};

//! Everything the fallback server can be told at start.
struct ServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787; //!< 0 picks a free port
    QString dataDir;     //!< database and signing keys live here (created 0700)
    //! PEM certificate (chain) and private key: with both, the port speaks https and wss only.
    QString tlsCertificateFile;
    QString tlsKeyFile;
    QString issuer = QStringLiteral("nest-server");
    qint64 accessTokenLifetimeMs = 15LL * 60 * 1000;
    qint64 refreshTokenLifetimeMs = 30LL * 24 * 60 * 60 * 1000;
    //! Clock skew tolerated on `exp` and `iat` (the contract allows at most 60 s).
    qint64 tokenLeewaySeconds = 60;
    int loginMaxFailures = 5;
    qint64 loginWindowMs = 60'000;
    http::HttpLimits http;
    StreamOptions stream;
    BehaviorOptions behavior;
    SimulatorConfig simulator;
    //! Governance's clock; empty: the wall clock. Tests set it to cross window edges and
    //! timelocks without sleeping.
    std::function<qint64()> governanceClock;
    MarketOptions market;
};

} // namespace nest::server
