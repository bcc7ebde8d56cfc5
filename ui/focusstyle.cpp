#include "focusstyle.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QFocusFrame>
#include <QGraphicsView>
#include <QPainter>
#include <QStyleOption>

namespace nest::ui {

FocusStyle::FocusStyle(QStyle *base)
    : QProxyStyle(base)
{}

QColor FocusStyle::ringColor(const QPalette &palette)
{
    const QColor highlight = palette.color(QPalette::Highlight);
    return palette.color(QPalette::Window).lightness() < 128 ? highlight.lighter(160) : highlight;
}

void FocusStyle::drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                             const QWidget *widget) const
{
    if (element == CE_FocusFrame) {
        // Like Fusion's own focus marks: after Tab, not after a click or at start-up.
        if (!option->state.testFlag(State_KeyboardFocusChange))
            return;
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(ringColor(option->palette), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option->rect).adjusted(1, 1, -1, -1), 3, 3);
        painter->restore();
        return;
    }
    QProxyStyle::drawControl(element, option, painter, widget);
    if (element == CE_PushButton)
        drawInnerRing(option, painter);
}

void FocusStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                    QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    // Fusion's focus on a tool button (the chart legend's toggles) is a faint tint.
    if (control == CC_ToolButton)
        drawInnerRing(option, painter);
}

void FocusStyle::drawInnerRing(const QStyleOption *option, QPainter *painter)
{
    // Only for keyboard focus, as Fusion does: a click does not leave a ring behind.
    if (!option->state.testFlag(State_HasFocus)
        || !option->state.testFlag(State_KeyboardFocusChange))
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(ringColor(option->palette), 1.5));
    painter->setBrush(Qt::NoBrush);
    painter->drawRoundedRect(QRectF(option->rect).adjusted(2.5, 2.5, -2.5, -2.5), 2, 2);
    painter->restore();
}

int FocusStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                          QStyleHintReturn *returnData) const
{
    // Above: a view that fills its parent (no margin around it) would hide a frame below it.
    if (hint == SH_FocusFrame_AboveWidget)
        return 1;
    return QProxyStyle::styleHint(hint, option, widget, returnData);
}

FocusRing::FocusRing(QObject *parent)
    : QObject(parent)
{
    connect(qApp, &QApplication::focusChanged, this,
            [this](QWidget *, QWidget *now) { follow(now); });
}

void FocusRing::follow(QWidget *now)
{
    // Item views and charts: text boxes, buttons and combos draw their own focus.
    const bool ringed =
        now && (qobject_cast<QAbstractItemView *>(now) || qobject_cast<QGraphicsView *>(now));
    if (!ringed) {
        if (m_frame)
            m_frame->setWidget(nullptr);
        return;
    }
    if (!m_frame)
        m_frame = new QFocusFrame(now); // moves to the parent of the widget it rings
    m_frame->setWidget(now);
}

} // namespace nest::ui
