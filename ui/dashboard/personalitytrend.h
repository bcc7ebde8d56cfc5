#pragma once

#include "timeseriesbuffer.h"
#include "traits.h"

#include <QChartView>
#include <QTimer>

#include <vector>

class QDateTimeAxis;
class QLineSeries;
class QValueAxis;

namespace nest::ui {

//! Each of a user's five traits over time, one line per trait, fed from ring buffers and redrawn
//! at most once per frame.
class PersonalityTrend final : public QChartView {
    Q_OBJECT
public:
    //! Points kept per trait; the server returns at most this many history entries.
    static constexpr qsizetype kCapacity = 10'000;

    explicit PersonalityTrend(QWidget *parent = nullptr);

    //! Replaces the history (timestamps in ms since the epoch, increasing) and redraws now.
    void setHistory(const QList<std::pair<qint64, analytics::TraitVector>> &history);
    //! Appends one estimate; the chart catches up on the next frame.
    void append(qint64 ts, const analytics::TraitVector &traits);
    void clear();

    QLineSeries *series(int trait) const { return m_series.at(std::size_t(trait)); }
    //! Points stored for each trait (not the decimated number drawn).
    qsizetype pointCount() const { return m_buffers.front().size(); }

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void applyPalette();
    void refresh();
    //! The chart in words for screen readers: latest values and their direction.
    QString summaryText() const;

    std::vector<charting::TimeSeriesBuffer> m_buffers;
    std::vector<QLineSeries *> m_series;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
    QTimer m_frame;
    QList<QPointF> m_scratch;
};

} // namespace nest::ui
