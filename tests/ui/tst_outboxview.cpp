// The Outbox panel on its own: the model passes QAbstractItemModelTester, rows keep replay
// order, a refused row shows the server's reason and offers Dismiss, a waiting row offers
// Cancel (not while sending), user text is plain.
#include "outboxmodel.h"
#include "outboxview.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace nest::ui;

class TestOutboxView : public QObject {
    Q_OBJECT
private:
    static OutboxRow row(const QString &id, OutboxRow::State state, const QString &reason = {})
    {
        return {id,
                QStringLiteral("bid"),
                QStringLiteral("<b>Bid</b> ") + id,
                1'700'000'000'000,
                state,
                reason,
                1};
    }

private Q_SLOTS:
    void modelKeepsOrderAndShowsReasons()
    {
        OutboxModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.upsert(row(QStringLiteral("a"), OutboxRow::State::Pending));
        model.upsert(row(QStringLiteral("b"), OutboxRow::State::Sending));
        model.upsert(row(QStringLiteral("c"), OutboxRow::State::Pending));
        QCOMPARE(model.rowCount(), 3);
        model.upsert(row(QStringLiteral("a"), OutboxRow::State::Refused,
                         QStringLiteral("The auction has ended.")));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, 0).data(OutboxModel::IdRole).toString(), QStringLiteral("a"));
        QVERIFY(model.index(0, OutboxModel::StateColumn)
                    .data()
                    .toString()
                    .contains(QStringLiteral("The auction has ended.")));
        QCOMPARE(model.index(0, OutboxModel::KindColumn).data().toString(), QStringLiteral("Bid"));
        QVERIFY(!model.index(1, 0).data(OutboxModel::CancellableRole).toBool());
        QCOMPARE(model.waitingCount(), 2);
        QCOMPARE(model.refusedCount(), 1);
        model.remove(QStringLiteral("b"));
        QCOMPARE(model.index(1, 0).data(OutboxModel::IdRole).toString(), QStringLiteral("c"));
        model.setRows({});
        QCOMPARE(model.rowCount(), 0);
    }

    void cancelAndDismissTheSelectedRow()
    {
        OutboxView view;
        view.resize(800, 400);
        view.show();
        view.model().upsert(row(QStringLiteral("r"), OutboxRow::State::Refused,
                                QStringLiteral("Voting is closed.")));
        view.model().upsert(row(QStringLiteral("s"), OutboxRow::State::Sending));
        view.model().upsert(row(QStringLiteral("p"), OutboxRow::State::Pending));
        auto *cancel = view.findChild<QPushButton *>(QStringLiteral("outboxCancel"));
        QVERIFY(cancel);
        QVERIFY(!cancel->isEnabled()); // nothing selected
        QSignalSpy cancelled(&view, &OutboxView::cancelRequested);

        view.table()->selectRow(0);
        QVERIFY(cancel->isEnabled());
        QCOMPARE(cancel->text(), QStringLiteral("&Dismiss"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.size(), 1);
        QCOMPARE(cancelled.at(0).at(0).toString(), QStringLiteral("r"));

        view.table()->selectRow(1);
        QVERIFY(!cancel->isEnabled()); // being sent: too late to cancel

        view.table()->selectRow(2);
        QCOMPARE(cancel->text(), QStringLiteral("&Cancel action"));
        QTest::mouseClick(cancel, Qt::LeftButton);
        QCOMPARE(cancelled.last().at(0).toString(), QStringLiteral("p"));

        QSignalSpy retry(&view, &OutboxView::retryRequested);
        QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("outboxRetry")),
                          Qt::LeftButton);
        QCOMPARE(retry.size(), 1);
    }

    void textIsPlain()
    {
        OutboxView view;
        view.setNotice(QStringLiteral("<b>3 actions</b> lost"));
        const auto labels = view.findChildren<QLabel *>();
        QVERIFY(!labels.isEmpty());
        for (const QLabel *label : labels)
            QCOMPARE(label->textFormat(), Qt::PlainText);
        auto *notice = view.findChild<QLabel *>(QStringLiteral("outboxNotice"));
        QCOMPARE(notice->text(), QStringLiteral("<b>3 actions</b> lost"));
        view.setNotice({});
        QVERIFY(notice->isHidden());
    }
};

QTEST_MAIN(TestOutboxView)
#include "tst_outboxview.moc"
