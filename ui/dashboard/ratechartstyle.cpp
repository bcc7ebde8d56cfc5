// RateChart's looks: kind names, translations and colours taken from the widget palette.
#include "ratechart.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QGraphicsLineItem>
#include <QGraphicsRectItem>
#include <QGraphicsSimpleTextItem>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QValueAxis>

namespace nest::ui {

using analytics::EventKind;
using analytics::kEventKinds;

namespace {

// Categorical colours that stay apart from each other and from the alert red.
constexpr std::array<QRgb, kEventKinds> ratechartColours = {0x1f77b4, 0xff7f0e, 0x2ca02c, 0x9467bd,
                                                            0x8c564b, 0xe377c2, 0x17becf, 0xbcbd22,
                                                            0x7f7f7f, 0x3d5a98};
constexpr QRgb ratechartAlertColour = 0xd62728;

} // namespace

QString RateChart::kindLabel(EventKind kind)
{
    switch (kind) {
    case EventKind::PageView:
        return tr("Page views");
    case EventKind::Click:
        return tr("Clicks");
    case EventKind::Scroll:
        return tr("Scrolls");
    case EventKind::Dwell:
        return tr("Dwells");
    case EventKind::Key:
        return tr("Key presses");
    case EventKind::Search:
        return tr("Searches");
    case EventKind::Purchase:
        return tr("Purchases");
    case EventKind::Post:
        return tr("Posts");
    case EventKind::Like:
        return tr("Likes");
    case EventKind::Vote:
        return tr("Votes");
    }
    return QString(analytics::eventKindName(kind));
}

void RateChart::retranslateUi()
{
    for (int i = 0; i < kEventKinds; ++i)
        m_series[size_t(i)]->setName(kindLabel(EventKind(i)));
    m_alertSeries->setName(tr("Alerts"));
    m_summaryTs = -1; // the summary is worded anew in the new language
    updateSummary();
    m_valueAxis->setTitleText(tr("Events/s"));
    m_view->setAccessibleName(tr("Event rate per kind"));
    if (m_crossVisible)
        updateCrosshair(m_crossPos);
}

void RateChart::applyPalette()
{
    const QPalette pal = palette();
    // Dark themes get lighter variants of the same hues, so lines keep their contrast.
    const bool dark = pal.color(QPalette::Base).lightness() < 128;
    const QColor text = pal.color(QPalette::Text);
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    m_chart->setBackgroundBrush(pal.brush(QPalette::Base));
    m_view->setBackgroundBrush(pal.brush(QPalette::Base)); // no Window-coloured frame around it
    m_chart->setBackgroundPen(Qt::NoPen);
    m_chart->legend()->setLabelColor(text);
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_timeAxis), static_cast<QAbstractAxis *>(m_valueAxis)}) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        axis->setGridLineColor(grid);
        axis->setLinePenColor(pal.color(QPalette::Mid));
    }
    QColor dimmed = text;
    dimmed.setAlpha(100);
    for (int i = 0; i < kEventKinds; ++i) {
        QColor colour = QColor::fromRgb(ratechartColours[size_t(i)]);
        if (dark)
            colour = colour.lighter(135);
        QPen pen(colour, 1);
        pen.setCosmetic(true);
        m_series[size_t(i)]->setPen(pen);
        const auto markers = m_chart->legend()->markers(m_series[size_t(i)]);
        for (QLegendMarker *marker : markers)
            marker->setLabelBrush(m_kindVisible[size_t(i)] ? QBrush(text) : QBrush(dimmed));
    }
    m_alertSeries->setColor(QColor::fromRgb(ratechartAlertColour));
    m_alertSeries->setBorderColor(pal.color(QPalette::Base));
    const auto alertMarkers = m_chart->legend()->markers(m_alertSeries);
    for (QLegendMarker *marker : alertMarkers)
        marker->setLabelBrush(m_alertSeries->isVisible() ? QBrush(text) : QBrush(dimmed));

    QColor line = text;
    line.setAlpha(150);
    m_crossLine->setPen(QPen(line, 1, Qt::DashLine));
    QColor box = pal.color(QPalette::ToolTipBase);
    box.setAlpha(235);
    m_crossBox->setBrush(box);
    m_crossBox->setPen(QPen(pal.color(QPalette::Mid), 1));
    m_crossLabel->setBrush(pal.color(QPalette::ToolTipText));
}

} // namespace nest::ui
