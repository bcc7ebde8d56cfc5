#include "outboxactions.h"

#include "outbox.h"

#include <QPointer>

#include <memory>

namespace nest::desktop {

OutboxActions::OutboxActions(client::Outbox &outbox, QObject *parent)
    : QObject(parent)
    , m_outbox(outbox)
{
    connect(&m_outbox, &client::Outbox::stalled, this, &OutboxActions::onStalled);
    // Done, refused and read, or cancelled from the Outbox panel: no "queued" for it any more.
    connect(&m_outbox, &client::Outbox::entryRemoved, this,
            [this](const QString &id) { m_waiting.remove(id); });
}

bool OutboxActions::submit(const client::WriteRequest &request, const QString &summary,
                           Handlers handlers)
{
    QPointer<OutboxActions> self(this);
    const quint64 generation = m_generation;
    auto wasQueued = std::make_shared<bool>(false);
    auto finished = [self, generation, wasQueued, handlers](const client::OutboxEntry &entry,
                                                            const QJsonObject &answer) {
        if (!self || generation != self->m_generation)
            return;
        self->m_waiting.remove(entry.id);
        const bool later = *wasQueued;
        if (entry.state == client::OutboxEntry::State::Done) {
            if (later && handlers.doneAfterQueue)
                handlers.doneAfterQueue(answer);
            else if (handlers.done)
                handlers.done(answer);
        } else if (later && handlers.refusedAfterQueue) {
            handlers.refusedAfterQueue(errorOf(entry));
        } else if (handlers.refused) {
            handlers.refused(errorOf(entry));
        }
    };
    // The queue is waiting out a failure (or held): this action will not go before the next
    // retry.
    const bool stalled = m_outbox.retryInMs() > 0 || m_outbox.isPaused();
    const QString id =
        m_outbox.submit(request.kind, request.method, request.path, request.body, summary,
                        request.signature, request.idempotencyKey, std::move(finished));
    if (id.isEmpty())
        return false;
    std::function<void()> onQueued = [wasQueued, tell = std::move(handlers.queued)] {
        *wasQueued = true;
        if (tell)
            tell();
    };
    if (stalled)
        onQueued();
    else
        m_waiting.insert(id, std::move(onQueued));
    return true;
}

void OutboxActions::forget()
{
    ++m_generation;
    m_waiting.clear();
}

void OutboxActions::onStalled()
{
    // Every action still waiting is now queued behind the one that failed (or is it).
    const auto waiting = std::exchange(m_waiting, {});
    for (auto it = waiting.cbegin(); it != waiting.cend(); ++it)
        it.value()();
}

QString OutboxActions::queuedText()
{
    return tr("Queued: will be sent when the server is reachable.");
}

client::ApiError OutboxActions::errorOf(const client::OutboxEntry &entry)
{
    client::ApiError error;
    error.status = client::statusForHttp(entry.httpStatus);
    error.httpStatus = entry.httpStatus;
    error.code = entry.errorCode;
    error.message = entry.errorMessage;
    return error;
}

} // namespace nest::desktop
