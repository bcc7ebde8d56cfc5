#include "marketapi.h"

#include "marketparse.h"

#include <QUrl>

namespace nest::client::marketapi {
namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

RequestOptions validated(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.validate = std::move(validate);
    return options;
}

} // namespace

QString canonicalMessage(const QString &action, const QString &listingId, qint64 amount,
                         const QString &userId, const QString &idempotencyKey)
{
    return QStringLiteral("nest-market:v1:%1:%2:%3:%4:%5")
        .arg(action, listingId, QString::number(amount), userId, idempotencyKey);
}

ApiJob *config(ApiClient &api)
{
    return api.get(u"/api/v1/market/config"_qs, validated([](const QJsonObject &json) {
                       return marketparse::config(json) ? QString() : u"bad market config"_qs;
                   }));
}

ApiJob *wallet(ApiClient &api)
{
    return api.get(u"/api/v1/wallet"_qs, validated([](const QJsonObject &json) {
                       return marketparse::wallet(json) ? QString() : u"bad wallet"_qs;
                   }));
}

ApiJob *listings(ApiClient &api, const QString &cursor, int limit)
{
    QString path = u"/api/v1/market/listings?limit=%1"_qs.arg(limit);
    if (!cursor.isEmpty())
        path += u"&cursor="_qs + segment(cursor);
    return api.get(path);
}

ApiJob *listing(ApiClient &api, const QString &listingId)
{
    return api.get(u"/api/v1/market/listings/"_qs + segment(listingId),
                   validated([](const QJsonObject &json) {
                       return marketparse::detail(json) ? QString() : u"bad listing"_qs;
                   }));
}

ApiJob *history(ApiClient &api, const QString &itemId)
{
    return api.get(u"/api/v1/market/items/%1/history"_qs.arg(segment(itemId)));
}

WriteRequest createListingRequest(const NewListing &l, const QString &signature,
                                  const QString &idempotencyKey)
{
    QJsonObject body{{u"item"_qs, QJsonObject{{u"name"_qs, l.name},
                                              {u"collection"_qs, l.collection},
                                              {u"description"_qs, l.description}}},
                     {u"kind"_qs, market::kindName(l.kind)}};
    if (l.kind == market::Kind::Fixed) {
        body.insert(u"price"_qs, l.price);
    } else {
        body.insert(u"start_price"_qs, l.price);
        body.insert(u"ends_at"_qs, l.endsAt);
        if (l.kind == market::Kind::Dutch)
            body.insert(u"end_price"_qs, l.endPrice);
        else if (l.reserve > 0)
            body.insert(u"reserve"_qs, l.reserve);
    }
    return {u"listing"_qs, "POST", u"/api/v1/market/listings"_qs, body, signature, idempotencyKey};
}

WriteRequest buyRequest(const QString &listingId, qint64 maxAmount, const QString &signature,
                        const QString &idempotencyKey)
{
    return {u"buy"_qs,
            "POST",
            u"/api/v1/market/listings/%1/buy"_qs.arg(segment(listingId)),
            QJsonObject{{u"amount"_qs, maxAmount}},
            signature,
            idempotencyKey};
}

WriteRequest bidRequest(const QString &listingId, qint64 amount, const QString &signature,
                        const QString &idempotencyKey)
{
    return {u"bid"_qs,
            "POST",
            u"/api/v1/market/listings/%1/bids"_qs.arg(segment(listingId)),
            QJsonObject{{u"amount"_qs, amount}},
            signature,
            idempotencyKey};
}

WriteRequest offerRequest(const QString &listingId, qint64 amount, qint64 expiresAt,
                          const QString &signature, const QString &idempotencyKey)
{
    return {u"offer"_qs,
            "POST",
            u"/api/v1/market/listings/%1/offers"_qs.arg(segment(listingId)),
            QJsonObject{{u"amount"_qs, amount}, {u"expires_at"_qs, expiresAt}},
            signature,
            idempotencyKey};
}

WriteRequest acceptOfferRequest(const QString &offerId)
{
    return {u"accept"_qs,  "POST", u"/api/v1/market/offers/%1/accept"_qs.arg(segment(offerId)),
            QJsonObject{}, {},     {}};
}

WriteRequest cancelRequest(const QString &listingId)
{
    return {u"cancel"_qs,  "DELETE", u"/api/v1/market/listings/"_qs + segment(listingId),
            QJsonObject{}, {},       {}};
}

ApiJob *createListing(ApiClient &api, const NewListing &l, const QString &signature,
                      const QString &idempotencyKey)
{
    return send(api, createListingRequest(l, signature, idempotencyKey));
}

ApiJob *buy(ApiClient &api, const QString &listingId, qint64 maxAmount, const QString &signature,
            const QString &idempotencyKey)
{
    return send(api, buyRequest(listingId, maxAmount, signature, idempotencyKey));
}

ApiJob *bid(ApiClient &api, const QString &listingId, qint64 amount, const QString &signature,
            const QString &idempotencyKey)
{
    return send(api, bidRequest(listingId, amount, signature, idempotencyKey));
}

ApiJob *offer(ApiClient &api, const QString &listingId, qint64 amount, qint64 expiresAt,
              const QString &signature, const QString &idempotencyKey)
{
    return send(api, offerRequest(listingId, amount, expiresAt, signature, idempotencyKey));
}

ApiJob *acceptOffer(ApiClient &api, const QString &offerId)
{
    return send(api, acceptOfferRequest(offerId));
}

ApiJob *cancel(ApiClient &api, const QString &listingId)
{
    return send(api, cancelRequest(listingId));
}

} // namespace nest::client::marketapi
