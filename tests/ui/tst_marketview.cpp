// The Marketplace in the real app against its embedded demo server: a bid placed through the
// UI (dialog, signature, escrow), another trader's bid arriving on the stream (the row moves,
// the selection stays, "outbid" is shown), and a refusal explained.
#include "apiclient.h"
#include "apijob.h"
#include "desktopapp.h"
#include "itemdetail.h"
#include "listingsfilter.h"
#include "listingsmodel.h"
#include "marketdialogs.h"
#include "marketview.h"

#include <QAbstractItemModelTester>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using nest::desktop::DesktopApp;

namespace {
//! A call made by the app's client, waited for; `token` speaks as another user.
QJsonObject call(DesktopApp &app, const QByteArray &method, const QString &path,
                 const QJsonObject &body, const QString &token = {}, bool anonymous = false)
{
    nest::client::RequestOptions options;
    options.bearerToken = token;
    options.requiresAuth = !anonymous;
    nest::client::ApiJob *job = method == "GET" ? app.api().get(path, options)
                                                : app.api().send(method, path, body, options);
    QSignalSpy done(job, &nest::client::ApiJob::finished);
    if (!done.wait(10000))
        return {};
    return job->json();
}

//! Opens the bid dialog from the detail and confirms `amount` (empty: the suggested minimum).
bool bidThroughUi(nest::ui::MarketView &view, const QString &amount)
{
    nest::ui::ItemDetailPanel &detail = view.detail();
    if (!detail.bidButton()->isVisible())
        return false;
    QTest::mouseClick(detail.bidButton(), Qt::LeftButton);
    auto *dialog = view.findChild<nest::ui::AmountDialog *>();
    if (!dialog)
        return false;
    if (!amount.isEmpty()) {
        dialog->amountEdit()->selectAll();
        QTest::keyClicks(dialog->amountEdit(), amount);
    }
    if (!dialog->confirmButton()->isEnabled())
        return false;
    QTest::mouseClick(dialog->confirmButton(), Qt::LeftButton);
    return true;
}
} // namespace

class TestMarketView : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bidStreamAndRefusal()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        QVERIFY(app.window().showView(QStringLiteral("market")));
        nest::ui::MarketView &view = app.marketView();
        QAbstractItemModelTester tester(&view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY_WITH_TIMEOUT(view.model().rowCount() >= 12, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(view.walletLabel()->text().contains(u"NST"), 5000);
        QCOMPARE(view.walletLabel()->textFormat(), Qt::PlainText);

        // An auction the demo user does not sell, nor lead.
        const QString me = app.session().user().id;
        QString auction;
        for (int row = 0; row < view.model().rowCount(); ++row) {
            const auto &l = view.model().at(row);
            if (l.kind == nest::market::Kind::English && l.status == nest::market::Status::Active
                && l.sellerId != me && l.highBidderId != me && l.endsAt
                && *l.endsAt > QDateTime::currentMSecsSinceEpoch() + 20 * 60'000) {
                auction = l.id;
                break;
            }
        }
        QVERIFY(!auction.isEmpty());
        QVERIFY(view.selectListing(auction));
        QCOMPARE(view.selectedListingId(), auction);
        QTRY_VERIFY_WITH_TIMEOUT(view.detail().bidButton()->isVisible(), 5000);
        const qint64 minBid = *view.model().at(view.model().rowOf(auction)).minBid;
        const int bidsBefore = view.model().at(view.model().rowOf(auction)).bidCount;

        // Place the suggested minimum bid through the dialog: signed, escrowed, shown.
        QVERIFY(bidThroughUi(view, QString()));
        QTRY_VERIFY_WITH_TIMEOUT(view.noticeText().contains(u"leads"), 15000);
        QTRY_COMPARE_WITH_TIMEOUT(view.model().at(view.model().rowOf(auction)).bidCount,
                                  bidsBefore + 1, 5000);
        QCOMPARE(view.model().at(view.model().rowOf(auction)).currentPrice, minBid);
        QTRY_VERIFY_WITH_TIMEOUT(!app.userKeys().publicKey().isEmpty(), 5000);
        const QJsonObject wallet = call(app, "GET", u"/api/v1/wallet"_qs, {});
        QVERIFY(wallet.value(u"escrow").toInteger() >= minBid);

        // Alice outbids through the API: the stream moves the row, the selection stays.
        const QJsonObject login =
            call(app, "POST", u"/api/v1/auth/login"_qs,
                 {{u"username"_qs, u"alice"_qs}, {u"password"_qs, u"nest-demo"_qs}}, {}, true);
        const QString alice = login.value(u"access_token").toString();
        QVERIFY(!alice.isEmpty());
        const qint64 higher = minBid * 2;
        if (login[u"user"][u"id"].toString()
            != view.model().at(view.model().rowOf(auction)).sellerId) {
            const QJsonObject bid =
                call(app, "POST", u"/api/v1/market/listings/%1/bids"_qs.arg(auction),
                     {{u"amount"_qs, higher}}, alice);
            QCOMPARE(bid.value(u"amount").toInteger(), higher);
        } else {
            const QJsonObject login2 =
                call(app, "POST", u"/api/v1/auth/login"_qs,
                     {{u"username"_qs, u"bob"_qs}, {u"password"_qs, u"nest-demo"_qs}}, {}, true);
            const QJsonObject bid =
                call(app, "POST", u"/api/v1/market/listings/%1/bids"_qs.arg(auction),
                     {{u"amount"_qs, higher}}, login2.value(u"access_token").toString());
            QCOMPARE(bid.value(u"amount").toInteger(), higher);
        }
        QTRY_COMPARE_WITH_TIMEOUT(view.model().at(view.model().rowOf(auction)).currentPrice, higher,
                                  5000);
        QCOMPARE(view.selectedListingId(), auction);
        const QModelIndexList selected = view.table()->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(nest::ui::ListingsModel::ListingIdRole).toString(), auction);
        QTRY_VERIFY_WITH_TIMEOUT(view.noticeText().contains(u"outbid"), 5000);

        // More than the balance: the server refuses and the view says why.
        QTRY_VERIFY_WITH_TIMEOUT(view.detail().bidButton()->isEnabled(), 5000);
        QVERIFY(bidThroughUi(view, u"9999999"_qs));
        QTRY_VERIFY_WITH_TIMEOUT(view.noticeText().contains(u"Not enough funds"), 15000);

        // Every label of the view shows text as typed, never as markup.
        for (const QLabel *label : view.findChildren<QLabel *>())
            QCOMPARE(label->textFormat(), Qt::PlainText);

        // Filters: the search narrows the table to the item.
        const QString name = view.model().at(view.model().rowOf(auction)).name;
        view.searchEdit()->setText(name);
        QTRY_VERIFY(view.filter().rowCount() >= 1);
        for (int r = 0; r < view.filter().rowCount(); ++r)
            QVERIFY(
                view.filter().index(r, 0).data().toString().contains(name, Qt::CaseInsensitive));
    }
};

QTEST_MAIN(TestMarketView)
#include "tst_marketview.moc"
