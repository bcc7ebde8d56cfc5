#include "ratechart.h"

#include "chartlocale.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace nest::ui {

using analytics::EventKind;
using analytics::kEventKinds;

namespace {

// A round axis top with four intervals, so that tick labels read as short numbers.
double ratechartNiceTop(double maxValue)
{
    const double raw = std::max(maxValue * 1.1, 0.4) / 4;
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    for (const double m : {1.0, 2.0, 2.5, 5.0, 10.0}) {
        if (m * magnitude >= raw)
            return 4 * m * magnitude;
    }
    return 40 * magnitude;
}

// Fixed-point labels with as many decimals as the tick step needs: never "8e+04", and every
// label as wide as the widest, so that Qt Charts reserves room for all of them (in any digits).
QString ratechartLabelFormat(double step)
{
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6 * std::max(1.0, scaled))
            break;
        ++decimals;
    }
    return QStringLiteral("%.") + QString::number(decimals) + u'f';
}

constexpr int kTimeTicks = 7;

QString ratechartTimeFormat(qint64 spanMs)
{
    // Seconds take room, so only when ticks are less than a minute apart: there, minutes alone
    // would print the same label twice.
    if (spanMs / (kTimeTicks - 1) < 60 * 1000)
        return QStringLiteral("HH:mm:ss");
    if (spanMs <= 36 * 60 * 60 * 1000)
        return QStringLiteral("HH:mm");
    return QStringLiteral("dd.MM. HH:mm");
}

} // namespace

RateChart::RateChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_timeAxis(new QDateTimeAxis(m_chart))
    , m_valueAxis(new QValueAxis(m_chart))
    , m_alertSeries(new QScatterSeries(m_chart))
    , m_crossLine(new QGraphicsLineItem(m_chart))
    , m_crossBox(new QGraphicsRectItem(m_chart))
    , m_crossLabel(new QGraphicsSimpleTextItem(m_crossBox))
{
    setObjectName(QStringLiteral("rateChart"));
    m_buffers.reserve(kEventKinds + 1);
    for (int i = 0; i <= kEventKinds; ++i)
        m_buffers.emplace_back(kCapacity);
    m_kindVisible.fill(true);

    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setBackgroundRoundness(0);
    m_chart->legend()->hide(); // buildLegend() draws one that wraps
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_valueAxis, Qt::AlignLeft);
    m_timeAxis->setTickCount(kTimeTicks);
    m_valueAxis->setTickCount(5);
    m_valueAxis->setLabelFormat(ratechartLabelFormat(1.0)); // localized labels need a precision

    for (int i = 0; i < kEventKinds; ++i) {
        auto *series = new QLineSeries(m_chart);
        m_series[size_t(i)] = series;
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_valueAxis);
    }
    m_alertSeries->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_alertSeries->setMarkerSize(13);
    m_chart->addSeries(m_alertSeries);
    m_alertSeries->attachAxis(m_timeAxis);
    m_alertSeries->attachAxis(m_valueAxis);

    m_crossLine->setZValue(20);
    m_crossBox->setZValue(21);
    m_crossLine->hide();
    m_crossBox->hide();

    // No antialiasing and 1 px lines (ratechartstyle.cpp): at two points per pixel they look
    // the same, and the raster engine draws them on its fast path, at less than half the cost
    // of a smoothed, stroked line (nest-bench chart).
    m_view->setRenderHint(QPainter::Antialiasing, false);
    m_view->setFrameShape(QFrame::NoFrame);
    m_view->setMinimumHeight(chartExtent(this, 10, 160));
    m_chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view->setMouseTracking(true);
    m_view->viewport()->setMouseTracking(true);
    m_view->viewport()->setCursor(Qt::CrossCursor);
    m_view->viewport()->installEventFilter(this);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view, 1);
    buildLegend();
    layout->addWidget(m_legend);

    m_frameTimer.setSingleShot(true);
    m_frameTimer.setInterval(16); // one pass per frame at most, however many points arrived
    connect(&m_frameTimer, &QTimer::timeout, this, &RateChart::renderFrame);
    // Axis labels change width with the range, which moves the plot edge after a frame.
    connect(m_chart, &QChart::plotAreaChanged, this, [this](const QRectF &plot) {
        if (int(plot.width()) != m_buckets)
            scheduleUpdate();
    });

    const qint64 end = liveEndMs();
    setRange(end - m_windowMs, end);
    applyPalette();
    retranslateUi();
}

RateChart::~RateChart() = default;

void RateChart::setWindowMs(qint64 ms)
{
    ms = std::clamp<qint64>(ms, 10'000, kCapacity * 1000);
    if (ms == m_windowMs)
        return;
    m_windowMs = ms;
    const qint64 end = (m_followLive && !m_paused) ? liveEndMs() : m_toMs;
    setRange(end - ms, end);
    scheduleUpdate();
}

void RateChart::setKindVisible(EventKind kind, bool visible)
{
    const auto i = size_t(kind);
    if (i >= m_kindVisible.size() || m_kindVisible[i] == visible)
        return;
    m_kindVisible[i] = visible;
    m_series[i]->setVisible(visible);
    if (!visible)
        m_series[i]->clear(); // a hidden kind holds no points
    styleLegend();
    Q_EMIT kindVisibilityChanged(kind, visible);
    scheduleUpdate();
}

bool RateChart::isKindVisible(EventKind kind) const
{
    const auto i = size_t(kind);
    return i < m_kindVisible.size() && m_kindVisible[i];
}

void RateChart::setFollowLive(bool follow)
{
    if (follow == m_followLive)
        return;
    m_followLive = follow;
    if (follow && !m_paused) {
        const qint64 end = liveEndMs();
        setRange(end - m_windowMs, end);
    }
    Q_EMIT followLiveChanged(follow);
    scheduleUpdate();
}

void RateChart::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    Q_EMIT pausedChanged(paused);
    if (!paused) {
        // Resuming means catching up with now, whatever the view was moved to meanwhile.
        setFollowLive(true);
        const qint64 end = liveEndMs();
        setRange(end - m_windowMs, end);
    }
    scheduleUpdate();
}

bool RateChart::exportPng(const QString &path) const
{
    const QPixmap pixmap = m_view->grab();
    return !pixmap.isNull() && pixmap.save(path, "PNG");
}

int RateChart::renderedPointCount(EventKind kind) const
{
    const auto i = size_t(kind);
    return i < m_series.size() ? int(m_series[i]->count()) : 0;
}

qint64 RateChart::renderedEndMs() const
{
    qint64 end = 0;
    for (const QLineSeries *series : m_series) {
        if (series->count() > 0)
            end = std::max(end, qint64(series->at(series->count() - 1).x()));
    }
    return end;
}

void RateChart::updateNow()
{
    if (m_dirty)
        renderFrame();
}

void RateChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange) {
        m_view->setMinimumHeight(chartExtent(this, 10, 160));
        styleLegend(); // swatches are as tall as the text
    }
    QWidget::changeEvent(event);
}

void RateChart::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_dirty)
        scheduleUpdate(); // changes that arrived while hidden are drawn now, once
}

void RateChart::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    scheduleUpdate(); // the number of buckets follows the plot width
}

void RateChart::scheduleUpdate()
{
    m_dirty = true;
    if (isVisible() && !m_frameTimer.isActive())
        m_frameTimer.start();
}

void RateChart::setRange(qint64 fromMs, qint64 toMs)
{
    if (fromMs == m_fromMs && toMs == m_toMs)
        return;
    m_fromMs = fromMs;
    m_toMs = toMs;
    Q_EMIT visibleRangeChanged(fromMs, toMs);
}

void RateChart::renderFrame()
{
    m_frameTimer.stop();
    if (!m_dirty || !isVisible())
        return; // hidden: showEvent brings the pending changes in
    trackLive();
    m_dirty = false;
    ++m_frameUpdates;

    m_buckets = int(m_chart->plotArea().width());
    const int buckets = m_buckets >= 16 ? m_buckets : std::max(16, width() - 80); // unlaid out
    // One second beyond each edge, so lines run to the border instead of stopping short.
    const qint64 from = m_fromMs - 1000;
    const qint64 to = m_toMs + 1000;
    // Buckets aligned to multiples of their width: panning and a live window reuse them all.
    const qint64 bucketMs = std::max<qint64>(1, (to - from) / buckets);
    if (bucketMs != m_bucketMs) {
        m_bucketMs = bucketMs;
        m_minmax.resize(size_t(kEventKinds));
        for (int i = 0; i < kEventKinds; ++i)
            m_minmax[size_t(i)].rebuild(m_buffers[size_t(i)], bucketMs);
    }
    double maxValue = 0;
    for (int i = 0; i < kEventKinds; ++i) {
        if (!m_kindVisible[size_t(i)])
            continue;
        const charting::TimeSeriesBuffer &buffer = m_buffers[size_t(i)];
        charting::MinMaxBuckets &minmax = m_minmax[size_t(i)];
        if (!buffer.isEmpty())
            minmax.dropBefore(buffer.at(0).ts);
        minmax.points(from, to, &m_scratch);
        for (const QPointF &pt : std::as_const(m_scratch)) {
            if (pt.x() >= double(m_fromMs) && pt.x() <= double(m_toMs))
                maxValue = std::max(maxValue, pt.y());
        }
        m_series[size_t(i)]->replace(m_scratch);
    }
    for (const AlertMark &a : std::as_const(m_alerts)) {
        if (a.ts >= m_fromMs && a.ts <= m_toMs && !std::isnan(alertY(a)))
            maxValue = std::max(maxValue, alertY(a));
    }
    const double top = ratechartNiceTop(maxValue);
    m_valueAxis->setRange(0, top);
    m_valueAxis->setLabelFormat(ratechartLabelFormat(top / 4));
    m_timeAxis->setFormat(ratechartTimeFormat(m_toMs - m_fromMs));
    m_timeAxis->setRange(QDateTime::fromMSecsSinceEpoch(m_fromMs),
                         QDateTime::fromMSecsSinceEpoch(m_toMs));

    m_scratch.resize(0);
    for (const AlertMark &a : std::as_const(m_alerts)) {
        if (a.ts < m_fromMs || a.ts > m_toMs)
            continue;
        const double y = alertY(a);
        // Alerts on other metrics sit along the top edge, where they never hide a line.
        m_scratch.append(QPointF(double(a.ts), std::isnan(y) ? top * 0.96 : y));
    }
    m_alertSeries->replace(m_scratch);

    if (m_crossVisible)
        updateCrosshair(m_crossPos);
    updateSummary();
    Q_EMIT frameRendered();
}

double RateChart::alertY(const AlertMark &a) const
{
    static const QString prefix = QStringLiteral("events_per_s.");
    if (!a.metric.startsWith(prefix) || !std::isfinite(a.value))
        return std::nan("");
    const auto kind = analytics::parseEventKind(QStringView(a.metric).mid(prefix.size()));
    if (!kind || !isKindVisible(*kind))
        return std::nan("");
    return std::max(0.0, a.value);
}

} // namespace nest::ui
