#pragma once

#include "httpconnection.h"
#include "principal.h"
#include "router.h"

#include <QElapsedTimer>

#include <optional>

namespace nest::server {

class AuthService;
class IdempotencyStore;
class Metrics;

//! What a route demands before its handler runs.
struct Access {
    bool authenticated = true;
    std::optional<Role> role; //!< 403 without it
    bool idempotent = true;   //!< honour Idempotency-Key (state-changing methods only)
    //! Body fields left out of the idempotency fingerprint: a stored digest must never let
    //! anyone test guesses of a password faster than its Argon2id hash allows.
    QStringList secretFields;

    static Access open()
    {
        Access a;
        a.authenticated = false;
        return a;
    }
    static Access user() { return Access{}; }
    static Access withRole(Role r)
    {
        Access a;
        a.role = r;
        return a;
    }
    Access withoutIdempotency() const
    {
        Access a = *this;
        a.idempotent = false;
        return a;
    }
    Access withSecretFields(QStringList fields) const
    {
        Access a = *this;
        a.secretFields = std::move(fields);
        return a;
    }
};

//! A request that passed its route's access checks.
struct ApiRequest {
    const http::HttpRequest &http;
    std::optional<Principal> principal; //!< set whenever the route requires authentication
    const Principal &user() const { return *principal; }
};

using ApiHandler = std::function<void(const ApiRequest &, const http::HttpResponder &)>;

//! The route table of the API: checks auth and role first, honours `Idempotency-Key`, logs one
//! line and records metrics per request, then delegates to the handler.
class Api {
public:
    Api(AuthService &auth, IdempotencyStore &idempotency, Metrics &metrics);

    void route(QByteArray method, const QString &pattern, Access access, ApiHandler handler);
    //! Entry point for the HTTP server.
    void handle(const http::HttpRequest &request, const http::HttpResponder &responder) const;

private:
    void run(const http::HttpRequest &request, const http::HttpResponder &responder,
             const Access &access, const ApiHandler &handler) const;

    AuthService &m_auth;
    IdempotencyStore &m_idempotency;
    Metrics &m_metrics;
    http::Router m_router;
};

//! 401 with `WWW-Authenticate: Bearer` as the contract asks.
http::HttpResponse unauthorized(const QString &code, const QString &message);

} // namespace nest::server
