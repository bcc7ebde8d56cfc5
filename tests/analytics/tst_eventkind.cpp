#include "eventkind.h"
#include "traits.h"

#include <QTest>

using namespace nest::analytics;

class TestEventKind : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("kind");
        const char *names[] = {"page_view", "click",    "scroll", "dwell", "key",
                               "search",    "purchase", "post",   "like",  "vote"};
        for (int k = 0; k < kEventKinds; ++k)
            QTest::newRow(names[k]) << QString::fromLatin1(names[k]) << k;
    }
    void roundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, kind);
        const auto parsed = parseEventKind(name);
        QVERIFY(parsed.has_value());
        QCOMPARE(static_cast<int>(*parsed), kind);
        QCOMPARE(QString(eventKindName(static_cast<EventKind>(kind))), name);
    }
    void rejectsUnknown_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("empty") << QString();
        QTest::newRow("case") << u"Click"_qs;
        QTest::newRow("camel") << u"pageView"_qs;
        QTest::newRow("padded") << u" like"_qs;
    }
    void rejectsUnknown()
    {
        QFETCH(QString, name);
        QVERIFY(!parseEventKind(name).has_value());
    }
    void traitNames()
    {
        QCOMPARE(QString(traitName(0)), u"openness"_qs);
        QCOMPARE(QString(traitName(4)), u"neuroticism"_qs);
        QVERIFY(traitName(5).isEmpty());
        QVERIFY(traitName(-1).isEmpty());
    }
};

QTEST_APPLESS_MAIN(TestEventKind)
#include "tst_eventkind.moc"
