// FeedModel under QAbstractItemModelTester: pages, prepends from the stream, updates and
// removals keep rows, ids and the O(1) id lookup consistent.
#include "feedmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using nest::community::Post;
using nest::ui::FeedModel;

namespace {
Post makePost(const QString &id, qint64 at = 0)
{
    Post p;
    p.id = id;
    p.author = {u"u_1"_qs, u"alice"_qs, u"Alice"_qs};
    p.text = u"text of "_qs + id;
    p.createdAt = at;
    return p;
}

QList<Post> range(int from, int to)
{
    QList<Post> out;
    for (int i = from; i < to; ++i)
        out.append(makePost(u"p%1"_qs.arg(i), i));
    return out;
}

QStringList ids(const FeedModel &model)
{
    QStringList out;
    for (int row = 0; row < model.rowCount(); ++row)
        out << model.index(row).data(FeedModel::IdRole).toString();
    return out;
}

void checkLookup(const FeedModel &model)
{
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.rowOf(model.postAt(row).id), row);
}
} // namespace

class TestFeedModel : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pagesPrependsAndRemovals()
    {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPosts(range(0, 5));
        QCOMPARE(model.rowCount(), 5);
        model.appendPosts(range(3, 8)); // overlap: p3, p4 are skipped
        QCOMPARE(model.rowCount(), 8);
        checkLookup(model);

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.prependPosts({makePost(u"n2"_qs), makePost(u"n1"_qs), makePost(u"p0"_qs)});
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 1);
        QCOMPARE(ids(model).mid(0, 3), (QStringList{u"n2"_qs, u"n1"_qs, u"p0"_qs}));
        checkLookup(model);

        model.prependPosts({makePost(u"n3"_qs)});
        QCOMPARE(model.rowOf(u"n3"_qs), 0);
        QCOMPARE(model.rowOf(u"p7"_qs), model.rowCount() - 1);
        QVERIFY(model.removePost(u"n1"_qs));
        QVERIFY(!model.removePost(u"n1"_qs));
        QCOMPARE(model.rowOf(u"n1"_qs), -1);
        checkLookup(model);
        model.prependPosts({makePost(u"n4"_qs)});
        model.appendPosts({makePost(u"old"_qs)});
        checkLookup(model);
        QCOMPARE(model.rowCount(), 12);
    }

    void updatesEmitDataChanged()
    {
        FeedModel model;
        QAbstractItemModelTester tester(&model,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setPosts(range(0, 3));
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setLike(u"p1"_qs, true, 7));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), 1);
        const QModelIndex i = model.index(1);
        QCOMPARE(i.data(FeedModel::LikeCountRole).toLongLong(), 7);
        QCOMPARE(i.data(FeedModel::LikedByMeRole).toBool(), true);
        QVERIFY(model.setCommentCount(u"p1"_qs, 4));
        QCOMPARE(i.data(FeedModel::CommentCountRole).toLongLong(), 4);
        QVERIFY(model.setHidden(u"p2"_qs, true));
        QCOMPARE(model.index(2).data(FeedModel::HiddenRole).toBool(), true);
        QVERIFY(!model.setLikeCount(u"nope"_qs, 1));
        Post edited = makePost(u"p0"_qs);
        edited.text = u"<b>edited</b>"_qs;
        QVERIFY(model.updatePost(edited));
        QCOMPARE(model.index(0).data(Qt::DisplayRole).toString(), u"<b>edited</b>"_qs);
        QCOMPARE(model.index(0).data(FeedModel::AuthorNameRole).toString(), u"Alice"_qs);
        model.setPosts({});
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.rowOf(u"p0"_qs), -1);
    }
};

QTEST_GUILESS_MAIN(TestFeedModel)
#include "tst_feedmodel.moc"
