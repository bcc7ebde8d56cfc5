#pragma once

#include "dashboarddata.h"

#include <QWidget>

class QActionGroup;
class QComboBox;
class QLabel;
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

    void appendRate(const RatePoint &point);
    void setBackfill(const QList<RatePoint> &points);
    void addAlert(const AlertMark &alert);

    //! Writes the visible window's raw points as CSV or JSON.
    bool exportCsv(const QString &path) const;
    bool exportJson(const QString &path) const;

Q_SIGNALS:
    //! The time window changed: the owner backfills it over REST.
    void windowChanged(qint64 windowMs);

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
    QToolButton *m_export;
    QMenu *m_exportMenu;
    QLabel *m_summary;
    QLabel *m_alertsTitle;
    QListWidget *m_alerts;
    RatePoint m_last;
};

} // namespace nest::ui
