#pragma once

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
//! `behavior.traits` and `alerts` from the stream. The view never speaks HTTP.
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

    client::ApiClient &m_api;
    client::StreamClient &m_stream;
    ui::DashboardView &m_view;
    QTimer m_modelTimer;
    QString m_selected;
    bool m_active = false;
    quint64 m_backfillGeneration = 0;
};

} // namespace nest::desktop
