#include "marketparse.h"

#include <QJsonArray>

namespace nest::client::marketparse {
namespace {
bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && double(v.toInteger()) == v.toDouble();
}

std::optional<qint64> nullableInteger(const QJsonValue &v)
{
    return isInteger(v) ? std::optional<qint64>(v.toInteger()) : std::nullopt;
}
} // namespace

std::optional<market::Listing> listing(const QJsonObject &json)
{
    const QJsonObject item = json.value(u"item").toObject();
    const auto kind = market::kindFromName(json.value(u"kind").toString());
    const auto status = market::statusFromName(json.value(u"status").toString());
    if (!json.value(u"id").isString() || !item.value(u"id").isString() || !kind || !status
        || !isInteger(json.value(u"current_price")))
        return std::nullopt;
    market::Listing l;
    l.id = json.value(u"id").toString();
    l.sellerId = json.value(u"seller_id").toString();
    l.itemId = item.value(u"id").toString();
    l.name = item.value(u"name").toString();
    l.collection = item.value(u"collection").toString();
    l.description = item.value(u"description").toString();
    l.kind = *kind;
    l.status = *status;
    l.price = nullableInteger(json.value(u"price"));
    l.startPrice = nullableInteger(json.value(u"start_price"));
    l.endPrice = nullableInteger(json.value(u"end_price"));
    l.reserve = nullableInteger(json.value(u"reserve"));
    l.currentPrice = json.value(u"current_price").toInteger();
    l.endsAt = nullableInteger(json.value(u"ends_at"));
    l.createdAt = json.value(u"created_at").toInteger();
    l.bidCount = json.value(u"bid_count").toInt();
    l.highBidderId = json.value(u"high_bidder_id").toString();
    l.minBid = nullableInteger(json.value(u"min_bid"));
    l.buyerId = json.value(u"buyer_id").toString();
    return l;
}

std::optional<market::Bid> bid(const QJsonObject &json)
{
    if (!json.value(u"id").isString() || !isInteger(json.value(u"amount")))
        return std::nullopt;
    return market::Bid{json.value(u"id").toString(),        json.value(u"listing_id").toString(),
                       json.value(u"bidder_id").toString(), json.value(u"amount").toInteger(),
                       json.value(u"ts").toInteger(),       json.value(u"status").toString()};
}

std::optional<market::Offer> offer(const QJsonObject &json)
{
    if (!json.value(u"id").isString() || !isInteger(json.value(u"amount")))
        return std::nullopt;
    return market::Offer{
        json.value(u"id").toString(),          json.value(u"listing_id").toString(),
        json.value(u"buyer_id").toString(),    json.value(u"amount").toInteger(),
        json.value(u"expires_at").toInteger(), json.value(u"status").toString()};
}

std::optional<market::ListingDetail> detail(const QJsonObject &json)
{
    auto l = listing(json);
    if (!l)
        return std::nullopt;
    market::ListingDetail d{*l, {}, {}};
    for (const QJsonValue v : json.value(u"bids").toArray()) {
        if (auto b = bid(v.toObject()))
            d.bids.append(*b);
    }
    for (const QJsonValue v : json.value(u"offers").toArray()) {
        if (auto o = offer(v.toObject()))
            d.offers.append(*o);
    }
    return d;
}

std::optional<market::Wallet> wallet(const QJsonObject &json)
{
    if (!isInteger(json.value(u"balance")) || !isInteger(json.value(u"escrow")))
        return std::nullopt;
    return market::Wallet{json.value(u"balance").toInteger(), json.value(u"escrow").toInteger()};
}

std::optional<market::Config> config(const QJsonObject &json)
{
    if (!json.value(u"currency").isString() || !isInteger(json.value(u"decimals"))
        || !isInteger(json.value(u"fee_bps")))
        return std::nullopt;
    market::Config c;
    c.currency = json.value(u"currency").toString();
    c.decimals = std::clamp(json.value(u"decimals").toInt(), 0, 8);
    c.feeBps = json.value(u"fee_bps").toInteger();
    c.startingBalance = json.value(u"starting_balance").toInteger();
    return c;
}

QList<market::PricePoint> history(const QJsonObject &json)
{
    QList<market::PricePoint> out;
    for (const QJsonValue v : json.value(u"points").toArray())
        out.append(market::PricePoint{v[u"ts"].toInteger(), v[u"price"].toInteger()});
    return out;
}

} // namespace nest::client::marketparse
