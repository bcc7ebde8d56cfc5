#pragma once

#include "eventratebinner.h"
#include "streamevent.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

namespace nest::client {
class ApiClient;
class StreamClient;
} // namespace nest::client

namespace nest::ui {
class DashboardView;
}

namespace nest::desktop {

//! Feeds the Dashboard: REST backfill and lookups through ApiClient, live `behavior.metrics`,
//! `behavior.traits` and `alerts` from the stream. The view never speaks HTTP. While the chart
//! is filtered to one user it subscribes to the raw `behavior.event` topic and bins that user's
//! events per second itself (the server keeps per-second totals, not per user).
class DashboardController final : public QObject {
    Q_OBJECT
public:
    DashboardController(client::ApiClient &api, client::StreamClient &stream,
                        ui::DashboardView &view, QObject *parent = nullptr);

    //! Loads the window, the learner state and the cohort (after sign-in as an analyst).
    void activate();
    void deactivate();

private:
    void onEvents(const QList<client::StreamEvent> &events);
    void backfill();
    void search(const QString &query);
    void select(const QString &userId);
    void refreshModel();
    void refreshCohort();
    void setUserFilter(const QString &userId);
    void onUserEvent(const client::StreamEvent &event);
    void closeUserSeconds();

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    ui::DashboardView &m_view;
    QTimer m_modelTimer;
    QTimer m_binTimer;
    analytics::EventRateBinner m_binner;
    QString m_userFilter;
    QByteArray m_userFilterJson; //!< the id as it appears in an event's JSON, for a quick skip
    QString m_selected;
    bool m_active = false;
    quint64 m_backfillGeneration = 0;
};

} // namespace nest::desktop
