#include "router.h"

#include <QTest>

using namespace nest::http;

class TestRouter : public QObject {
    Q_OBJECT
private:
    static HttpRequest request(QByteArray method, QString path)
    {
        HttpRequest r;
        r.method = std::move(method);
        r.path = std::move(path);
        return r;
    }

private Q_SLOTS:
    void matchesPatternsAndParams()
    {
        Router router;
        QString seen;
        router.add("GET", u"/api/v1/users/{id}"_qs,
                   [&](const HttpRequest &r, const HttpResponder &) { seen = r.param(u"id"_qs); });
        router.add("PUT", u"/api/v1/users/{id}/roles"_qs,
                   [&](const HttpRequest &r, const HttpResponder &) {
                       seen = u"roles:"_qs + r.param(u"id"_qs);
                   });
        QVERIFY(router.dispatch(request("GET", u"/api/v1/users/u_1"_qs), HttpResponder()).route);
        QCOMPARE(seen, u"u_1"_qs);
        QVERIFY(
            router.dispatch(request("PUT", u"/api/v1/users/u_2/roles"_qs), HttpResponder()).route);
        QCOMPARE(seen, u"roles:u_2"_qs);
        HttpRequest zz = request("GET", u"/api/v1/users/zz"_qs);
        const Router::Resolution found = router.resolve(zz);
        QCOMPARE(found.pattern, u"/api/v1/users/{id}"_qs);
        QCOMPARE(zz.param(u"id"_qs), u"zz"_qs);
    }

    void unknownAndWrongMethod()
    {
        Router router;
        bool ran = false;
        router.add("GET", u"/a"_qs,
                   [&](const HttpRequest &, const HttpResponder &) { ran = true; });
        router.add("POST", u"/a"_qs,
                   [&](const HttpRequest &, const HttpResponder &) { ran = true; });
        QVERIFY(!router.dispatch(request("DELETE", u"/a"_qs), HttpResponder()).route);
        QVERIFY(!router.dispatch(request("GET", u"/b"_qs), HttpResponder()).route);
        QVERIFY(!router.dispatch(request("GET", u"/a/extra"_qs), HttpResponder()).route);
        QVERIFY(!ran);
        HttpRequest del = request("DELETE", u"/a"_qs);
        const Router::Resolution wrongMethod = router.resolve(del);
        QVERIFY(!wrongMethod.route);
        QCOMPARE(wrongMethod.allowed, (QByteArrayList{"GET", "POST"}));
    }
};

QTEST_GUILESS_MAIN(TestRouter)
#include "tst_router.moc"
