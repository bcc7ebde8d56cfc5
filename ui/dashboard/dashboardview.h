#pragma once

#include "dashboarddata.h"

#include <QWidget>

class QActionGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QMenu;
class QToolButton;

namespace nest::ui {

class PersonalityPanel;
class RateChart;

//! The analysts' Dashboard: live event rates with alerts, and personality estimates.
//! Widgets only: the composition root feeds it (backfill, stream, search results).
class DashboardView final : public QWidget {
    Q_OBJECT
public:
    explicit DashboardView(QWidget *parent = nullptr);

    RateChart &rateChart() { return *m_chart; }
    PersonalityPanel &personality() { return *m_personality; }
    qint64 windowMs() const;
    //! The user whose events the rate chart shows; empty for everybody.
    QString userFilter() const { return m_filteredUser; }
    //! Shows one user's events (from `sinceMs` on: the server keeps no per-user history), or
    //! everybody's with an empty `userId`. The chart is emptied; the owner refills it.
    void setUserFilter(const QString &userId, qint64 sinceMs);

    void appendRate(const RatePoint &point);
    void setBackfill(const QList<RatePoint> &points);
    void addAlert(const AlertMark &alert);

    //! Writes the visible window's raw points as CSV or JSON.
    bool exportCsv(const QString &path) const;
    bool exportJson(const QString &path) const;

Q_SIGNALS:
    //! The time window changed: the owner backfills it over REST.
    void windowChanged(qint64 windowMs);
    //! The analyst asked for one user's events (empty: everybody's again).
    void userFilterRequested(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void exportTo(const QString &format);

    RateChart *m_chart;
    PersonalityPanel *m_personality;
    QComboBox *m_window;
    QToolButton *m_follow;
    QToolButton *m_pause;
    QToolButton *m_kinds;
    QMenu *m_kindsMenu;
    QLineEdit *m_user;
    QToolButton *m_export;
    QMenu *m_exportMenu;
    QLabel *m_summary;
    QLabel *m_alertsTitle;
    QListWidget *m_alerts;
    RatePoint m_last;
    QString m_filteredUser;
    qint64 m_filteredSince = 0;
};

} // namespace nest::ui
