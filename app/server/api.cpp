#include "api.h"

#include "authservice.h"
#include "idempotencystore.h"
#include "ids.h"
#include "logging.h"
#include "metrics.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace nest::server {
namespace {
bool changesState(const QByteArray &method)
{
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}
} // namespace

http::HttpResponse unauthorized(const QString &code, const QString &message)
{
    return http::HttpResponse::error(401, code, message)
        .withHeader("WWW-Authenticate", "Bearer error=\"" + code.toLatin1() + '"');
}

Api::Api(AuthService &auth, IdempotencyStore &idempotency, Metrics &metrics)
    : m_auth(auth)
    , m_idempotency(idempotency)
    , m_metrics(metrics)
{}

void Api::route(QByteArray method, const QString &pattern, Access access, ApiHandler handler)
{
    m_router.add(std::move(method), pattern,
                 [this, access, handler = std::move(handler)](
                     const http::HttpRequest &request, const http::HttpResponder &responder) {
                     run(request, responder, access, handler);
                 });
}

void Api::handle(const http::HttpRequest &request, const http::HttpResponder &responder) const
{
    QElapsedTimer timer;
    timer.start();
    http::HttpRequest routed = request;
    const http::Router::Resolution resolution = m_router.resolve(routed);
    const QString route = resolution.pattern;
    // Only methods a route knows become labels: a hostile method must not grow /metrics.
    const QByteArray method = resolution.route ? request.method : QByteArrayLiteral("other");
    const QByteArray target = request.target;
    const QString peer = request.peer.toString();
    responder.addOnSent([this, timer, route, method, target, peer](const http::HttpResponse &r) {
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        m_metrics.observeRequest(route, method, r.status, seconds);
        qCInfo(lcRequest).noquote() << peer << method << target << r.status << r.body.size()
                                    << QString::number(seconds * 1000, 'f', 1) + u"ms";
    });
    m_router.run(resolution, routed, responder);
}

void Api::run(const http::HttpRequest &request, const http::HttpResponder &responder,
              const Access &access, const ApiHandler &handler) const
{
    ApiRequest api{request, std::nullopt};
    if (access.authenticated) {
        auto checked = m_auth.authenticateHeader(request.header("authorization"));
        if (const auto *failure = std::get_if<AuthFailure>(&checked)) {
            responder.send(unauthorized(failure->code, failure->message));
            return;
        }
        api.principal = std::get<Principal>(checked);
        if (access.role && !api.principal->has(*access.role)) {
            responder.send(http::HttpResponse::error(
                403, QStringLiteral("forbidden"),
                QStringLiteral("this needs the %1 role").arg(roleName(*access.role))));
            return;
        }
    }

    const QByteArray key = request.header("idempotency-key");
    if (!access.idempotent || !changesState(request.method) || key.isNull()) {
        handler(api, responder);
        return;
    }
    if (!IdempotencyStore::isValidKey(key)) {
        responder.send(http::HttpResponse::error(
            400, QStringLiteral("invalid_idempotency_key"),
            QStringLiteral("Idempotency-Key must be 1 to 128 printable ASCII characters")));
        return;
    }
    const QString scope = api.principal ? api.principal->userId : QStringLiteral("anonymous");
    const QString keyText = QString::fromLatin1(key);
    QByteArray fingerprintBody = request.body;
    if (!access.secretFields.isEmpty()) {
        QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.isEmpty()) {
            handler(api, responder); // not JSON: the handler answers 400, nothing to record
            return;
        }
        for (const QString &field : access.secretFields)
            body.remove(field);
        fingerprintBody = QJsonDocument(body).toJson(QJsonDocument::Compact);
    }
    const QByteArray fingerprint =
        IdempotencyStore::fingerprint(request.method, request.target, fingerprintBody);
    const auto lookup = m_idempotency.begin(scope, keyText, fingerprint, nowMs());
    switch (lookup.status) {
    case IdempotencyStore::Status::Replay:
        responder.send(lookup.response);
        return;
    case IdempotencyStore::Status::Mismatch:
        responder.send(http::HttpResponse::error(
            422, QStringLiteral("idempotency_key_reused"),
            QStringLiteral("this Idempotency-Key was used with a different request")));
        return;
    case IdempotencyStore::Status::InProgress:
        responder.send(http::HttpResponse::error(
            409, QStringLiteral("idempotency_in_progress"),
            QStringLiteral("a request with this Idempotency-Key is still being processed")));
        return;
    case IdempotencyStore::Status::New:
        break;
    }
    IdempotencyStore *store = &m_idempotency;
    responder.addOnSent([store, scope, keyText, fingerprint](const http::HttpResponse &r) {
        store->finish(scope, keyText, fingerprint, r, nowMs());
    });
    handler(api, responder);
}

} // namespace nest::server
