#pragma once

#include "traits.h"

#include <QHash>
#include <QList>
#include <QString>

#include <array>

namespace nest::analytics {

//! Per-user behavior counts and active time, updated in O(1) per event (never rescans), and the
//! log-rate features the personality decoder reads from them.
class BehaviorTracker {
public:
    struct UserStats {
        std::array<quint64, kEventKinds> counts{};
        qint64 activeMs = 0; //!< sum over sessions of (last event ts - first event ts)
        quint64 total = 0;
        QString lastSessionId;
        qint64 sessionStartMs = 0; //!< earliest ts seen in the current session
        qint64 lastTsMs = 0;       //!< latest ts seen in the current session
    };

    //! A gap between two events of one session longer than this is not counted as activity:
    //! it keeps a client with a stuck or forged clock from inflating a user's active time.
    static constexpr qint64 kMaxGapMs = 30 * 60 * 1000;
    //! Features and variances treat less active time than this as this much (one minute).
    static constexpr double kMinActiveMinutes = 1.0;

    //! Counts one event. Within the current session an event earlier than the session's first
    //! event extends it backwards, one after its last extends it forwards, one in between only
    //! counts; an event of another session starts a new one (a straggler from an earlier session
    //! then costs at most its own gap, it never inflates the time).
    void record(const QString &userId, const QString &sessionId, EventKind kind, qint64 tsMs);

    //! Puts back a user's statistics saved earlier (after a restart); replaces what is there.
    void restore(const QString &userId, const UserStats &stats);
    //! nullptr for a user never seen.
    const UserStats *stats(const QString &userId) const;
    qsizetype userCount() const { return m_users.size(); }
    QList<QString> userIds() const { return m_users.keys(); }
    quint64 totalEvents() const { return m_totalEvents; }
    template<typename F> void forEachUser(F &&visit) const
    {
        for (auto it = m_users.cbegin(); it != m_users.cend(); ++it)
            visit(it.key(), it.value());
    }
    void clear();

    static double activeMinutes(const UserStats &stats);
    //! Log rates per active minute, x_k = log((n_k + 1/2) / T) with T the active minutes (at
    //! least kMinActiveMinutes). The half count is the classic correction for the log of a
    //! Poisson count: it keeps a kind never seen finite and makes E[x_k] = log(rate) up to
    //! O(1/n^2) instead of O(1/n), so that rare kinds are neither -inf nor biased.
    static FeatureVector features(const UserStats &stats);
    //! The sampling variance of each feature by the delta method, Var[log n] ~ 1/(n + 1/2):
    //! what a decoder can use to weight well-observed kinds above rarely observed ones.
    static FeatureVector featureVariances(const UserStats &stats);

private:
    QHash<QString, UserStats> m_users;
    quint64 m_totalEvents = 0;
};

} // namespace nest::analytics
