#pragma once

#include "theme.h"

#include <QWidget>

class QComboBox;
class QLabel;

namespace nest::ui {

//! Settings → Appearance: theme (System, Light, Dark) and language, each applied at once.
class AppearanceSettings final : public QWidget {
    Q_OBJECT
public:
    explicit AppearanceSettings(QWidget *parent = nullptr);

    void setThemeMode(Theme::Mode mode);
    void setLanguage(const QString &code);

Q_SIGNALS:
    void themeChosen(nest::ui::Theme::Mode mode);
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_heading;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QLabel *m_languageLabel;
    QComboBox *m_language;
};

} // namespace nest::ui
