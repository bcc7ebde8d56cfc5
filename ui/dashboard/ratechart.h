#pragma once

#include "dashboarddata.h"
#include "eventkind.h"
#include "minmaxbuckets.h"
#include "timeseriesbuffer.h"

#include <QList>
#include <QPair>
#include <QPointF>
#include <QTimer>
#include <QWidget>

#include <array>
#include <vector>

class QChart;
class QChartView;
class QDateTimeAxis;
class QGraphicsLineItem;
class QGraphicsRectItem;
class QGraphicsSimpleTextItem;
class QLineSeries;
class QScatterSeries;
class QToolButton;
class QValueAxis;

namespace nest::ui {

//! Live events-per-second chart, one line per event kind, with zoom, pan, pause and a crosshair.
class RateChart final : public QWidget {
    Q_OBJECT
public:
    //! Retention of the ring buffers: 24 h at one point per second.
    static constexpr qsizetype kCapacity = 24 * 60 * 60;
    static constexpr qint64 kDefaultWindowMs = 5 * 60 * 1000;

    explicit RateChart(QWidget *parent = nullptr);
    ~RateChart() override;

    //! One live point (one per second); a point for an already-known second is ignored.
    void appendPoint(const RatePoint &p);
    //! The REST backfill of the window: merged with the live points by second, duplicates ignored.
    void setBackfill(const QList<RatePoint> &points);
    void addAlert(const AlertMark &a);
    void clear();

    //! Visible span (1 min, 5 min, 1 h, 24 h), ending at the current right edge.
    void setWindowMs(qint64 ms);
    qint64 windowMs() const { return m_windowMs; }
    void setKindVisible(analytics::EventKind kind, bool visible);
    bool isKindVisible(analytics::EventKind kind) const;
    //! While on, the visible range ends at the newest point.
    void setFollowLive(bool follow);
    bool followLive() const { return m_followLive; }
    //! Data keeps arriving but the view stands still; resuming follows live again.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

    bool exportPng(const QString &path) const;
    //! The raw points of the visible range (all kinds), for CSV/JSON export.
    QList<RatePoint> visiblePoints() const;
    const QList<AlertMark> &alerts() const { return m_alerts; }
    QPair<qint64, qint64> visibleRange() const { return {m_fromMs, m_toMs}; }
    int renderedPointCount(analytics::EventKind kind) const;
    //! The time of the newest point drawn by any series, 0 when none is drawn.
    qint64 renderedEndMs() const;
    int frameUpdates() const { return m_frameUpdates; }
    //! What the crosshair label reads now (empty while hidden).
    QString crosshairText() const;
    //! What a screen reader says about the chart: the latest second and its trend.
    QString summaryText() const;
    //! Runs a pending frame now instead of on the next tick (screenshots, export).
    void updateNow();

    //! The translated name of a kind, as the legend shows it.
    static QString kindLabel(analytics::EventKind kind);

Q_SIGNALS:
    //! A frame was computed (the series hold what the next paint shows).
    void frameRendered();
    void followLiveChanged(bool follow);
    void pausedChanged(bool paused);
    void kindVisibilityChanged(analytics::EventKind kind, bool visible);
    void visibleRangeChanged(qint64 fromMs, qint64 toMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void updateSummary();
    void buildLegend();
    void styleLegend();
    void applyPalette();
    void scheduleUpdate();
    void renderFrame();
    qint64 liveEndMs() const;
    void trackLive();
    void setRange(qint64 fromMs, qint64 toMs);
    void appendToBuffers(const RatePoint &p);
    RatePoint pointAt(qsizetype index) const;
    void mergeSorted(QList<RatePoint> incoming);
    double alertY(const AlertMark &a) const;

    // Interaction (ratechartinteraction.cpp).
    void userMovedView();
    void zoomAt(double chartX, double factor);
    void panBy(double dxPixels);
    void updateCrosshair(const QPointF &chartPos);
    void hideCrosshair();

    QChart *m_chart;
    QChartView *m_view;
    QDateTimeAxis *m_timeAxis;
    QValueAxis *m_valueAxis;
    std::array<QLineSeries *, analytics::kEventKinds> m_series{};
    qint64 m_summaryTs = -1; //!< the newest point the accessible summary describes
    QScatterSeries *m_alertSeries;
    //! Our own legend below the plot: it wraps into rows (Qt Charts' clips at large fonts), and
    //! a click on an entry shows or hides that kind.
    QWidget *m_legend = nullptr;
    std::array<QToolButton *, analytics::kEventKinds> m_legendKinds{};
    QToolButton *m_legendAlerts = nullptr;
    QGraphicsLineItem *m_crossLine;
    QGraphicsRectItem *m_crossBox;
    QGraphicsSimpleTextItem *m_crossLabel;

    //! One ring per kind, then active users; all appended in lockstep so index i is one second.
    std::vector<charting::TimeSeriesBuffer> m_buffers;
    QList<AlertMark> m_alerts;
    QList<QPointF> m_scratch; //!< decimation output, reused every frame
    //! Per kind: min/max per time bucket, kept up to date as points arrive, so that a frame
    //! costs its new points and the visible buckets. Rebuilt when the bucket width changes.
    std::vector<charting::MinMaxBuckets> m_minmax;
    qint64 m_bucketMs = 0; //!< 0: rebuild before the next frame
    std::array<bool, analytics::kEventKinds> m_kindVisible{};

    QTimer m_frameTimer;
    qint64 m_windowMs = kDefaultWindowMs;
    qint64 m_fromMs = 0;
    qint64 m_toMs = 0;
    bool m_followLive = true;
    bool m_paused = false;
    bool m_dirty = true;
    int m_frameUpdates = 0;
    int m_buckets = 0; //!< plot width the series were decimated for

    bool m_dragging = false;
    double m_dragLastX = 0;
    bool m_crossVisible = false;
    QPointF m_crossPos;
};

} // namespace nest::ui
