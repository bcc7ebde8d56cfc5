#include "marketservice.h"

#include "base64url.h"
#include "database.h"
#include "ed25519.h"
#include "ids.h"
#include "marketjson.h"
#include "marketstore.h"
#include "paramstore.h"
#include "streamhub.h"
#include "userstore.h"
#include "walletstore.h"

#include <QTimer>

#include <algorithm>

namespace nest::server {
namespace {
constexpr qint64 kMaxDurationMs = 30LL * 24 * 60 * 60 * 1000;

MarketError refuse(int status, const QString &code, const QString &message)
{
    return MarketError{status, code, message, std::nullopt};
}

MarketError notFound(const QString &what)
{
    return refuse(404, QStringLiteral("not_found"), QStringLiteral("no such %1").arg(what));
}

MarketError invalid(const QString &message)
{
    return refuse(400, QStringLiteral("invalid_request"), message);
}

MarketError storageFailed()
{
    return refuse(500, QStringLiteral("internal"), QStringLiteral("the market could not store it"));
}

MarketError insufficientFunds(qint64 need, qint64 have)
{
    return refuse(402, QStringLiteral("insufficient_funds"),
                  QStringLiteral("this needs %1 but the balance is %2").arg(need).arg(have));
}

//! Refusal for an action on a listing that is not open any more (or whose time is up).
std::optional<MarketError> checkOpen(const Listing &l, qint64 now)
{
    if (l.status != ListingStatus::Active)
        return refuse(409,
                      l.kind == ListingKind::Fixed ? QStringLiteral("listing_closed")
                                                   : QStringLiteral("auction_ended"),
                      QStringLiteral("the listing is %1").arg(statusName(l.status)));
    if (l.endsAt && *l.endsAt <= now)
        return refuse(409, QStringLiteral("auction_ended"),
                      QStringLiteral("the auction has ended"));
    return std::nullopt;
}

bool validAmount(const std::optional<qint64> &v)
{
    return v && *v > 0 && *v <= market::kMaxAmount;
}
} // namespace

MarketService::MarketService(MarketStore &store, WalletStore &wallets, UserStore &users,
                             ParamStore &params, StreamHub &hub, MarketOptions options,
                             QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_wallets(wallets)
    , m_users(users)
    , m_params(params)
    , m_hub(hub)
    , m_options(std::move(options))
{
    if (!m_options.now)
        m_options.now = [] { return nowMs(); };
    connect(&m_params, &ParamStore::changed, this, [this](const QString &key, double) {
        if (key == ParamStore::MarketFeeBps)
            m_hub.publish(QStringLiteral("market"), [this] {
                QJsonObject data = configJson();
                data.insert(QStringLiteral("kind"), QStringLiteral("config.changed"));
                return data;
            }());
    });
}

MarketService::~MarketService() = default;

bool MarketService::open(QString *error)
{
    if (!m_store.migrate(error) || !m_wallets.migrate(error))
        return false;
    m_timer = new QTimer(this);
    m_timer->setSingleShot(true);
    m_timer->setTimerType(Qt::PreciseTimer);
    connect(m_timer, &QTimer::timeout, this, [this] { settle(); });
    scheduleSettle();
    return true;
}

qint64 MarketService::now() const
{
    return m_options.now();
}

qint64 MarketService::balance(const QString &userId) const
{
    return m_wallets.balance(userId);
}

QHash<QString, qint64> MarketService::balances()
{
    m_wallets.ensureAll();
    return m_wallets.balances();
}

Wallet MarketService::wallet(const QString &userId)
{
    m_wallets.ensure(userId);
    return m_wallets.wallet(userId);
}

qint64 MarketService::treasury() const
{
    return m_wallets.treasury();
}

MarketService::Totals MarketService::totals() const
{
    const Wallet sums = m_wallets.totals();
    return Totals{sums.balance, sums.escrow, m_wallets.treasury(), m_wallets.issued()};
}

qint64 MarketService::feeBps() const
{
    return m_params.integerValue(ParamStore::MarketFeeBps);
}

QJsonObject MarketService::configJson() const
{
    return QJsonObject{{QStringLiteral("currency"), QString(market::kCurrency)},
                       {QStringLiteral("decimals"), market::kDecimals},
                       {QStringLiteral("fee_bps"), feeBps()},
                       {QStringLiteral("starting_balance"), market::kStartingBalance}};
}

qint64 MarketService::signedListingAmount(const NewListing &listing)
{
    return listing.kind == ListingKind::Fixed ? listing.price.value_or(0)
                                              : listing.startPrice.value_or(0);
}

QByteArray MarketService::canonicalMessage(const QString &action, const QString &listingId,
                                           qint64 amount, const QString &userId,
                                           const QString &idempotencyKey)
{
    return QStringLiteral("nest-market:v1:%1:%2:%3:%4:%5")
        .arg(action, listingId, QString::number(amount), userId, idempotencyKey)
        .toUtf8();
}

std::optional<MarketError> MarketService::checkSignature(const QString &userId,
                                                         const QString &action,
                                                         const QString &listingId, qint64 amount,
                                                         const Signed &sig) const
{
    const auto user = m_users.findById(userId);
    if (!user || user->publicKey.isEmpty())
        return std::nullopt; // nothing to check against: the contract makes it optional then
    const auto publicKey = security::base64url::decode(user->publicKey.toLatin1());
    const auto signature = security::base64url::decode(sig.signature.toLatin1());
    const QByteArray message =
        canonicalMessage(action, listingId, amount, userId, sig.idempotencyKey);
    if (sig.signature.isEmpty() || !publicKey || !signature
        || !security::ed25519::verify(*publicKey, message, *signature))
        return refuse(400, QStringLiteral("bad_signature"),
                      sig.signature.isEmpty()
                          ? QStringLiteral("this account has a public key: the action must be "
                                           "signed")
                          : QStringLiteral("the signature does not match the canonical message"));
    return std::nullopt;
}

MarketResult<Listing> MarketService::createListing(const QString &sellerId, const NewListing &r,
                                                   const Signed &sig)
{
    const qint64 at = now();
    Listing l;
    l.kind = r.kind;
    switch (r.kind) {
    case ListingKind::Fixed:
        if (!validAmount(r.price))
            return invalid(QStringLiteral("a fixed-price listing needs a positive price"));
        l.price = r.price;
        break;
    case ListingKind::English:
        if (!validAmount(r.startPrice))
            return invalid(QStringLiteral("an English auction needs a positive start_price"));
        if (r.reserve && (*r.reserve < 0 || *r.reserve > market::kMaxAmount))
            return invalid(QStringLiteral("reserve must be a non-negative amount"));
        l.startPrice = r.startPrice;
        l.reserve = r.reserve;
        break;
    case ListingKind::Dutch:
        if (!validAmount(r.startPrice) || !validAmount(r.endPrice) || *r.endPrice >= *r.startPrice)
            return invalid(QStringLiteral("a Dutch auction needs start_price > end_price > 0"));
        l.startPrice = r.startPrice;
        l.endPrice = r.endPrice;
        break;
    }
    if (r.kind != ListingKind::Fixed) {
        if (!r.endsAt || *r.endsAt <= at || *r.endsAt > at + kMaxDurationMs)
            return invalid(QStringLiteral("ends_at must be in the future, within 30 days"));
        l.endsAt = r.endsAt;
    }
    if (r.itemId.isEmpty()) {
        if (r.name.trimmed().isEmpty() || r.name.size() > market::kMaxNameChars)
            return invalid(QStringLiteral("item.name must be 1 to 120 characters"));
        if (r.collection.trimmed().isEmpty() || r.collection.size() > market::kMaxCollectionChars)
            return invalid(QStringLiteral("item.collection must be 1 to 80 characters"));
        if (r.description.size() > market::kMaxDescriptionChars)
            return invalid(QStringLiteral("item.description must be at most 2000 characters"));
    }
    if (auto bad = checkSignature(sellerId, QStringLiteral("list"), QStringLiteral("new"),
                                  signedListingAmount(r), sig))
        return *bad;

    Transaction tx(m_store.database().db());
    if (r.itemId.isEmpty()) {
        l.item = MarketItem{newId(QStringLiteral("it_")), r.name.trimmed(), r.collection.trimmed(),
                            r.description, sellerId};
        if (!m_store.insertItem(l.item, at))
            return storageFailed();
    } else {
        const auto item = m_store.item(r.itemId);
        if (!item)
            return notFound(QStringLiteral("item"));
        if (item->ownerId != sellerId)
            return refuse(403, QStringLiteral("not_owner"),
                          QStringLiteral("you do not own this item"));
        if (m_store.hasActiveListing(item->id))
            return refuse(409, QStringLiteral("item_listed"),
                          QStringLiteral("this item is already listed"));
        l.item = *item;
    }
    l.id = newId(QStringLiteral("l_"));
    l.sellerId = sellerId;
    l.createdAt = at;
    if (!m_wallets.ensure(sellerId) || !m_store.insertListing(l) || !tx.commit())
        return storageFailed();
    publishListing(QStringLiteral("listing.created"), l);
    scheduleSettle();
    return l;
}

MarketResult<Listing> MarketService::buy(const QString &buyerId, const QString &listingId,
                                         std::optional<qint64> maxAmount, const Signed &sig)
{
    const qint64 at = now();
    Transaction tx(m_store.database().db());
    auto l = m_store.listing(listingId);
    if (!l)
        return notFound(QStringLiteral("listing"));
    if (auto closed = checkOpen(*l, at))
        return *closed;
    if (l->kind == ListingKind::English)
        return refuse(409, QStringLiteral("wrong_kind"),
                      QStringLiteral("an English auction is won by bidding"));
    if (l->sellerId == buyerId)
        return refuse(403, QStringLiteral("own_listing"),
                      QStringLiteral("this is your own listing"));
    const qint64 price = marketrules::currentPrice(*l, at);
    if (maxAmount && *maxAmount < price)
        return refuse(409, QStringLiteral("price_changed"),
                      QStringLiteral("the price is now %1, above the %2 you agreed to")
                          .arg(price)
                          .arg(*maxAmount));
    if (auto bad =
            checkSignature(buyerId, QStringLiteral("buy"), l->id, maxAmount.value_or(price), sig))
        return *bad;
    if (!m_wallets.ensure(buyerId))
        return storageFailed();
    const qint64 have = m_wallets.balance(buyerId);
    if (have < price)
        return insufficientFunds(price, have);
    Sale sale;
    if (!completeSale(*l, buyerId, price, false, at, &sale) || !tx.commit())
        return storageFailed();
    publishSale(sale, *l);
    scheduleSettle();
    return *l;
}

MarketResult<Bid> MarketService::bid(const QString &bidderId, const QString &listingId,
                                     qint64 amount, const Signed &sig)
{
    const qint64 at = now();
    Transaction tx(m_store.database().db());
    auto l = m_store.listing(listingId);
    if (!l)
        return notFound(QStringLiteral("listing"));
    if (auto closed = checkOpen(*l, at))
        return *closed;
    if (l->kind != ListingKind::English)
        return refuse(409, QStringLiteral("wrong_kind"),
                      QStringLiteral("only English auctions take bids"));
    if (l->sellerId == bidderId)
        return refuse(403, QStringLiteral("own_listing"),
                      QStringLiteral("this is your own listing"));
    if (amount <= 0 || amount > market::kMaxAmount)
        return invalid(QStringLiteral("amount must be a positive number of minor units"));
    const qint64 least = marketrules::minimumBid(*l);
    if (amount < least) {
        MarketError e = refuse(
            409, QStringLiteral("bid_too_low"),
            l->bidCount > 0 ? QStringLiteral("outbid: the next bid must be at least %1").arg(least)
                            : QStringLiteral("the first bid must be at least %1").arg(least));
        e.minAmount = least;
        return e;
    }
    if (auto bad = checkSignature(bidderId, QStringLiteral("bid"), l->id, amount, sig))
        return *bad;
    if (!m_wallets.ensure(bidderId))
        return storageFailed();
    // A leading bidder who raises gets the previous escrow back first.
    const QString previousBidder = l->highBidderId;
    if (!l->highBidId.isEmpty()) {
        if (!m_wallets.release(l->highBidderId, l->highBid)
            || !m_store.setBidStatus(l->highBidId, QStringLiteral("outbid")))
            return storageFailed();
    }
    const qint64 have = m_wallets.balance(bidderId);
    if (!m_wallets.hold(bidderId, amount))
        return insufficientFunds(amount, have); // the transaction rolls the release back
    const Bid b{newId(QStringLiteral("b_")), l->id, bidderId, amount, at,
                QStringLiteral("leading")};
    l->highBidId = b.id;
    l->highBidderId = bidderId;
    l->highBid = amount;
    l->bidCount += 1;
    l->endsAt = marketrules::extendedEnd(*l->endsAt, at);
    if (!m_store.insertBid(b) || !m_store.updateListing(*l) || !tx.commit())
        return storageFailed();
    QJsonObject data{{QStringLiteral("kind"), QStringLiteral("bid.placed")},
                     {QStringLiteral("bid"), bidToJson(b)},
                     {QStringLiteral("listing"), listingToJson(*l, at)}};
    if (!previousBidder.isEmpty() && previousBidder != bidderId)
        data.insert(QStringLiteral("outbid_id"), previousBidder);
    m_hub.publish(QStringLiteral("market"), data);
    scheduleSettle();
    return b;
}

MarketResult<Offer> MarketService::makeOffer(const QString &buyerId, const QString &listingId,
                                             qint64 amount, qint64 expiresAt, const Signed &sig)
{
    const qint64 at = now();
    Transaction tx(m_store.database().db());
    const auto l = m_store.listing(listingId);
    if (!l)
        return notFound(QStringLiteral("listing"));
    if (auto closed = checkOpen(*l, at))
        return *closed;
    if (l->kind == ListingKind::English)
        return refuse(409, QStringLiteral("wrong_kind"),
                      QStringLiteral("an English auction takes bids, not offers"));
    if (l->sellerId == buyerId)
        return refuse(403, QStringLiteral("own_listing"),
                      QStringLiteral("this is your own listing"));
    if (amount <= 0 || amount > market::kMaxAmount)
        return invalid(QStringLiteral("amount must be a positive number of minor units"));
    if (expiresAt <= at || expiresAt > at + kMaxDurationMs)
        return invalid(QStringLiteral("expires_at must be in the future, within 30 days"));
    if (auto bad = checkSignature(buyerId, QStringLiteral("offer"), l->id, amount, sig))
        return *bad;
    if (!m_wallets.ensure(buyerId))
        return storageFailed();
    const qint64 have = m_wallets.balance(buyerId);
    if (!m_wallets.hold(buyerId, amount))
        return insufficientFunds(amount, have);
    const Offer o{newId(QStringLiteral("o_")), l->id, buyerId, amount, expiresAt, at,
                  QStringLiteral("pending")};
    if (!m_store.insertOffer(o) || !tx.commit())
        return storageFailed();
    m_hub.publish(QStringLiteral("market"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("offer.made")},
                              {QStringLiteral("offer"), offerToJson(o)},
                              {QStringLiteral("listing"), listingToJson(*l, at)}});
    scheduleSettle();
    return o;
}

MarketResult<Listing> MarketService::acceptOffer(const QString &sellerId, const QString &offerId)
{
    const qint64 at = now();
    Transaction tx(m_store.database().db());
    auto o = m_store.offer(offerId);
    if (!o)
        return notFound(QStringLiteral("offer"));
    auto l = m_store.listing(o->listingId);
    if (!l)
        return notFound(QStringLiteral("listing"));
    if (l->sellerId != sellerId)
        return refuse(403, QStringLiteral("not_seller"),
                      QStringLiteral("only the seller accepts offers"));
    if (o->status != QLatin1StringView("pending") || o->expiresAt <= at)
        return refuse(409, QStringLiteral("offer_closed"),
                      o->status == QLatin1StringView("pending")
                          ? QStringLiteral("the offer has expired")
                          : QStringLiteral("the offer is %1").arg(o->status));
    if (auto closed = checkOpen(*l, at))
        return *closed;
    Sale sale;
    if (!m_store.setOfferStatus(o->id, QStringLiteral("accepted"))
        || !completeSale(*l, o->buyerId, o->amount, true, at, &sale) || !tx.commit())
        return storageFailed();
    o->status = QStringLiteral("accepted");
    m_hub.publish(QStringLiteral("market"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("offer.accepted")},
                              {QStringLiteral("offer"), offerToJson(*o)},
                              {QStringLiteral("listing"), listingToJson(*l, at)}});
    publishSale(sale, *l);
    scheduleSettle();
    return *l;
}

MarketResult<Listing> MarketService::cancel(const QString &sellerId, const QString &listingId)
{
    const qint64 at = now();
    Transaction tx(m_store.database().db());
    auto l = m_store.listing(listingId);
    if (!l)
        return notFound(QStringLiteral("listing"));
    if (l->sellerId != sellerId)
        return refuse(403, QStringLiteral("not_seller"),
                      QStringLiteral("only the seller cancels a listing"));
    if (l->status != ListingStatus::Active)
        return refuse(409, QStringLiteral("listing_closed"),
                      QStringLiteral("the listing is already %1").arg(statusName(l->status)));
    if (l->bidCount > 0)
        return refuse(409, QStringLiteral("has_bids"),
                      QStringLiteral("an auction cannot be cancelled once it has a bid"));
    l->status = ListingStatus::Cancelled;
    l->closedAt = at;
    if (!declineOffers(l->id, {}) || !m_store.updateListing(*l) || !tx.commit())
        return storageFailed();
    publishListing(QStringLiteral("listing.cancelled"), *l);
    scheduleSettle();
    return *l;
}

std::optional<Listing> MarketService::listing(const QString &id) const
{
    return m_store.listing(id);
}

std::vector<Bid> MarketService::bids(const QString &listingId) const
{
    return m_store.bids(listingId);
}

std::vector<Offer> MarketService::offers(const QString &listingId) const
{
    return m_store.offers(listingId);
}

std::vector<Sale> MarketService::history(const QString &itemId) const
{
    return m_store.sales(itemId);
}

std::optional<MarketItem> MarketService::item(const QString &itemId) const
{
    return m_store.item(itemId);
}

std::vector<Listing> MarketService::listings(const Query &query) const
{
    std::vector<Listing> rows =
        m_store.listings(MarketStore::Filter{query.status, query.collection, query.text});
    const qint64 at = now();
    // Prices of Dutch auctions move with time: filter and sort on the price of this moment.
    std::vector<std::pair<qint64, Listing>> priced;
    priced.reserve(rows.size());
    for (Listing &l : rows) {
        const qint64 price = marketrules::currentPrice(l, at);
        if ((query.minPrice && price < *query.minPrice)
            || (query.maxPrice && price > *query.maxPrice))
            continue;
        priced.emplace_back(price, std::move(l));
    }
    const auto byId = [](const Listing &a, const Listing &b) { return a.id < b.id; };
    if (query.sort == QLatin1StringView("price") || query.sort == QLatin1StringView("-price")) {
        const bool desc = query.sort.startsWith(u'-');
        std::stable_sort(priced.begin(), priced.end(), [&](const auto &a, const auto &b) {
            if (a.first != b.first)
                return desc ? a.first > b.first : a.first < b.first;
            return byId(a.second, b.second);
        });
    } else if (query.sort == QLatin1StringView("ends_at")) {
        // Listings without an end (fixed price) come last.
        std::stable_sort(priced.begin(), priced.end(), [](const auto &a, const auto &b) {
            const qint64 ea = a.second.endsAt.value_or(std::numeric_limits<qint64>::max());
            const qint64 eb = b.second.endsAt.value_or(std::numeric_limits<qint64>::max());
            return ea < eb;
        });
    }
    std::vector<Listing> out;
    out.reserve(priced.size());
    for (auto &p : priced)
        out.push_back(std::move(p.second));
    return out;
}

} // namespace nest::server
