#include "tallychart.h"

#include "bidi.h"
#include "chartlocale.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace nest::ui {
namespace {
//! The winning bar: the bars' own colour, deepened (lightened on a dark palette).
QColor govWinnerColor(const QPalette &pal)
{
    const QColor base = pal.color(QPalette::Highlight);
    return pal.color(QPalette::Base).lightness() < 128 ? base.lighter(135) : base.darker(135);
}
} // namespace

TallyChart::TallyChart(QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_series(new QHorizontalBarSeries)
    , m_set(new QBarSet(QString()))
    , m_categories(new QBarCategoryAxis)
    , m_values(new QValueAxis)
{
    m_series->append(m_set);
    m_series->setLabelsVisible(true);
    m_series->setLabelsPosition(QAbstractBarSeries::LabelsInsideEnd);
    m_series->setLabelsFormat(QStringLiteral("@value"));
    m_series->setLabelsPrecision(15); // whole weights, never 1.99e+06
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_categories, Qt::AlignLeft);
    m_chart->addAxis(m_values, Qt::AlignBottom);
    m_series->attachAxis(m_categories);
    m_series->attachAxis(m_values);
    m_values->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->hide();
    m_chart->setMargins(QMargins(4, 4, 4, 4));
    m_chart->setAnimationOptions(QChart::NoAnimation); // a live tally must not lag behind
    m_view = new QChartView(m_chart, this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(chartExtent(this, 9.5, 160));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_view);
    applyPalette();
    localizeChart(m_chart);
    updateSummary();
}

void TallyChart::setTally(const QStringList &choices, const QList<qint64> &tally)
{
    if (choices != m_choices) {
        m_choices = choices;
        m_categories->clear();
        // Bars run bottom-up: reversed, the first choice is on top as in the list.
        QStringList reversed(choices.crbegin(), choices.crend());
        m_categories->append(reversed);
        m_set->remove(0, m_set->count());
        for (qsizetype i = 0; i < choices.size(); ++i)
            m_set->append(0);
        setHighlighted(-1);
    }
    m_tally = tally;
    qint64 top = 1;
    for (qsizetype i = 0; i < choices.size(); ++i) {
        const qint64 value = i < tally.size() ? tally.at(i) : 0;
        top = std::max(top, value);
        m_set->replace(int(choices.size() - 1 - i), double(value));
    }
    m_values->setRange(0, double(top) * 1.15);
    m_values->applyNiceNumbers();
    updateSummary();
}

void TallyChart::setHighlighted(int choice)
{
    const QPalette pal = palette();
    for (int i = 0; i < m_set->count(); ++i)
        m_set->deselectBar(i);
    if (choice >= 0 && choice < m_choices.size())
        m_set->selectBar(int(m_choices.size() - 1 - choice));
    m_set->setSelectedColor(govWinnerColor(pal));
    m_highlighted = choice;
    updateSummary();
}

void TallyChart::updateSummary()
{
    m_view->setAccessibleName(tr("Tally"));
    if (m_choices.isEmpty()) {
        m_view->setAccessibleDescription(tr("No tally yet."));
        return;
    }
    const QLocale loc;
    qint64 total = 0;
    for (qsizetype i = 0; i < m_choices.size(); ++i)
        total += m_tally.value(i);
    QStringList parts;
    qsizetype leader = 0;
    for (qsizetype i = 0; i < m_choices.size(); ++i) {
        const qint64 value = m_tally.value(i);
        if (value > m_tally.value(leader))
            leader = i;
        parts << tr("%1: %2 (%3%)")
                     .arg(isolated(m_choices.at(i)), loc.toString(value),
                          loc.toString(total > 0 ? 100.0 * double(value) / double(total) : 0.0, 'f',
                                       0));
    }
    QString text = tr("Votes by weight: %1.").arg(parts.join(tr(", ")));
    if (m_highlighted >= 0 && m_highlighted < m_choices.size())
        text += u' ' + tr("Winner: %1.").arg(isolated(m_choices.at(m_highlighted)));
    else if (total > 0)
        text += u' ' + tr("Leading: %1.").arg(isolated(m_choices.at(leader)));
    m_view->setAccessibleDescription(text);
}

void TallyChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        m_view->setMinimumHeight(chartExtent(this, 9.5, 160));
    else if (event->type() == QEvent::LanguageChange) {
        localizeChart(m_chart); // values and axis in the language's digits
        updateSummary();
    }
    QWidget::changeEvent(event);
}

void TallyChart::applyPalette()
{
    const QPalette pal = palette();
    m_chart->setBackgroundBrush(pal.base());
    m_chart->setBackgroundPen(Qt::NoPen);
    m_set->setColor(pal.color(QPalette::Highlight));
    m_set->setBorderColor(pal.color(QPalette::Highlight));
    m_set->setLabelColor(pal.color(QPalette::HighlightedText));
    m_set->setSelectedColor(govWinnerColor(pal));
    for (QAbstractAxis *axis :
         {static_cast<QAbstractAxis *>(m_categories), static_cast<QAbstractAxis *>(m_values)}) {
        axis->setLabelsColor(pal.color(QPalette::Text));
        axis->setLinePenColor(pal.color(QPalette::Mid));
        axis->setGridLineColor(pal.color(QPalette::Midlight));
    }
}

} // namespace nest::ui
