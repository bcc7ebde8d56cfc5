#pragma once

#include "apierror.h"
#include "marketdata.h"
#include "outboxactions.h"
#include "streamevent.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <functional>

namespace nest::client {
class ApiClient;
class ApiJob;
class Outbox;
class StreamClient;
class UserKeys;
} // namespace nest::client

namespace nest::ui {
class MarketView;
struct ListingDraft;
} // namespace nest::ui

namespace nest::desktop {

class ViewCache;

//! Feeds the Marketplace: config, wallet and listings over REST, live changes from the `market`
//! topic, and the user's actions signed with their key (UserKeys) and queued in the Outbox with
//! the Idempotency-Key the signature covers (sent at once when the server is reachable, the
//! same signed bytes replayed when it was not). Explains every refusal and notifies the user
//! when they are outbid or an auction they are in ends.
//!
//! The server clock offset comes from `server_time` in listing answers (midpoint of the call),
//! keeping the sample with the shortest round trip.
class MarketController final : public QObject {
    Q_OBJECT
public:
    MarketController(client::ApiClient &api, client::StreamClient &stream, client::UserKeys &keys,
                     client::Outbox &outbox, ui::MarketView &view, QObject *parent = nullptr);

    void activate(const QString &userId);
    void deactivate();
    //! Reloads config, wallet and every listing (also after a stream `reset`).
    void reload();
    qint64 serverOffsetMs() const { return m_offset; }
    //! Listings are kept there; the last ones are shown while the server cannot be reached.
    void setViewCache(ViewCache *cache);
    bool isFromCache() const { return m_fromCache; }

Q_SIGNALS:
    //! Outbid, auction ended: for the tray and the status bar (the view shows it too).
    void notification(const QString &title, const QString &text);

private:
    void onEvents(const QList<client::StreamEvent> &events);
    void onMarketEvent(const QJsonObject &data, qint64 ts);
    void loadPage(const QString &cursor, QList<market::Listing> collected, quint64 generation);
    void refreshWallet();
    void showCached();
    void refreshDetail();
    void loadDetail(const QString &listingId);
    void measureOffset(qint64 serverTime, qint64 sentAt, qint64 receivedAt);
    void notify(const QString &title, const QString &text);
    //! Signs the canonical message, then queues `request(signature, idempotencyKey)`.
    void signedAction(const QString &action, const QString &listingId, qint64 amount,
                      std::function<client::WriteRequest(const QString &, const QString &)> request,
                      const QString &summary, const QString &done);
    //! Queues `request`; `done` is the notice on success, refusals are explained.
    void queue(const client::WriteRequest &request, const QString &summary, const QString &done,
               const QString &listingId);
    QString listingName(const QString &listingId) const;
    void explain(const client::ApiError &error, const QString &listingId);

    void buy(const QString &listingId, qint64 amount);
    void bid(const QString &listingId, qint64 amount);
    void offer(const QString &listingId, qint64 amount, qint64 expiresInMs);
    void accept(const QString &offerId);
    void cancel(const QString &listingId);
    void create(const ui::ListingDraft &draft);

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    client::UserKeys &m_keys;
    ui::MarketView &m_view;
    OutboxActions m_actions;
    QString m_userId;
    market::Config m_config;
    market::Wallet m_wallet;
    QList<market::Listing> m_batch; //!< listings of one stream delivery, applied together
    //! Listings the stream brought while the snapshot loads, with the time they were published:
    //! the snapshot replaces the table, so what it could not contain is applied again after.
    QList<std::pair<qint64, market::Listing>> m_duringLoad;
    qint64 m_snapshotFrom = 0; //!< server time of the snapshot's first page
    bool m_loading = false;
    QSet<QString> m_biddedOn; //!< auctions this user bid on, for "auction ended" notices
    QTimer m_walletTimer;
    QTimer m_detailTimer;
    qint64 m_offset = 0;
    qint64 m_bestRtt = -1;
    quint64 m_generation = 0;
    bool m_active = false;
    ViewCache *m_viewCache = nullptr;
    QJsonArray m_snapshotJson; //!< the snapshot's items as the server sent them, for the cache
    bool m_loaded = false;
    bool m_unreachable = false;
    bool m_fromCache = false;
};

} // namespace nest::desktop
