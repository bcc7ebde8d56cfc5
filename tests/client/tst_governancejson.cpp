// Reading governance JSON on the client: the contract's shapes are read, anything else refused.
#include "governancejson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace nest;

namespace {
QJsonObject proposal()
{
    return QJsonDocument::fromJson(
               R"({"id":"gp_1","author_id":"u_1","title":"T","body":"B","choices":["Yes","No"],
                   "voting":"single","weighting":"quadratic","starts_at":1,"ends_at":2,
                   "quorum":3,"timelock_ms":4,"execute_after":6,"status":"executed",
                   "action":{"type":"set_param","key":"market.fee_bps","value":100},
                   "tally":{"0":7,"1":0},"turnout":7,"created_at":1,"eligible_weight":9,
                   "winner":0,"executed_at":6,"execution_error":null})")
        .object();
}
} // namespace

class TestGovernanceJson : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readsTheContract()
    {
        const auto p = client::governancejson::proposal(proposal());
        QVERIFY(p);
        QCOMPARE(p->weighting, governance::Weighting::Quadratic);
        QCOMPARE(p->status, governance::Status::Executed);
        QCOMPARE(p->tally, (QList<qint64>{7, 0}));
        QCOMPARE(p->action->value, 100.0);
        QCOMPARE(p->winner, 0);
        QCOMPARE(p->executeAfter(), qint64(6));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QJsonValue>("value");
        QTest::newRow("no id") << u"id"_qs << QJsonValue();
        QTest::newRow("choices not strings") << u"choices"_qs << QJsonValue(QJsonArray{1, 2});
        QTest::newRow("unknown voting") << u"voting"_qs << QJsonValue(u"ranked"_qs);
        QTest::newRow("unknown status") << u"status"_qs << QJsonValue(u"done"_qs);
        QTest::newRow("float quorum") << u"quorum"_qs << QJsonValue(1.5);
        QTest::newRow("tally index out of range")
            << u"tally"_qs << QJsonValue(QJsonObject{{u"5"_qs, 1}});
        QTest::newRow("tally not a number")
            << u"tally"_qs << QJsonValue(QJsonObject{{u"0"_qs, u"7"_qs}});
        QTest::newRow("action without key")
            << u"action"_qs << QJsonValue(QJsonObject{{u"type"_qs, u"set_param"_qs}});
    }
    void refusesMalformed()
    {
        QFETCH(QString, field);
        QFETCH(QJsonValue, value);
        QJsonObject json = proposal();
        if (value.isNull())
            json.remove(field);
        else
            json.insert(field, value);
        QVERIFY(!client::governancejson::proposal(json));
    }

    void votes()
    {
        QJsonObject v{{u"seq"_qs, 3},
                      {u"user_id"_qs, u"u_1"_qs},
                      {u"public_key"_qs, u"k"_qs},
                      {u"choices"_qs, QJsonArray{0, 2}},
                      {u"weight"_qs, 10},
                      {u"balance"_qs, 100},
                      {u"signature"_qs, u"s"_qs},
                      {u"ts"_qs, 5},
                      {u"superseded"_qs, false}};
        const auto vote = client::governancejson::vote(v);
        QVERIFY(vote);
        QCOMPARE(vote->choices, (QList<int>{0, 2}));
        QCOMPARE(vote->balance, qint64(100));
        v.insert(u"choices"_qs, QJsonArray{u"0"_qs});
        QVERIFY(!client::governancejson::vote(v));
        v.insert(u"choices"_qs, QJsonArray{0});
        v.insert(u"superseded"_qs, 0);
        QVERIFY(!client::governancejson::vote(v));
    }
};

QTEST_GUILESS_MAIN(TestGovernanceJson)
#include "tst_governancejson.moc"
