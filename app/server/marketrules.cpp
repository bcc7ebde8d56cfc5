#include "marketdata.h"
#include "markettypes.h"

#include <array>

namespace nest::server {
namespace {
const std::array<QLatin1StringView, 3> kKindNames{
    QLatin1StringView("fixed"), QLatin1StringView("english"), QLatin1StringView("dutch")};
const std::array<QLatin1StringView, 4> kStatusNames{
    QLatin1StringView("active"), QLatin1StringView("sold"), QLatin1StringView("cancelled"),
    QLatin1StringView("expired")};
} // namespace

QString kindName(ListingKind kind)
{
    return kKindNames.at(std::size_t(kind));
}

std::optional<ListingKind> kindFromName(const QString &name)
{
    for (std::size_t i = 0; i < kKindNames.size(); ++i) {
        if (name == kKindNames[i])
            return ListingKind(i);
    }
    return std::nullopt;
}

QString statusName(ListingStatus status)
{
    return kStatusNames.at(std::size_t(status));
}

std::optional<ListingStatus> statusFromName(const QString &name)
{
    for (std::size_t i = 0; i < kStatusNames.size(); ++i) {
        if (name == kStatusNames[i])
            return ListingStatus(i);
    }
    return std::nullopt;
}

namespace marketrules {

qint64 dutchPrice(qint64 start, qint64 end, qint64 createdAt, qint64 endsAt, qint64 now)
{
    // One rule for the server and the client's ticking price: they must agree to the unit.
    return nest::market::dutchPrice(start, end, createdAt, endsAt, now);
}

qint64 minimumBid(const Listing &listing)
{
    if (listing.bidCount == 0 || listing.highBid <= 0)
        return listing.startPrice.value_or(1);
    // At least 5% more, rounded up, and never the same amount.
    const qint64 step = (listing.highBid * market::kMinIncrementBps + 9999) / 10'000;
    return listing.highBid + std::max<qint64>(step, 1);
}

qint64 currentPrice(const Listing &listing, qint64 now)
{
    if (listing.soldPrice)
        return *listing.soldPrice;
    switch (listing.kind) {
    case ListingKind::Fixed:
        return listing.price.value_or(0);
    case ListingKind::English:
        return listing.bidCount > 0 ? listing.highBid : listing.startPrice.value_or(0);
    case ListingKind::Dutch:
        return dutchPrice(listing.startPrice.value_or(0), listing.endPrice.value_or(0),
                          listing.createdAt, listing.endsAt.value_or(0),
                          listing.status == ListingStatus::Active ? now
                                                                  : listing.closedAt.value_or(now));
    }
    return 0;
}

qint64 fee(qint64 price, qint64 feeBps)
{
    return price / 10'000 * feeBps + price % 10'000 * feeBps / 10'000;
}

qint64 extendedEnd(qint64 endsAt, qint64 now)
{
    return endsAt - now < market::kExtensionMs ? endsAt + market::kExtensionMs : endsAt;
}

} // namespace marketrules
} // namespace nest::server
