// MarketService::seedDemo: collections, items, a price history and live auctions for --demo.
#include "logging.h"
#include "marketservice.h"
#include "marketstore.h"

#include <QRandomGenerator>

namespace nest::server {
namespace {
struct DemoItem {
    const char *name;
    const char *collection;
    const char *description;
};

const DemoItem kDemoItems[] = {
    {"Heron at Dawn", "Aurora Birds", "A grey heron against a green aurora."},
    {"Kingfisher Arc", "Aurora Birds", "A streak of blue under violet light."},
    {"Snow Owl", "Aurora Birds", "White on white, eyes of amber."},
    {"Swift Formation", "Aurora Birds", "Twelve swifts over a frozen lake."},
    {"Coral Garden 01", "Pixel Reef", "A 64x64 reef, hand-placed pixels."},
    {"Clownfish Loop", "Pixel Reef", "Eight frames of a clownfish at home."},
    {"Kelp Tower", "Pixel Reef", "The tallest kelp in the reef."},
    {"Manta Pass", "Pixel Reef", "A manta ray crossing the screen."},
    {"Glass Harbour", "Glass Cities", "A harbour city blown in glass."},
    {"Prism Bridge", "Glass Cities", "Light split over a river crossing."},
    {"Crystal Market", "Glass Cities", "A square of translucent stalls."},
    {"Lantern Quarter", "Glass Cities", "Streets lit from inside the walls."},
    {"Idle Turbine", "Quiet Machines", "A wind turbine on a windless day."},
    {"Sleeping Crane", "Quiet Machines", "A harbour crane at rest."},
    {"Clockwork Moth", "Quiet Machines", "Brass wings, paper dust."},
    {"Still Loom", "Quiet Machines", "A loom with its last thread."},
};
constexpr qint64 kMinute = 60'000;
constexpr qint64 kDay = 24 * 60 * kMinute;
} // namespace

bool MarketService::seedDemo(const QStringList &userIds, QString *error)
{
    if (m_store.listingCount() > 0 || userIds.size() < 3)
        return true;
    QRandomGenerator rng(20261121);
    const auto realNow = m_options.now;
    const qint64 start = realNow();
    const auto pick = [&](int avoid) {
        int i = int(rng.bounded(int(userIds.size())));
        if (i == avoid)
            i = (i + 1) % int(userIds.size());
        return i;
    };
    const auto fail = [&](const char *what) {
        m_options.now = realNow;
        *error = QStringLiteral("demo market: %1").arg(QLatin1StringView(what));
        return false;
    };
    const auto newItem = [](const DemoItem &d, ListingKind kind) {
        NewListing n;
        n.name = QString::fromUtf8(d.name);
        n.collection = QString::fromUtf8(d.collection);
        n.description = QString::fromUtf8(d.description);
        n.kind = kind;
        return n;
    };
    // A price history through real sales on a clock set back in time, so money stays whole.
    std::vector<std::pair<QString, int>> owned; // item id, owner index
    int itemIndex = 0;
    for (const DemoItem &d : kDemoItems) {
        int owner = itemIndex % int(userIds.size());
        ++itemIndex;
        qint64 at = start - 30 * kDay + qint64(rng.bounded(3 * kDay));
        qint64 price = 5'000 + qint64(rng.bounded(20'000));
        QString itemId;
        const int sales = 3 + int(rng.bounded(5));
        for (int s = 0; s < sales; ++s) {
            m_options.now = [at] { return at; };
            NewListing n = newItem(d, ListingKind::Fixed);
            n.itemId = itemId;
            n.price = price;
            const auto listed = createListing(userIds[owner], n, {});
            const auto *l = std::get_if<Listing>(&listed);
            if (!l)
                return fail("listing");
            itemId = l->item.id;
            const int buyer = pick(owner);
            m_options.now = [at] { return at + 3 * 60 * kMinute; };
            if (!std::holds_alternative<Listing>(buy(userIds[buyer], l->id, std::nullopt, {})))
                return fail("sale");
            owner = buyer;
            at += 2 * kDay + qint64(rng.bounded(3 * kDay));
            price = std::max<qint64>(1'000, price + qint64(rng.bounded(9'000)) - 3'500);
        }
        owned.emplace_back(itemId, owner);
    }
    m_options.now = realNow;

    // Live listings: every item on sale again, one kind after another.
    int n = 0;
    for (const auto &[itemId, owner] : owned) {
        NewListing req;
        req.itemId = itemId;
        req.kind = ListingKind(n % 3);
        const qint64 base = m_store.sales(itemId).back().price;
        switch (req.kind) {
        case ListingKind::Fixed:
            req.price = base + 2'500;
            break;
        case ListingKind::English:
            req.startPrice = base - 1'000;
            req.reserve = base;
            req.endsAt = start + (3 + n * 7) * kMinute;
            break;
        case ListingKind::Dutch:
            req.startPrice = base * 2;
            req.endPrice = base / 2;
            req.endsAt = start + (40 + n * 5) * kMinute;
            break;
        }
        const auto listed = createListing(userIds[owner], req, {});
        const auto *l = std::get_if<Listing>(&listed);
        if (!l)
            return fail("live listing");
        if (req.kind == ListingKind::English) {
            qint64 amount = *req.startPrice;
            int last = -1;
            for (int b = 0; b < 1 + n % 4; ++b) {
                int bidder = pick(owner);
                if (bidder == last) // a bidding war, not somebody raising their own bid
                    bidder = pick(owner) == last ? (last + 1) % int(userIds.size()) : pick(owner);
                if (bidder == owner)
                    bidder = (bidder + 1) % int(userIds.size());
                last = bidder;
                const auto placed = bid(userIds[bidder], l->id, amount, {});
                if (const auto *e = std::get_if<MarketError>(&placed))
                    qCDebug(lcServer) << "demo bid refused:" << e->code;
                amount = amount * 108 / 100;
            }
        } else if (req.kind == ListingKind::Fixed) {
            const int buyer = pick(owner);
            makeOffer(userIds[buyer], l->id, base, start + (20 + n) * kMinute, {});
        }
        ++n;
    }
    qCInfo(lcServer) << "demo market ready:" << m_store.listingCount() << "listings";
    return true;
}

} // namespace nest::server
