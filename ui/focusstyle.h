#pragma once

#include <QPointer>
#include <QProxyStyle>

class QFocusFrame;

namespace nest::ui {

//! Fusion with a focus you can see in both themes. Fusion marks a focused push button like the
//! default one and draws no focus at all on flat buttons, item views without a current item and
//! charts; this style adds a ring inside focused buttons and draws the focus frame that
//! FocusRing puts around focused views.
class FocusStyle final : public QProxyStyle {
    Q_OBJECT
public:
    explicit FocusStyle(QStyle *base);

    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget) const override;
    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr,
                  QStyleHintReturn *returnData = nullptr) const override;

    //! The ring's colour: the palette's highlight, lightened on a dark palette for contrast.
    static QColor ringColor(const QPalette &palette);

private:
    static void drawInnerRing(const QStyleOption *option, QPainter *painter);
};

//! Puts one QFocusFrame around whichever item view or chart has the keyboard focus.
class FocusRing final : public QObject {
    Q_OBJECT
public:
    explicit FocusRing(QObject *parent = nullptr);

private:
    void follow(QWidget *now);

    QPointer<QFocusFrame> m_frame;
};

} // namespace nest::ui
