#include "moderationcontroller.h"

#include "apiclient.h"
#include "feedapi.h"
#include "feedjson.h"
#include "moderationlogmodel.h"
#include "modlogchain.h"
#include "reportqueuemodel.h"
#include "streamclient.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace nest::desktop {

ModerationController::ModerationController(client::ApiClient &api, client::StreamClient &stream,
                                           client::Outbox &outbox, ui::ModerationView &view,
                                           QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_view(view)
    , m_actions(outbox)
{
    connect(&m_stream, &client::StreamClient::eventsReceived, this,
            &ModerationController::onEvents);
    connect(&m_stream, &client::StreamClient::resetRequired, this, [this](const QString &topic) {
        if (m_active && topic == QLatin1StringView("moderation")) {
            refreshQueue();
            refreshLog();
        }
    });
    connect(&m_view, &ui::ModerationView::refreshRequested, this, [this] {
        refreshQueue();
        refreshLog();
    });
    connect(&m_view, &ui::ModerationView::verifyRequested, this, &ModerationController::verify);
    connect(&m_view, &ui::ModerationView::actionRequested, this, &ModerationController::act);
}

void ModerationController::activate()
{
    m_active = true;
    refreshQueue();
    refreshLog();
}

void ModerationController::deactivate()
{
    m_active = false;
    m_actions.forget();
    m_queueLoaded = m_logLoaded = false;
    ++m_generation;
}

void ModerationController::refreshQueue()
{
    if (!m_active)
        return;
    const quint64 generation = m_generation;
    client::ApiJob *job = client::feedapi::reports(m_api, QStringLiteral("open"));
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->isOk()) {
            m_view.showMessage(client::describe(job->error()));
            return;
        }
        m_view.queue()->setReports(client::feedapi::reportsOf(*job).items);
        m_queueLoaded = true;
    });
}

void ModerationController::fetchLog(std::function<void(const QList<community::LogEntry> &)> done)
{
    // Pages of 200 until next_cursor is null; the chain can only be checked as a whole.
    auto entries = std::make_shared<QList<community::LogEntry>>();
    auto step = std::make_shared<std::function<void(const QString &)>>();
    const quint64 generation = m_generation;
    // The step holds itself only weakly; the pending job's connection holds it strongly, so a
    // job that never finishes (the app quits) frees everything with itself.
    std::weak_ptr<std::function<void(const QString &)>> weakStep = step;
    *step = [this, entries, weakStep, done, generation](const QString &cursor) {
        client::ApiJob *job = client::feedapi::log(m_api, cursor);
        connect(job, &client::ApiJob::finished, this,
                [this, job, entries, next = weakStep.lock(), done, generation] {
                    if (generation != m_generation)
                        return;
                    if (!job->isOk()) {
                        m_view.showMessage(client::describe(job->error()));
                        return;
                    }
                    const auto page = client::feedapi::logOf(*job);
                    entries->append(page.items);
                    if (page.nextCursor.isEmpty())
                        done(*entries);
                    else if (next)
                        (*next)(page.nextCursor);
                });
    };
    (*step)(QString());
}

void ModerationController::refreshLog()
{
    if (!m_active)
        return;
    fetchLog([this](const QList<community::LogEntry> &entries) {
        m_view.log()->setEntries(entries);
        m_logLoaded = true;
        resolveNames(entries);
    });
}

void ModerationController::resolveNames(const QList<community::LogEntry> &entries)
{
    QSet<QString> unknown;
    for (const community::LogEntry &e : entries)
        if (!m_names.contains(e.moderatorId))
            unknown.insert(e.moderatorId);
    for (const QString &id : std::as_const(unknown)) {
        m_names.insert(id, QString()); // asked once
        client::ApiJob *job = client::feedapi::profile(m_api, id);
        connect(job, &client::ApiJob::finished, this, [this, job, id] {
            if (!job->isOk())
                return;
            m_names.insert(id, client::feedapi::profileOf(*job).username);
            QHash<QString, QString> known;
            for (auto it = m_names.cbegin(); it != m_names.cend(); ++it)
                if (!it.value().isEmpty())
                    known.insert(it.key(), it.value());
            m_view.log()->setUserNames(known);
        });
    }
}

void ModerationController::verify()
{
    // A fresh copy from the server, every hash recomputed here: the server is not trusted to
    // say that its own log is intact.
    fetchLog([this](const QList<community::LogEntry> &entries) {
        m_view.log()->setEntries(entries);
        m_logLoaded = true;
        QList<QJsonObject> json;
        json.reserve(entries.size());
        for (const community::LogEntry &e : entries)
            json.append(e.json);
        const auto broken = security::modlogchain::verify(json);
        m_view.setVerifyResult(entries.size(), broken ? broken->seq : 0,
                               broken ? broken->reason : QString());
    });
}

void ModerationController::act(ui::ModerationView::Action action, const QString &targetId,
                               const QString &reason, qint64 durationMs)
{
    using client::feedapi::ModAction;
    ModAction call = ModAction::Hide;
    QString summary;
    switch (action) {
    case ui::ModerationView::Action::Hide:
        call = ModAction::Hide;
        summary = tr("Hide a post: %1");
        break;
    case ui::ModerationView::Action::Delete:
        call = ModAction::Delete;
        summary = tr("Delete a post: %1");
        break;
    case ui::ModerationView::Action::Suspend:
        call = ModAction::Suspend;
        summary = tr("Suspend a member: %1");
        break;
    case ui::ModerationView::Action::Dismiss:
        call = ModAction::Dismiss;
        summary = tr("Dismiss a report: %1");
        break;
    }
    const qint64 until = QDateTime::currentMSecsSinceEpoch() + durationMs;
    OutboxActions::Handlers handlers;
    handlers.done = [this](const QJsonObject &) {
        m_view.showMessage(tr("Done. The action is in the moderation log."));
        refreshQueue();
        refreshLog();
    };
    handlers.refused = [this](const client::ApiError &error) {
        m_view.showMessage(client::describe(error));
    };
    handlers.queued = [this] { m_view.showMessage(OutboxActions::queuedText()); };
    if (!m_actions.submit(client::feedapi::moderateRequest(call, targetId, reason, until),
                          summary.arg(reason.simplified().left(60)), std::move(handlers)))
        m_view.showMessage(tr("Not sent: you are signed out."));
}

void ModerationController::onEvents(const QList<client::StreamEvent> &events)
{
    if (!m_active)
        return;
    bool logChanged = false;
    for (const client::StreamEvent &event : events) {
        const bool moderation = event.topic == QLatin1StringView("moderation");
        const bool feed = event.topic == QLatin1StringView("feed");
        if (!moderation && !feed)
            continue;
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        if (event.kind == QLatin1StringView("report.created")
            || event.kind == QLatin1StringView("report.resolved")) {
            if (const auto report = client::feedjson::report(data.value(u"report").toObject()))
                m_view.queue()->upsert(*report);
            logChanged = logChanged || event.kind == QLatin1StringView("report.resolved");
        } else if (event.kind == QLatin1StringView("post.hidden")
                   || event.kind == QLatin1StringView("post.deleted")) {
            m_view.queue()->removeReportsOfPost(data.value(u"post_id").toString());
            logChanged = true;
        } else if (moderation || event.kind == QLatin1StringView("post.updated")) {
            logChanged = true; // suspensions, unhides: a new log entry
        }
    }
    // Another moderator acted: the log grew. One refetch for a burst of events.
    if (logChanged && !m_logRefreshQueued) {
        m_logRefreshQueued = true;
        QTimer::singleShot(200, this, [this] {
            m_logRefreshQueued = false;
            refreshLog();
        });
    }
}

} // namespace nest::desktop
