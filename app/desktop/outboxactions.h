#pragma once

#include "apierror.h"
#include "writerequest.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <functional>

namespace nest::client {
class Outbox;
struct OutboxEntry;
} // namespace nest::client

namespace nest::desktop {

//! The one way a controller sends a user's write: into the Outbox (durable before anything is
//! sent), which sends it at once when the server is reachable and replays it, in order and
//! with the same Idempotency-Key, when it was not. The controller hears the server's answer
//! through the handlers, exactly as if it had sent the call itself.
class OutboxActions final : public QObject {
    Q_OBJECT
public:
    struct Handlers {
        //! 2xx: the server's JSON answer (empty for 204).
        std::function<void(const QJsonObject &answer)> done;
        //! The server's final refusal (its status, error.code and error.message).
        std::function<void(const client::ApiError &error)> refused;
        //! The server did not answer (or earlier actions are still waiting for it): the action
        //! waits in the outbox. Runs at most once; done or refused follows later.
        std::function<void()> queued;
        //! Instead of done / refused once `queued` ran: the user has moved on (a new draft in
        //! the composer, another dialog), so the answer is told without touching what they do.
        std::function<void(const QJsonObject &answer)> doneAfterQueue;
        std::function<void(const client::ApiError &error)> refusedAfterQueue;
    };

    explicit OutboxActions(client::Outbox &outbox, QObject *parent = nullptr);

    //! False when the outbox is not open (signed out): nothing was queued and no handler runs.
    bool submit(const client::WriteRequest &request, const QString &summary, Handlers handlers);
    //! Handlers of actions submitted so far will not run (sign-out, another account); the
    //! actions themselves stay in the outbox.
    void forget();

    //! "Queued: will be sent when the server is reachable."
    static QString queuedText();
    //! A refused entry's answer as the ApiError a direct call would have had.
    static client::ApiError errorOf(const client::OutboxEntry &entry);

private:
    void onStalled();

    client::Outbox &m_outbox;
    //! Entries whose `queued` handler has not run yet.
    QHash<QString, std::function<void()>> m_waiting;
    quint64 m_generation = 0;
};

} // namespace nest::desktop
