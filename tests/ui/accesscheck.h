// Checks for keyboard and screen-reader access and for clipped text, shared by the UI tests.
#pragma once

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSlider>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QChartView>
#include <QComboBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QScrollArea>
#include <QScrollBar>
#include <QSet>
#include <QTabBar>
#include <QTest>
#include <QTextEdit>

namespace nest::tests {

inline QString describe(const QWidget *w)
{
    if (!w)
        return QStringLiteral("nothing");
    QString text;
    if (auto *button = qobject_cast<const QAbstractButton *>(w))
        text = button->text();
    return QString::fromLatin1(w->metaObject()->className()) + u'(' + w->objectName()
           + (text.isEmpty() ? QString() : u" \"" + text + u'"') + u')';
}

//! A control someone works with, as opposed to a label or a container.
inline bool isInteractive(const QWidget *w)
{
    if (qobject_cast<const QScrollBar *>(w))
        return false; // scrolled by the keys of the view it belongs to
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QPlainTextEdit *>(w)
           || qobject_cast<const QTextEdit *>(w) || qobject_cast<const QAbstractSlider *>(w);
}

//! The line edit in a spin box or an editable combo, a line edit's clear button, a tab bar's
//! arrows, an item view's editors: parts of a control that are reached through it.
inline bool isPartOfControl(const QWidget *w, const QWidget *root)
{
    for (const QWidget *p = w->parentWidget(); p && p != root; p = p->parentWidget()) {
        if (qobject_cast<const QComboBox *>(p) || qobject_cast<const QAbstractSpinBox *>(p)
            || qobject_cast<const QLineEdit *>(p) || qobject_cast<const QTabBar *>(p)
            || qobject_cast<const QAbstractItemView *>(p))
            return true;
    }
    return false;
}

//! Every visible, enabled control in `root` (root included).
inline QList<QWidget *> interactiveWidgets(QWidget *root)
{
    QList<QWidget *> found;
    QList<QWidget *> all = root->findChildren<QWidget *>();
    all.prepend(root);
    for (QWidget *w : all) {
        if (w->isVisible() && w->isEnabled() && isInteractive(w) && !isPartOfControl(w, root))
            found << w;
    }
    return found;
}

struct FocusWalk {
    bool started = false;
    bool returned = false;
    QWidget *last = nullptr;
    QSet<QWidget *> reached;
    //! Each widget Tab focused (the origin excepted), as it looked with the focus.
    QList<std::pair<QPointer<QWidget>, QImage>> focusedLooks;
};

//! `w` and a few pixels around it as the window shows them (a focus frame may sit outside).
inline QImage lookAround(QWidget *w)
{
    QWidget *window = w->window();
    const QRect around(w->mapTo(window, QPoint(-4, -4)), w->size() + QSize(8, 8));
    return window->grab(around).toImage();
}

//! Widgets that look the same with and without the keyboard focus: a user tabbing through
//! cannot see where they are. Call right after the walk (focus back on its origin).
inline QStringList invisibleFocus(const FocusWalk &walk)
{
    QStringList invisible;
    for (const auto &[widget, focused] : walk.focusedLooks) {
        if (widget && widget->isVisible() && lookAround(widget) == focused)
            invisible << describe(widget);
    }
    return invisible;
}

//! Presses Tab (as a user would) from `start` until focus is back on it, at most `bound` times.
//! A widget counts as reached with the controls it is a part of (a spin box's line edit).
inline FocusWalk walkFocusChain(QWidget *top, QWidget *start, int bound)
{
    FocusWalk walk;
    start->setFocus(Qt::TabFocusReason);
    QApplication::processEvents();
    QWidget *focus = QApplication::focusWidget();
    walk.started = focus && (focus == start || start->isAncestorOf(focus));
    if (!walk.started)
        return walk;
    const QWidget *origin = focus;
    for (QWidget *w = focus; w && w != top; w = w->parentWidget())
        walk.reached.insert(w);
    for (int i = 0; i < bound; ++i) {
        QTest::keyClick(focus, Qt::Key_Tab);
        QApplication::processEvents();
        focus = QApplication::focusWidget();
        walk.last = focus;
        if (!focus || !top->isAncestorOf(focus))
            return walk; // left the window: a broken chain
        if (focus == origin) {
            walk.returned = true;
            return walk;
        }
        for (QWidget *w = focus; w && w != top; w = w->parentWidget())
            walk.reached.insert(w);
        walk.focusedLooks.append({focus, lookAround(focus)});
    }
    return walk;
}

//! What a screen reader says for `w`.
inline QString accessibleText(QWidget *w, QAccessible::Text kind)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
    return iface ? iface->text(kind).trimmed() : QString();
}

//! Controls a screen reader would announce without a name ("button"), icon-only buttons first
//! among them.
inline QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    for (QWidget *w : interactiveWidgets(root)) {
        if (accessibleText(w, QAccessible::Name).isEmpty())
            nameless << describe(w);
    }
    return nameless;
}

//! Charts a screen reader cannot read: no accessibleDescription.
inline QStringList chartsWithoutSummary(QWidget *root)
{
    QStringList silent;
    for (QChartView *view : root->findChildren<QChartView *>()) {
        if (view->isVisible() && view->accessibleDescription().trimmed().isEmpty())
            silent << describe(view) + u" in " + describe(view->parentWidget());
    }
    return silent;
}

//! Labels and buttons whose text does not fit the room they have (clipped, not elided).
inline QStringList clippedTexts(QWidget *root)
{
    constexpr int kSlack = 1; // rounding between font metrics and layout
    QStringList clipped;
    for (QWidget *w : root->findChildren<QWidget *>()) {
        if (!w->isVisible() || w->width() <= 0)
            continue;
        // In a scroll area, the content may be larger than what is on screen: that scrolls.
        if (auto *label = qobject_cast<QLabel *>(w)) {
            if (label->text().isEmpty() || !label->pixmap().isNull())
                continue;
            int needWidth = label->minimumSizeHint().width();
            int needHeight = label->minimumSizeHint().height();
            if (label->wordWrap()) {
                needWidth = 0; // it wraps: what matters is the height at its width
                needHeight = label->heightForWidth(label->width());
            }
            if (needWidth > label->width() + kSlack || needHeight > label->height() + kSlack)
                clipped << describe(w) + u" \"" + label->text().left(40) + u"\" needs "
                               + QString::number(needWidth) + u'x' + QString::number(needHeight)
                               + u" has " + QString::number(label->width()) + u'x'
                               + QString::number(label->height());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            if (button->text().isEmpty() || isPartOfControl(w, root))
                continue;
            const QSize need = button->sizeHint();
            if (need.width() > button->width() + kSlack
                || need.height() > button->height() + kSlack)
                clipped << describe(w) + u" needs " + QString::number(need.width()) + u'x'
                               + QString::number(need.height()) + u" has "
                               + QString::number(button->width()) + u'x'
                               + QString::number(button->height());
        }
    }
    return clipped;
}

} // namespace nest::tests
