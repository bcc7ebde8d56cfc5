#pragma once

#include <QChart>
#include <QLocale>

namespace nest::ui {

//! Axis and value labels in the current language's numbers (Arabic-Indic digits in Arabic, …):
//! call from a chart widget's retranslateUi(), after the language (and QLocale) changed.
inline void localizeChart(QChart *chart)
{
    chart->setLocalizeNumbers(true);
    chart->setLocale(QLocale());
}

} // namespace nest::ui
