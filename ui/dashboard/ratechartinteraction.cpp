// RateChart's mouse handling: wheel zoom, drag to pan, the crosshair and its label.
#include "ratechart.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QMouseEvent>
#include <QScatterSeries>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace nest::ui {

using analytics::EventKind;
using analytics::kEventKinds;

namespace {

constexpr qint64 ratechartMinSpanMs = 10'000;

QString ratechartSeverityLabel(const QString &severity)
{
    if (severity == u"critical")
        return RateChart::tr("Critical");
    if (severity == u"warning")
        return RateChart::tr("Warning");
    if (severity == u"info")
        return RateChart::tr("Info");
    return severity;
}

} // namespace

bool RateChart::eventFilter(QObject *watched, QEvent *event)
{
    if (watched != m_view->viewport())
        return QWidget::eventFilter(watched, event);
    const auto toChart = [this](QPointF viewportPos) {
        return m_chart->mapFromScene(m_view->mapToScene(viewportPos.toPoint()));
    };
    switch (event->type()) {
    case QEvent::Wheel: {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const QPointF pos = toChart(wheel->position());
        if (!m_chart->plotArea().contains(pos) || wheel->angleDelta().y() == 0)
            return false;
        // Wheel up zooms in around the time under the cursor, which stays where it is.
        zoomAt(pos.x(), std::pow(0.8, wheel->angleDelta().y() / 120.0));
        return true;
    }
    case QEvent::MouseButtonPress: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF pos = toChart(mouse->position());
        if (mouse->button() != Qt::LeftButton || !m_chart->plotArea().contains(pos))
            return false; // the legend takes its clicks through the scene
        m_dragging = true;
        m_dragLastX = pos.x();
        m_view->viewport()->setCursor(Qt::ClosedHandCursor);
        return true;
    }
    case QEvent::MouseMove: {
        const auto *mouse = static_cast<QMouseEvent *>(event);
        const QPointF pos = toChart(mouse->position());
        if (m_dragging) {
            panBy(pos.x() - m_dragLastX);
            m_dragLastX = pos.x();
        }
        updateCrosshair(pos);
        return m_dragging;
    }
    case QEvent::MouseButtonRelease:
        if (!m_dragging)
            return false;
        m_dragging = false;
        m_view->viewport()->setCursor(Qt::CrossCursor);
        return true;
    case QEvent::MouseButtonDblClick:
        setFollowLive(true); // the quick way back after zooming around
        return true;
    case QEvent::Leave:
        hideCrosshair();
        return false;
    default:
        return false;
    }
}

void RateChart::userMovedView()
{
    if (m_followLive) {
        m_followLive = false;
        Q_EMIT followLiveChanged(false);
    }
    scheduleUpdate();
}

void RateChart::zoomAt(double chartX, double factor)
{
    const QRectF plot = m_chart->plotArea();
    const double span = double(m_toMs - m_fromMs);
    const double anchor = double(m_fromMs) + (chartX - plot.left()) / plot.width() * span;
    const double newSpan =
        std::clamp(span * factor, double(ratechartMinSpanMs), double(kCapacity) * 1000);
    const double newFrom = anchor - (anchor - double(m_fromMs)) * newSpan / span;
    setRange(qint64(std::llround(newFrom)), qint64(std::llround(newFrom + newSpan)));
    userMovedView();
}

void RateChart::panBy(double dxPixels)
{
    const double width = m_chart->plotArea().width();
    if (width <= 0 || dxPixels == 0)
        return;
    const qint64 span = m_toMs - m_fromMs;
    qint64 shift = -qint64(std::llround(dxPixels / width * double(span)));
    // Allow looking half a window past the newest point, no further into the empty future.
    const qint64 maxTo = liveEndMs() + span / 2;
    if (m_toMs + shift > maxTo)
        shift = maxTo - m_toMs;
    setRange(m_fromMs + shift, m_toMs + shift);
    userMovedView();
}

QString RateChart::crosshairText() const
{
    return m_crossVisible ? m_crossLabel->text() : QString();
}

void RateChart::hideCrosshair()
{
    m_crossVisible = false;
    m_crossLine->hide();
    m_crossBox->hide();
}

void RateChart::updateCrosshair(const QPointF &chartPos)
{
    const QRectF plot = m_chart->plotArea();
    if (!plot.contains(chartPos) || plot.width() <= 0 || m_toMs <= m_fromMs) {
        hideCrosshair();
        return;
    }
    m_crossPos = chartPos;
    m_crossVisible = true;
    const double msPerPixel = double(m_toMs - m_fromMs) / plot.width();
    const auto timeAt = [&](double x) {
        return qint64(double(m_fromMs) + (x - plot.left()) * msPerPixel);
    };
    const auto xAt = [&](qint64 t) { return plot.left() + double(t - m_fromMs) / msPerPixel; };
    const qint64 t = timeAt(chartPos.x());

    // The nearest second within a few pixels; all rings share their timestamps.
    const auto &first = m_buffers.front();
    qsizetype index = -1;
    const qsizetype after = first.lowerBound(t);
    const qint64 tolerance = std::max<qint64>(1500, qint64(4 * msPerPixel));
    for (const qsizetype candidate : {after - 1, after}) {
        if (candidate < 0 || candidate >= first.size())
            continue;
        const qint64 distance = std::abs(first.at(candidate).ts - t);
        if (distance <= tolerance && (index < 0 || distance < std::abs(first.at(index).ts - t)))
            index = candidate;
    }
    const qint64 shownTs = index >= 0 ? first.at(index).ts : t;
    const double lineX = index >= 0 ? xAt(shownTs) : chartPos.x();

    const QLocale loc = locale();
    QStringList lines;
    lines << loc.toString(QDateTime::fromMSecsSinceEpoch(shownTs), QStringLiteral("HH:mm:ss"));
    for (int i = 0; i < kEventKinds; ++i) {
        if (!m_kindVisible[size_t(i)])
            continue;
        QString value = tr("no data");
        if (index >= 0) {
            const double v = double(m_buffers[size_t(i)].at(index).value);
            value = loc.toString(v, 'f', v >= 100 ? 0 : (v >= 10 ? 1 : 2));
        }
        lines << tr("%1: %2").arg(kindLabel(EventKind(i)), value);
    }
    for (const AlertMark &a : std::as_const(m_alerts)) {
        if (m_alertSeries->isVisible() && std::abs(a.ts - shownTs) <= tolerance) {
            // Server text: the label is a plain-text item, nothing in it is interpreted.
            lines << tr("Alert (%1): %2").arg(ratechartSeverityLabel(a.severity), a.message);
        }
    }
    m_crossLabel->setText(lines.join(u'\n'));

    m_crossLine->setLine(lineX, plot.top(), lineX, plot.bottom());
    const QRectF textRect = m_crossLabel->boundingRect();
    const QRectF box(0, 0, textRect.width() + 12, textRect.height() + 8);
    m_crossBox->setRect(box);
    m_crossLabel->setPos(6, 4);
    // Beside the line, flipped to its left when it would leave the plot.
    double boxX = lineX + 10;
    if (boxX + box.width() > plot.right())
        boxX = std::max(plot.left(), lineX - 10 - box.width());
    m_crossBox->setPos(boxX, plot.top() + 6);
    m_crossLine->show();
    m_crossBox->show();
}

} // namespace nest::ui
