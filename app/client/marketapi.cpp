#include "marketapi.h"

#include "marketparse.h"

#include <QUrl>

namespace nest::client::marketapi {
namespace {
QString segment(const QString &id)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(id));
}

RequestOptions signedCall(const QString &idempotencyKey)
{
    RequestOptions options;
    options.idempotent = true; // the key is in the signature: a retry must reuse it
    options.idempotencyKey = idempotencyKey;
    return options;
}

RequestOptions validated(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.validate = std::move(validate);
    return options;
}

void addSignature(QJsonObject *body, const QString &signature)
{
    if (!signature.isEmpty())
        body->insert(QStringLiteral("signature"), signature);
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

ApiJob *createListing(ApiClient &api, const NewListing &l, const QString &signature,
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
    addSignature(&body, signature);
    return api.send("POST", u"/api/v1/market/listings"_qs, body, signedCall(idempotencyKey));
}

ApiJob *buy(ApiClient &api, const QString &listingId, qint64 maxAmount, const QString &signature,
            const QString &idempotencyKey)
{
    QJsonObject body{{u"amount"_qs, maxAmount}};
    addSignature(&body, signature);
    return api.send("POST", u"/api/v1/market/listings/%1/buy"_qs.arg(segment(listingId)), body,
                    signedCall(idempotencyKey));
}

ApiJob *bid(ApiClient &api, const QString &listingId, qint64 amount, const QString &signature,
            const QString &idempotencyKey)
{
    QJsonObject body{{u"amount"_qs, amount}};
    addSignature(&body, signature);
    return api.send("POST", u"/api/v1/market/listings/%1/bids"_qs.arg(segment(listingId)), body,
                    signedCall(idempotencyKey));
}

ApiJob *offer(ApiClient &api, const QString &listingId, qint64 amount, qint64 expiresAt,
              const QString &signature, const QString &idempotencyKey)
{
    QJsonObject body{{u"amount"_qs, amount}, {u"expires_at"_qs, expiresAt}};
    addSignature(&body, signature);
    return api.send("POST", u"/api/v1/market/listings/%1/offers"_qs.arg(segment(listingId)), body,
                    signedCall(idempotencyKey));
}

ApiJob *acceptOffer(ApiClient &api, const QString &offerId)
{
    RequestOptions options;
    options.idempotent = true;
    return api.send("POST", u"/api/v1/market/offers/%1/accept"_qs.arg(segment(offerId)),
                    QJsonObject{}, options);
}

ApiJob *cancel(ApiClient &api, const QString &listingId)
{
    RequestOptions options;
    options.idempotent = true;
    return api.send("DELETE", u"/api/v1/market/listings/"_qs + segment(listingId), QJsonObject{},
                    options);
}

} // namespace nest::client::marketapi
