#include "personalityradar.h"

#include "chartlocale.h"
#include "personalitystyle.h"

#include <QAreaSeries>
#include <QCategoryAxis>
#include <QEvent>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QPolarChart>
#include <QValueAxis>

#include <algorithm>

namespace nest::ui {

namespace {

// The angular axis runs 0..5 so that trait i sits at i and 5 wraps back onto trait 0.
QList<QPointF> personalityRadarOutline(const analytics::TraitVector &traits)
{
    QList<QPointF> points;
    points.reserve(analytics::kTraits + 1);
    for (int i = 0; i < analytics::kTraits; ++i)
        points.append(QPointF(i, traits[std::size_t(i)]));
    points.append(QPointF(analytics::kTraits, traits[0]));
    return points;
}

} // namespace

PersonalityRadar::PersonalityRadar(QWidget *parent)
    : QChartView(parent)
    , m_chart(new QPolarChart)
    , m_angular(new QCategoryAxis)
    , m_radial(new QValueAxis)
    , m_user(new QLineSeries)
    , m_fillBoundary(new QLineSeries(this)) // QAreaSeries does not take ownership of it
    , m_userFill(new QAreaSeries(m_fillBoundary))
    , m_cohort(new QLineSeries)
{
    setObjectName(QStringLiteral("personalityRadar"));
    setRenderHint(QPainter::Antialiasing);
    setMinimumSize(chartExtent(this, 17, 340), chartExtent(this, 15, 280));
    // Room beside the circle for the longest trait name, in any language.
    m_chart->setMargins(QMargins(28, 4, 28, 4));
    m_chart->legend()->setAlignment(Qt::AlignBottom);

    m_angular->setRange(0, analytics::kTraits);
    m_angular->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    m_radial->setRange(0, 1);
    m_radial->setTickCount(5);
    m_radial->setLabelFormat(QStringLiteral("%.2g"));
    m_chart->addAxis(m_angular, QPolarChart::PolarOrientationAngular);
    m_chart->addAxis(m_radial, QPolarChart::PolarOrientationRadial);

    // The fill is a separate area series without a pen: an area's outline would also draw the
    // spoke from the centre to the first trait.
    const auto add = [this](QAbstractSeries *series) {
        m_chart->addSeries(series);
        series->attachAxis(m_angular);
        series->attachAxis(m_radial);
    };
    add(m_userFill);
    add(m_user);
    add(m_cohort);
    setChart(m_chart);
    // The fill has no legend entry of its own: the outline's stands for both. The cohort's stays
    // hidden, with its outline, until the owner has an average.
    for (QAbstractSeries *series :
         {static_cast<QAbstractSeries *>(m_userFill), static_cast<QAbstractSeries *>(m_cohort)}) {
        for (QLegendMarker *marker : m_chart->legend()->markers(series))
            marker->setVisible(false);
    }
    m_cohort->setVisible(false);
    clearTraits();
    applyPalette();
    retranslateUi();
}

void PersonalityRadar::setTraits(const analytics::TraitVector &traits, double confidence)
{
    m_confidence = std::clamp(confidence, 0.0, 1.0);
    const QList<QPointF> outline = personalityRadarOutline(traits);
    m_user->replace(outline);
    m_fillBoundary->replace(outline);
    m_traits = traits;
    updateFill();
    updateSummary();
}

void PersonalityRadar::clearTraits()
{
    // Emptied rather than hidden: showing a series again would bring back the fill's legend entry.
    m_user->clear();
    m_fillBoundary->clear();
    m_traits.reset();
    updateSummary();
}

void PersonalityRadar::setCohortAverage(const analytics::TraitVector &average)
{
    m_cohort->replace(personalityRadarOutline(average));
    m_cohort->setVisible(true);
    for (QLegendMarker *marker : m_chart->legend()->markers(m_cohort))
        marker->setVisible(true);
    m_average = average;
    updateSummary();
}

void PersonalityRadar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange) {
        setMinimumSize(chartExtent(this, 17, 340), chartExtent(this, 15, 280));
        applyPalette(); // label fonts follow the widget's
    }
    QChartView::changeEvent(event);
}

void PersonalityRadar::retranslateUi()
{
    localizeChart(m_chart);
    // QCategoryAxis keys categories by label: rebuild them rather than rename in place.
    for (const QString &label : m_angular->categoriesLabels())
        m_angular->remove(label);
    for (int i = 0; i < analytics::kTraits; ++i)
        m_angular->append(personalityTraitLabel(i), i);
    // Series names are drawn as rich text by the legend: never put user text here.
    m_user->setName(tr("Selected user"));
    m_cohort->setName(tr("Cohort average"));
    setAccessibleName(tr("Personality radar"));
    updateSummary();
}

void PersonalityRadar::updateSummary()
{
    const QLocale loc;
    const auto values = [&loc](const analytics::TraitVector &traits) {
        QStringList parts;
        for (int i = 0; i < analytics::kTraits; ++i)
            parts << tr("%1 %2").arg(personalityTraitLabel(i),
                                     loc.toString(traits[std::size_t(i)], 'f', 2));
        return parts.join(tr(", "));
    };
    QString text = m_traits ? tr("Selected user: %1; confidence %2%.")
                                  .arg(values(*m_traits), loc.toString(m_confidence * 100, 'f', 0))
                            : tr("No user selected.");
    if (m_average)
        text += u' ' + tr("Cohort average: %1.").arg(values(*m_average));
    setAccessibleDescription(text);
}

void PersonalityRadar::applyPalette()
{
    personalityStyleChart(m_chart, palette());
    m_userFill->setPen(Qt::NoPen);
    m_user->setPen(QPen(palette().color(QPalette::Highlight), 2.5));
    updateFill();
    // Radial labels sit on the first spoke, under the data: keep them quiet.
    QColor quiet = palette().color(QPalette::PlaceholderText);
    m_radial->setLabelsBrush(quiet);
    QFont small = m_radial->labelsFont();
    small.setPointSizeF(font().pointSizeF() * 0.8);
    m_radial->setLabelsFont(small);
    // "Conscientiousness" is long: a slightly smaller font keeps it whole beside the circle.
    QFont names = m_angular->labelsFont();
    names.setPointSizeF(font().pointSizeF() * 0.9);
    m_angular->setLabelsFont(names);
    QColor cohort = palette().color(QPalette::Text);
    cohort.setAlphaF(0.7f);
    m_cohort->setPen(QPen(cohort, 1.5, Qt::DashLine));
}

void PersonalityRadar::updateFill()
{
    QColor fill = palette().color(QPalette::Highlight);
    // Even a confident estimate stays translucent, so the cohort outline shows through.
    fill.setAlphaF(float(0.12 + 0.33 * m_confidence));
    m_userFill->setBrush(fill);
}

} // namespace nest::ui
