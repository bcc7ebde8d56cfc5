// Every shipped language is complete: no unfinished or empty message, every placeholder kept,
// the plural forms each language needs, and one accelerator where the source has one.
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QXmlStreamReader>

namespace {
struct Message {
    QString source;
    QStringList forms; //!< one translation, or the plural forms
    QString type;      //!< "unfinished", "vanished", "obsolete" or empty
    bool numerus = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == u"message") {
            current = Message{};
            current.numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (xml.isStartElement() && xml.name() == u"source") {
            current.source = xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"translation") {
            current.type = xml.attributes().value(QLatin1StringView("type")).toString();
            if (!current.numerus)
                current.forms << xml.readElementText();
        } else if (xml.isStartElement() && xml.name() == u"numerusform") {
            current.forms << xml.readElementText();
        } else if (xml.isEndElement() && xml.name() == u"message") {
            messages << current;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return messages;
}

QSet<QString> placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d+|n)"_qs);
    QSet<QString> found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found << it.next().captured(0);
    return found;
}

int accelerators(QString text)
{
    text.remove(u"&&"_qs);
    return int(text.count(u'&'));
}
} // namespace

class TestTranslations : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("pluralForms");
        QTest::newRow("en") << u"en"_qs << 2;
        QTest::newRow("ko") << u"ko"_qs << 1;
        QTest::newRow("ja") << u"ja"_qs << 1;
        QTest::newRow("zh_CN") << u"zh_CN"_qs << 1;
        QTest::newRow("ar") << u"ar"_qs << 6;
    }
    void complete()
    {
        QFETCH(QString, language);
        QFETCH(int, pluralForms);
        QString error;
        const QList<Message> messages =
            readTs(QStringLiteral(NEST_TRANSLATIONS_DIR "/nest_%1.ts").arg(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        for (const Message &m : messages) {
            QVERIFY2(m.type != u"unfinished", qPrintable(u"unfinished: "_qs + m.source));
            QVERIFY2(m.type.isEmpty(), qPrintable(m.type + u": "_qs + m.source));
            QCOMPARE(m.forms.size(), m.numerus ? pluralForms : 1);
            for (const QString &form : m.forms) {
                QVERIFY2(!form.trimmed().isEmpty(), qPrintable(u"empty: "_qs + m.source));
                QVERIFY2(placeholders(form) == placeholders(m.source),
                         qPrintable(m.source + u" -> "_qs + form));
                QVERIFY2(accelerators(form) == accelerators(m.source),
                         qPrintable(m.source + u" -> "_qs + form));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
