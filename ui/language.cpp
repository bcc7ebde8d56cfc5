#include "language.h"

#include "uilogging.h"

#include <QApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace nest::ui {

Language::Language(QObject *parent)
    : QObject(parent)
{}

Language::~Language()
{
    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
}

QList<Language::Entry> Language::available()
{
    // Native names are data, not UI text: they read the same in every language.
    return {{QStringLiteral("en"), QStringLiteral("English")},
            {QStringLiteral("ko"), QStringLiteral("한국어")},
            {QStringLiteral("ja"), QStringLiteral("日本語")},
            {QStringLiteral("zh_CN"), QStringLiteral("简体中文")},
            {QStringLiteral("ar"), QStringLiteral("العربية")}};
}

bool Language::isSupported(const QString &code)
{
    for (const Entry &e : available()) {
        if (e.code == code)
            return true;
    }
    return false;
}

QString Language::systemDefault()
{
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QLocale locale(ui);
        if (locale.language() == QLocale::Chinese) {
            // Simplified Chinese is what we ship; Traditional readers get English, not it.
            if (locale.script() != QLocale::TraditionalChineseScript
                && locale.territory() != QLocale::Taiwan && locale.territory() != QLocale::HongKong)
                return QStringLiteral("zh_CN");
            continue;
        }
        const QString code = QLocale::languageToCode(locale.language());
        if (isSupported(code))
            return code;
    }
    return QStringLiteral("en");
}

bool Language::setLanguage(const QString &code)
{
    if (!isSupported(code))
        return false;
    if (code == m_current)
        return true;
    auto app = std::make_unique<QTranslator>();
    if (!app->load(QStringLiteral(":/i18n/nest_%1.qm").arg(code)))
        qCWarning(lcUi).noquote() << "no translation resource for" << code;
    auto qt = std::make_unique<QTranslator>();
    // Qt's own dialogs (file dialogs, message box buttons); English needs none.
    if (code != QLatin1StringView("en")
        && !qt->load(QStringLiteral("qtbase_%1").arg(code),
                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        qCWarning(lcUi).noquote() << "no Qt translation for" << code;

    if (m_app)
        QCoreApplication::removeTranslator(m_app.get());
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    m_app = std::move(app);
    m_qt = std::move(qt);
    m_current = code;
    const QLocale locale(code);
    QLocale::setDefault(locale);
    QGuiApplication::setLayoutDirection(locale.textDirection());
    // Installing sends every widget a LanguageChange: it retranslates with the new locale set.
    QCoreApplication::installTranslator(m_qt.get());
    QCoreApplication::installTranslator(m_app.get());
    Q_EMIT languageChanged(code);
    return true;
}

} // namespace nest::ui
