#include "marketstore.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

namespace nest::server {
namespace {
bool marketExec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << "market store:" << what << "failed:" << q.lastError().text();
    return false;
}

QVariant nullable(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType::fromType<qint64>());
}

QVariant nullableText(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
}

std::optional<qint64> optionalColumn(const QSqlQuery &q, int column)
{
    const QVariant v = q.value(column);
    return v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
}

const QLatin1StringView kListingColumns(
    "l.id, l.seller_id, l.kind, l.status, l.price, l.start_price, l.end_price, l.reserve,"
    " l.ends_at, l.created_at, l.closed_at, l.buyer_id, l.sold_price, l.high_bid_id,"
    " l.high_bidder_id, l.high_bid, l.bid_count, i.id, i.name, i.collection, i.description,"
    " i.owner_id FROM market_listings l JOIN market_items i ON i.id = l.item_id");

Listing readListing(const QSqlQuery &q)
{
    Listing l;
    l.id = q.value(0).toString();
    l.sellerId = q.value(1).toString();
    l.kind = kindFromName(q.value(2).toString()).value_or(ListingKind::Fixed);
    l.status = statusFromName(q.value(3).toString()).value_or(ListingStatus::Active);
    l.price = optionalColumn(q, 4);
    l.startPrice = optionalColumn(q, 5);
    l.endPrice = optionalColumn(q, 6);
    l.reserve = optionalColumn(q, 7);
    l.endsAt = optionalColumn(q, 8);
    l.createdAt = q.value(9).toLongLong();
    l.closedAt = optionalColumn(q, 10);
    l.buyerId = q.value(11).toString();
    l.soldPrice = optionalColumn(q, 12);
    l.highBidId = q.value(13).toString();
    l.highBidderId = q.value(14).toString();
    l.highBid = q.value(15).toLongLong();
    l.bidCount = q.value(16).toInt();
    l.item = MarketItem{q.value(17).toString(), q.value(18).toString(), q.value(19).toString(),
                        q.value(20).toString(), q.value(21).toString()};
    return l;
}

Offer readOffer(const QSqlQuery &q)
{
    return Offer{q.value(0).toString(),   q.value(1).toString(),   q.value(2).toString(),
                 q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toLongLong(),
                 q.value(6).toString()};
}
} // namespace

bool MarketStore::migrate(QString *error)
{
    return m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS market_items(id TEXT PRIMARY KEY,"
                        " name TEXT NOT NULL, collection TEXT NOT NULL, description TEXT NOT NULL,"
                        " owner_id TEXT NOT NULL, created_at INTEGER NOT NULL)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS market_listings(id TEXT PRIMARY KEY,"
                        " item_id TEXT NOT NULL REFERENCES market_items(id),"
                        " seller_id TEXT NOT NULL, kind TEXT NOT NULL, status TEXT NOT NULL,"
                        " price INTEGER, start_price INTEGER, end_price INTEGER, reserve INTEGER,"
                        " ends_at INTEGER, created_at INTEGER NOT NULL, closed_at INTEGER,"
                        " buyer_id TEXT, sold_price INTEGER, high_bid_id TEXT,"
                        " high_bidder_id TEXT, high_bid INTEGER NOT NULL DEFAULT 0,"
                        " bid_count INTEGER NOT NULL DEFAULT 0)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_listings_due"
                        " ON market_listings(status, ends_at)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_listings_item"
                        " ON market_listings(item_id, status)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS market_bids(id TEXT PRIMARY KEY,"
                        " listing_id TEXT NOT NULL, bidder_id TEXT NOT NULL,"
                        " amount INTEGER NOT NULL, ts INTEGER NOT NULL, status TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_bids_listing"
                        " ON market_bids(listing_id, ts)"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS market_offers(id TEXT PRIMARY KEY,"
                        " listing_id TEXT NOT NULL, buyer_id TEXT NOT NULL,"
                        " amount INTEGER NOT NULL, expires_at INTEGER NOT NULL,"
                        " created_at INTEGER NOT NULL, status TEXT NOT NULL)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_offers_listing"
                        " ON market_offers(listing_id, status)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_offers_due"
                        " ON market_offers(status, expires_at)"),
         // A listing sells at most once: the unique index makes a second winner impossible.
         QStringLiteral("CREATE TABLE IF NOT EXISTS market_sales(id TEXT PRIMARY KEY,"
                        " listing_id TEXT NOT NULL UNIQUE, item_id TEXT NOT NULL,"
                        " seller_id TEXT NOT NULL, buyer_id TEXT NOT NULL,"
                        " price INTEGER NOT NULL, fee INTEGER NOT NULL, ts INTEGER NOT NULL)"),
         QStringLiteral("CREATE INDEX IF NOT EXISTS market_sales_item"
                        " ON market_sales(item_id, ts)")},
        error);
}

bool MarketStore::insertItem(const MarketItem &item, qint64 createdAt)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO market_items(id, name, collection, description,"
                             " owner_id, created_at) VALUES(?,?,?,?,?,?)"));
    q.addBindValue(item.id);
    q.addBindValue(item.name);
    q.addBindValue(item.collection);
    // An empty QString binds as NULL: the column wants text.
    q.addBindValue(item.description.isNull() ? QStringLiteral("") : item.description);
    q.addBindValue(item.ownerId);
    q.addBindValue(createdAt);
    return marketExec(q, "insert item");
}

std::optional<MarketItem> MarketStore::item(const QString &id) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, name, collection, description, owner_id"
                             " FROM market_items WHERE id = ?"));
    q.addBindValue(id);
    if (!marketExec(q, "read item") || !q.next())
        return std::nullopt;
    return MarketItem{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                      q.value(3).toString(), q.value(4).toString()};
}

bool MarketStore::setItemOwner(const QString &itemId, const QString &ownerId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE market_items SET owner_id = ? WHERE id = ?"));
    q.addBindValue(ownerId);
    q.addBindValue(itemId);
    return marketExec(q, "set owner");
}

bool MarketStore::insertListing(const Listing &l)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "INSERT INTO market_listings(id, item_id, seller_id, kind, status, price, start_price,"
        " end_price, reserve, ends_at, created_at) VALUES(?,?,?,?,?,?,?,?,?,?,?)"));
    q.addBindValue(l.id);
    q.addBindValue(l.item.id);
    q.addBindValue(l.sellerId);
    q.addBindValue(kindName(l.kind));
    q.addBindValue(statusName(l.status));
    q.addBindValue(nullable(l.price));
    q.addBindValue(nullable(l.startPrice));
    q.addBindValue(nullable(l.endPrice));
    q.addBindValue(nullable(l.reserve));
    q.addBindValue(nullable(l.endsAt));
    q.addBindValue(l.createdAt);
    return marketExec(q, "insert listing");
}

bool MarketStore::updateListing(const Listing &l)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "UPDATE market_listings SET status = ?, ends_at = ?, closed_at = ?, buyer_id = ?,"
        " sold_price = ?, high_bid_id = ?, high_bidder_id = ?, high_bid = ?, bid_count = ?"
        " WHERE id = ?"));
    q.addBindValue(statusName(l.status));
    q.addBindValue(nullable(l.endsAt));
    q.addBindValue(nullable(l.closedAt));
    q.addBindValue(nullableText(l.buyerId));
    q.addBindValue(nullable(l.soldPrice));
    q.addBindValue(nullableText(l.highBidId));
    q.addBindValue(nullableText(l.highBidderId));
    q.addBindValue(l.highBid);
    q.addBindValue(l.bidCount);
    q.addBindValue(l.id);
    return marketExec(q, "update listing") && q.numRowsAffected() == 1;
}

std::vector<Listing> MarketStore::selectListings(const QString &where,
                                                 const QVariantList &binds) const
{
    std::vector<Listing> out;
    QSqlQuery q(m_db.db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT ") + kListingColumns + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!marketExec(q, "read listings"))
        return out;
    while (q.next())
        out.push_back(readListing(q));
    return out;
}

std::optional<Listing> MarketStore::listing(const QString &id) const
{
    auto rows = selectListings(QStringLiteral(" WHERE l.id = ?"), {id});
    if (rows.empty())
        return std::nullopt;
    return std::move(rows.front());
}

bool MarketStore::hasActiveListing(const QString &itemId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral(
        "SELECT 1 FROM market_listings WHERE item_id = ? AND status = 'active' LIMIT 1"));
    q.addBindValue(itemId);
    return marketExec(q, "find active listing") && q.next();
}

std::vector<Listing> MarketStore::listings(const Filter &filter) const
{
    QStringList conditions;
    QVariantList binds;
    if (filter.status) {
        conditions << QStringLiteral("l.status = ?");
        binds << statusName(*filter.status);
    }
    if (!filter.collection.isEmpty()) {
        conditions << QStringLiteral("i.collection = ?");
        binds << filter.collection;
    }
    if (!filter.query.isEmpty()) {
        // instr() keeps the user's text literal (LIKE would read % and _ as wildcards).
        conditions << QStringLiteral("(instr(lower(i.name), lower(?)) > 0"
                                     " OR instr(lower(i.collection), lower(?)) > 0"
                                     " OR instr(lower(i.description), lower(?)) > 0)");
        binds << filter.query << filter.query << filter.query;
    }
    const QString where =
        conditions.isEmpty() ? QString()
                             : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    return selectListings(where + QStringLiteral(" ORDER BY l.created_at DESC, l.id"), binds);
}

std::vector<Listing> MarketStore::dueListings(qint64 now) const
{
    return selectListings(QStringLiteral(" WHERE l.status = 'active' AND l.ends_at IS NOT NULL"
                                         " AND l.ends_at <= ? ORDER BY l.ends_at"),
                          {now});
}

qint64 MarketStore::listingCount() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM market_listings")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

bool MarketStore::insertBid(const Bid &bid)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO market_bids(id, listing_id, bidder_id, amount, ts,"
                             " status) VALUES(?,?,?,?,?,?)"));
    q.addBindValue(bid.id);
    q.addBindValue(bid.listingId);
    q.addBindValue(bid.bidderId);
    q.addBindValue(bid.amount);
    q.addBindValue(bid.ts);
    q.addBindValue(bid.status);
    return marketExec(q, "insert bid");
}

bool MarketStore::setBidStatus(const QString &bidId, const QString &status)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE market_bids SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(bidId);
    return marketExec(q, "set bid status");
}

std::vector<Bid> MarketStore::bids(const QString &listingId) const
{
    std::vector<Bid> out;
    QSqlQuery q(m_db.db());
    q.prepare(
        QStringLiteral("SELECT id, listing_id, bidder_id, amount, ts, status"
                       " FROM market_bids WHERE listing_id = ? ORDER BY ts DESC, amount DESC"));
    q.addBindValue(listingId);
    if (!marketExec(q, "read bids"))
        return out;
    while (q.next())
        out.push_back(Bid{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                          q.value(3).toLongLong(), q.value(4).toLongLong(), q.value(5).toString()});
    return out;
}

bool MarketStore::insertOffer(const Offer &offer)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO market_offers(id, listing_id, buyer_id, amount,"
                             " expires_at, created_at, status) VALUES(?,?,?,?,?,?,?)"));
    q.addBindValue(offer.id);
    q.addBindValue(offer.listingId);
    q.addBindValue(offer.buyerId);
    q.addBindValue(offer.amount);
    q.addBindValue(offer.expiresAt);
    q.addBindValue(offer.createdAt);
    q.addBindValue(offer.status);
    return marketExec(q, "insert offer");
}

bool MarketStore::setOfferStatus(const QString &offerId, const QString &status)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE market_offers SET status = ? WHERE id = ?"));
    q.addBindValue(status);
    q.addBindValue(offerId);
    return marketExec(q, "set offer status");
}

std::vector<Offer> MarketStore::selectOffers(const QString &where, const QVariantList &binds) const
{
    std::vector<Offer> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, listing_id, buyer_id, amount, expires_at, created_at,"
                             " status FROM market_offers ")
              + where);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    if (!marketExec(q, "read offers"))
        return out;
    while (q.next())
        out.push_back(readOffer(q));
    return out;
}

std::optional<Offer> MarketStore::offer(const QString &id) const
{
    auto rows = selectOffers(QStringLiteral("WHERE id = ?"), {id});
    if (rows.empty())
        return std::nullopt;
    return rows.front();
}

std::vector<Offer> MarketStore::offers(const QString &listingId) const
{
    return selectOffers(QStringLiteral("WHERE listing_id = ? ORDER BY created_at DESC"),
                        {listingId});
}

std::vector<Offer> MarketStore::pendingOffers(const QString &listingId) const
{
    return selectOffers(QStringLiteral("WHERE listing_id = ? AND status = 'pending'"), {listingId});
}

std::vector<Offer> MarketStore::dueOffers(qint64 now) const
{
    return selectOffers(
        QStringLiteral("WHERE status = 'pending' AND expires_at <= ? ORDER BY expires_at"), {now});
}

bool MarketStore::insertSale(const Sale &sale)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO market_sales(id, listing_id, item_id, seller_id,"
                             " buyer_id, price, fee, ts) VALUES(?,?,?,?,?,?,?,?)"));
    q.addBindValue(sale.id);
    q.addBindValue(sale.listingId);
    q.addBindValue(sale.itemId);
    q.addBindValue(sale.sellerId);
    q.addBindValue(sale.buyerId);
    q.addBindValue(sale.price);
    q.addBindValue(sale.fee);
    q.addBindValue(sale.ts);
    return marketExec(q, "insert sale");
}

std::vector<Sale> MarketStore::sales(const QString &itemId) const
{
    std::vector<Sale> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT id, listing_id, item_id, seller_id, buyer_id, price, fee, ts"
                             " FROM market_sales WHERE item_id = ? ORDER BY ts"));
    q.addBindValue(itemId);
    if (!marketExec(q, "read sales"))
        return out;
    while (q.next())
        out.push_back(Sale{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString(), q.value(5).toLongLong(),
                           q.value(6).toLongLong(), q.value(7).toLongLong()});
    return out;
}

qint64 MarketStore::saleCount(const QString &listingId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM market_sales WHERE listing_id = ?"));
    q.addBindValue(listingId);
    if (!marketExec(q, "count sales") || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

std::optional<qint64> MarketStore::nextDeadline() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(
            QStringLiteral("SELECT MIN(t) FROM (SELECT MIN(ends_at) AS t FROM market_listings"
                           " WHERE status = 'active' AND ends_at IS NOT NULL UNION ALL"
                           " SELECT MIN(expires_at) FROM market_offers WHERE status = 'pending')"))
        || !q.next() || q.value(0).isNull())
        return std::nullopt;
    return q.value(0).toLongLong();
}

} // namespace nest::server
