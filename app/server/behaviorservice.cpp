#include "behaviorservice.h"

#include "ids.h"
#include "logging.h"
#include "streamhub.h"

#include <QElapsedTimer>

#include <algorithm>
#include <cmath>

namespace nest::server {
namespace {
using analytics::BehaviorTracker;
using analytics::EventKind;
using analytics::kEventKinds;

// An estimate is news (a stream event, a history point) only when a trait moves this much.
constexpr double kMinTraitMove = 0.01;
// A user's estimate is recorded at least this often while events arrive, for the trend chart.
constexpr qint64 kHistoryIntervalMs = 60'000;
// The learner's copy of a user's features is refreshed when the user's event count has grown
// by this factor: each user costs O(log n) learner updates, not one per event...
constexpr double kSnapshotGrowth = 1.5;
// ...and joins the learner's pool once a few events make its features worth anything.
constexpr quint64 kSnapshotMinEvents = 5;
// The trait history is trimmed back to the cap once it overshoots by this much.
constexpr int kHistorySlack = 100;
constexpr qint64 kMetricsPruneEveryS = 60;

double largestMove(const analytics::TraitVector &a, const analytics::TraitVector &b)
{
    double moved = 0;
    for (std::size_t i = 0; i < a.size(); ++i)
        moved = std::max(moved, std::abs(a[i] - b[i]));
    return moved;
}

} // namespace

BehaviorService::BehaviorService(BehaviorStore &store, StreamHub &hub, BehaviorOptions options,
                                 QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_hub(hub)
    , m_options(options)
    , m_topicEvent(QStringLiteral("behavior.event"))
    , m_topicMetrics(QStringLiteral("behavior.metrics"))
    , m_topicTraits(QStringLiteral("behavior.traits"))
    , m_topicAlerts(QStringLiteral("alerts"))
{
    m_detectors.fill(analytics::AlertDetector(m_options.alerts));
    m_tickTimer.setSingleShot(true);
    m_tickTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_tickTimer, &QTimer::timeout, this, &BehaviorService::tick);
    m_flushTimer.setInterval(m_options.flushIntervalMs);
    connect(&m_flushTimer, &QTimer::timeout, this, &BehaviorService::flush);
}

BehaviorService::~BehaviorService()
{
    flush();
}

bool BehaviorService::open(QString *error)
{
    if (!m_store.migrate(error))
        return false;
    const qint64 now = nowMs();
    if (const auto model = m_store.loadModel()) {
        if (m_learner.deserialize(model->state))
            m_modelUpdatedAt = model->updatedAt;
        else
            qCWarning(lcServer) << "behavior: the stored learner state is unreadable; starting"
                                   " from scratch";
    }
    for (const BehaviorStore::UserRow &row : m_store.loadUsers()) {
        UserEntry &entry = m_users[row.userId];
        entry.displayName = row.displayName;
        entry.recorded = row.traits;
        entry.published = row.traits;
        entry.confidence = row.confidence;
        entry.samples = row.samples;
        entry.recordedAt = row.updatedAt;
        entry.historyPoints = row.historyPoints;
    }
    for (auto &[userId, snap] : m_store.loadSnapshots())
        m_users[userId].snapshot = std::move(snap);
    for (const auto &[userId, stats] : m_store.loadTrackerStats()) {
        m_tracker.restore(userId, stats);
        m_users.try_emplace(userId);
    }
    for (const auto &row : m_store.loadMetrics(now / 1000 - BehaviorMetrics::kRetentionSeconds))
        m_metrics.restore({row.sec, row.counts, row.activeUsers});
    m_metrics.start(now);
    m_startSecond = now / 1000;
    m_eventsTotal = m_savedEventsTotal = m_store.loadEventsTotal();
    m_flushTimer.start();
    scheduleTick();
    return true;
}

void BehaviorService::scheduleTick()
{
    // Just after the next second boundary, so each tick closes exactly one fresh second.
    m_tickTimer.start(int(1000 - nowMs() % 1000) + 5);
}

void BehaviorService::setAlertThreshold(double z)
{
    m_options.alerts.zThreshold = z;
    for (auto &detector : m_detectors)
        detector.setZThreshold(z);
}

void BehaviorService::ingest(std::span<const TrackedEvent> events)
{
    const qint64 now = nowMs();
    for (const TrackedEvent &e : events) {
        if (!m_tracker.stats(e.userId))
            m_users.try_emplace(e.userId);
        m_tracker.record(e.userId, e.sessionId, e.kind, e.ts);
        m_metrics.record(now, e.kind, e.userId);
        markDirty(e.userId);
        m_statsDirty.insert(e.userId);
        m_hub.publish(m_topicEvent, trackedEventToJson(e));
    }
    m_eventsTotal += qint64(events.size());
}

BehaviorService::LabelResult BehaviorService::label(const QString &userId,
                                                    const TraitVector &traits)
{
    const BehaviorTracker::UserStats *stats = m_tracker.stats(userId);
    auto it = m_users.find(userId);
    // After a restart a user not seen since still has the features the learner holds.
    if (!stats && (it == m_users.end() || !it->second.snapshot))
        return LabelResult::UnknownUser;
    if (it == m_users.end())
        it = m_users.try_emplace(userId).first;
    UserEntry &entry = it->second;

    Snapshot next;
    // The better-observed features win: after a restart the tracker starts again from zero.
    if (stats && (!entry.snapshot || stats->total >= entry.snapshot->events)) {
        next.x = BehaviorTracker::features(*stats);
        next.variance = BehaviorTracker::featureVariances(*stats);
        next.events = stats->total;
    } else {
        next = *entry.snapshot;
    }
    next.label = traits;
    // A later questionnaire replaces the earlier one: the learner holds one sample per user.
    if (entry.snapshot) {
        const Snapshot &old = *entry.snapshot;
        if (old.label)
            m_learner.removeLabel(old.x, *old.label, old.variance);
        else
            m_learner.forgetUnlabeled(old.x, old.variance);
    }
    m_learner.addLabel(next.x, traits, next.variance);
    entry.snapshot = next;

    const qint64 now = nowMs();
    m_modelDirty = true;
    m_modelUpdatedAt = now;
    m_pending.labels.push_back({userId, now, traits});
    m_pending.snapshots.emplace_back(userId, next);
    markDirty(userId); // its estimate moves with the model: re-decode on the next tick
    return LabelResult::Accepted;
}

void BehaviorService::markDirty(const QString &userId)
{
    // First come, first decoded: under overload nobody waits for ever.
    const qsizetype before = m_dirty.size();
    m_dirty.insert(userId);
    if (m_dirty.size() != before)
        m_dirtyQueue.push_back(userId);
}

void BehaviorService::setDisplayName(const QString &userId, const QString &name)
{
    m_users[userId].displayName = name;
}

void BehaviorService::refreshSnapshot(UserEntry &entry, const BehaviorTracker::UserStats &stats)
{
    if (stats.total < kSnapshotMinEvents
        || (entry.snapshot
            && double(stats.total) < kSnapshotGrowth * double(entry.snapshot->events)))
        return;
    Snapshot next;
    next.x = BehaviorTracker::features(stats);
    next.variance = BehaviorTracker::featureVariances(stats);
    next.events = stats.total;
    if (entry.snapshot) {
        const Snapshot &old = *entry.snapshot;
        next.label = old.label;
        if (old.label)
            m_learner.removeLabel(old.x, *old.label, old.variance);
        else
            m_learner.forgetUnlabeled(old.x, old.variance);
    }
    if (next.label)
        m_learner.addLabel(next.x, *next.label, next.variance);
    else
        m_learner.observeUnlabeled(next.x, next.variance);
    entry.snapshot = next;
    m_modelDirty = true;
    m_modelUpdatedAt = nowMs();
}

void BehaviorService::refreshUser(const QString &userId, UserEntry &entry, qint64 nowMs,
                                  bool updateLearner)
{
    const BehaviorTracker::UserStats *stats = m_tracker.stats(userId);
    if (!stats)
        return;
    const auto before = entry.snapshot ? entry.snapshot->events : 0;
    if (updateLearner)
        refreshSnapshot(entry, *stats);
    if (entry.snapshot && entry.snapshot->events != before)
        m_pending.snapshots.emplace_back(userId, *entry.snapshot);

    const auto estimate = m_decoder.decode(*stats, m_learner);
    entry.confidence = estimate.confidence;
    entry.samples = qint64(stats->total);
    if (!entry.published || largestMove(*entry.published, estimate.traits) > kMinTraitMove) {
        entry.published = estimate.traits;
        m_hub.publish(m_topicTraits,
                      QJsonObject{{QStringLiteral("user_id"), userId},
                                  {QStringLiteral("traits"), traitsToJson(estimate.traits)},
                                  {QStringLiteral("confidence"), estimate.confidence},
                                  {QStringLiteral("samples"), entry.samples}});
    }
    if (entry.recorded && largestMove(*entry.recorded, estimate.traits) <= kMinTraitMove
        && nowMs - entry.recordedAt < kHistoryIntervalMs)
        return;
    entry.recorded = estimate.traits;
    entry.recordedAt = nowMs;
    m_pending.points.push_back({userId, nowMs, estimate.traits});
    m_pending.users.push_back(
        {userId, entry.displayName, estimate.traits, entry.confidence, entry.samples, nowMs, 0});
    if (++entry.historyPoints > BehaviorStore::kHistoryPerUser + kHistorySlack) {
        m_pending.trimHistoryOf.push_back(userId);
        entry.historyPoints = BehaviorStore::kHistoryPerUser;
    }
}

void BehaviorService::publishSecond(const BehaviorMetrics::Second &second)
{
    std::array<double, kEventKinds> perSecond{};
    for (std::size_t k = 0; k < perSecond.size(); ++k)
        perSecond[k] = second.counts[k];
    const qint64 ts = second.sec * 1000;
    m_hub.publish(m_topicMetrics,
                  QJsonObject{{QStringLiteral("ts"), ts},
                              {QStringLiteral("window_ms"), 1000},
                              {QStringLiteral("events_per_s"), countsToJson(perSecond)},
                              {QStringLiteral("active_users"), qint64(second.activeUsers)},
                              {QStringLiteral("total"), m_eventsTotal}});
    if (second.eventCount() > 0 || second.activeUsers > 0)
        m_pending.metrics.push_back({second.sec, second.counts, second.activeUsers});

    // The second the server started in was only partly observed: not a rate to learn from.
    for (int k = 0; k < kEventKinds && second.sec > m_startSecond; ++k) {
        const auto alert = m_detectors[std::size_t(k)].observe(perSecond[std::size_t(k)]);
        if (!alert)
            continue;
        using Detector = analytics::AlertDetector;
        const QString kind = analytics::eventKindName(EventKind(k));
        const bool spike = alert->direction == Detector::Direction::Spike;
        const double expected = std::round(alert->expected * 100) / 100;
        m_hub.publish(
            m_topicAlerts,
            QJsonObject{
                {QStringLiteral("id"), newId(QStringLiteral("al_"))},
                {QStringLiteral("severity"), alert->severity == Detector::Severity::Critical
                                                 ? QStringLiteral("critical")
                                                 : QStringLiteral("warning")},
                {QStringLiteral("metric"), QString(u"events_per_s." + kind)},
                {QStringLiteral("value"), alert->value},
                {QStringLiteral("expected"), expected},
                {QStringLiteral("message"),
                 QStringLiteral("%1 events %2: %3/s where about %4/s was expected")
                     .arg(kind, spike ? QStringLiteral("spiked") : QStringLiteral("dropped"))
                     .arg(alert->value)
                     .arg(expected)},
                {QStringLiteral("ts"), ts},
                {QStringLiteral("kind"),
                 spike ? QStringLiteral("rate_spike") : QStringLiteral("rate_drop")},
                {QStringLiteral("z"), std::round(alert->z * 10) / 10},
            });
    }
}

void BehaviorService::tick()
{
    const qint64 now = nowMs();
    for (const BehaviorMetrics::Second &second : m_metrics.closeUntil(now)) {
        publishSecond(second);
        if (second.sec % kMetricsPruneEveryS == 0)
            m_pending.pruneMetricsBefore = second.sec - BehaviorMetrics::kRetentionSeconds;
    }
    // Throttle: one decode (and at most one `behavior.traits`) per user and second, however
    // many events the user sent, within a time budget. A user whose learner update did not fit
    // gets it the next time it is decoded.
    QElapsedTimer spent;
    spent.start();
    while (!m_dirtyQueue.empty() && spent.elapsed() < m_options.decodeBudgetMs) {
        const QString userId = std::move(m_dirtyQueue.front());
        m_dirtyQueue.pop_front();
        m_dirty.remove(userId);
        const auto entry = m_users.find(userId);
        if (entry != m_users.end())
            refreshUser(entry->first, entry->second, now,
                        spent.elapsed() < m_options.learnerBudgetMs);
    }
    scheduleTick();
}

void BehaviorService::flush()
{
    if (m_modelDirty)
        m_pending.model = BehaviorStore::Model{m_learner.serialize(), m_modelUpdatedAt};
    m_pending.trackerStats.reserve(std::size_t(m_statsDirty.size()));
    for (const QString &userId : std::as_const(m_statsDirty)) {
        if (const auto *stats = m_tracker.stats(userId))
            m_pending.trackerStats.emplace_back(userId, *stats);
    }
    m_statsDirty.clear();
    if (m_eventsTotal != m_savedEventsTotal)
        m_pending.eventsTotal = m_savedEventsTotal = m_eventsTotal;
    if (!m_store.write(m_pending))
        qCWarning(lcServer) << "behavior: a batch of analytics rows was not persisted";
    m_pending = {};
    m_modelDirty = false;
}

BehaviorService::UserView BehaviorService::view(const QString &userId, const UserEntry &entry) const
{
    UserView v;
    v.userId = userId;
    v.displayName = entry.displayName;
    // Decoded on the spot when the user is tracked: the model may have learned since the last
    // recorded point, and a decode costs microseconds.
    if (const BehaviorTracker::UserStats *stats = m_tracker.stats(userId)) {
        const auto estimate = m_decoder.decode(*stats, m_learner);
        v.traits = estimate.traits;
        v.confidence = estimate.confidence;
        v.samples = qint64(stats->total);
        v.updatedAt = nowMs();
    } else {
        v.traits = entry.recorded;
        v.confidence = entry.confidence;
        v.samples = entry.samples;
        v.updatedAt = entry.recordedAt;
    }
    return v;
}

std::optional<BehaviorService::UserView> BehaviorService::user(const QString &userId) const
{
    const auto it = m_users.find(userId);
    if (it == m_users.end())
        return std::nullopt;
    return view(it->first, it->second);
}

BehaviorService::Page BehaviorService::search(const QString &query, int limit,
                                              const QString &cursor) const
{
    Page page;
    auto it = cursor.isEmpty() ? m_users.begin() : m_users.upper_bound(cursor);
    for (; it != m_users.end(); ++it) {
        const bool match = query.isEmpty() || it->first.contains(query, Qt::CaseInsensitive)
                           || it->second.displayName.contains(query, Qt::CaseInsensitive);
        if (!match)
            continue;
        if (int(page.items.size()) == limit) {
            page.nextCursor = page.items.back().userId;
            break;
        }
        page.items.push_back(view(it->first, it->second));
    }
    return page;
}

std::vector<std::pair<qint64, BehaviorService::TraitVector>>
BehaviorService::history(const QString &userId) const
{
    auto points = m_store.history(userId);
    for (const BehaviorStore::TraitPoint &p : m_pending.points) {
        if (p.userId == userId)
            points.emplace_back(p.ts, p.traits);
    }
    // Only the newest kHistoryPerUser, even while a trim is pending.
    if (points.size() > std::size_t(BehaviorStore::kHistoryPerUser))
        points.erase(points.begin(), points.end() - BehaviorStore::kHistoryPerUser);
    return points;
}

std::vector<BehaviorMetrics::Point> BehaviorService::metrics(qint64 fromMs, qint64 toMs,
                                                             qint64 stepMs) const
{
    return m_metrics.query(fromMs, toMs, stepMs);
}

BehaviorService::ModelView BehaviorService::model() const
{
    return ModelView{m_learner.version(), m_learner.samplesSeen(), m_learner.labeledSamples(),
                     m_learner.loss(), m_modelUpdatedAt};
}

} // namespace nest::server
