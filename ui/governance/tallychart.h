#pragma once

#include <QList>
#include <QStringList>
#include <QWidget>

class QBarCategoryAxis;
class QBarSet;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QValueAxis;

namespace nest::ui {

//! A proposal's tally as horizontal bars, one per choice. A live update changes the bar values
//! in place; the axis is rebuilt only when the choices change.
class TallyChart final : public QWidget {
    Q_OBJECT
public:
    explicit TallyChart(QWidget *parent = nullptr);

    void setTally(const QStringList &choices, const QList<qint64> &tally);
    QList<qint64> tally() const { return m_tally; }
    //! The choice drawn highlighted (the winner once closed); -1 for none.
    void setHighlighted(int choice);

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyPalette();
    //! The tally in words for screen readers (accessibleDescription), in the current language.
    void updateSummary();

    QChart *m_chart;
    QChartView *m_view;
    QHorizontalBarSeries *m_series;
    QBarSet *m_set;
    QBarCategoryAxis *m_categories;
    QValueAxis *m_values;
    QStringList m_choices;
    QList<qint64> m_tally;
    int m_highlighted = -1;
};

} // namespace nest::ui
