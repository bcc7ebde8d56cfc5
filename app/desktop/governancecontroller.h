#pragma once

#include "governancetypes.h"
#include "outboxactions.h"
#include "streamevent.h"

#include <QObject>

namespace nest::client {
class ApiClient;
class Outbox;
class StreamClient;
class UserKeys;
} // namespace nest::client

namespace nest::ui {
class GovernanceView;
}

namespace nest::desktop {

class ViewCache;

//! Feeds the Governance view: proposals over REST, live changes from the `governance` topic,
//! votes signed with the user's key (UserKeys) and queued in the Outbox, "Verify results" (the
//! whole vote log recounted and every signature checked on this computer), and new proposals
//! (queued too).
class GovernanceController final : public QObject {
    Q_OBJECT
public:
    GovernanceController(client::ApiClient &api, client::StreamClient &stream,
                         client::UserKeys &keys, client::Outbox &outbox, ui::GovernanceView &view,
                         QObject *parent = nullptr);

    //! Loads the proposals for the signed-in user; `canVote`: the user holds the voter role.
    void activate(const QString &userId, bool canVote);
    void deactivate();
    //! Reloads the list (after a stream reset).
    void reload();
    //! Proposals are kept there; the last list is shown while the server cannot be reached.
    void setViewCache(ViewCache *cache);
    bool isFromCache() const { return m_fromCache; }

private:
    void onEvents(const QList<client::StreamEvent> &events);
    void showProposals(const QList<governance::Proposal> &proposals);
    void showCached();
    void onSelected(const QString &proposalId);
    void vote(const QString &proposalId, const QList<int> &choices);
    void verify(const QString &proposalId);
    void create(const governance::Proposal &draft);

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    client::UserKeys &m_keys;
    ui::GovernanceView &m_view;
    OutboxActions m_actions;
    QString m_userId;
    bool m_active = false;
    ViewCache *m_viewCache = nullptr;
    bool m_loaded = false;
    bool m_unreachable = false;
    bool m_fromCache = false;
    quint64 m_generation = 0; //!< answers for an earlier account are dropped
};

} // namespace nest::desktop
