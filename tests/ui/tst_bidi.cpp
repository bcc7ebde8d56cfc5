// User text in translated sentences keeps its own direction: isolated (FSI … PDI), handles
// ("@name") whole, in any language's sentence.
#include "bidi.h"

#include <QTest>

using nest::ui::isolated;
using nest::ui::withHandle;

namespace {
constexpr QChar kFsi(0x2068);
constexpr QChar kPdi(0x2069);
} // namespace

class TestBidi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void isolatesUserText()
    {
        QCOMPARE(isolated(u"Spring showcase"_qs), kFsi + u"Spring showcase"_qs + kPdi);
        QCOMPARE(isolated(QString()), QString()); // nothing to isolate, nothing added
        // An English title in an Arabic sentence: one isolated run, the sentence around it.
        const QString sentence = u"تم التصويت على %1."_qs.arg(isolated(u"Old Maps"_qs));
        QVERIFY(sentence.contains(kFsi + u"Old Maps"_qs + kPdi));
    }

    void handleStaysWhole()
    {
        // The translators' "@%1" (or "@%2") becomes one isolated "@name".
        QCOMPARE(withHandle(u"تعليق حساب @%1: لماذا؟"_qs, 1, u"mira_k"_qs),
                 u"تعليق حساب "_qs + kFsi + u"@mira_k"_qs + kPdi + u": لماذا؟"_qs);
        QCOMPARE(withHandle(u"%1 (@%2)"_qs, 2, u"ana"_qs).arg(isolated(u"Ana"_qs)),
                 kFsi + u"Ana"_qs + kPdi + u" ("_qs + kFsi + u"@ana"_qs + kPdi + u')');
        // A translation without the "@" still gets the handle with it.
        QCOMPARE(withHandle(u"%1 (%2)"_qs, 2, u"ana"_qs),
                 u"%1 ("_qs + kFsi + u"@ana"_qs + kPdi + u')');
    }
};

QTEST_MAIN(TestBidi)
#include "tst_bidi.moc"
