#include "marketroutes.h"

#include "api.h"
#include "ids.h"
#include "jsonbody.h"
#include "marketjson.h"
#include "marketservice.h"

namespace nest::server {
namespace {
using http::HttpResponse;

constexpr qint64 kDefaultPage = 50;
constexpr qint64 kMaxPage = 200;

HttpResponse marketBadRequest(const QString &message)
{
    return HttpResponse::error(400, QStringLiteral("invalid_request"), message);
}

HttpResponse errorResponse(const MarketError &e)
{
    QJsonObject err{{QStringLiteral("code"), e.code}, {QStringLiteral("message"), e.message}};
    if (e.minAmount)
        err.insert(QStringLiteral("min_amount"), *e.minAmount);
    return HttpResponse::json(e.status, QJsonObject{{QStringLiteral("error"), err}});
}

MarketService::Signed signedPart(const ApiRequest &req, JsonReader &body)
{
    return MarketService::Signed{
        body.optionalString(QLatin1StringView("signature")).value_or(QString()),
        QString::fromLatin1(req.http.header("idempotency-key"))};
}

//! A query parameter that must be an integer when present.
bool marketQueryInteger(const ApiRequest &req, const QString &key, std::optional<qint64> *out)
{
    if (!req.http.query.hasQueryItem(key))
        return true;
    bool ok = false;
    const qint64 v = req.http.queryValue(key).toLongLong(&ok);
    if (ok)
        *out = v;
    return ok;
}

void handleList(MarketService &market, const ApiRequest &req, const http::HttpResponder &responder)
{
    MarketService::Query query;
    const QString status = req.http.queryValue(QStringLiteral("status"));
    if (!status.isEmpty()) {
        query.status = statusFromName(status);
        if (!query.status) {
            responder.send(marketBadRequest(
                QStringLiteral("status must be active, sold, cancelled or expired")));
            return;
        }
    }
    query.collection = req.http.queryValue(QStringLiteral("collection"));
    query.text = req.http.queryValue(QStringLiteral("q")).trimmed().left(200);
    query.sort = req.http.queryValue(QStringLiteral("sort"));
    if (!query.sort.isEmpty() && query.sort != QLatin1StringView("price")
        && query.sort != QLatin1StringView("-price") && query.sort != QLatin1StringView("ends_at")
        && query.sort != QLatin1StringView("-created_at")) {
        responder.send(
            marketBadRequest(QStringLiteral("sort must be price, -price, ends_at or -created_at")));
        return;
    }
    std::optional<qint64> limit = kDefaultPage;
    std::optional<qint64> offset = 0;
    if (!marketQueryInteger(req, QStringLiteral("min_price"), &query.minPrice)
        || !marketQueryInteger(req, QStringLiteral("max_price"), &query.maxPrice)
        || !marketQueryInteger(req, QStringLiteral("limit"), &limit) || *limit < 1
        || *limit > kMaxPage) {
        responder.send(marketBadRequest(
            QStringLiteral("min_price and max_price must be integers, limit from 1 to 200")));
        return;
    }
    const QString cursor = req.http.queryValue(QStringLiteral("cursor"));
    if (!cursor.isEmpty()) {
        // Cursors are opaque to clients: here the offset into the sorted result.
        const auto decoded = QByteArray::fromBase64Encoding(
            cursor.toLatin1(),
            QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        bool ok = false;
        offset = decoded ? decoded.decoded.toLongLong(&ok) : 0;
        if (!ok || *offset < 0) {
            responder.send(marketBadRequest(QStringLiteral("cursor is not one this server gave")));
            return;
        }
    }
    const std::vector<Listing> rows = market.listings(query);
    const qint64 now = market.now();
    QJsonArray items;
    const qint64 end = std::min<qint64>(qint64(rows.size()), *offset + *limit);
    for (qint64 i = *offset; i < end; ++i)
        items.append(listingToJson(rows[std::size_t(i)], now));
    const QJsonValue next =
        end < qint64(rows.size()) ? QJsonValue(QString::fromLatin1(QByteArray::number(end).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)))
                                  : QJsonValue();
    responder.send(HttpResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                                       {QStringLiteral("next_cursor"), next},
                                                       {QStringLiteral("server_time"), now}}));
}

void handleDetail(MarketService &market, const ApiRequest &req,
                  const http::HttpResponder &responder)
{
    const auto listing = market.listing(req.http.param(QStringLiteral("id")));
    if (!listing) {
        responder.send(HttpResponse::error(404, QStringLiteral("not_found"),
                                           QStringLiteral("no such listing")));
        return;
    }
    const qint64 now = market.now();
    QJsonObject out = listingToJson(*listing, now);
    out.insert(QStringLiteral("bids"), bidsToJson(market.bids(listing->id)));
    out.insert(QStringLiteral("offers"), offersToJson(market.offers(listing->id)));
    out.insert(QStringLiteral("server_time"), now);
    responder.send(HttpResponse::json(200, out));
}

void handleCreate(MarketService &market, const ApiRequest &req,
                  const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    JsonReader reader(*body);
    MarketService::NewListing n;
    const QJsonValue item = body->value(QLatin1StringView("item"));
    if (!item.isObject()) {
        responder.send(marketBadRequest(QStringLiteral("field 'item' must be an object")));
        return;
    }
    JsonReader itemReader(item.toObject());
    n.itemId = itemReader.optionalString(QLatin1StringView("id")).value_or(QString());
    if (n.itemId.isEmpty()) {
        n.name = itemReader.requiredString(QLatin1StringView("name"));
        n.collection = itemReader.requiredString(QLatin1StringView("collection"));
        n.description =
            itemReader.optionalString(QLatin1StringView("description")).value_or(QString());
    }
    if (!itemReader.ok()) {
        responder.send(itemReader.errorResponse());
        return;
    }
    const auto kind = kindFromName(reader.requiredString(QLatin1StringView("kind")));
    n.price = reader.optionalInteger(QLatin1StringView("price"));
    n.startPrice = reader.optionalInteger(QLatin1StringView("start_price"));
    n.endPrice = reader.optionalInteger(QLatin1StringView("end_price"));
    n.reserve = reader.optionalInteger(QLatin1StringView("reserve"));
    n.endsAt = reader.optionalInteger(QLatin1StringView("ends_at"));
    const MarketService::Signed sig = signedPart(req, reader);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return;
    }
    if (!kind) {
        responder.send(marketBadRequest(QStringLiteral("kind must be fixed, english or dutch")));
        return;
    }
    n.kind = *kind;
    const auto result = market.createListing(req.user().userId, n, sig);
    if (const auto *e = std::get_if<MarketError>(&result)) {
        responder.send(errorResponse(*e));
        return;
    }
    responder.send(HttpResponse::json(201, listingToJson(std::get<Listing>(result), market.now())));
}

void handleBuy(MarketService &market, const ApiRequest &req, const http::HttpResponder &responder)
{
    // An empty body is a plain "buy at the current price".
    QJsonObject object;
    if (!req.http.body.trimmed().isEmpty()) {
        const auto body = parseJsonObject(req.http, responder);
        if (!body)
            return;
        object = *body;
    }
    JsonReader reader(object);
    const auto amount = reader.optionalInteger(QLatin1StringView("amount"));
    const MarketService::Signed sig = signedPart(req, reader);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return;
    }
    const auto result =
        market.buy(req.user().userId, req.http.param(QStringLiteral("id")), amount, sig);
    if (const auto *e = std::get_if<MarketError>(&result)) {
        responder.send(errorResponse(*e));
        return;
    }
    responder.send(HttpResponse::json(200, listingToJson(std::get<Listing>(result), market.now())));
}

void handleBid(MarketService &market, const ApiRequest &req, const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    JsonReader reader(*body);
    const qint64 amount = reader.requiredInteger(QLatin1StringView("amount"));
    const MarketService::Signed sig = signedPart(req, reader);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return;
    }
    const QString listingId = req.http.param(QStringLiteral("id"));
    const auto result = market.bid(req.user().userId, listingId, amount, sig);
    if (const auto *e = std::get_if<MarketError>(&result)) {
        responder.send(errorResponse(*e));
        return;
    }
    QJsonObject out = bidToJson(std::get<Bid>(result));
    if (const auto listing = market.listing(listingId))
        out.insert(QStringLiteral("listing"), listingToJson(*listing, market.now()));
    responder.send(HttpResponse::json(201, out));
}

void handleOffer(MarketService &market, const ApiRequest &req, const http::HttpResponder &responder)
{
    const auto body = parseJsonObject(req.http, responder);
    if (!body)
        return;
    JsonReader reader(*body);
    const qint64 amount = reader.requiredInteger(QLatin1StringView("amount"));
    const qint64 expiresAt = reader.requiredInteger(QLatin1StringView("expires_at"));
    const MarketService::Signed sig = signedPart(req, reader);
    if (!reader.ok()) {
        responder.send(reader.errorResponse());
        return;
    }
    const auto result = market.makeOffer(req.user().userId, req.http.param(QStringLiteral("id")),
                                         amount, expiresAt, sig);
    if (const auto *e = std::get_if<MarketError>(&result)) {
        responder.send(errorResponse(*e));
        return;
    }
    responder.send(HttpResponse::json(201, offerToJson(std::get<Offer>(result))));
}

template<typename Call>
void answerListing(MarketService &market, const http::HttpResponder &responder, Call call)
{
    const auto result = call();
    if (const auto *e = std::get_if<MarketError>(&result)) {
        responder.send(errorResponse(*e));
        return;
    }
    responder.send(HttpResponse::json(200, listingToJson(std::get<Listing>(result), market.now())));
}
} // namespace

void addMarketRoutes(Api &api, MarketService &market)
{
    const Access trader = Access::withRole(Role::Trader);
    const auto bind = [&market](auto handler) {
        return [&market, handler](const ApiRequest &req, const http::HttpResponder &responder) {
            handler(market, req, responder);
        };
    };
    api.route("GET", QStringLiteral("/api/v1/market/config"), Access::user(),
              [&market](const ApiRequest &, const http::HttpResponder &responder) {
                  responder.send(HttpResponse::json(200, market.configJson()));
              });
    api.route("GET", QStringLiteral("/api/v1/market/listings"), Access::user(), bind(handleList));
    api.route("POST", QStringLiteral("/api/v1/market/listings"), trader, bind(handleCreate));
    api.route("GET", QStringLiteral("/api/v1/market/listings/{id}"), Access::user(),
              bind(handleDetail));
    api.route("POST", QStringLiteral("/api/v1/market/listings/{id}/buy"), trader, bind(handleBuy));
    api.route("POST", QStringLiteral("/api/v1/market/listings/{id}/bids"), trader, bind(handleBid));
    api.route("POST", QStringLiteral("/api/v1/market/listings/{id}/offers"), trader,
              bind(handleOffer));
    api.route("POST", QStringLiteral("/api/v1/market/offers/{id}/accept"), trader,
              [&market](const ApiRequest &req, const http::HttpResponder &responder) {
                  answerListing(market, responder, [&] {
                      return market.acceptOffer(req.user().userId,
                                                req.http.param(QStringLiteral("id")));
                  });
              });
    api.route("DELETE", QStringLiteral("/api/v1/market/listings/{id}"), trader,
              [&market](const ApiRequest &req, const http::HttpResponder &responder) {
                  answerListing(market, responder, [&] {
                      return market.cancel(req.user().userId, req.http.param(QStringLiteral("id")));
                  });
              });
    api.route("GET", QStringLiteral("/api/v1/market/items/{id}/history"), Access::user(),
              [&market](const ApiRequest &req, const http::HttpResponder &responder) {
                  const QString id = req.http.param(QStringLiteral("id"));
                  if (!market.item(id)) {
                      responder.send(HttpResponse::error(404, QStringLiteral("not_found"),
                                                         QStringLiteral("no such item")));
                      return;
                  }
                  QJsonArray points;
                  for (const Sale &s : market.history(id))
                      points.append(QJsonObject{{QStringLiteral("ts"), s.ts},
                                                {QStringLiteral("price"), s.price}});
                  responder.send(
                      HttpResponse::json(200, QJsonObject{{QStringLiteral("item_id"), id},
                                                          {QStringLiteral("points"), points}}));
              });
    api.route("GET", QStringLiteral("/api/v1/wallet"), Access::user(),
              [&market](const ApiRequest &req, const http::HttpResponder &responder) {
                  responder.send(
                      HttpResponse::json(200, walletToJson(market.wallet(req.user().userId))));
              });
    api.route("GET", QStringLiteral("/api/v1/market/treasury"), Access::withRole(Role::Admin),
              [&market](const ApiRequest &, const http::HttpResponder &responder) {
                  responder.send(HttpResponse::json(
                      200, QJsonObject{{QStringLiteral("balance"), market.treasury()}}));
              });
}

} // namespace nest::server
