// MarketService: sales, the settle pass that closes auctions and offers on time, and publishing.
#include "database.h"
#include "ids.h"
#include "logging.h"
#include "marketjson.h"
#include "marketservice.h"
#include "marketstore.h"
#include "streamhub.h"
#include "walletstore.h"

#include <QTimer>

namespace nest::server {

bool MarketService::completeSale(Listing &l, const QString &buyerId, qint64 price, bool fromEscrow,
                                 qint64 at, Sale *sale)
{
    // The fee of the moment of sale: governance may have changed it since the listing began.
    const qint64 fee = marketrules::fee(price, feeBps());
    if (!m_wallets.ensure(l.sellerId)
        || !m_wallets.pay(buyerId, l.sellerId, price, fee, fromEscrow))
        return false;
    *sale = Sale{newId(QStringLiteral("s_")), l.id, l.item.id, l.sellerId, buyerId, price, fee, at};
    l.status = ListingStatus::Sold;
    l.closedAt = at;
    l.buyerId = buyerId;
    l.soldPrice = price;
    return m_store.insertSale(*sale) && m_store.setItemOwner(l.item.id, buyerId)
           && declineOffers(l.id, {}) && m_store.updateListing(l);
}

bool MarketService::declineOffers(const QString &listingId, const QString &exceptOfferId)
{
    for (const Offer &o : m_store.pendingOffers(listingId)) {
        if (o.id == exceptOfferId)
            continue;
        if (!m_wallets.release(o.buyerId, o.amount)
            || !m_store.setOfferStatus(o.id, QStringLiteral("declined")))
            return false;
    }
    return true;
}

void MarketService::publishListing(const QString &kind, const Listing &listing)
{
    m_hub.publish(QStringLiteral("market"),
                  QJsonObject{{QStringLiteral("kind"), kind},
                              {QStringLiteral("listing"), listingToJson(listing, now())}});
}

void MarketService::publishSale(const Sale &sale, const Listing &listing)
{
    m_hub.publish(QStringLiteral("market"),
                  QJsonObject{{QStringLiteral("kind"), QStringLiteral("sale")},
                              {QStringLiteral("sale"), saleToJson(sale)},
                              {QStringLiteral("listing"), listingToJson(listing, now())}});
    publishListing(QStringLiteral("listing.updated"), listing);
}

void MarketService::scheduleSettle()
{
    if (!m_timer || !m_options.autoSettle)
        return;
    const auto deadline = m_store.nextDeadline();
    if (!deadline) {
        m_timer->stop();
        return;
    }
    const qint64 wait = std::clamp<qint64>(*deadline - now(), 0, m_options.maxSettleDelayMs);
    m_timer->start(int(wait));
}

int MarketService::settle()
{
    if (m_settling)
        return 0;
    m_settling = true;
    const qint64 at = now();
    int closed = 0;
    bool failed = false;
    for (Listing l : m_store.dueListings(at)) {
        Transaction tx(m_store.database().db());
        std::optional<Sale> sale;
        const bool reserveMet = l.bidCount > 0 && l.highBid >= l.reserve.value_or(0);
        bool ok = true;
        if (l.kind == ListingKind::English && reserveMet) {
            Sale s;
            // The sale happens at the auction's end, whenever the pass runs.
            ok = m_store.setBidStatus(l.highBidId, QStringLiteral("won"))
                 && completeSale(l, l.highBidderId, l.highBid, true, *l.endsAt, &s);
            sale = s;
        } else {
            if (!l.highBidId.isEmpty())
                ok = m_wallets.release(l.highBidderId, l.highBid)
                     && m_store.setBidStatus(l.highBidId, QStringLiteral("released"));
            l.status = ListingStatus::Expired;
            l.closedAt = *l.endsAt;
            ok = ok && declineOffers(l.id, {}) && m_store.updateListing(l);
        }
        if (!ok || !tx.commit()) {
            qCWarning(lcServer) << "market: could not settle listing" << l.id;
            failed = true;
            continue;
        }
        ++closed;
        if (sale)
            publishSale(*sale, l);
        else
            publishListing(QStringLiteral("listing.updated"), l);
    }
    for (Offer o : m_store.dueOffers(at)) {
        Transaction tx(m_store.database().db());
        if (!m_wallets.release(o.buyerId, o.amount)
            || !m_store.setOfferStatus(o.id, QStringLiteral("expired")) || !tx.commit()) {
            qCWarning(lcServer) << "market: could not expire offer" << o.id;
            failed = true;
            continue;
        }
        ++closed;
        o.status = QStringLiteral("expired");
        m_hub.publish(QStringLiteral("market"),
                      QJsonObject{{QStringLiteral("kind"), QStringLiteral("offer.expired")},
                                  {QStringLiteral("offer"), offerToJson(o)}});
    }
    m_settling = false;
    if (failed && m_timer && m_options.autoSettle)
        m_timer->start(1000); // retry later rather than spin on a row that keeps failing
    else
        scheduleSettle();
    return closed;
}

} // namespace nest::server
