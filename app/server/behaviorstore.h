#pragma once

#include "behaviorjson.h"
#include "behaviortracker.h"

#include <QByteArray>
#include <QString>

#include <optional>
#include <utility>
#include <vector>

namespace nest::server {

class Database;

//! Behavior analytics persistence: the `behavior_*` tables. The service batches its writes
//! and hands them over in one transaction every few seconds; nothing is written per event.
class BehaviorStore {
public:
    struct MetricsRow {
        qint64 sec = 0;
        KindCounts counts{};
        quint32 activeUsers = 0;
    };
    //! A user's latest estimate (what the user list shows after a restart).
    struct UserRow {
        QString userId;
        QString displayName;
        analytics::TraitVector traits{};
        double confidence = 0;
        qint64 samples = 0;
        qint64 updatedAt = 0;
        int historyPoints = 0; //!< rows in the trait history (read only)
    };
    struct TraitPoint {
        QString userId;
        qint64 ts = 0;
        analytics::TraitVector traits{};
    };
    struct Label {
        QString userId;
        qint64 ts = 0;
        analytics::TraitVector traits{};
    };
    //! The features the learner holds for one user, kept so that they can later be taken
    //! out exactly (stored as exact doubles).
    struct LearnerSnapshot {
        analytics::FeatureVector x{};
        analytics::FeatureVector variance{};
        std::optional<analytics::TraitVector> label;
        quint64 events = 0; //!< the user's event count when taken
    };
    using UserSnapshot = std::pair<QString, LearnerSnapshot>;
    //! A user's tracker statistics, so that estimates resume where they were after a restart.
    using TrackerRow = std::pair<QString, analytics::BehaviorTracker::UserStats>;
    struct Model {
        QByteArray state; //!< ContinuousLearner::serialize()
        qint64 updatedAt = 0;
    };

    //! Everything gathered since the last flush, written in one transaction.
    struct Batch {
        std::vector<MetricsRow> metrics;
        std::vector<UserRow> users;
        std::vector<TraitPoint> points;
        std::vector<Label> labels;
        std::vector<UserSnapshot> snapshots;
        std::vector<TrackerRow> trackerStats;
        std::optional<Model> model;
        std::optional<qint64> eventsTotal;
        qint64 pruneMetricsBefore = 0;      //!< drop seconds older than this
        std::vector<QString> trimHistoryOf; //!< users whose history grew past the cap
        bool isEmpty() const;
    };

    //! Trait history points kept per user (the oldest go first).
    static constexpr int kHistoryPerUser = 500;

    explicit BehaviorStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);
    bool write(const Batch &batch);

    std::vector<MetricsRow> loadMetrics(qint64 sinceSec) const;
    std::vector<UserRow> loadUsers() const;
    std::optional<Model> loadModel() const;
    std::vector<UserSnapshot> loadSnapshots() const;
    std::vector<TrackerRow> loadTrackerStats() const;
    qint64 loadEventsTotal() const;
    //! The user's persisted history, oldest first.
    std::vector<std::pair<qint64, analytics::TraitVector>> history(const QString &userId) const;

private:
    Database &m_db;
};

} // namespace nest::server
