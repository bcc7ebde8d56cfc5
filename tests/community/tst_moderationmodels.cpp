// The moderators' models: the report queue (sorted by age and by report count through a proxy)
// and the log (broken-entry mark, CSV and JSON export), under QAbstractItemModelTester.
#include "moderationlogmodel.h"
#include "reportqueuemodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace nest::community;
using nest::ui::ModerationLogModel;
using nest::ui::ReportQueueModel;

namespace {
Report makeReport(const QString &id, const QString &postId, qint64 createdAt)
{
    Report r;
    r.id = id;
    r.postId = postId;
    r.reason = u"reason "_qs + id;
    r.status = u"open"_qs;
    r.createdAt = createdAt;
    Post p;
    p.id = postId;
    p.author = {u"u_" + postId, u"author_" + postId, QString()};
    p.text = u"<b>text</b> of "_qs + postId;
    r.post = p;
    return r;
}

LogEntry makeEntry(qint64 seq, const QString &reason)
{
    LogEntry e;
    e.seq = seq;
    e.ts = 1'763'700'000'000 + seq;
    e.moderatorId = u"u_mod"_qs;
    e.action = u"hide"_qs;
    e.targetType = u"post"_qs;
    e.targetId = u"p_%1"_qs.arg(seq);
    e.reason = reason;
    e.prevHash = QString(64, u'0');
    e.hash = QString(64, u'a');
    e.json = QJsonObject{{u"seq"_qs, seq}, {u"reason"_qs, reason}};
    return e;
}
} // namespace

class TestModerationModels : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void queueSortsByAgeAndCount()
    {
        ReportQueueModel queue;
        QAbstractItemModelTester tester(&queue,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSortFilterProxyModel sorted;
        sorted.setSourceModel(&queue);
        sorted.setSortRole(ReportQueueModel::SortRole);
        QAbstractItemModelTester proxyTester(
            &sorted, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Report resolved = makeReport(u"r9"_qs, u"px"_qs, 50);
        resolved.status = u"resolved"_qs;
        queue.setReports({makeReport(u"r1"_qs, u"pa"_qs, 100), makeReport(u"r2"_qs, u"pb"_qs, 300),
                          makeReport(u"r3"_qs, u"pb"_qs, 200), resolved});
        QCOMPARE(queue.rowCount(), 3); // only open reports queue
        QCOMPARE(queue.index(0, ReportQueueModel::CountColumn)
                     .data(ReportQueueModel::SortRole)
                     .toLongLong(),
                 1);
        QCOMPARE(queue.index(1, ReportQueueModel::CountColumn)
                     .data(ReportQueueModel::SortRole)
                     .toLongLong(),
                 2);
        // Plain text in the table: the markup is shown as characters.
        QCOMPARE(queue.index(0, ReportQueueModel::PostColumn).data().toString(),
                 u"<b>text</b> of pa"_qs);

        sorted.sort(ReportQueueModel::AgeColumn, Qt::DescendingOrder); // oldest first
        QCOMPARE(sorted.index(0, 0).data(ReportQueueModel::ReportIdRole).toString(), u"r1"_qs);
        QCOMPARE(sorted.index(2, 0).data(ReportQueueModel::ReportIdRole).toString(), u"r2"_qs);
        sorted.sort(ReportQueueModel::CountColumn, Qt::DescendingOrder); // most reported first
        QCOMPARE(sorted.index(0, 0).data(ReportQueueModel::PostIdRole).toString(), u"pb"_qs);
        QCOMPARE(sorted.index(2, 0).data(ReportQueueModel::PostIdRole).toString(), u"pa"_qs);

        // Live changes: a new report on pa makes it count 2; resolving pb's empties them.
        queue.upsert(makeReport(u"r4"_qs, u"pa"_qs, 400));
        QCOMPARE(queue.rowCount(), 4);
        QCOMPARE(queue.index(0, ReportQueueModel::CountColumn)
                     .data(ReportQueueModel::SortRole)
                     .toLongLong(),
                 2);
        queue.removeReportsOfPost(u"pb"_qs);
        QCOMPARE(queue.rowCount(), 2);
        Report done = makeReport(u"r1"_qs, u"pa"_qs, 100);
        done.status = u"resolved"_qs;
        queue.upsert(done);
        QCOMPARE(queue.rowCount(), 1);
        QCOMPARE(queue.index(0, 0).data(ReportQueueModel::ReportIdRole).toString(), u"r4"_qs);
    }

    void logMarksBreakAndExports()
    {
        ModerationLogModel log;
        QAbstractItemModelTester tester(&log,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        log.setEntries(
            {makeEntry(1, u"spam"_qs), makeEntry(2, u"said \"hi\", twice\nthen left"_qs)});
        QCOMPARE(log.rowCount(), 2);
        QCOMPARE(log.columnCount(), int(ModerationLogModel::ColumnCount));
        log.setBrokenSeq(2);
        QCOMPARE(log.index(1, 0).data(ModerationLogModel::BrokenRole).toBool(), true);
        QCOMPARE(log.index(0, 0).data(ModerationLogModel::BrokenRole).toBool(), false);
        log.setUserNames({{u"u_mod"_qs, u"demo"_qs}});
        QCOMPARE(log.index(0, ModerationLogModel::ModeratorColumn).data().toString(), u"@demo"_qs);

        const QByteArray csv = log.toCsv();
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.first(),
                 QByteArray("seq,ts,moderator_id,action,target_type,target_id,reason,prev_hash,"
                            "hash\r"));
        QVERIFY(csv.contains(",spam,"));
        // Quotes doubled, the field quoted because of the comma and the newline.
        QVERIFY(csv.contains("\"said \"\"hi\"\", twice\nthen left\""));

        const QJsonArray json = QJsonDocument::fromJson(log.toJson()).array();
        QCOMPARE(json.size(), 2);
        QCOMPARE(json.at(1)[u"reason"].toString(), u"said \"hi\", twice\nthen left"_qs);
    }
};

QTEST_MAIN(TestModerationModels)
#include "tst_moderationmodels.moc"
