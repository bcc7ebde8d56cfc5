#pragma once

#include "markettypes.h"

#include <QString>

#include <optional>
#include <vector>

namespace nest::server {

class Database;

//! Items, listings, bids, offers and sales: the market's SQL apart from wallets.
//!
//! Like WalletStore it opens no transaction of its own: MarketService wraps every change.
class MarketStore {
public:
    explicit MarketStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);
    //! For the service's transactions, which span this store and the wallets.
    Database &database() const { return m_db; }

    bool insertItem(const MarketItem &item, qint64 createdAt);
    std::optional<MarketItem> item(const QString &id) const;
    bool setItemOwner(const QString &itemId, const QString &ownerId);

    bool insertListing(const Listing &listing);
    //! Writes the fields that change after creation (status, end, bids, sale).
    bool updateListing(const Listing &listing);
    std::optional<Listing> listing(const QString &id) const;
    bool hasActiveListing(const QString &itemId) const;
    struct Filter {
        std::optional<ListingStatus> status;
        QString collection;
        QString query; //!< substring of name, collection or description
    };
    std::vector<Listing> listings(const Filter &filter) const;
    //! Active auctions whose end has passed.
    std::vector<Listing> dueListings(qint64 now) const;
    qint64 listingCount() const;

    bool insertBid(const Bid &bid);
    bool setBidStatus(const QString &bidId, const QString &status);
    std::vector<Bid> bids(const QString &listingId) const;

    bool insertOffer(const Offer &offer);
    bool setOfferStatus(const QString &offerId, const QString &status);
    std::optional<Offer> offer(const QString &id) const;
    std::vector<Offer> offers(const QString &listingId) const;
    std::vector<Offer> pendingOffers(const QString &listingId) const;
    //! Pending offers whose expiry has passed.
    std::vector<Offer> dueOffers(qint64 now) const;

    bool insertSale(const Sale &sale);
    std::vector<Sale> sales(const QString &itemId) const;
    //! How many sales a listing has (at most one: the test for "no auction has two winners").
    qint64 saleCount(const QString &listingId) const;

    //! The next auction end or offer expiry, nullopt when nothing is pending.
    std::optional<qint64> nextDeadline() const;

private:
    std::vector<Listing> selectListings(const QString &where, const QVariantList &binds) const;
    std::vector<Offer> selectOffers(const QString &where, const QVariantList &binds) const;

    Database &m_db;
};

} // namespace nest::server
