// The Marketplace's listings model and its filter proxy under QAbstractItemModelTester: loads,
// in-place stream updates, batched updates, filters and sorting on cached rows.
#include "listingsfilter.h"
#include "listingsmodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using nest::market::Kind;
using nest::market::Listing;
using nest::market::Status;
using nest::ui::ListingsFilter;
using nest::ui::ListingsModel;

namespace {
Listing make(const QString &id, Kind kind, qint64 price, const QString &collection = u"Birds"_qs)
{
    Listing l;
    l.id = id;
    l.itemId = u"it_"_qs + id;
    l.name = u"Item "_qs + id;
    l.collection = collection;
    l.kind = kind;
    l.currentPrice = price;
    l.createdAt = 1000;
    if (kind == Kind::Dutch) {
        l.startPrice = price;
        l.endPrice = price / 2;
        l.endsAt = 1000 + 100'000;
    } else if (kind == Kind::English) {
        l.startPrice = price;
        l.endsAt = 50'000;
    } else {
        l.price = price;
    }
    return l;
}

QStringList idsInOrder(const ListingsFilter &filter)
{
    QStringList out;
    for (int r = 0; r < filter.rowCount(); ++r)
        out << filter.index(r, 0).data(ListingsModel::ListingIdRole).toString();
    return out;
}
} // namespace

class TestListingsModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void updatesKeepRowsAndTesterHappy()
    {
        ListingsModel model;
        ListingsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester modelTester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.sort(ListingsModel::PriceColumn, Qt::AscendingOrder);
        model.setServerNow(1000);
        model.setListings({make(u"a"_qs, Kind::Fixed, 300), make(u"b"_qs, Kind::English, 100),
                           make(u"c"_qs, Kind::Dutch, 200, u"Reef"_qs)});
        QCOMPARE(idsInOrder(filter), (QStringList{u"b"_qs, u"c"_qs, u"a"_qs}));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(ListingsModel::ColumnCount));

        // A new bid moves the auction's row in the sorted proxy; the source row stays, and so
        // does a persistent index (a view's selection) on it.
        const QPersistentModelIndex selected(filter.index(0, ListingsModel::NameColumn));
        QCOMPARE(selected.data(ListingsModel::ListingIdRole).toString(), u"b"_qs);
        Listing b = make(u"b"_qs, Kind::English, 100);
        b.currentPrice = 250;
        b.bidCount = 1;
        model.upsert(b);
        QCOMPARE(model.rowOf(u"b"_qs), 1);
        QCOMPARE(idsInOrder(filter), (QStringList{u"c"_qs, u"b"_qs, u"a"_qs}));
        QCOMPARE(model.index(1, ListingsModel::BidsColumn).data().toInt(), 1);
        QCOMPARE(selected.row(), 1);
        QCOMPARE(selected.data(ListingsModel::ListingIdRole).toString(), u"b"_qs);

        // A batch: two updates of existing rows and two new ones (one of them twice).
        QList<Listing> batch{make(u"a"_qs, Kind::Fixed, 50), make(u"d"_qs, Kind::Fixed, 400),
                             make(u"d"_qs, Kind::Fixed, 410), make(u"e"_qs, Kind::Fixed, 10)};
        model.upsertMany(batch);
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(idsInOrder(filter), (QStringList{u"e"_qs, u"a"_qs, u"c"_qs, u"b"_qs, u"d"_qs}));
        QCOMPARE(model.at(model.rowOf(u"d"_qs)).currentPrice, 410);

        // The Dutch price falls with the server clock (half way: 150).
        model.setServerNow(1000 + 50'000);
        QCOMPARE(model.index(model.rowOf(u"c"_qs), 0).data(ListingsModel::PriceRole).toLongLong(),
                 150);

        // An ended auction changes status in place.
        b.status = Status::Sold;
        model.upsert(b);
        QCOMPARE(model.index(model.rowOf(u"b"_qs), ListingsModel::StatusColumn).data().toString(),
                 ListingsModel::statusText(Status::Sold));
    }

    void filters()
    {
        ListingsModel model;
        ListingsFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester proxyTester(
            &filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Listing sold = make(u"s"_qs, Kind::Fixed, 500);
        sold.status = Status::Sold;
        model.setListings({make(u"a"_qs, Kind::Fixed, 300), make(u"b"_qs, Kind::English, 100),
                           make(u"c"_qs, Kind::Dutch, 200, u"Reef"_qs), sold});
        filter.sort(ListingsModel::NameColumn);
        filter.setCollection(u"Reef"_qs);
        QCOMPARE(idsInOrder(filter), QStringList{u"c"_qs});
        filter.setCollection(QString());
        filter.setKind(Kind::English);
        QCOMPARE(idsInOrder(filter), QStringList{u"b"_qs});
        filter.setKind(std::nullopt);
        filter.setStatus(Status::Sold);
        QCOMPARE(idsInOrder(filter), QStringList{u"s"_qs});
        filter.setStatus(Status::Active);
        filter.setPriceRange(150, 300);
        QCOMPARE(idsInOrder(filter), (QStringList{u"a"_qs, u"c"_qs}));
        filter.setPriceRange(std::nullopt, std::nullopt);
        filter.setSearchText(u"  item B "_qs);
        QCOMPARE(idsInOrder(filter), QStringList{u"b"_qs});
    }

    void money()
    {
        const nest::market::Config config;
        const QLocale c(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(nest::market::formatMoney(123456, config, c), u"1,234.56 NST"_qs);
        QCOMPARE(nest::market::formatMoney(5, config, c), u"0.05 NST"_qs);
        QCOMPARE(nest::market::parseAmount(u"1,234.5"_qs, config, c), 123450);
        QCOMPARE(nest::market::parseAmount(u"12.345"_qs, config, c), std::nullopt);
        const QLocale german(QLocale::German);
        QCOMPARE(nest::market::formatMoney(123456, config, german), u"1.234,56 NST"_qs);
        QCOMPARE(nest::market::parseAmount(u"1.234,56"_qs, config, german), 123456);
        // Arabic: the locale's own digits on both sides of its decimal separator, both ways.
        const QLocale arabic(QLocale::Arabic, QLocale::Egypt);
        const QString arabicText = nest::market::formatAmount(123405, config, arabic);
        QCOMPARE(arabicText, arabic.toString(1234) + arabic.decimalPoint() + arabic.zeroDigit()
                                 + arabic.toString(5));
        QCOMPARE(nest::market::parseAmount(arabicText, config, arabic), 123405);
        QCOMPARE(ListingsModel::countdownText(65'000), u"1 min 05 s"_qs);
        QCOMPARE(ListingsModel::countdownText(0), u"ended"_qs);
        // The countdown takes the language's digits too (no translation loaded: English words).
        const QLocale previous;
        QLocale::setDefault(arabic);
        const QString countdown = ListingsModel::countdownText(65'000);
        QLocale::setDefault(previous);
        QCOMPARE(countdown, u"%1 min %2 s"_qs.arg(arabic.toString(1),
                                                  arabic.zeroDigit() + arabic.toString(5)));
        QVERIFY(!countdown.contains(u'5'));
    }
};

QTEST_MAIN(TestListingsModel)
#include "tst_listingsmodel.moc"
