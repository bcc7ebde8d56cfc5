#pragma once

#include <QString>

#include <optional>

namespace nest::server {

//! Amounts the market moves, in integer minor units of its currency.
namespace market {
inline constexpr QLatin1StringView kCurrency{"NST"};
inline constexpr int kDecimals = 2;
inline constexpr qint64 kStartingBalance = 1'000'000;
inline constexpr qint64 kMinIncrementBps = 500;           //!< a bid beats the last by 5%
inline constexpr qint64 kExtensionMs = 5LL * 60 * 1000;   //!< anti-sniping window and extension
inline constexpr qint64 kMaxAmount = 1'000'000'000'000LL; //!< refuses absurd amounts early
inline constexpr qsizetype kMaxNameChars = 120;
inline constexpr qsizetype kMaxCollectionChars = 80;
inline constexpr qsizetype kMaxDescriptionChars = 2000;
} // namespace market

enum class ListingKind { Fixed, English, Dutch };
enum class ListingStatus { Active, Sold, Cancelled, Expired };

QString kindName(ListingKind kind);
std::optional<ListingKind> kindFromName(const QString &name);
QString statusName(ListingStatus status);
std::optional<ListingStatus> statusFromName(const QString &name);

struct MarketItem {
    QString id;
    QString name;
    QString collection;
    QString description;
    QString ownerId;
};

//! One row of `market_listings` with its item and leading bid.
struct Listing {
    QString id;
    QString sellerId;
    MarketItem item;
    ListingKind kind = ListingKind::Fixed;
    ListingStatus status = ListingStatus::Active;
    std::optional<qint64> price;      //!< fixed
    std::optional<qint64> startPrice; //!< english, dutch
    std::optional<qint64> endPrice;   //!< dutch
    std::optional<qint64> reserve;    //!< english
    std::optional<qint64> endsAt;     //!< english, dutch
    qint64 createdAt = 0;
    std::optional<qint64> closedAt;
    QString buyerId;
    std::optional<qint64> soldPrice;
    // The leading bid (english), kept on the row so that listing reads need no join.
    QString highBidId;
    QString highBidderId;
    qint64 highBid = 0;
    int bidCount = 0;
};

struct Bid {
    QString id;
    QString listingId;
    QString bidderId;
    qint64 amount = 0;
    qint64 ts = 0;
    QString status; //!< leading, outbid, won, released
};

struct Offer {
    QString id;
    QString listingId;
    QString buyerId;
    qint64 amount = 0;
    qint64 expiresAt = 0;
    qint64 createdAt = 0;
    QString status; //!< pending, accepted, expired, declined
};

struct Sale {
    QString id;
    QString listingId;
    QString itemId;
    QString sellerId;
    QString buyerId;
    qint64 price = 0;
    qint64 fee = 0;
    qint64 ts = 0;
};

struct Wallet {
    qint64 balance = 0;
    qint64 escrow = 0;
};

//! The market's pure rules, separate from storage so that tests can state them exactly.
namespace marketrules {
//! The Dutch price at `now`: linear from start to end between created and ends, integer
//! (rounded up, so it never goes below `end` before the end), clamped outside the window.
qint64 dutchPrice(qint64 start, qint64 end, qint64 createdAt, qint64 endsAt, qint64 now);
//! The least valid next bid on an English auction.
qint64 minimumBid(const Listing &listing);
//! The price a buyer pays now (fixed: price; dutch: the falling price; english: leading bid or
//! start price); for a sold listing, what it sold for.
qint64 currentPrice(const Listing &listing, qint64 now);
//! The fee on a sale of `price` at `feeBps` basis points (rounded down).
qint64 fee(qint64 price, qint64 feeBps);
//! The end of an English auction after a bid at `now` (anti-sniping).
qint64 extendedEnd(qint64 endsAt, qint64 now);
} // namespace marketrules

} // namespace nest::server
