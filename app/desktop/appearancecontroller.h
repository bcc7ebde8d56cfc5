#pragma once

#include "language.h"
#include "theme.h"

#include <QObject>

namespace nest::ui {
class AppearanceSettings;
class MainWindow;
} // namespace nest::ui

namespace nest::desktop {

//! Theme and language for the whole app: restored from QSettings at start (or taken from the
//! command line for this run only), switched live from Settings or the View menu, remembered.
class AppearanceController final : public QObject {
    Q_OBJECT
public:
    struct Overrides {
        QString theme;    //!< "system", "light", "dark"; empty: the remembered one
        QString language; //!< "en", "ko", ...; empty: the remembered one, else the system's
    };

    AppearanceController(ui::MainWindow &window, ui::AppearanceSettings &settings,
                         const Overrides &overrides, QObject *parent = nullptr);

    ui::Theme &theme() { return m_theme; }
    ui::Language &language() { return m_language; }

    void chooseTheme(ui::Theme::Mode mode);
    void chooseLanguage(const QString &code);

private:
    void showCurrent();

    ui::MainWindow &m_window;
    ui::AppearanceSettings &m_settings;
    ui::Theme m_theme;
    ui::Language m_language;
    bool m_remember = true; //!< false while a command-line choice is in effect
};

} // namespace nest::desktop
