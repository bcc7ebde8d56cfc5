#include "appearancecontroller.h"

#include "appearancesettings.h"
#include "mainwindow.h"

#include <QSettings>

namespace nest::desktop {
namespace {
const QString kThemeKey = QStringLiteral("ui/theme");
const QString kLanguageKey = QStringLiteral("ui/language");
} // namespace

AppearanceController::AppearanceController(ui::MainWindow &window, ui::AppearanceSettings &settings,
                                           const Overrides &overrides, QObject *parent)
    : QObject(parent)
    , m_window(window)
    , m_settings(settings)
{
    QSettings stored;
    const QString themeKey =
        overrides.theme.isEmpty() ? stored.value(kThemeKey).toString() : overrides.theme;
    m_theme.setMode(ui::Theme::modeFromKey(themeKey).value_or(ui::Theme::Mode::System));
    QString language =
        overrides.language.isEmpty() ? stored.value(kLanguageKey).toString() : overrides.language;
    if (!ui::Language::isSupported(language))
        language = ui::Language::systemDefault();
    m_language.setLanguage(language);
    // A choice made on the command line (screenshots, a quick look) is not remembered.
    m_remember = overrides.theme.isEmpty() && overrides.language.isEmpty();
    showCurrent();

    connect(&window, &ui::MainWindow::themeChosen, this, &AppearanceController::chooseTheme);
    connect(&settings, &ui::AppearanceSettings::themeChosen, this,
            &AppearanceController::chooseTheme);
    connect(&window, &ui::MainWindow::languageChosen, this, &AppearanceController::chooseLanguage);
    connect(&settings, &ui::AppearanceSettings::languageChosen, this,
            &AppearanceController::chooseLanguage);
}

void AppearanceController::chooseTheme(ui::Theme::Mode mode)
{
    m_theme.setMode(mode);
    m_remember = true;
    QSettings().setValue(kThemeKey, ui::Theme::modeKey(mode));
    showCurrent();
}

void AppearanceController::chooseLanguage(const QString &code)
{
    if (!m_language.setLanguage(code))
        return;
    m_remember = true;
    QSettings().setValue(kLanguageKey, code);
    showCurrent();
}

void AppearanceController::showCurrent()
{
    m_window.setThemeMode(m_theme.mode());
    m_window.setLanguage(m_language.current());
    m_settings.setThemeMode(m_theme.mode());
    m_settings.setLanguage(m_language.current());
}

} // namespace nest::desktop
