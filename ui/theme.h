#pragma once

#include <QColor>
#include <QIcon>
#include <QObject>
#include <QPalette>

#include <array>
#include <optional>

namespace nest::ui {

//! The app's look: one Light and one Dark palette plus a few named colors, applied to every
//! widget (Fusion style), every chart (they read the palette and named colors on PaletteChange)
//! and every icon (monochrome icons are tinted with the text color).
//!
//! "System" follows the desktop: Qt 6.4 has no color-scheme API, so the app palette is reset to
//! the platform's and its Window lightness says whether it is dark; a ThemeChange from the
//! platform re-reads it.
class Theme final : public QObject {
    Q_OBJECT
public:
    enum class Mode { System, Light, Dark };
    Q_ENUM(Mode)
    enum class Color { Success, Warning, Danger, Info, ChartBackground, ChartGrid };

    static constexpr int kSeriesColors = 10;

    explicit Theme(QObject *parent = nullptr);
    ~Theme() override;

    Mode mode() const { return m_mode; }
    //! Applies `mode` to the whole application at once (every widget gets a PaletteChange).
    void setMode(Mode mode);
    //! Whether the palette in effect is dark (also in System mode).
    bool isDark() const;

    static QPalette lightPalette();
    static QPalette darkPalette();
    static bool isDark(const QPalette &palette);
    static QColor color(Color color, const QPalette &palette);
    //! Line colors that keep at least 3:1 against the chart background of either theme.
    static QColor seriesColor(int index, const QPalette &palette);
    //! A monochrome SVG icon drawn in the palette's text color (no dark icon on dark ground).
    static QIcon tintedIcon(const QString &path, const QPalette &palette);
    static QIcon tintedIcon(const QIcon &source, const QPalette &palette);
    //! WCAG 2 contrast ratio of two opaque colors (1 to 21).
    static double contrastRatio(const QColor &a, const QColor &b);

    static QString modeKey(Mode mode); //!< "system", "light", "dark" (settings, command line)
    static std::optional<Mode> modeFromKey(QStringView key);

Q_SIGNALS:
    void modeChanged(nest::ui::Theme::Mode mode);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void apply();

    Mode m_mode = Mode::System;
    bool m_applying = false;
};

} // namespace nest::ui
