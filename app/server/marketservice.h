#pragma once

#include "marketoptions.h"
#include "markettypes.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <optional>
#include <variant>
#include <vector>

class QTimer;

namespace nest::server {

class MarketStore;
class ParamStore;
class StreamHub;
class UserStore;
class WalletStore;

//! Why the market refused an action: the HTTP status and the contract's error code.
struct MarketError {
    int status = 400;
    QString code;
    QString message;
    std::optional<qint64> minAmount; //!< the least valid bid, for `bid_too_low`
};

template<typename T> using MarketResult = std::variant<T, MarketError>;

//! The marketplace's rules: listings of three kinds, bids with escrow and anti-sniping, offers
//! with expiry, sales with the fee to the treasury; every money move in the same SQLite
//! transaction as the listing change it pays for, and every change published on `market`.
class MarketService final : public QObject {
    Q_OBJECT
public:
    MarketService(MarketStore &store, WalletStore &wallets, UserStore &users, ParamStore &params,
                  StreamHub &hub, MarketOptions options = {}, QObject *parent = nullptr);
    ~MarketService() override;

    bool open(QString *error);
    qint64 now() const;

    // Wallets, also the public API for governance (balance-weighted votes).
    //! The spendable balance of a user (the starting balance before the first market action).
    qint64 balance(const QString &userId) const;
    //! Every account's balance by user id (opens the wallets of accounts that have none).
    QHash<QString, qint64> balances();
    Wallet wallet(const QString &userId);
    qint64 treasury() const;
    struct Totals {
        qint64 balances = 0;
        qint64 escrow = 0;
        qint64 treasury = 0;
        qint64 issued = 0;
    };
    //! For the money invariant: balances + escrow + treasury == issued.
    Totals totals() const;
    qint64 feeBps() const;
    //! `GET /market/config`, also published as `config.changed`.
    QJsonObject configJson() const;

    //! What a signed action carries besides its body.
    struct Signed {
        QString signature;      //!< base64url, empty when absent
        QString idempotencyKey; //!< the request's Idempotency-Key, empty when absent
    };
    struct NewListing {
        QString itemId; //!< relist an owned item; else a new item from the fields below
        QString name;
        QString collection;
        QString description;
        ListingKind kind = ListingKind::Fixed;
        std::optional<qint64> price;
        std::optional<qint64> startPrice;
        std::optional<qint64> endPrice;
        std::optional<qint64> reserve;
        std::optional<qint64> endsAt;
    };
    //! The amount a listing's signature covers (price, or start price for auctions).
    static qint64 signedListingAmount(const NewListing &listing);
    //! `nest-market:v1:{action}:{listing_id}:{amount}:{user_id}:{idempotency_key}`.
    static QByteArray canonicalMessage(const QString &action, const QString &listingId,
                                       qint64 amount, const QString &userId,
                                       const QString &idempotencyKey);

    MarketResult<Listing> createListing(const QString &sellerId, const NewListing &request,
                                        const Signed &sig);
    //! `maxAmount`: the most the buyer agreed to pay (refused with `price_changed` if above).
    MarketResult<Listing> buy(const QString &buyerId, const QString &listingId,
                              std::optional<qint64> maxAmount, const Signed &sig);
    MarketResult<Bid> bid(const QString &bidderId, const QString &listingId, qint64 amount,
                          const Signed &sig);
    MarketResult<Offer> makeOffer(const QString &buyerId, const QString &listingId, qint64 amount,
                                  qint64 expiresAt, const Signed &sig);
    MarketResult<Listing> acceptOffer(const QString &sellerId, const QString &offerId);
    MarketResult<Listing> cancel(const QString &sellerId, const QString &listingId);

    std::optional<Listing> listing(const QString &id) const;
    std::vector<Bid> bids(const QString &listingId) const;
    std::vector<Offer> offers(const QString &listingId) const;
    std::vector<Sale> history(const QString &itemId) const;
    std::optional<MarketItem> item(const QString &itemId) const;
    MarketStore &store() { return m_store; }

    struct Query {
        std::optional<ListingStatus> status;
        QString collection;
        QString text;
        std::optional<qint64> minPrice;
        std::optional<qint64> maxPrice;
        QString sort; //!< price, -price, ends_at, -created_at (default)
    };
    std::vector<Listing> listings(const Query &query) const;

    //! Settles ended auctions and expires due offers at now(); returns how many it closed.
    int settle();

    //! Demo content: collections, items, live auctions and a price history (idempotent).
    bool seedDemo(const QStringList &userIds, QString *error);

private:
    std::optional<MarketError> checkSignature(const QString &userId, const QString &action,
                                              const QString &listingId, qint64 amount,
                                              const Signed &sig) const;
    //! Inside a transaction: pays, records the sale, closes the listing, declines its offers.
    bool completeSale(Listing &listing, const QString &buyerId, qint64 price, bool fromEscrow,
                      qint64 at, Sale *sale);
    bool declineOffers(const QString &listingId, const QString &exceptOfferId);
    void publishListing(const QString &kind, const Listing &listing);
    void publishSale(const Sale &sale, const Listing &listing);
    void scheduleSettle();

    MarketStore &m_store;
    WalletStore &m_wallets;
    UserStore &m_users;
    ParamStore &m_params;
    StreamHub &m_hub;
    MarketOptions m_options;
    QTimer *m_timer = nullptr;
    bool m_settling = false;
};

} // namespace nest::server
