#include "theme.h"

#include "focusstyle.h"

#include <QApplication>
#include <QEvent>
#include <QPainter>
#include <QStyleFactory>

#include <cmath>

namespace nest::ui {
namespace {
// Tableau-like hues, one set per background: every line keeps 3:1 against its chart ground.
constexpr std::array<QRgb, Theme::kSeriesColors> kLightSeries{
    0x1f6fb2, 0xd2560b, 0x2a8a2a, 0xc62828, 0x7b4fb0,
    0x8c564b, 0xc2187a, 0x5f6368, 0x8a7f00, 0x00838f};
constexpr std::array<QRgb, Theme::kSeriesColors> kDarkSeries{0x6fb1ea, 0xffa45c, 0x74d07a, 0xff7b7b,
                                                             0xc3a2ee, 0xd2a493, 0xf48cc7, 0xc4c7cc,
                                                             0xe0d25a, 0x5fd3dd};

double channel(double c)
{
    c /= 255.0;
    return c <= 0.03928 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue());
}

void setBoth(QPalette &p, QPalette::ColorRole role, const QColor &active, const QColor &disabled)
{
    p.setColor(QPalette::Active, role, active);
    p.setColor(QPalette::Inactive, role, active);
    p.setColor(QPalette::Disabled, role, disabled);
}
} // namespace

Theme::Theme(QObject *parent)
    : QObject(parent)
{
    // Fusion draws from the palette alone, so both palettes look as designed on every desktop.
    // FocusStyle and FocusRing make the keyboard focus visible where Fusion does not draw it.
    if (QStyle *fusion = QStyleFactory::create(QStringLiteral("Fusion")))
        QApplication::setStyle(new FocusStyle(fusion));
    new FocusRing(this);
    qApp->installEventFilter(this);
}

Theme::~Theme()
{
    if (qApp)
        qApp->removeEventFilter(this);
}

void Theme::setMode(Mode mode)
{
    if (mode == m_mode && QApplication::palette().resolveMask() != 0)
        return;
    m_mode = mode;
    apply();
    Q_EMIT modeChanged(mode);
}

void Theme::apply()
{
    m_applying = true;
    switch (m_mode) {
    case Mode::System:
        QApplication::setPalette(QPalette()); // back to the platform's palette
        break;
    case Mode::Light:
        QApplication::setPalette(lightPalette());
        break;
    case Mode::Dark:
        QApplication::setPalette(darkPalette());
        break;
    }
    m_applying = false;
}

bool Theme::isDark() const
{
    return isDark(QApplication::palette());
}

bool Theme::eventFilter(QObject *watched, QEvent *event)
{
    // The desktop switched its colors: in System mode take its new palette.
    if (watched == qApp && event->type() == QEvent::ThemeChange && m_mode == Mode::System
        && !m_applying)
        apply();
    return QObject::eventFilter(watched, event);
}

QPalette Theme::lightPalette()
{
    QPalette p;
    const QColor text(0x1d, 0x1f, 0x23);
    const QColor disabledText(0x8a, 0x8d, 0x93);
    setBoth(p, QPalette::Window, QColor(0xf3, 0xf4, 0xf6), QColor(0xf3, 0xf4, 0xf6));
    setBoth(p, QPalette::WindowText, text, disabledText);
    setBoth(p, QPalette::Base, Qt::white, QColor(0xf3, 0xf4, 0xf6));
    setBoth(p, QPalette::AlternateBase, QColor(0xf6, 0xf7, 0xf9), QColor(0xf3, 0xf4, 0xf6));
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::PlaceholderText, QColor(0x5f, 0x63, 0x68), disabledText);
    setBoth(p, QPalette::Button, QColor(0xe8, 0xea, 0xed), QColor(0xee, 0xef, 0xf1));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, QColor(0xb0, 0x00, 0x20), QColor(0xb0, 0x00, 0x20));
    setBoth(p, QPalette::Highlight, QColor(0x1a, 0x5f, 0xb4), QColor(0xc8, 0xcc, 0xd2));
    setBoth(p, QPalette::HighlightedText, Qt::white, disabledText);
    setBoth(p, QPalette::Link, QColor(0x0b, 0x57, 0xd0), disabledText);
    setBoth(p, QPalette::LinkVisited, QColor(0x6a, 0x1b, 0x9a), disabledText);
    setBoth(p, QPalette::ToolTipBase, QColor(0xff, 0xff, 0xe8), QColor(0xff, 0xff, 0xe8));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::Light, Qt::white, Qt::white);
    setBoth(p, QPalette::Midlight, QColor(0xe3, 0xe5, 0xe8), QColor(0xe3, 0xe5, 0xe8));
    setBoth(p, QPalette::Mid, QColor(0xb8, 0xbc, 0xc2), QColor(0xb8, 0xbc, 0xc2));
    setBoth(p, QPalette::Dark, QColor(0x8a, 0x8d, 0x93), QColor(0x8a, 0x8d, 0x93));
    setBoth(p, QPalette::Shadow, QColor(0x55, 0x57, 0x5c), QColor(0x55, 0x57, 0x5c));
    return p;
}

QPalette Theme::darkPalette()
{
    QPalette p;
    const QColor text(0xe8, 0xea, 0xed);
    const QColor disabledText(0x7d, 0x81, 0x88);
    setBoth(p, QPalette::Window, QColor(0x20, 0x22, 0x26), QColor(0x20, 0x22, 0x26));
    setBoth(p, QPalette::WindowText, text, disabledText);
    setBoth(p, QPalette::Base, QColor(0x17, 0x19, 0x1c), QColor(0x20, 0x22, 0x26));
    setBoth(p, QPalette::AlternateBase, QColor(0x25, 0x28, 0x2d), QColor(0x20, 0x22, 0x26));
    setBoth(p, QPalette::Text, text, disabledText);
    setBoth(p, QPalette::PlaceholderText, QColor(0xa0, 0xa4, 0xab), disabledText);
    setBoth(p, QPalette::Button, QColor(0x30, 0x33, 0x39), QColor(0x2a, 0x2c, 0x31));
    setBoth(p, QPalette::ButtonText, text, disabledText);
    setBoth(p, QPalette::BrightText, QColor(0xff, 0x8a, 0x80), QColor(0xff, 0x8a, 0x80));
    setBoth(p, QPalette::Highlight, QColor(0x2f, 0x6b, 0xbf), QColor(0x3a, 0x3d, 0x43));
    setBoth(p, QPalette::HighlightedText, Qt::white, disabledText);
    setBoth(p, QPalette::Link, QColor(0x8a, 0xb4, 0xf8), disabledText);
    setBoth(p, QPalette::LinkVisited, QColor(0xc5, 0x8a, 0xf9), disabledText);
    setBoth(p, QPalette::ToolTipBase, QColor(0x30, 0x33, 0x39), QColor(0x30, 0x33, 0x39));
    setBoth(p, QPalette::ToolTipText, text, text);
    setBoth(p, QPalette::Light, QColor(0x45, 0x49, 0x50), QColor(0x45, 0x49, 0x50));
    setBoth(p, QPalette::Midlight, QColor(0x38, 0x3b, 0x41), QColor(0x38, 0x3b, 0x41));
    setBoth(p, QPalette::Mid, QColor(0x55, 0x59, 0x60), QColor(0x55, 0x59, 0x60));
    setBoth(p, QPalette::Dark, QColor(0x12, 0x13, 0x15), QColor(0x12, 0x13, 0x15));
    setBoth(p, QPalette::Shadow, Qt::black, Qt::black);
    return p;
}

bool Theme::isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

QColor Theme::color(Color color, const QPalette &palette)
{
    const bool dark = isDark(palette);
    switch (color) {
    case Color::Success:
        return dark ? QColor(0x74, 0xd0, 0x7a) : QColor(0x1e, 0x7b, 0x34);
    case Color::Warning:
        return dark ? QColor(0xff, 0xc1, 0x4d) : QColor(0x8a, 0x5a, 0x00);
    case Color::Danger:
        return dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb3, 0x26, 0x1e);
    case Color::Info:
        return dark ? QColor(0x8a, 0xb4, 0xf8) : QColor(0x0b, 0x57, 0xd0);
    case Color::ChartBackground:
        return palette.color(QPalette::Base);
    case Color::ChartGrid:
        return dark ? QColor(0x3a, 0x3d, 0x43) : QColor(0xe3, 0xe5, 0xe8);
    }
    return palette.color(QPalette::WindowText);
}

QColor Theme::seriesColor(int index, const QPalette &palette)
{
    const auto i = std::size_t(((index % kSeriesColors) + kSeriesColors) % kSeriesColors);
    return QColor::fromRgb(isDark(palette) ? kDarkSeries[i] : kLightSeries[i]);
}

QIcon Theme::tintedIcon(const QString &path, const QPalette &palette)
{
    return tintedIcon(QIcon(path), palette); // SVG through Qt's icon engine plugin
}

QIcon Theme::tintedIcon(const QIcon &source, const QPalette &palette)
{
    if (source.isNull())
        return source;
    QIcon icon;
    const QColor tint = palette.color(QPalette::WindowText);
    for (int size : {16, 22, 32, 48}) {
        for (qreal ratio : {1.0, 2.0}) {
            QPixmap pixmap = source.pixmap(QSize(size, size), ratio);
            if (pixmap.isNull())
                return source;
            QPainter painter(&pixmap);
            painter.setCompositionMode(QPainter::CompositionMode_SourceIn);
            painter.fillRect(QRectF(QPointF(0, 0), pixmap.deviceIndependentSize()), tint);
            painter.end();
            icon.addPixmap(pixmap);
        }
    }
    return icon;
}

double Theme::contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QString Theme::modeKey(Mode mode)
{
    switch (mode) {
    case Mode::Light:
        return QStringLiteral("light");
    case Mode::Dark:
        return QStringLiteral("dark");
    case Mode::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<Theme::Mode> Theme::modeFromKey(QStringView key)
{
    if (key == u"system")
        return Mode::System;
    if (key == u"light")
        return Mode::Light;
    if (key == u"dark")
        return Mode::Dark;
    return std::nullopt;
}

} // namespace nest::ui
