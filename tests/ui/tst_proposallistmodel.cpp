// The Governance list model under QAbstractItemModelTester: reset, a new proposal first, an
// update in place, the "when" column counting down, the roles the view filters on.
#include "governanceformat.h"
#include "proposallistmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using nest::governance::Proposal;
using nest::governance::Status;
using nest::ui::ProposalListModel;

namespace {
Proposal make(const QString &id, Status status, qint64 endsAt)
{
    Proposal p;
    p.id = id;
    p.title = id + QStringLiteral(" title");
    p.choices = {QStringLiteral("Yes"), QStringLiteral("No")};
    p.status = status;
    p.startsAt = 0;
    p.endsAt = endsAt;
    p.quorum = 200;
    p.turnout = 50;
    p.tally = {50, 0};
    return p;
}
} // namespace

class TestProposalListModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void rowsRolesAndCountdown()
    {
        ProposalListModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setNow(1'000);
        model.setProposals({make(QStringLiteral("gp_b"), Status::Active, 3'601'000),
                            make(QStringLiteral("gp_a"), Status::Rejected, 500)});
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.columnCount(), int(ProposalListModel::ColumnCount));
        QCOMPARE(model.index(0, 0).data(ProposalListModel::IdRole).toString(), u"gp_b"_qs);
        QCOMPARE(model.index(0, 0).data(ProposalListModel::StatusRole).toInt(),
                 int(Status::Active));
        QCOMPARE(model.index(0, ProposalListModel::WhenColumn).data().toString(),
                 u"Ends in 1 h 0 min"_qs);
        QCOMPARE(model.index(0, ProposalListModel::TurnoutColumn).data().toString(), u"25%"_qs);

        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        model.setNow(3'541'000);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().column(), int(ProposalListModel::WhenColumn));
        QCOMPARE(model.index(0, ProposalListModel::WhenColumn).data().toString(),
                 u"Ends in 1 min 0 s"_qs);

        // A vote moved the tally: updated in place. A new proposal: first.
        Proposal moved = make(QStringLiteral("gp_b"), Status::Active, 3'601'000);
        moved.turnout = 200;
        model.upsert(moved);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(model.index(0, ProposalListModel::TurnoutColumn).data().toString(), u"100%"_qs);
        model.upsert(make(QStringLiteral("gp_c"), Status::Pending, 9'000'000));
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.rowOf(QStringLiteral("gp_c")), 0);
        QCOMPARE(model.rowOf(QStringLiteral("gp_b")), 1);
        QVERIFY(model.find(QStringLiteral("gp_a")));
        QVERIFY(!model.find(QStringLiteral("gp_z")));
        model.setProposals({});
        QCOMPARE(model.rowCount(), 0);
    }

    void actionWords()
    {
        using nest::governance::Action;
        namespace fmt = nest::ui::governanceformat;
        QCOMPARE(fmt::actionText(Action{QString(Action::SetParam), u"market.fee_bps"_qs, 150}),
                 u"Set the marketplace fee to 1.50%"_qs);
        QCOMPARE(fmt::duration(90'061'000), u"1 d 1 h"_qs);
        QCOMPARE(fmt::duration(-5), u"0 s"_qs);
    }
};

QTEST_MAIN(TestProposalListModel)
#include "tst_proposallistmodel.moc"
