#include "governanceroutes.h"

#include "api.h"
#include "governancejson.h"
#include "governanceservice.h"
#include "jsonbody.h"

#include <QJsonArray>

namespace nest::server {
namespace {
using http::HttpResponse;

constexpr int kGovDefaultPage = 50;
constexpr int kGovMaxPage = 200;

HttpResponse governanceError(const GovernanceService::Result &r)
{
    using Outcome = GovernanceService::Outcome;
    switch (r.outcome) {
    case Outcome::Invalid:
        return HttpResponse::error(400, QStringLiteral("invalid_request"), r.message);
    case Outcome::InvalidAction:
        return HttpResponse::error(400, QStringLiteral("invalid_action"), r.message);
    case Outcome::NotFound:
        return HttpResponse::error(404, QStringLiteral("not_found"), r.message);
    case Outcome::VotingClosed:
        return HttpResponse::error(409, QStringLiteral("voting_closed"), r.message);
    case Outcome::NoPublicKey:
        return HttpResponse::error(403, QStringLiteral("public_key_required"), r.message);
    case Outcome::NotEligible:
        return HttpResponse::error(403, QStringLiteral("not_eligible"), r.message);
    case Outcome::BadSignature:
        return HttpResponse::error(400, QStringLiteral("bad_signature"), r.message);
    case Outcome::Ok:
    case Outcome::Failed:
        break;
    }
    return HttpResponse::error(500, QStringLiteral("internal"), r.message);
}

HttpResponse govInvalid(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), message);
}

QString govEncodeCursor(const QString &text)
{
    return QString::fromLatin1(
        text.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

//! The decoded cursor text: empty when absent; nullopt when present but not one of ours.
std::optional<QString> govCursorText(const http::HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("cursor")))
        return QString();
    const QString cursor = request.queryValue(QStringLiteral("cursor"));
    const auto decoded = QByteArray::fromBase64Encoding(
        cursor.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || cursor.isEmpty())
        return std::nullopt;
    return QString::fromUtf8(*decoded);
}

std::optional<int> govPageLimit(const http::HttpRequest &request)
{
    if (!request.query.hasQueryItem(QStringLiteral("limit")))
        return kGovDefaultPage;
    bool ok = false;
    const int limit = request.queryValue(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > kGovMaxPage)
        return std::nullopt;
    return limit;
}

void handleProposalList(GovernanceService &governance, const ApiRequest &req,
                        const http::HttpResponder &responder)
{
    const auto limit = govPageLimit(req.http);
    if (!limit) {
        responder.send(govInvalid(QStringLiteral("limit must be an integer from 1 to 200")));
        return;
    }
    std::optional<governance::Status> status;
    if (req.http.query.hasQueryItem(QStringLiteral("status"))) {
        status = governance::parseStatus(req.http.queryValue(QStringLiteral("status")));
        if (!status) {
            responder.send(govInvalid(
                QStringLiteral("status must be pending, active, passed, rejected or executed")));
            return;
        }
    }
    // Cursor text: "{created_at}:{id}" of the last proposal handed out.
    const auto text = govCursorText(req.http);
    std::optional<GovernanceStore::Cursor> cursor;
    if (text && !text->isEmpty()) {
        const qsizetype colon = text->indexOf(u':');
        bool ok = false;
        const qint64 at = colon > 0 ? text->left(colon).toLongLong(&ok) : 0;
        if (ok)
            cursor = GovernanceStore::Cursor{at, text->mid(colon + 1)};
    }
    if (!text || (!text->isEmpty() && !cursor)) {
        responder.send(govInvalid(QStringLiteral("cursor is not one this server handed out")));
        return;
    }
    const auto page = governance.list(status, *limit + 1, cursor);
    QJsonArray items;
    for (int i = 0; i < int(page.size()) && i < *limit; ++i)
        items.append(proposalToJson(page.at(std::size_t(i))));
    QJsonValue next;
    if (int(page.size()) > *limit) {
        const governance::Proposal &last = page.at(std::size_t(*limit - 1));
        next = govEncodeCursor(QString::number(last.createdAt) + u':' + last.id);
    }
    responder.send(HttpResponse::json(
        200, QJsonObject{{QStringLiteral("items"), items}, {QStringLiteral("next_cursor"), next}}));
}

void handleProposalCreate(GovernanceService &governance, const ApiRequest &req,
                          const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    QString problem;
    const auto draft = parseProposalDraft(*body, governance.now(), &problem);
    if (!draft) {
        responder.send(govInvalid(problem));
        return;
    }
    governance::Proposal created;
    const auto r = governance.create(req.user().userId, *draft, &created);
    responder.send(r.ok() ? HttpResponse::json(201, proposalToJson(created)) : governanceError(r));
}

void handleProposalGet(GovernanceService &governance, const ApiRequest &req,
                       const http::HttpResponder &responder)
{
    const auto p = governance.proposal(req.http.param(QStringLiteral("id")));
    responder.send(p ? HttpResponse::json(200, proposalToJson(*p))
                     : governanceError({GovernanceService::Outcome::NotFound,
                                        QStringLiteral("no such proposal")}));
}

void handleProposalVote(GovernanceService &governance, const ApiRequest &req,
                        const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    QString problem;
    const auto choices = parseBallot(body->value(QLatin1StringView("choices")), &problem);
    if (!choices) {
        responder.send(govInvalid(problem));
        return;
    }
    const QJsonValue signature = body->value(QLatin1StringView("signature"));
    if (!signature.isString()) {
        responder.send(HttpResponse::error(
            400, QStringLiteral("bad_signature"),
            QStringLiteral("field 'signature' is required: Ed25519, base64url without padding")));
        return;
    }
    governance::Vote vote;
    governance::Proposal updated;
    const auto r = governance.vote(req.user().userId, req.http.param(QStringLiteral("id")),
                                   *choices, signature.toString(), &vote, &updated);
    responder.send(r.ok() ? HttpResponse::json(
                       201, QJsonObject{{QStringLiteral("vote"), voteToJson(vote)},
                                        {QStringLiteral("proposal"), proposalToJson(updated)}})
                          : governanceError(r));
}

void handleProposalVotes(GovernanceService &governance, const ApiRequest &req,
                         const http::HttpResponder &responder)
{
    const auto p = governance.proposal(req.http.param(QStringLiteral("id")));
    if (!p) {
        responder.send(governanceError(
            {GovernanceService::Outcome::NotFound, QStringLiteral("no such proposal")}));
        return;
    }
    const auto limit = govPageLimit(req.http);
    if (!limit) {
        responder.send(govInvalid(QStringLiteral("limit must be an integer from 1 to 200")));
        return;
    }
    // Cursor text: the seq of the last vote handed out.
    const auto text = govCursorText(req.http);
    bool ok = true;
    const qint64 after = text && !text->isEmpty() ? text->toLongLong(&ok) : 0;
    if (!text || !ok) {
        responder.send(govInvalid(QStringLiteral("cursor is not one this server handed out")));
        return;
    }
    const auto page = governance.votes(p->id, after, *limit + 1);
    QJsonArray items;
    for (int i = 0; i < int(page.size()) && i < *limit; ++i)
        items.append(voteToJson(page.at(std::size_t(i))));
    QJsonValue next;
    if (int(page.size()) > *limit)
        next = govEncodeCursor(QString::number(page.at(std::size_t(*limit - 1)).seq));
    // The proposal as of this page: on the last page its tally covers exactly the log read.
    responder.send(
        HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                            {QStringLiteral("next_cursor"), next},
                                            {QStringLiteral("proposal"), proposalToJson(*p)}}));
}
} // namespace

void addGovernanceRoutes(Api &api, GovernanceService &governance)
{
    const Access voter = Access::withRole(Role::Voter);
    const auto bind = [&governance](auto handler) {
        return [&governance, handler](const ApiRequest &req, const http::HttpResponder &responder) {
            handler(governance, req, responder);
        };
    };
    api.route("GET", QStringLiteral("/api/v1/governance/proposals"), Access::user(),
              bind(handleProposalList));
    api.route("POST", QStringLiteral("/api/v1/governance/proposals"), voter,
              bind(handleProposalCreate));
    api.route("GET", QStringLiteral("/api/v1/governance/proposals/{id}"), Access::user(),
              bind(handleProposalGet));
    api.route("POST", QStringLiteral("/api/v1/governance/proposals/{id}/votes"), voter,
              bind(handleProposalVote));
    api.route("GET", QStringLiteral("/api/v1/governance/proposals/{id}/votes"), Access::user(),
              bind(handleProposalVotes));
}

} // namespace nest::server
