#pragma once

#include <QList>
#include <QLocale>
#include <QObject>
#include <QString>

#include <memory>

class QTranslator;

namespace nest::ui {

//! The languages the app ships and the switch between them, live: it replaces the app's and
//! Qt's own translators (so every widget gets a LanguageChange and retranslates), sets the
//! default QLocale (numbers, money, dates) and the layout direction (right-to-left for Arabic).
class Language final : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString code;       //!< "en", "ko", "ja", "zh_CN", "ar"
        QString nativeName; //!< the language named in itself, as the chooser shows it
    };

    explicit Language(QObject *parent = nullptr);
    ~Language() override;

    static QList<Entry> available();
    //! The system's language when it is one of ours, otherwise English.
    static QString systemDefault();
    static bool isSupported(const QString &code);

    QString current() const { return m_current; }
    //! Switches the whole app to `code`; false (nothing changes) for a language not shipped.
    bool setLanguage(const QString &code);

Q_SIGNALS:
    void languageChanged(const QString &code);

private:
    QString m_current;
    std::unique_ptr<QTranslator> m_app;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace nest::ui
