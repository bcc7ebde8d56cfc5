#include "simulatorrunner.h"

#include "behaviorservice.h"
#include "ids.h"

#include <algorithm>

namespace nest::server {
namespace {
constexpr int kStepIntervalMs = 20;
// After a stall the runner catches up at most this much, rather than flooding the server.
constexpr double kMaxOwedSeconds = 0.5;
// A questionnaire is posted once the user has been active this long, so that the learner
// starts from features of a few dozen events (they are refreshed as more arrive).
constexpr qint64 kLabelAfterActiveMs = 60'000;
constexpr int kMaxAdvancesPerStep = 4;

analytics::BehaviorSimulator::Config simConfig(const SimulatorConfig &config)
{
    analytics::BehaviorSimulator::Config c;
    c.users = std::max(1, config.users);
    c.labeledShare = config.labeledShare;
    c.seed = config.seed;
    c.startMs = nowMs();
    return c;
}
} // namespace

SimulatorRunner::SimulatorRunner(BehaviorService &behavior, SimulatorConfig config, QObject *parent)
    : QObject(parent)
    , m_behavior(behavior)
    , m_config(config)
    , m_sim(simConfig(config))
{
    m_users.resize(std::size_t(m_sim.userCount()));
    double perMinute = 0;
    for (int k = 0; k < analytics::kEventKinds; ++k)
        perMinute += analytics::BehaviorSimulator::baseRate(analytics::EventKind(k));
    const double activeShare = analytics::BehaviorSimulator::kMeanSessionMinutes
                               / (analytics::BehaviorSimulator::kMeanSessionMinutes
                                  + analytics::BehaviorSimulator::kMeanIdleMinutes);
    // A first guess from the model's table; step() corrects it from what the simulator emits.
    m_eventsPerSimMs = double(m_sim.userCount()) * activeShare * perMinute / 60'000;
    for (int u = 0; u < m_sim.userCount(); ++u) {
        m_users[std::size_t(u)].id = m_sim.userId(u);
        if (m_sim.isLabeled(u))
            m_labelCandidates.push_back(u);
    }
    m_timer.setInterval(kStepIntervalMs);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &SimulatorRunner::step);
}

void SimulatorRunner::start()
{
    m_clock.start();
    m_lastStepNs = 0;
    m_timer.start();
}

void SimulatorRunner::stop()
{
    m_timer.stop();
}

void SimulatorRunner::setEventsPerSecond(double rate)
{
    m_config.eventsPerSecond = std::max(0.0, rate);
}

void SimulatorRunner::step()
{
    const qint64 now = m_clock.nsecsElapsed();
    const double seconds = double(now - m_lastStepNs) / 1e9;
    m_lastStepNs = now;
    m_owed = std::min(m_owed + seconds * m_config.eventsPerSecond,
                      std::max(1.0, kMaxOwedSeconds * m_config.eventsPerSecond));
    if (m_owed < 1)
        return;

    std::vector<TrackedEvent> batch;
    batch.reserve(std::size_t(m_owed) + 16);
    const auto sink = [&](const analytics::BehaviorSimulator::SimEvent &e) {
        SimUser &user = m_users[std::size_t(e.user)];
        if (!user.seen) {
            user.seen = true;
            m_behavior.setDisplayName(user.id, m_sim.displayName(e.user));
        }
        if (user.sessionId.isEmpty() || user.session != e.session) {
            user.session = e.session;
            user.sessionId = m_sim.sessionId(e.user, e.session);
        }
        batch.push_back(TrackedEvent{user.id, user.sessionId, e.kind, e.tsMs, m_sim.props(e)});
    };
    // Advance simulated time by what should yield the owed events at the simulator's current
    // rate; it varies as sessions start and end, so the estimate follows what comes out.
    for (int i = 0; i < kMaxAdvancesPerStep && double(batch.size()) + 0.5 < m_owed; ++i) {
        const double want = m_owed - double(batch.size());
        const auto simMs = qint64(std::clamp(want / m_eventsPerSimMs, 1.0, 600'000.0));
        const std::size_t before = batch.size();
        m_sim.advance(simMs, sink);
        const double observed = double(batch.size() - before) / double(simMs);
        if (observed > 0)
            m_eventsPerSimMs = 0.8 * m_eventsPerSimMs + 0.2 * observed;
    }
    m_owed -= double(batch.size());
    m_emitted += batch.size();
    m_behavior.ingest(batch);
    postLabels();
}

void SimulatorRunner::postLabels()
{
    // The same call as POST /behavior/users/{id}/labels. One per step at most (50/s): each
    // label retrains the learner, and an analyst's questionnaires do not arrive in bursts.
    const auto due =
        std::find_if(m_labelCandidates.begin(), m_labelCandidates.end(), [this](int u) {
            const auto *stats = m_behavior.tracker().stats(m_users[std::size_t(u)].id);
            return stats && stats->activeMs >= kLabelAfterActiveMs;
        });
    if (due == m_labelCandidates.end())
        return;
    m_behavior.label(m_users[std::size_t(*due)].id, m_sim.questionnaire(*due));
    ++m_labelsPosted;
    m_labelCandidates.erase(due);
}

} // namespace nest::server
