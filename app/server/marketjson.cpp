#include "marketjson.h"

namespace nest::server {
namespace {
QJsonValue orNull(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue();
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}
} // namespace

QJsonObject listingToJson(const Listing &l, qint64 now)
{
    const bool english = l.kind == ListingKind::English;
    const bool open = l.status == ListingStatus::Active;
    return QJsonObject{
        {QStringLiteral("id"), l.id},
        {QStringLiteral("seller_id"), l.sellerId},
        {QStringLiteral("item"), QJsonObject{{QStringLiteral("id"), l.item.id},
                                             {QStringLiteral("name"), l.item.name},
                                             {QStringLiteral("collection"), l.item.collection},
                                             {QStringLiteral("description"), l.item.description}}},
        {QStringLiteral("kind"), kindName(l.kind)},
        {QStringLiteral("status"), statusName(l.status)},
        {QStringLiteral("price"), orNull(l.price)},
        {QStringLiteral("start_price"), orNull(l.startPrice)},
        {QStringLiteral("end_price"), orNull(l.endPrice)},
        {QStringLiteral("reserve"), orNull(l.reserve)},
        {QStringLiteral("current_price"), marketrules::currentPrice(l, now)},
        {QStringLiteral("ends_at"), orNull(l.endsAt)},
        {QStringLiteral("created_at"), l.createdAt},
        // Additions (the contract allows fields): what a trader's view shows without a detail.
        {QStringLiteral("bid_count"), l.bidCount},
        {QStringLiteral("high_bidder_id"), textOrNull(l.highBidderId)},
        {QStringLiteral("min_bid"),
         english && open ? QJsonValue(marketrules::minimumBid(l)) : QJsonValue()},
        {QStringLiteral("buyer_id"), textOrNull(l.buyerId)},
        {QStringLiteral("closed_at"), orNull(l.closedAt)},
    };
}

QJsonObject bidToJson(const Bid &bid)
{
    return QJsonObject{{QStringLiteral("id"), bid.id},
                       {QStringLiteral("listing_id"), bid.listingId},
                       {QStringLiteral("bidder_id"), bid.bidderId},
                       {QStringLiteral("amount"), bid.amount},
                       {QStringLiteral("ts"), bid.ts},
                       {QStringLiteral("status"), bid.status}};
}

QJsonObject offerToJson(const Offer &offer)
{
    return QJsonObject{{QStringLiteral("id"), offer.id},
                       {QStringLiteral("listing_id"), offer.listingId},
                       {QStringLiteral("buyer_id"), offer.buyerId},
                       {QStringLiteral("amount"), offer.amount},
                       {QStringLiteral("expires_at"), offer.expiresAt},
                       {QStringLiteral("created_at"), offer.createdAt},
                       {QStringLiteral("status"), offer.status}};
}

QJsonObject saleToJson(const Sale &sale)
{
    return QJsonObject{{QStringLiteral("id"), sale.id},
                       {QStringLiteral("listing_id"), sale.listingId},
                       {QStringLiteral("item_id"), sale.itemId},
                       {QStringLiteral("seller_id"), sale.sellerId},
                       {QStringLiteral("buyer_id"), sale.buyerId},
                       {QStringLiteral("price"), sale.price},
                       {QStringLiteral("fee"), sale.fee},
                       {QStringLiteral("ts"), sale.ts}};
}

QJsonObject walletToJson(const Wallet &wallet)
{
    return QJsonObject{{QStringLiteral("balance"), wallet.balance},
                       {QStringLiteral("escrow"), wallet.escrow}};
}

QJsonArray bidsToJson(const std::vector<Bid> &bids)
{
    QJsonArray out;
    for (const Bid &b : bids)
        out.append(bidToJson(b));
    return out;
}

QJsonArray offersToJson(const std::vector<Offer> &offers)
{
    QJsonArray out;
    for (const Offer &o : offers)
        out.append(offerToJson(o));
    return out;
}

} // namespace nest::server
