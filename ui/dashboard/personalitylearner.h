#pragma once

#include "dashboarddata.h"

#include <QGroupBox>

class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineSeries;
class QValueAxis;

namespace nest::ui {

//! The continuous learner's state (version, samples, labels, loss, last update) and its loss
//! over time.
class PersonalityLearnerView final : public QGroupBox {
    Q_OBJECT
public:
    //! Loss points kept; older ones are dropped (the learner reports a few per minute at most).
    static constexpr qsizetype kMaxHistory = 2'000;

    explicit PersonalityLearnerView(QWidget *parent = nullptr);

    void setModelState(const ModelState &state);
    const ModelState &modelState() const { return m_state; }
    //! (updatedAt ms, loss), oldest first.
    const QList<QPointF> &lossHistory() const { return m_history; }
    QLineSeries *lossSeries() const { return m_loss; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyPalette();
    void refreshChart();
    //! The loss chart in words for screen readers: latest loss and its direction.
    void updateSummary();

    ModelState m_state;
    bool m_hasState = false;
    QList<QPointF> m_history;
    QLabel *m_versionCaption;
    QLabel *m_samplesCaption;
    QLabel *m_labeledCaption;
    QLabel *m_lossCaption;
    QLabel *m_updatedCaption;
    QLabel *m_version;
    QLabel *m_samples;
    QLabel *m_labeled;
    QLabel *m_lossText;
    QLabel *m_updated;
    QChartView *m_view;
    QLineSeries *m_loss;
    QDateTimeAxis *m_time;
    QValueAxis *m_value;
};

} // namespace nest::ui
