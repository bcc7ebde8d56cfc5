#pragma once

#include "outboxactions.h"
#include "streamevent.h"

#include <QObject>

#include <functional>

namespace nest::client {
class ApiClient;
class ApiJob;
class Outbox;
class StreamClient;
} // namespace nest::client

namespace nest::ui {
class CommunityView;
}

namespace nest::desktop {

class ViewCache;

//! Feeds the Community view: feed pages, threads and profiles through ApiClient (and from the
//! ViewCache while the server is away), live `feed` events from the stream; the member's writes
//! (posts, comments, likes, reports, a moderator's unhide and unsuspend) go through the Outbox.
//! The view never speaks HTTP.
class CommunityController final : public QObject {
    Q_OBJECT
public:
    CommunityController(client::ApiClient &api, client::StreamClient &stream,
                        client::Outbox &outbox, ui::CommunityView &view, QObject *parent = nullptr);

    //! Loads the first page for the signed-in user.
    void activate(const QString &userId, bool moderator);
    void deactivate();
    //! True once the first page has arrived (screenshots wait for it).
    bool isLoaded() const { return m_loaded; }
    //! Feed pages are kept there; the last one is shown while the server cannot be reached.
    void setViewCache(ViewCache *cache);
    //! The feed on screen came from the cache (the server did not answer).
    bool isFromCache() const { return m_fromCache; }

private:
    void reload();
    void loadMore();
    void showCached();
    void onEvents(const QList<client::StreamEvent> &events);
    void applyFeedEvent(const client::StreamEvent &event);
    void openPost(const QString &postId);
    void openProfile(const QString &userId);
    //! Runs `done` on success for the current account only; shows the error otherwise.
    template<typename Done> void whenOk(client::ApiJob *job, Done done);
    //! Queues a write; `done` gets the answer; a refusal or "queued" goes to the message line.
    void write(const client::WriteRequest &request, const QString &summary,
               std::function<void(const QJsonObject &)> done);

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    ui::CommunityView &m_view;
    OutboxActions m_actions;
    QString m_userId;
    QString m_nextCursor;
    //! Feed events that arrive while the first page is on its way, applied on top of it.
    QList<client::StreamEvent> m_early;
    bool m_active = false;
    bool m_loaded = false;
    ViewCache *m_viewCache = nullptr;
    bool m_unreachable = false; //!< the last reload got no answer from the server
    bool m_fromCache = false;
    quint64 m_generation = 0; //!< answers from before a reload or a sign-out are dropped
};

} // namespace nest::desktop
