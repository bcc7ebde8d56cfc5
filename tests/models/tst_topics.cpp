#include "topics.h"

#include <QTest>

using namespace nest;

class TestTopics : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void access_data()
    {
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("roles");
        QTest::addColumn<bool>("allowed");
        const int trader = int(Roles(Role::Trader).toInt());
        const int analyst = int(Roles(Role::Analyst).toInt());
        const int moderator = int(Roles(Role::Moderator).toInt());
        QTest::newRow("market for trader") << u"market"_qs << trader << true;
        QTest::newRow("feed for nobody special") << u"feed"_qs << 0 << true;
        QTest::newRow("metrics for trader") << u"behavior.metrics"_qs << trader << false;
        QTest::newRow("metrics for analyst") << u"behavior.metrics"_qs << analyst << true;
        QTest::newRow("alerts for moderator") << u"alerts"_qs << moderator << true;
        QTest::newRow("moderation for analyst") << u"moderation"_qs << analyst << false;
        QTest::newRow("unknown topic") << u"secrets"_qs << int(allRoles.toInt()) << false;
    }
    void access()
    {
        QFETCH(QString, topic);
        QFETCH(int, roles);
        QFETCH(bool, allowed);
        QCOMPARE(topics::mayRead(topic, Roles::fromInt(roles)), allowed);
    }
    void allAreKnown()
    {
        const QStringList all = topics::all();
        QCOMPARE(all.size(), 8);
        for (const QString &t : all)
            QVERIFY(topics::isKnown(t));
    }
};

QTEST_GUILESS_MAIN(TestTopics)
#include "tst_topics.moc"
