#pragma once

#include "behaviorsimulator.h"
#include "serverconfig.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

#include <vector>

namespace nest::server {

class BehaviorService;

//! Drives the BehaviorSimulator in real time at a settable number of events per second and
//! feeds its events and its questionnaire labels to the behavior service through ingest() and
//! label(), the calls behind `POST /behavior/events` and `POST /behavior/users/{id}/labels`.
//!
//! The simulated clock runs at whatever speed yields the requested rate (about 420 events/s
//! of simulated time per 2,000 users), so event `ts` values are simulated time: they start at
//! the wall clock and drift from it. The tracker only uses differences of ts.
class SimulatorRunner final : public QObject {
    Q_OBJECT
public:
    SimulatorRunner(BehaviorService &behavior, SimulatorConfig config, QObject *parent = nullptr);

    void start();
    void stop();
    void setEventsPerSecond(double rate);
    double eventsPerSecond() const { return m_config.eventsPerSecond; }
    quint64 eventsEmitted() const { return m_emitted; }
    int labelsPosted() const { return m_labelsPosted; }

private:
    struct SimUser {
        QString id;
        QString sessionId;
        quint32 session = 0;
        bool seen = false;
    };

    void step();
    void postLabels();

    BehaviorService &m_behavior;
    SimulatorConfig m_config;
    analytics::BehaviorSimulator m_sim;
    std::vector<SimUser> m_users;
    std::vector<int> m_labelCandidates; //!< labeled users whose questionnaire is not in yet
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastStepNs = 0;
    double m_owed = 0;           //!< events due by now but not yet emitted
    double m_eventsPerSimMs = 0; //!< running estimate of the simulator's own rate
    quint64 m_emitted = 0;
    int m_labelsPosted = 0;
};

} // namespace nest::server
