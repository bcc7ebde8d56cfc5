#pragma once

#include <QList>
#include <QLocale>
#include <QMetaType>
#include <QString>

#include <optional>

//! The marketplace as the client sees it: plain values read from the API and the stream.
namespace nest::market {

enum class Kind { Fixed, English, Dutch };
enum class Status { Active, Sold, Cancelled, Expired };

std::optional<Kind> kindFromName(QStringView name);
std::optional<Status> statusFromName(QStringView name);
QString kindName(Kind kind);

//! `GET /market/config`.
struct Config {
    QString currency = QStringLiteral("NST");
    int decimals = 2;
    qint64 feeBps = 250;
    qint64 startingBalance = 1'000'000;
};

struct Wallet {
    qint64 balance = 0;
    qint64 escrow = 0;
};

struct Listing {
    QString id;
    QString sellerId;
    QString itemId;
    QString name;
    QString collection;
    QString description;
    Kind kind = Kind::Fixed;
    Status status = Status::Active;
    std::optional<qint64> price;
    std::optional<qint64> startPrice;
    std::optional<qint64> endPrice;
    std::optional<qint64> reserve;
    qint64 currentPrice = 0; //!< as the server computed it at `server_time` (or event time)
    std::optional<qint64> endsAt;
    qint64 createdAt = 0;
    int bidCount = 0;
    QString highBidderId;
    std::optional<qint64> minBid;
    QString buyerId;

    //! The price at `serverNow`: a Dutch auction's falls linearly; others as last reported.
    qint64 priceAt(qint64 serverNow) const;
    bool isAuction() const { return kind != Kind::Fixed; }
};

struct Bid {
    QString id;
    QString listingId;
    QString bidderId;
    qint64 amount = 0;
    qint64 ts = 0;
    QString status;
};

struct Offer {
    QString id;
    QString listingId;
    QString buyerId;
    qint64 amount = 0;
    qint64 expiresAt = 0;
    QString status;
};

//! A listing with its bids and offers (`GET /market/listings/{id}`).
struct ListingDetail {
    Listing listing;
    QList<Bid> bids;
    QList<Offer> offers;
};

struct PricePoint {
    qint64 ts = 0;
    qint64 price = 0;
};

//! The linear Dutch price, rounded up like the server's.
qint64 dutchPrice(qint64 start, qint64 end, qint64 createdAt, qint64 endsAt, qint64 now);
//! The fee the market takes on `amount` at `feeBps`.
qint64 feeOf(qint64 amount, qint64 feeBps);
//! "1,234.56 NST" in `locale`, from minor units.
QString formatMoney(qint64 minor, const Config &config, const QLocale &locale = QLocale());
//! The number without the currency, for an editor ("1234.56" in `locale`).
QString formatAmount(qint64 minor, const Config &config, const QLocale &locale = QLocale());
//! Minor units from a user's text in `locale`; nullopt when it is not an amount or has more
//! decimals than the currency.
std::optional<qint64> parseAmount(const QString &text, const Config &config,
                                  const QLocale &locale = QLocale());

} // namespace nest::market

Q_DECLARE_METATYPE(nest::market::Listing)
