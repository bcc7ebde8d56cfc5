#pragma once

#include "apiclient.h"
#include "marketdata.h"
#include "writerequest.h"

namespace nest::client {

//! Typed calls for the marketplace (api-contract.md "Marketplace"). Signed calls take the
//! signature and the Idempotency-Key it covers (see canonicalMessage()).
namespace marketapi {

//! `nest-market:v1:{action}:{listing_id}:{amount}:{user_id}:{idempotency_key}`.
QString canonicalMessage(const QString &action, const QString &listingId, qint64 amount,
                         const QString &userId, const QString &idempotencyKey);

ApiJob *config(ApiClient &api);
ApiJob *wallet(ApiClient &api);
//! GET /market/listings (all statuses), one page; `cursor` from the previous page.
ApiJob *listings(ApiClient &api, const QString &cursor = {}, int limit = 200);
ApiJob *listing(ApiClient &api, const QString &listingId);
ApiJob *history(ApiClient &api, const QString &itemId);

struct NewListing {
    QString name;
    QString collection;
    QString description;
    market::Kind kind = market::Kind::Fixed;
    qint64 price = 0;    //!< fixed; the start price of an auction
    qint64 endPrice = 0; //!< dutch
    qint64 reserve = 0;  //!< english, 0 for none
    qint64 endsAt = 0;   //!< auctions, server time
    //! The amount a listing's signature covers: "new" listing id and this amount.
    qint64 signedAmount() const { return price; }
};
ApiJob *createListing(ApiClient &api, const NewListing &listing, const QString &signature,
                      const QString &idempotencyKey);
//! `maxAmount`: what the buyer agreed to pay (a Dutch price only falls).
ApiJob *buy(ApiClient &api, const QString &listingId, qint64 maxAmount, const QString &signature,
            const QString &idempotencyKey);
ApiJob *bid(ApiClient &api, const QString &listingId, qint64 amount, const QString &signature,
            const QString &idempotencyKey);
ApiJob *offer(ApiClient &api, const QString &listingId, qint64 amount, qint64 expiresAt,
              const QString &signature, const QString &idempotencyKey);
ApiJob *acceptOffer(ApiClient &api, const QString &offerId);
ApiJob *cancel(ApiClient &api, const QString &listingId);

//! The writes above as data, for the Outbox (kinds "listing", "buy", "bid", "offer",
//! "accept", "cancel"). Signed ones carry the signature and the key it covers.
WriteRequest createListingRequest(const NewListing &listing, const QString &signature,
                                  const QString &idempotencyKey);
WriteRequest buyRequest(const QString &listingId, qint64 maxAmount, const QString &signature,
                        const QString &idempotencyKey);
WriteRequest bidRequest(const QString &listingId, qint64 amount, const QString &signature,
                        const QString &idempotencyKey);
WriteRequest offerRequest(const QString &listingId, qint64 amount, qint64 expiresAt,
                          const QString &signature, const QString &idempotencyKey);
WriteRequest acceptOfferRequest(const QString &offerId);
WriteRequest cancelRequest(const QString &listingId);

} // namespace marketapi
} // namespace nest::client
