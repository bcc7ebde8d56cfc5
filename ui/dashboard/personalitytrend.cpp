#include "personalitytrend.h"

#include "chartlocale.h"
#include "decimation.h"
#include "personalitystyle.h"

#include <QChart>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QValueAxis>

#include <algorithm>

namespace nest::ui {

namespace {

constexpr qint64 personalityTrendMinSpanMs = 60'000;
constexpr qint64 personalityTrendDayMs = 24 * 3600 * 1000;
constexpr int personalityTrendTimeTicks = 3;

} // namespace

PersonalityTrend::PersonalityTrend(QWidget *parent)
    : QChartView(parent)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    setObjectName(QStringLiteral("personalityTrend"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(chartExtent(this, 15, 320), chartExtent(this, 12, 220));
    auto *chart = new QChart;
    chart->setMargins(QMargins(4, 4, 4, 4));
    // Beside the plot: five full trait names do not fit in one row below it.
    chart->legend()->setAlignment(Qt::AlignRight);
    m_value->setRange(0, 1);
    m_value->setTickCount(5);
    // A time label needs about a fifth of this narrow plot.
    m_time->setTickCount(personalityTrendTimeTicks);
    m_value->setLabelFormat(QStringLiteral("%.2g"));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    m_buffers.reserve(analytics::kTraits);
    for (int i = 0; i < analytics::kTraits; ++i) {
        m_buffers.emplace_back(kCapacity);
        auto *series = new QLineSeries;
        chart->addSeries(series);
        series->attachAxis(m_time);
        series->attachAxis(m_value);
        m_series.push_back(series);
    }
    setChart(chart);
    // A single-shot timer coalesces live appends into one replace() per frame.
    m_frame.setSingleShot(true);
    m_frame.setInterval(16);
    connect(&m_frame, &QTimer::timeout, this, &PersonalityTrend::refresh);
    applyPalette();
    retranslateUi();
    refresh();
}

void PersonalityTrend::setHistory(const QList<std::pair<qint64, analytics::TraitVector>> &history)
{
    for (auto &buffer : m_buffers)
        buffer.clear();
    for (const auto &[ts, traits] : history) {
        for (int i = 0; i < analytics::kTraits; ++i)
            m_buffers[std::size_t(i)].append(ts, float(traits[std::size_t(i)]));
    }
    m_frame.stop();
    refresh();
}

void PersonalityTrend::append(qint64 ts, const analytics::TraitVector &traits)
{
    for (int i = 0; i < analytics::kTraits; ++i)
        m_buffers[std::size_t(i)].append(ts, float(traits[std::size_t(i)]));
    if (!m_frame.isActive())
        m_frame.start();
}

void PersonalityTrend::clear()
{
    setHistory({});
}

void PersonalityTrend::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        setMinimumSize(chartExtent(this, 15, 320), chartExtent(this, 12, 220));
    QChartView::changeEvent(event);
}

void PersonalityTrend::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    // The decimation budget follows the plot's width.
    if (!m_frame.isActive())
        m_frame.start();
}

void PersonalityTrend::retranslateUi()
{
    localizeChart(chart());
    for (int i = 0; i < analytics::kTraits; ++i)
        m_series[std::size_t(i)]->setName(personalityTraitLabel(i));
    setAccessibleName(tr("Personality trend"));
    refresh(); // the time format is the locale's
}

void PersonalityTrend::applyPalette()
{
    personalityStyleChart(chart(), palette());
    for (int i = 0; i < analytics::kTraits; ++i)
        m_series[std::size_t(i)]->setPen(QPen(personalityTraitColor(i), 2));
}

void PersonalityTrend::refresh()
{
    const charting::TimeSeriesBuffer &first = m_buffers.front();
    qint64 from = QDateTime::currentMSecsSinceEpoch() - personalityTrendMinSpanMs;
    qint64 to = from + personalityTrendMinSpanMs;
    if (!first.isEmpty()) {
        from = first.at(0).ts;
        to = std::max(first.last().ts, from + personalityTrendMinSpanMs);
    }
    const int buckets = std::max(50, int(chart()->plotArea().width()));
    for (int i = 0; i < analytics::kTraits; ++i) {
        charting::decimateMinMax(m_buffers[std::size_t(i)], from, to, buckets, &m_scratch);
        m_series[std::size_t(i)]->replace(m_scratch);
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    const QLocale loc = locale();
    QString format = loc.timeFormat(QLocale::ShortFormat);
    if (to - from >= personalityTrendDayMs) {
        format = loc.dateFormat(QLocale::ShortFormat);
    } else if ((to - from) / (personalityTrendTimeTicks - 1) < 60 * 1000
               && !format.contains(u"ss")) {
        // Ticks less than a minute apart: with minutes only, two would read the same.
        const qsizetype minutes = format.indexOf(u"mm");
        if (minutes >= 0)
            format.insert(minutes + 2, u":ss"_qs);
    }
    m_time->setFormat(format);
    const QString summary = summaryText();
    if (summary != accessibleDescription())
        setAccessibleDescription(summary);
}

QString PersonalityTrend::summaryText() const
{
    const charting::TimeSeriesBuffer &first = m_buffers.front();
    if (first.isEmpty())
        return tr("No estimates yet.");
    const QLocale loc;
    QStringList parts;
    for (int i = 0; i < analytics::kTraits; ++i) {
        const charting::TimeSeriesBuffer &buffer = m_buffers[std::size_t(i)];
        const double last = buffer.at(buffer.size() - 1).value;
        const double change = last - buffer.at(0).value;
        const QString trend = change > 0.02    ? tr("rising")
                              : change < -0.02 ? tr("falling")
                                               : tr("steady");
        parts << tr("%1 %2 (%3)").arg(personalityTraitLabel(i), loc.toString(last, 'f', 2), trend);
    }
    const QDateTime since = QDateTime::fromMSecsSinceEpoch(first.at(0).ts);
    const QDateTime latest = QDateTime::fromMSecsSinceEpoch(first.at(first.size() - 1).ts);
    return tr("%Ln estimates from %1 to %2. Latest: %3.", nullptr, int(first.size()))
        .arg(loc.toString(since, QLocale::ShortFormat), loc.toString(latest, QLocale::ShortFormat),
             parts.join(tr(", ")));
}

} // namespace nest::ui
