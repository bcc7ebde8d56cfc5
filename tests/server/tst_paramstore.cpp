// The server's tunable parameters: known keys, bounds, persistence and change notification.
#include "database.h"
#include "paramstore.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nest::server::Database;
using nest::server::ParamStore;

class TestParamStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void validate_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("fee default-like") << QString(ParamStore::MarketFeeBps) << 250.0 << true;
        QTest::newRow("fee zero") << QString(ParamStore::MarketFeeBps) << 0.0 << true;
        QTest::newRow("fee all") << QString(ParamStore::MarketFeeBps) << 10'000.0 << true;
        QTest::newRow("fee negative") << QString(ParamStore::MarketFeeBps) << -1.0 << false;
        QTest::newRow("fee above 100%") << QString(ParamStore::MarketFeeBps) << 10'001.0 << false;
        QTest::newRow("fee fraction") << QString(ParamStore::MarketFeeBps) << 12.5 << false;
        QTest::newRow("fee nan") << QString(ParamStore::MarketFeeBps) << qQNaN() << false;
        QTest::newRow("z fraction") << QString(ParamStore::AlertZThreshold) << 4.5 << true;
        QTest::newRow("z too low") << QString(ParamStore::AlertZThreshold) << 1.0 << false;
        QTest::newRow("unknown") << QStringLiteral("market.free_money") << 1.0 << false;
    }
    void validate()
    {
        QFETCH(QString, key);
        QFETCH(double, value);
        QFETCH(bool, ok);
        QCOMPARE(ParamStore::validate(key, value).isEmpty(), ok);
    }

    void setPersistsAndAnnounces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("params.sqlite"));
        QString error;
        {
            Database db;
            QVERIFY2(db.open(path, &error), qPrintable(error));
            ParamStore params(db);
            QVERIFY2(params.migrate(&error), qPrintable(error));
            QCOMPARE(params.integerValue(QString(ParamStore::MarketFeeBps)), 250);
            QSignalSpy spy(&params, &ParamStore::changed);
            QVERIFY2(params.set(QString(ParamStore::MarketFeeBps), 100, &error), qPrintable(error));
            QCOMPARE(spy.size(), 1);
            QCOMPARE(spy.at(0).at(1).toDouble(), 100.0);
            QVERIFY(!params.set(QString(ParamStore::MarketFeeBps), -5, &error));
            QVERIFY(!error.isEmpty());
            QCOMPARE(spy.size(), 1); // a refused value is not announced
            QCOMPARE(params.integerValue(QString(ParamStore::MarketFeeBps)), 100);
        }
        Database db;
        QVERIFY2(db.open(path, &error), qPrintable(error));
        ParamStore params(db);
        QVERIFY2(params.migrate(&error), qPrintable(error));
        QCOMPARE(params.integerValue(QString(ParamStore::MarketFeeBps)), 100);
        QCOMPARE(params.value(QString(ParamStore::AlertZThreshold)), 6.0);
    }
};

QTEST_GUILESS_MAIN(TestParamStore)
#include "tst_paramstore.moc"
