#pragma once

#include <QChart>
#include <QLocale>
#include <QWidget>

#include <algorithm>

namespace nest::ui {

//! Axis and value labels in the current language's numbers (Arabic-Indic digits in Arabic, …):
//! call from a chart widget's retranslateUi(), after the language (and QLocale) changed.
inline void localizeChart(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

//! A chart's minimum extent in lines of `widget`'s font, at least `floor` pixels: charts grow
//! with the system font size (150% text) instead of squeezing their labels to "…". Call from
//! the constructor and on QEvent::FontChange.
inline int chartExtent(const QWidget *widget, double lines, int floor)
{
    return std::max(floor, int(widget->fontMetrics().height() * lines));
}

} // namespace nest::ui
