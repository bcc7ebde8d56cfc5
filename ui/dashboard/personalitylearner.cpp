#include "personalitylearner.h"

#include "chartlocale.h"
#include "personalitystyle.h"

#include <QChart>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace nest::ui {

PersonalityLearnerView::PersonalityLearnerView(QWidget *parent)
    : QGroupBox(parent)
    , m_versionCaption(new QLabel(this))
    , m_samplesCaption(new QLabel(this))
    , m_labeledCaption(new QLabel(this))
    , m_lossCaption(new QLabel(this))
    , m_updatedCaption(new QLabel(this))
    , m_version(new QLabel(this))
    , m_samples(new QLabel(this))
    , m_labeled(new QLabel(this))
    , m_lossText(new QLabel(this))
    , m_updated(new QLabel(this))
    , m_view(new QChartView(this))
    , m_loss(new QLineSeries)
    , m_time(new QDateTimeAxis)
    , m_value(new QValueAxis)
{
    setObjectName(QStringLiteral("personalityLearner"));
    m_version->setObjectName(QStringLiteral("learnerVersion"));
    m_samples->setObjectName(QStringLiteral("learnerSamples"));
    m_labeled->setObjectName(QStringLiteral("learnerLabeled"));
    m_lossText->setObjectName(QStringLiteral("learnerLoss"));
    m_updated->setObjectName(QStringLiteral("learnerUpdated"));
    auto *form = new QFormLayout;
    form->addRow(m_versionCaption, m_version);
    form->addRow(m_samplesCaption, m_samples);
    form->addRow(m_labeledCaption, m_labeled);
    form->addRow(m_lossCaption, m_lossText);
    form->addRow(m_updatedCaption, m_updated);
    for (QLabel *value : {m_version, m_samples, m_labeled, m_lossText, m_updated}) {
        value->setTextFormat(Qt::PlainText);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }

    auto *chart = new QChart;
    chart->legend()->hide();
    chart->setMargins(QMargins(2, 2, 2, 2));
    chart->addAxis(m_time, Qt::AlignBottom);
    chart->addAxis(m_value, Qt::AlignLeft);
    chart->addSeries(m_loss);
    m_loss->attachAxis(m_time);
    m_loss->attachAxis(m_value);
    m_time->setTickCount(3);
    m_value->setTickCount(3);
    m_view->setChart(chart);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(chartExtent(this, 8, 140));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_view, 1);
    applyPalette();
    retranslateUi();
    refreshChart();
}

void PersonalityLearnerView::setModelState(const ModelState &state)
{
    m_state = state;
    m_hasState = true;
    // Polling returns the same state until the learner trains again: one point per update.
    const qint64 at = state.updatedAt;
    if (at > 0 && (m_history.isEmpty() || qint64(m_history.last().x()) < at)) {
        m_history.append(QPointF(double(at), state.loss));
        if (m_history.size() > kMaxHistory)
            m_history.remove(0, m_history.size() - kMaxHistory);
        refreshChart();
    }
    retranslateUi();
}

void PersonalityLearnerView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        applyPalette();
    else if (event->type() == QEvent::FontChange)
        m_view->setMinimumHeight(chartExtent(this, 8, 140));
    QGroupBox::changeEvent(event);
}

void PersonalityLearnerView::retranslateUi()
{
    localizeChart(m_view->chart());
    setTitle(tr("Continuous learner"));
    m_versionCaption->setText(tr("Version:"));
    m_samplesCaption->setText(tr("Samples seen:"));
    m_labeledCaption->setText(tr("Labeled samples:"));
    m_lossCaption->setText(tr("Loss:"));
    m_updatedCaption->setText(tr("Updated:"));
    m_view->setAccessibleName(tr("Learner loss over time"));
    m_view->chart()->setTitle(tr("Loss over time"));
    updateSummary();
    const QLocale loc = locale();
    const QString none = tr("–", "no value yet");
    if (!m_hasState) {
        for (QLabel *value : {m_version, m_samples, m_labeled, m_lossText, m_updated})
            value->setText(none);
        return;
    }
    m_version->setText(loc.toString(m_state.version));
    m_samples->setText(loc.toString(m_state.samplesSeen));
    m_labeled->setText(loc.toString(m_state.labeledSamples));
    m_lossText->setText(loc.toString(m_state.loss, 'g', 4));
    m_updated->setText(m_state.updatedAt > 0 ? loc.toString(
                           QDateTime::fromMSecsSinceEpoch(m_state.updatedAt), QLocale::ShortFormat)
                                             : none);
}

void PersonalityLearnerView::applyPalette()
{
    personalityStyleChart(m_view->chart(), palette());
    m_loss->setPen(QPen(palette().color(QPalette::Highlight), 2));
}

void PersonalityLearnerView::refreshChart()
{
    m_loss->replace(m_history);
    // One point draws as nothing without a marker.
    m_loss->setPointsVisible(m_history.size() == 1);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    qint64 from = m_history.isEmpty() ? now - 60'000 : qint64(m_history.first().x());
    qint64 to = m_history.isEmpty() ? now : qint64(m_history.last().x());
    if (to - from < 60'000) {
        from -= 30'000;
        to += 30'000;
    }
    m_time->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
    m_time->setFormat(locale().timeFormat(QLocale::ShortFormat));
    double top = 0;
    for (const QPointF &p : std::as_const(m_history))
        top = std::max(top, p.y());
    m_value->setRange(0, top > 0 ? top * 1.1 : 1);
    m_value->applyNiceNumbers(); // 0, 0.05, 0.1 rather than 0.0484, 0.0968
    // Qt Charts sizes the axis by its end labels and truncates longer ones in between: give all
    // labels as many decimals as the tick step needs, so that they are equally wide.
    const double step = m_value->max() / std::max(1, m_value->tickCount() - 1);
    const int decimals = std::clamp(int(std::ceil(-std::log10(step))), 0, 6);
    m_value->setLabelFormat(QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f"));
    updateSummary();
}

void PersonalityLearnerView::updateSummary()
{
    if (m_history.isEmpty()) {
        m_view->setAccessibleDescription(tr("No training updates yet."));
        return;
    }
    const QLocale loc;
    const double first = m_history.first().y();
    const double last = m_history.last().y();
    const QString trend = m_history.size() < 2  ? tr("steady")
                          : last < first * 0.95 ? tr("falling")
                          : last > first * 1.05 ? tr("rising")
                                                : tr("steady");
    m_view->setAccessibleDescription(
        tr("Loss %1 at %2, %3 over %Ln updates.", nullptr, int(m_history.size()))
            .arg(loc.toString(last, 'g', 4),
                 loc.toString(QDateTime::fromMSecsSinceEpoch(qint64(m_history.last().x())),
                              QLocale::ShortFormat),
                 trend));
}

} // namespace nest::ui
