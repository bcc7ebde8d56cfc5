#include "marketcontroller.h"

#include "apiclient.h"
#include "listingsmodel.h"
#include "marketapi.h"
#include "marketparse.h"
#include "marketview.h"
#include "streamclient.h"
#include "userkeys.h"
#include "viewcache.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QUuid>

namespace nest::desktop {
namespace {
constexpr int kMaxPages = 10; //!< 2,000 listings: the view holds the market's recent history
constexpr auto kMarketTopic = QLatin1StringView("market");

qint64 localNow()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

MarketController::MarketController(client::ApiClient &api, client::StreamClient &stream,
                                   client::UserKeys &keys, client::Outbox &outbox,
                                   ui::MarketView &view, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_keys(keys)
    , m_view(view)
    , m_actions(outbox)
{
    // Bursts of events (a bidding war) cost one wallet and one detail request each.
    m_walletTimer.setSingleShot(true);
    m_walletTimer.setInterval(150);
    connect(&m_walletTimer, &QTimer::timeout, this, &MarketController::refreshWallet);
    m_detailTimer.setSingleShot(true);
    m_detailTimer.setInterval(150);
    connect(&m_detailTimer, &QTimer::timeout, this, &MarketController::refreshDetail);
    connect(&m_stream, &client::StreamClient::eventsReceived, this, &MarketController::onEvents);
    connect(&m_stream, &client::StreamClient::resetRequired, this, [this](const QString &topic) {
        if (m_active && topic == kMarketTopic)
            reload();
    });
    connect(&m_stream, &client::StreamClient::stateChanged, this,
            [this](client::StreamClient::State state) {
                if (m_active && (m_fromCache || m_unreachable)
                    && state == client::StreamClient::State::Live)
                    reload(); // the server is back: fresh listings replace the cached ones
            });
    connect(&m_view, &ui::MarketView::listingSelected, this, &MarketController::loadDetail);
    connect(&m_view, &ui::MarketView::buyRequested, this, &MarketController::buy);
    connect(&m_view, &ui::MarketView::bidRequested, this, &MarketController::bid);
    connect(&m_view, &ui::MarketView::offerRequested, this, &MarketController::offer);
    connect(&m_view, &ui::MarketView::acceptRequested, this, &MarketController::accept);
    connect(&m_view, &ui::MarketView::cancelRequested, this, &MarketController::cancel);
    connect(&m_view, &ui::MarketView::createRequested, this, &MarketController::create);
}

void MarketController::activate(const QString &userId)
{
    m_active = true;
    m_userId = userId;
    m_view.setCurrentUser(userId);
    reload();
}

void MarketController::deactivate()
{
    m_active = false;
    m_actions.forget();
    ++m_generation;
    m_userId.clear();
    m_biddedOn.clear();
    m_bestRtt = -1;
    m_loaded = m_unreachable = m_fromCache = false;
    m_snapshotJson = {};
    m_view.setListings({});
    m_view.setWallet({});
    m_view.showNotice(QString());
}

void MarketController::setViewCache(ViewCache *cache)
{
    m_viewCache = cache;
    connect(cache, &ViewCache::ready, this, [this] {
        if (m_active && m_unreachable && !m_loaded)
            showCached();
    });
}

void MarketController::showCached()
{
    const auto snapshot =
        m_viewCache ? m_viewCache->load(QStringLiteral("listings")) : std::nullopt;
    if (!snapshot)
        return;
    QList<market::Listing> listings;
    for (const QJsonObject &item : snapshot->items) {
        if (auto l = client::marketparse::listing(item))
            listings.append(*l);
    }
    m_fromCache = true;
    m_view.setListings(listings);
    m_view.showNotice(ViewCache::offlineNotice(snapshot->saved));
}

void MarketController::reload()
{
    if (!m_active)
        return;
    const quint64 generation = ++m_generation;
    m_loading = true;
    m_duringLoad.clear();
    m_snapshotFrom = 0;
    client::ApiJob *config = client::marketapi::config(m_api);
    connect(config, &client::ApiJob::finished, this, [this, config, generation] {
        if (generation != m_generation || !config->isOk())
            return;
        m_config = *client::marketparse::config(config->json());
        m_view.setConfig(m_config);
    });
    refreshWallet();
    loadPage(QString(), {}, generation);
}

void MarketController::loadPage(const QString &cursor, QList<market::Listing> collected,
                                quint64 generation)
{
    const qint64 sentAt = localNow();
    const bool first = cursor.isEmpty();
    if (first)
        m_snapshotJson = {};
    client::ApiJob *job = client::marketapi::listings(m_api, cursor);
    connect(job, &client::ApiJob::finished, this,
            [this, job, sentAt, generation, first, collected = std::move(collected)]() mutable {
                if (generation != m_generation)
                    return;
                if (!job->isOk()) {
                    if (first && ViewCache::isUnreachable(job->error())) {
                        m_unreachable = true;
                        showCached(); // what the user last saw, said to be so
                    }
                    return;
                }
                const QJsonObject json = job->json();
                measureOffset(json.value(u"server_time").toInteger(), sentAt, localNow());
                if (m_snapshotFrom == 0)
                    m_snapshotFrom = json.value(u"server_time").toInteger();
                for (const QJsonValue item : json.value(u"items").toArray()) {
                    if (auto l = client::marketparse::listing(item.toObject())) {
                        if (l->highBidderId == m_userId)
                            m_biddedOn.insert(l->id);
                        collected.append(*l);
                        m_snapshotJson.append(item);
                    }
                }
                const QString next = json.value(u"next_cursor").toString();
                if (!next.isEmpty() && collected.size() < kMaxPages * 200) {
                    loadPage(next, std::move(collected), generation);
                    return;
                }
                QSet<QString> inSnapshot;
                for (const market::Listing &l : std::as_const(collected))
                    inSnapshot.insert(l.id);
                m_view.setListings(collected);
                m_loaded = true;
                m_unreachable = false;
                if (std::exchange(m_fromCache, false))
                    m_view.showNotice(QString());
                if (m_viewCache)
                    m_viewCache->save(QStringLiteral("listings"),
                                      std::exchange(m_snapshotJson, {}));
                // Changes published after the snapshot was taken, and listings it cannot have
                // held, arrived meanwhile: they would be lost under the snapshot.
                QList<market::Listing> newer;
                for (const auto &[ts, l] : std::as_const(m_duringLoad)) {
                    if (ts >= m_snapshotFrom || !inSnapshot.contains(l.id))
                        newer.append(l);
                }
                m_duringLoad.clear();
                m_loading = false;
                if (!newer.isEmpty())
                    m_view.applyListings(newer);
            });
}

void MarketController::measureOffset(qint64 serverTime, qint64 sentAt, qint64 receivedAt)
{
    if (serverTime <= 0)
        return;
    const qint64 rtt = receivedAt - sentAt;
    // The answer was made about halfway through the round trip; the shortest trip is the best
    // estimate, but an old sample must not pin a clock that has since been corrected.
    if (m_bestRtt >= 0 && rtt > m_bestRtt * 2 + 50)
        return;
    if (m_bestRtt < 0 || rtt < m_bestRtt)
        m_bestRtt = rtt;
    m_offset = serverTime - (sentAt + rtt / 2);
    m_view.setServerOffset(m_offset);
}

void MarketController::refreshWallet()
{
    if (!m_active)
        return;
    const quint64 generation = m_generation;
    client::ApiJob *job = client::marketapi::wallet(m_api);
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation || !job->isOk())
            return;
        m_wallet = *client::marketparse::wallet(job->json());
        m_view.setWallet(m_wallet);
    });
}

void MarketController::refreshDetail()
{
    const QString id = m_view.selectedListingId();
    if (!id.isEmpty())
        loadDetail(id);
}

void MarketController::loadDetail(const QString &listingId)
{
    if (!m_active || listingId.isEmpty())
        return;
    const qint64 sentAt = localNow();
    client::ApiJob *job = client::marketapi::listing(m_api, listingId);
    connect(job, &client::ApiJob::finished, this, [this, job, sentAt] {
        if (!job->isOk())
            return;
        measureOffset(job->json().value(u"server_time").toInteger(), sentAt, localNow());
        const auto detail = client::marketparse::detail(job->json());
        m_view.applyListing(detail->listing);
        m_view.setDetail(*detail);
        const QString itemId = detail->listing.itemId;
        client::ApiJob *history = client::marketapi::history(m_api, itemId);
        connect(history, &client::ApiJob::finished, this, [this, history, itemId] {
            if (history->isOk())
                m_view.setHistory(itemId, client::marketparse::history(history->json()));
        });
    });
}

void MarketController::onEvents(const QList<client::StreamEvent> &events)
{
    if (!m_active)
        return;
    const QByteArray me = m_userId.toUtf8();
    for (const client::StreamEvent &event : events) {
        if (event.topic != kMarketTopic)
            continue;
        onMarketEvent(QJsonDocument::fromJson(event.data).object(), event.ts);
        if (!me.isEmpty() && event.data.contains(me))
            m_walletTimer.start(); // our money may have moved
    }
    if (!m_batch.isEmpty()) {
        m_view.applyListings(m_batch);
        m_batch.clear();
    }
}

void MarketController::onMarketEvent(const QJsonObject &data, qint64 ts)
{
    const QString kind = data.value(u"kind").toString();
    if (kind == u"config.changed") {
        if (const auto config = client::marketparse::config(data)) {
            m_config = *config;
            m_view.setConfig(m_config);
        }
        return;
    }
    const auto listing = client::marketparse::listing(data.value(u"listing").toObject());
    if (kind == u"bid.placed" && listing) {
        if (data.value(u"outbid_id").toString() == m_userId)
            notify(tr("Outbid"),
                   tr("You were outbid on \u201c%1\u201d: the leading bid is now %2.")
                       .arg(listing->name, market::formatMoney(listing->currentPrice, m_config)));
        if (data.value(u"bid").toObject().value(u"bidder_id").toString() == m_userId)
            m_biddedOn.insert(listing->id);
    }
    if (listing && listing->status != market::Status::Active && listing->kind != market::Kind::Fixed
        && kind == u"listing.updated") {
        const bool inIt = m_biddedOn.contains(listing->id);
        const bool selling = listing->sellerId == m_userId;
        const QString price = market::formatMoney(listing->currentPrice, m_config);
        if (inIt && m_biddedOn.remove(listing->id)) {
            if (listing->buyerId == m_userId)
                notify(tr("Auction won"),
                       tr("You won \u201c%1\u201d for %2.").arg(listing->name, price));
            else
                notify(tr("Auction ended"),
                       tr("The auction for \u201c%1\u201d has ended; another bidder won it.")
                           .arg(listing->name));
        } else if (selling && listing->status == market::Status::Sold) {
            notify(tr("Auction ended"),
                   tr("\u201c%1\u201d sold for %2.").arg(listing->name, price));
        } else if (selling && listing->status == market::Status::Expired) {
            notify(tr("Auction ended"),
                   tr("\u201c%1\u201d ended without a sale.").arg(listing->name));
        }
    }
    if (listing) {
        m_batch.append(*listing);
        if (m_loading)
            m_duringLoad.append({ts, *listing});
        if (listing->id == m_view.selectedListingId())
            m_detailTimer.start(); // bids and offers of the open detail
    } else if (kind.startsWith(u"offer.")) {
        const QString listingId = data.value(u"offer").toObject().value(u"listing_id").toString();
        if (listingId == m_view.selectedListingId())
            m_detailTimer.start();
    }
}

void MarketController::notify(const QString &title, const QString &text)
{
    m_view.showNotice(text);
    Q_EMIT notification(title, text);
}

void MarketController::signedAction(
    const QString &action, const QString &listingId, qint64 amount,
    std::function<client::WriteRequest(const QString &, const QString &)> request,
    const QString &summary, const QString &done)
{
    const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString message =
        client::marketapi::canonicalMessage(action, listingId, amount, m_userId, key);
    m_view.setBusy(true);
    m_view.showNotice(tr("Signing and sending\u2026"));
    const quint64 generation = m_generation;
    m_keys.sign(message, [this, request = std::move(request), key, summary, done, listingId,
                          generation](const QString &signature, const QString &error) {
        if (generation != m_generation)
            return;
        if (signature.isEmpty()) {
            m_view.setBusy(false);
            m_view.showError(tr("This action was not sent: it could not be signed. %1").arg(error));
            return;
        }
        // The outbox keeps these exact bytes and this key for every attempt: the signature
        // covers the key, so a retry is the same signed action, applied once.
        queue(request(signature, key), summary, done, listingId);
    });
}

void MarketController::queue(const client::WriteRequest &request, const QString &summary,
                             const QString &done, const QString &listingId)
{
    m_view.setBusy(true);
    OutboxActions::Handlers handlers;
    handlers.done = [this, done](const QJsonObject &answer) {
        m_view.setBusy(false);
        m_view.showNotice(done);
        if (const auto listing = client::marketparse::listing(answer))
            m_view.applyListing(*listing);
        else if (const auto l = client::marketparse::listing(answer.value(u"listing").toObject()))
            m_view.applyListing(*l);
        refreshWallet();
        refreshDetail();
    };
    handlers.refused = [this, listingId](const client::ApiError &error) {
        m_view.setBusy(false);
        explain(error, listingId);
        refreshWallet();
        refreshDetail();
    };
    handlers.queued = [this] {
        m_view.setBusy(false);
        m_view.showNotice(OutboxActions::queuedText());
    };
    if (!m_actions.submit(request, summary, std::move(handlers))) {
        m_view.setBusy(false);
        m_view.showError(tr("This action was not sent: you are signed out."));
    }
}

QString MarketController::listingName(const QString &listingId) const
{
    const int row = m_view.model().rowOf(listingId);
    return row >= 0 ? m_view.model().at(row).name : listingId;
}

void MarketController::explain(const client::ApiError &error, const QString &listingId)
{
    const QString code = error.code;
    if (code == u"bid_too_low") {
        // The minimum moved (someone else bid first): fetch it and say what it is now.
        client::ApiJob *job = client::marketapi::listing(m_api, listingId);
        connect(job, &client::ApiJob::finished, this, [this, job] {
            const auto d = job->isOk() ? client::marketparse::detail(job->json()) : std::nullopt;
            if (d && d->listing.minBid)
                m_view.showError(tr("Outbid: your bid is below the minimum. The next bid must be "
                                    "at least %1.")
                                     .arg(market::formatMoney(*d->listing.minBid, m_config)));
            else
                m_view.showError(tr("Outbid: your bid is below the minimum."));
        });
        return;
    }
    QString text;
    if (code == u"insufficient_funds")
        text = tr("Not enough funds: your balance is %1 (%2 more is held in escrow).")
                   .arg(market::formatMoney(m_wallet.balance, m_config),
                        market::formatMoney(m_wallet.escrow, m_config));
    else if (code == u"auction_ended")
        text = tr("This auction has ended.");
    else if (code == u"listing_closed")
        text = tr("This listing is no longer on sale.");
    else if (code == u"price_changed")
        text = tr("The price changed before your order arrived. Check it and try again.");
    else if (code == u"has_bids")
        text = tr("An auction cannot be cancelled once someone has bid on it.");
    else if (code == u"offer_closed")
        text = tr("This offer is no longer open: it was accepted, declined or has expired.");
    else if (code == u"own_listing")
        text = tr("You cannot buy, bid on or make an offer for your own listing.");
    else if (code == u"not_seller")
        text = tr("Only the seller can do that.");
    else if (code == u"bad_signature")
        text = tr("The server refused this action's signature. Your signing key may have been "
                  "replaced on another computer; try again.");
    else if (code == u"wrong_kind")
        text = tr("This kind of listing does not allow that.");
    else
        text = client::describe(error);
    m_view.showError(text);
}

void MarketController::buy(const QString &listingId, qint64 amount)
{
    signedAction(
        QStringLiteral("buy"), listingId, amount,
        [listingId, amount](const QString &signature, const QString &key) {
            return client::marketapi::buyRequest(listingId, amount, signature, key);
        },
        tr("Buy \u201c%1\u201d for up to %2")
            .arg(listingName(listingId), market::formatMoney(amount, m_config)),
        tr("Bought. The item is yours."));
}

void MarketController::bid(const QString &listingId, qint64 amount)
{
    signedAction(
        QStringLiteral("bid"), listingId, amount,
        [this, listingId, amount](const QString &signature, const QString &key) {
            m_biddedOn.insert(listingId);
            return client::marketapi::bidRequest(listingId, amount, signature, key);
        },
        tr("Bid %1 on \u201c%2\u201d")
            .arg(market::formatMoney(amount, m_config), listingName(listingId)),
        tr("Your bid of %1 leads.").arg(market::formatMoney(amount, m_config)));
}

void MarketController::offer(const QString &listingId, qint64 amount, qint64 expiresInMs)
{
    const qint64 expiresAt = localNow() + m_offset + expiresInMs;
    signedAction(
        QStringLiteral("offer"), listingId, amount,
        [listingId, amount, expiresAt](const QString &signature, const QString &key) {
            return client::marketapi::offerRequest(listingId, amount, expiresAt, signature, key);
        },
        tr("Offer %1 for \u201c%2\u201d")
            .arg(market::formatMoney(amount, m_config), listingName(listingId)),
        tr("Offer of %1 made; it is held in escrow until it is accepted or expires.")
            .arg(market::formatMoney(amount, m_config)));
}

void MarketController::accept(const QString &offerId)
{
    const QString listingId = m_view.selectedListingId();
    queue(client::marketapi::acceptOfferRequest(offerId),
          tr("Accept an offer for \u201c%1\u201d").arg(listingName(listingId)),
          tr("Offer accepted: the item is sold."), listingId);
}

void MarketController::cancel(const QString &listingId)
{
    queue(client::marketapi::cancelRequest(listingId),
          tr("Cancel the listing \u201c%1\u201d").arg(listingName(listingId)),
          tr("Listing cancelled."), listingId);
}

void MarketController::create(const ui::ListingDraft &draft)
{
    client::marketapi::NewListing l;
    l.name = draft.name;
    l.collection = draft.collection;
    l.description = draft.description;
    l.kind = draft.kind;
    l.price = draft.price;
    l.endPrice = draft.endPrice;
    l.reserve = draft.reserve;
    l.endsAt = draft.kind == market::Kind::Fixed ? 0 : localNow() + m_offset + draft.durationMs;
    signedAction(
        QStringLiteral("list"), QStringLiteral("new"), l.signedAmount(),
        [l](const QString &signature, const QString &key) {
            return client::marketapi::createListingRequest(l, signature, key);
        },
        tr("List \u201c%1\u201d").arg(draft.name), tr("\u201c%1\u201d is listed.").arg(draft.name));
}

} // namespace nest::desktop
