#pragma once

#include <QColor>
#include <QString>

class QChart;
class QPalette;

namespace nest::ui {

//! The translated, human name of Big Five trait `index` (O, C, E, A, N order); empty when out
//! of range. The wire names of analytics::traitName() are for JSON only.
QString personalityTraitLabel(int index);

//! A colour per trait, distinguishable for colour-blind readers (Okabe–Ito).
QColor personalityTraitColor(int index);

//! Takes background, text and grid colours from `palette`, so the charts follow the app theme
//! instead of Qt Charts' own light theme.
void personalityStyleChart(QChart *chart, const QPalette &palette);

} // namespace nest::ui
