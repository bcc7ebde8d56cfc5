#pragma once

#include "eventkind.h"
#include "traits.h"

#include <QJsonObject>
#include <QString>

#include <functional>
#include <limits>
#include <random>
#include <vector>

namespace nest::analytics {

//! Demo traffic from the generative model of docs analytics-model.md: Beta(2, 2) traits, Poisson
//! events per active minute at r_k(u) = base_k exp(M_k . (t - 0.5) + eps_k(u)), exponential
//! sessions (mean 20 min) separated by exponential idle gaps (mean 20 min, so that about half the
//! users are active at any moment), noisy questionnaire labels for a share of the users.
//! Deterministic for a seed: every user draws from an own mt19937_64 stream.
class BehaviorSimulator {
public:
    struct Config {
        int users = 2000;
        double labeledShare = 0.10;
        quint64 seed = 1;
        qint64 startMs = 0; //!< the simulated clock's epoch (ms) at construction
    };
    struct SimEvent {
        int user = 0;
        quint32 session = 0;
        EventKind kind = EventKind::PageView;
        qint64 tsMs = 0;
    };
    using Sink = std::function<void(const SimEvent &)>;

    static constexpr double kMeanSessionMinutes = 20.0;
    static constexpr double kMeanIdleMinutes = 20.0;
    static constexpr double kIdiosyncrasySd = 0.15;
    static constexpr double kLabelNoiseSd = 0.05;
    //! The model's table, for the simulator and for the accuracy benchmark's oracle only: a
    //! decoder must learn without it.
    static double baseRate(EventKind kind);
    static double loading(EventKind kind, int trait);

    explicit BehaviorSimulator(Config config);

    //! Moves the clock forward by `simulatedMs` and emits every event in that span in ts order.
    void advance(qint64 simulatedMs, const Sink &sink);
    //! Runs (in ts order) until every user has been active for `minutes` in total: a user who
    //! gets there ends the session at that instant and waits, idle, for the others; the clock
    //! stops when the last one is there. A later advance() or a larger target resumes the
    //! waiting users with a new session. Returns the number of events emitted.
    quint64 runUntilActiveMinutes(double minutes, const Sink &sink);

    int userCount() const { return static_cast<int>(m_users.size()); }
    qint64 now() const;
    QString userId(int user) const; //!< "sim_0001"
    QString sessionId(int user, quint32 session) const;
    QString displayName(int user) const;
    const TraitVector &trueTraits(int user) const;
    //! The user's true rate of `kind` per active minute, r_k(u).
    double rate(int user, EventKind kind) const;
    //! Minutes the user has been active so far (true session time, not the tracker's).
    double activeMinutes(int user) const;
    bool isActive(int user) const;
    bool isLabeled(int user) const;
    //! The user's questionnaire result: the true traits plus N(0, 0.05^2) per trait, clipped to
    //! [0, 1]; the same answer on every call.
    TraitVector questionnaire(int user) const;
    //! The chart props of an event: dwell duration_ms, scroll velocity, page_view page,
    //! purchase amount; empty for the other kinds. Deterministic per event.
    QJsonObject props(const SimEvent &event) const;

private:
    struct User {
        TraitVector traits{};
        std::array<double, kEventKinds> cumulativeRate{};
        double totalRate = 0;
        std::mt19937_64 rng;
        bool labeled = false;
        bool active = false;
        bool parked = false;
        quint32 session = 0;
        double sessionStart = 0; // ms since construction
        double drawnEnd = 0;     // the session's natural end
        double nextEvent = 0;
        double idleEnd = 0;
        double activeDone = 0; // ms of completed sessions
    };
    static constexpr double kNever = std::numeric_limits<double>::infinity();

    double sessionEnd(const User &u) const;
    double nextTime(const User &u) const;
    void startSession(User &u, double at);
    //! Processes happenings before `until` (all of them when infinite), emitting events.
    quint64 run(double until, const Sink &sink);

    Config m_config;
    std::vector<User> m_users;
    double m_clock = 0;      // ms since construction
    double m_capMs = kNever; // active-time target of runUntilActiveMinutes()
};

} // namespace nest::analytics
