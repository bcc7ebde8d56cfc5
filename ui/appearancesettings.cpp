#include "appearancesettings.h"

#include "language.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>

namespace nest::ui {

AppearanceSettings::AppearanceSettings(QWidget *parent)
    : QWidget(parent)
    , m_heading(new QLabel(this))
    , m_themeLabel(new QLabel(this))
    , m_theme(new QComboBox(this))
    , m_languageLabel(new QLabel(this))
    , m_language(new QComboBox(this))
{
    setObjectName(QStringLiteral("appearanceSettings"));
    m_theme->setObjectName(QStringLiteral("theme"));
    m_language->setObjectName(QStringLiteral("language"));
    QFont bold = m_heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.1);
    m_heading->setFont(bold);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark})
        m_theme->addItem(QString(), QVariant::fromValue(mode));
    // Each language named in itself, so that anybody finds their own whatever is shown now.
    for (const Language::Entry &entry : Language::available())
        m_language->addItem(entry.nativeName, entry.code);
    m_theme->setMinimumContentsLength(18);
    m_language->setMinimumContentsLength(18);
    m_themeLabel->setBuddy(m_theme);
    m_languageLabel->setBuddy(m_language);

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    form->addRow(m_heading);
    form->addRow(m_themeLabel, m_theme);
    form->addRow(m_languageLabel, m_language);

    connect(m_theme, &QComboBox::activated, this, [this](int index) {
        Q_EMIT themeChosen(m_theme->itemData(index).value<Theme::Mode>());
    });
    connect(m_language, &QComboBox::activated, this,
            [this](int index) { Q_EMIT languageChosen(m_language->itemData(index).toString()); });
    retranslateUi();
}

void AppearanceSettings::setThemeMode(Theme::Mode mode)
{
    m_theme->setCurrentIndex(m_theme->findData(QVariant::fromValue(mode)));
}

void AppearanceSettings::setLanguage(const QString &code)
{
    m_language->setCurrentIndex(m_language->findData(code));
}

void AppearanceSettings::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void AppearanceSettings::retranslateUi()
{
    m_heading->setText(tr("Appearance"));
    m_themeLabel->setText(tr("&Theme:"));
    m_theme->setItemText(0, tr("Same as the system"));
    m_theme->setItemText(1, tr("Light"));
    m_theme->setItemText(2, tr("Dark"));
    m_languageLabel->setText(tr("&Language:"));
    m_theme->setAccessibleName(tr("Theme"));
    m_language->setAccessibleName(tr("Language"));
}

} // namespace nest::ui
