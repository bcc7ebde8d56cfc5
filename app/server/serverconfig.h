#pragma once

#include "httpconnection.h"
#include "streamoptions.h"

#include <QHostAddress>
#include <QString>

namespace nest::server {

//! Everything the fallback server can be told at start.
struct ServerConfig {
    QHostAddress address = QHostAddress::LocalHost;
    quint16 port = 8787; //!< 0 picks a free port
    QString dataDir;     //!< database and signing keys live here (created 0700)
    QString issuer = QStringLiteral("nest-server");
    qint64 accessTokenLifetimeMs = 15LL * 60 * 1000;
    qint64 refreshTokenLifetimeMs = 30LL * 24 * 60 * 60 * 1000;
    //! Clock skew tolerated on `exp` and `iat` (the contract allows at most 60 s).
    qint64 tokenLeewaySeconds = 60;
    int loginMaxFailures = 5;
    qint64 loginWindowMs = 60'000;
    http::HttpLimits http;
    StreamOptions stream;
};

} // namespace nest::server
