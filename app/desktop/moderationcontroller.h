#pragma once

#include "communitydata.h"
#include "moderationview.h"
#include "outboxactions.h"
#include "streamevent.h"

#include <QHash>
#include <QObject>

#include <functional>

namespace nest::client {
class ApiClient;
class Outbox;
class StreamClient;
} // namespace nest::client

namespace nest::desktop {

//! Feeds the Moderation page: the open-report queue and the log over REST, live `moderation`
//! (and the `feed` hides and deletes) from the stream; queues the actions in the Outbox and
//! verifies the log's hash chain on this computer.
class ModerationController final : public QObject {
    Q_OBJECT
public:
    ModerationController(client::ApiClient &api, client::StreamClient &stream,
                         client::Outbox &outbox, ui::ModerationView &view,
                         QObject *parent = nullptr);

    void activate();
    void deactivate();
    bool isLoaded() const { return m_queueLoaded && m_logLoaded; }

private:
    void refreshQueue();
    void refreshLog();
    void verify();
    void act(ui::ModerationView::Action action, const QString &targetId, const QString &reason,
             qint64 durationMs);
    void onEvents(const QList<client::StreamEvent> &events);
    //! Fetches every page of the log, oldest first, then calls `done` (not on failure).
    void fetchLog(std::function<void(const QList<community::LogEntry> &)> done);
    //! Looks up the usernames of moderators the log names and we do not know yet.
    void resolveNames(const QList<community::LogEntry> &entries);

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    ui::ModerationView &m_view;
    OutboxActions m_actions;
    bool m_active = false;
    bool m_queueLoaded = false;
    bool m_logLoaded = false;
    bool m_logRefreshQueued = false;
    quint64 m_generation = 0;
    QHash<QString, QString> m_names; //!< user id -> username
};

} // namespace nest::desktop
