#pragma once

#include "traits.h"

#include <QChartView>

#include <optional>

class QAreaSeries;
class QCategoryAxis;
class QLineSeries;
class QPolarChart;
class QValueAxis;

namespace nest::ui {

//! A radar (polar) chart of one user's five traits, with the cohort average as a dashed outline.
class PersonalityRadar final : public QChartView {
    Q_OBJECT
public:
    explicit PersonalityRadar(QWidget *parent = nullptr);

    //! Shows `traits`; the fill grows more opaque with `confidence` (0..1), so a guess from
    //! little data looks like one.
    void setTraits(const analytics::TraitVector &traits, double confidence);
    void clearTraits();
    void setCohortAverage(const analytics::TraitVector &average);

    //! The user's closed outline: point i is (i, trait i) for i < 5, point 5 repeats trait 0.
    QLineSeries *userSeries() const { return m_user; }
    QLineSeries *cohortSeries() const { return m_cohort; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void applyPalette();
    void updateFill();
    //! The chart in words for screen readers (accessibleDescription), in the current language.
    void updateSummary();

    QPolarChart *m_chart;
    QCategoryAxis *m_angular;
    QValueAxis *m_radial;
    QLineSeries *m_user;
    QLineSeries *m_fillBoundary;
    QAreaSeries *m_userFill;
    QLineSeries *m_cohort;
    double m_confidence = 0;
    std::optional<analytics::TraitVector> m_traits;
    std::optional<analytics::TraitVector> m_average;
};

} // namespace nest::ui
