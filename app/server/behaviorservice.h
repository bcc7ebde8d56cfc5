#pragma once

#include "alertdetector.h"
#include "behavioralpersonalitydecoder.h"
#include "behaviorjson.h"
#include "behaviormetrics.h"
#include "behaviorstore.h"
#include "behaviortracker.h"
#include "continuouslearner.h"
#include "serverconfig.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <deque>
#include <map>
#include <optional>
#include <span>

namespace nest::server {

class StreamHub;

//! Behavior analytics on the server: tracks events, decodes traits, trains the continuous
//! learner on labels, aggregates per-second metrics, watches rates for anomalies and publishes
//! `behavior.event`, `behavior.metrics`, `behavior.traits` and `alerts`. The REST routes and the
//! simulator feed it through the same two calls, ingest() and label().
class BehaviorService final : public QObject {
    Q_OBJECT
public:
    using TraitVector = analytics::TraitVector;

    //! What the user list and the trait endpoint show for one user.
    struct UserView {
        QString userId;
        QString displayName;
        std::optional<TraitVector> traits; //!< nullopt: nothing decoded yet
        double confidence = 0;
        qint64 samples = 0;   //!< events observed
        qint64 updatedAt = 0; //!< when the estimate was last recorded
    };
    struct Page {
        std::vector<UserView> items;
        QString nextCursor; //!< empty: no more
    };
    struct ModelView {
        quint64 version = 0;
        quint64 samplesSeen = 0;
        quint64 labeledSamples = 0;
        double loss = 0;
        qint64 updatedAt = 0; //!< 0: never trained
    };
    enum class LabelResult { Accepted, UnknownUser };

    BehaviorService(BehaviorStore &store, StreamHub &hub, BehaviorOptions options = {},
                    QObject *parent = nullptr);
    ~BehaviorService() override;

    //! Loads the learner, the metrics history and the users' latest estimates; starts ticking.
    bool open(QString *error);
    //! Writes everything pending (also on a timer and on destruction).
    void flush();

    //! Counts, tracks and publishes events (already validated). O(1) per event.
    void ingest(std::span<const TrackedEvent> events);
    //! The anomaly detectors' z-score threshold (`alerts.z_threshold`), from the next second on.
    void setAlertThreshold(double z);
    //! A questionnaire result for a tracked user: trains the learner.
    LabelResult label(const QString &userId, const TraitVector &traits);
    //! A display name for searches (the simulator names its users).
    void setDisplayName(const QString &userId, const QString &name);

    std::optional<UserView> user(const QString &userId) const;
    //! Users whose id or name contains `query` (case-insensitive), ordered by id, after `cursor`.
    Page search(const QString &query, int limit, const QString &cursor) const;
    //! The user's recorded estimates, oldest first.
    std::vector<std::pair<qint64, TraitVector>> history(const QString &userId) const;
    std::vector<BehaviorMetrics::Point> metrics(qint64 fromMs, qint64 toMs, qint64 stepMs) const;
    ModelView model() const;
    const analytics::BehaviorTracker &tracker() const { return m_tracker; }

private:
    //! The features the learner holds for a user, replaced as they firm up
    //! (forget-then-observe, or remove-then-add for a labeled user).
    using Snapshot = BehaviorStore::LearnerSnapshot;
    struct UserEntry {
        QString displayName;
        std::optional<TraitVector> recorded; //!< newest history point / persisted estimate
        double confidence = 0;
        qint64 samples = 0;
        qint64 recordedAt = 0;
        std::optional<TraitVector> published; //!< last `behavior.traits`
        std::optional<Snapshot> snapshot;
        int historyPoints = 0;
    };

    void markDirty(const QString &userId);
    void scheduleTick();
    void tick();
    void publishSecond(const BehaviorMetrics::Second &second);
    void refreshUser(const QString &userId, UserEntry &entry, qint64 nowMs, bool updateLearner);
    void refreshSnapshot(UserEntry &entry, const analytics::BehaviorTracker::UserStats &stats);
    UserView view(const QString &userId, const UserEntry &entry) const;

    BehaviorStore &m_store;
    StreamHub &m_hub;
    BehaviorOptions m_options;
    analytics::BehaviorTracker m_tracker;
    analytics::ContinuousLearner m_learner;
    analytics::BehavioralPersonalityDecoder m_decoder;
    BehaviorMetrics m_metrics;
    std::array<analytics::AlertDetector, analytics::kEventKinds> m_detectors;
    std::map<QString, UserEntry> m_users; //!< ordered by id: cursor paging
    QSet<QString> m_statsDirty;           //!< users whose tracker statistics are not saved
    QSet<QString> m_dirty;                //!< users with events since their last decode...
    std::deque<QString> m_dirtyQueue;     //!< ...in the order they became dirty
    qint64 m_eventsTotal = 0;
    qint64 m_savedEventsTotal = 0;
    qint64 m_modelUpdatedAt = 0;
    qint64 m_startSecond = 0;
    bool m_modelDirty = false;
    BehaviorStore::Batch m_pending;
    QTimer m_tickTimer;
    QTimer m_flushTimer;
    QString m_topicEvent;
    QString m_topicMetrics;
    QString m_topicTraits;
    QString m_topicAlerts;
};

} // namespace nest::server
