#include "personalitystyle.h"

#include "traits.h"

#include <QAbstractAxis>
#include <QChart>
#include <QCoreApplication>
#include <QLegend>
#include <QPalette>

#include <array>

namespace nest::ui {

namespace {

// One translation context for the trait names, shared by every personality widget.
constexpr std::array<const char *, analytics::kTraits> personalityTraitSource = {
    QT_TRANSLATE_NOOP("nest::ui::Personality", "Openness"),
    QT_TRANSLATE_NOOP("nest::ui::Personality", "Conscientiousness"),
    QT_TRANSLATE_NOOP("nest::ui::Personality", "Extraversion"),
    QT_TRANSLATE_NOOP("nest::ui::Personality", "Agreeableness"),
    QT_TRANSLATE_NOOP("nest::ui::Personality", "Neuroticism"),
};

constexpr std::array<QRgb, analytics::kTraits> personalityTraitRgb = {
    0x0072b2, // blue
    0x009e73, // bluish green
    0xe69f00, // orange
    0xcc79a7, // reddish purple
    0xd55e00, // vermillion
};

} // namespace

QString personalityTraitLabel(int index)
{
    if (index < 0 || index >= analytics::kTraits)
        return {};
    return QCoreApplication::translate("nest::ui::Personality",
                                       personalityTraitSource[std::size_t(index)]);
}

QColor personalityTraitColor(int index)
{
    if (index < 0 || index >= analytics::kTraits)
        return {};
    return QColor::fromRgb(personalityTraitRgb[std::size_t(index)]);
}

void personalityStyleChart(QChart *chart, const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    QColor grid = palette.color(QPalette::Mid);
    grid.setAlpha(110);
    chart->setBackgroundBrush(palette.color(QPalette::Base));
    chart->setBackgroundPen(Qt::NoPen);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const auto axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsBrush(text);
        axis->setTitleBrush(text);
        axis->setLinePenColor(grid);
        axis->setGridLineColor(grid);
    }
}

} // namespace nest::ui
