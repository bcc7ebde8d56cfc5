#include "dashboardcontroller.h"

#include "apiclient.h"
#include "behaviorapi.h"
#include "behaviorjson.h"
#include "dashboardview.h"
#include "personalitypanel.h"
#include "streamclient.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nest::desktop {
namespace {
constexpr int kModelRefreshMs = 10'000;
constexpr auto kRawEventsTopic = QLatin1StringView("behavior.event");

QJsonObject dataOf(const client::StreamEvent &event)
{
    return QJsonDocument::fromJson(event.data).object(); // low-rate topics only
}
} // namespace

DashboardController::DashboardController(client::ApiClient &api, client::StreamClient &stream,
                                         ui::DashboardView &view, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_view(view)
{
    m_modelTimer.setInterval(kModelRefreshMs);
    connect(&m_modelTimer, &QTimer::timeout, this, &DashboardController::refreshModel);
    connect(&m_stream, &client::StreamClient::eventsReceived, this, &DashboardController::onEvents);
    connect(&m_stream, &client::StreamClient::resetRequired, this, [this](const QString &topic) {
        if (m_active && topic == QLatin1StringView("behavior.metrics"))
            backfill(); // the stream lost events: the chart reloads its window
    });
    connect(&m_view, &ui::DashboardView::windowChanged, this, &DashboardController::backfill);
    connect(&m_view, &ui::DashboardView::userFilterRequested, this,
            &DashboardController::setUserFilter);
    m_binTimer.setInterval(250);
    connect(&m_binTimer, &QTimer::timeout, this, &DashboardController::closeUserSeconds);
    connect(&m_view.personality(), &ui::PersonalityPanel::searchRequested, this,
            &DashboardController::search);
    connect(&m_view.personality(), &ui::PersonalityPanel::userSelected, this,
            &DashboardController::select);
}

void DashboardController::activate()
{
    m_active = true;
    backfill();
    refreshModel();
    refreshCohort();
    search(QString());
    m_modelTimer.start();
}

void DashboardController::deactivate()
{
    setUserFilter(QString());
    m_active = false;
    m_modelTimer.stop();
    ++m_backfillGeneration; // answers still in flight are for the old account
}

void DashboardController::backfill()
{
    if (!m_active || !m_userFilter.isEmpty())
        return; // one user's chart has no history to load
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 window = m_view.windowMs();
    // One point per second up to an hour; a day is shown by the minute.
    const qint64 step = window > 3'600'000 ? 60'000 : 1'000;
    const quint64 generation = ++m_backfillGeneration;
    client::ApiJob *job = client::behaviorapi::metrics(m_api, now - window, now, step);
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_backfillGeneration || !job->isOk())
            return;
        m_view.setBackfill(client::behaviorapi::ratePointsOf(*job));
    });
}

void DashboardController::onEvents(const QList<client::StreamEvent> &events)
{
    if (!m_active)
        return;
    for (const client::StreamEvent &event : events) {
        if (event.topic == kRawEventsTopic) {
            onUserEvent(event);
        } else if (event.topic == QLatin1StringView("behavior.metrics")) {
            if (!m_userFilter.isEmpty())
                continue; // the chart shows one user's events
            QJsonObject data = dataOf(event);
            data.insert(QStringLiteral("ts"), event.ts);
            if (const auto point = client::behaviorjson::ratePoint(data))
                m_view.appendRate(*point);
        } else if (event.topic == QLatin1StringView("alerts")) {
            if (const auto alert = client::behaviorjson::alert(dataOf(event), event.ts))
                m_view.addAlert(*alert);
        } else if (event.topic == QLatin1StringView("behavior.traits")) {
            const QJsonObject data = dataOf(event);
            if (data.value(u"user_id").toString() != m_selected)
                continue; // only the selected user's estimate is on screen
            if (const auto user = client::behaviorjson::userSummary(data))
                m_view.personality().updateLive(*user);
        }
    }
}

void DashboardController::setUserFilter(const QString &userId)
{
    if (userId == m_userFilter || (!m_active && !userId.isEmpty()))
        return;
    m_userFilter = userId;
    QStringList topics = m_stream.topics();
    topics.removeAll(kRawEventsTopic);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (userId.isEmpty()) {
        m_binTimer.stop();
        m_userFilterJson.clear();
        m_view.setUserFilter(QString(), now);
        m_stream.setTopics(topics);
        backfill();
        return;
    }
    m_userFilterJson = QJsonDocument(QJsonArray{userId}).toJson(QJsonDocument::Compact);
    m_userFilterJson = m_userFilterJson.mid(1, m_userFilterJson.size() - 2); // "id" as JSON
    m_binner.reset(now);
    m_view.setUserFilter(userId, now);
    topics.append(QString(kRawEventsTopic));
    m_stream.setTopics(topics);
    m_binTimer.start();
}

void DashboardController::onUserEvent(const client::StreamEvent &event)
{
    // Most raw events are somebody else's: skip them without parsing.
    if (m_userFilter.isEmpty() || !event.data.contains(m_userFilterJson))
        return;
    const QJsonObject data = dataOf(event);
    if (data.value(u"user_id").toString() != m_userFilter)
        return;
    const auto kind = analytics::parseEventKind(data.value(u"kind").toString());
    const qint64 ts = data.value(u"ts").toInteger();
    if (kind && ts > 0)
        m_binner.add(ts, *kind);
}

void DashboardController::closeUserSeconds()
{
    for (const analytics::RatePoint &point :
         m_binner.closeUntil(QDateTime::currentMSecsSinceEpoch()))
        m_view.appendRate(point);
}

void DashboardController::search(const QString &query)
{
    if (!m_active)
        return; // the fallback's controller and the remote's share the view: one answers
    client::ApiJob *job = client::behaviorapi::users(m_api, query);
    connect(job, &client::ApiJob::finished, this, [this, job] {
        if (job->isOk())
            m_view.personality().setSearchResults(client::behaviorapi::usersOf(*job));
    });
}

void DashboardController::select(const QString &userId)
{
    if (!m_active)
        return;
    m_selected = userId;
    client::ApiJob *job = client::behaviorapi::userTraits(m_api, userId);
    connect(job, &client::ApiJob::finished, this, [this, job, userId] {
        if (job->isOk() && userId == m_selected)
            m_view.personality().setUserTraits(client::behaviorapi::traitHistoryOf(*job));
    });
}

void DashboardController::refreshModel()
{
    client::ApiJob *job = client::behaviorapi::model(m_api);
    connect(job, &client::ApiJob::finished, this, [this, job] {
        if (job->isOk())
            m_view.personality().setModelState(client::behaviorapi::modelStateOf(*job));
    });
}

void DashboardController::refreshCohort()
{
    // The cohort average over the users the server reports (the first 200 of them).
    client::ApiJob *job = client::behaviorapi::users(m_api, QString(), 200);
    connect(job, &client::ApiJob::finished, this, [this, job] {
        if (!job->isOk())
            return;
        const QList<analytics::UserSummary> users = client::behaviorapi::usersOf(*job);
        if (users.isEmpty())
            return;
        analytics::TraitVector sum{};
        for (const auto &user : users) {
            for (int i = 0; i < analytics::kTraits; ++i)
                sum[size_t(i)] += user.traits[size_t(i)];
        }
        for (double &v : sum)
            v /= double(users.size());
        m_view.personality().setCohortAverage(sum);
    });
}

} // namespace nest::desktop
