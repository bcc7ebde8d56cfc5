#include "roles.h"

#include <QTest>

using namespace nest;

class TestRoles : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void roundTrip()
    {
        const QStringList names = roleNames(allRoles);
        QCOMPARE(names, (QStringList{u"analyst"_qs, u"moderator"_qs, u"trader"_qs, u"voter"_qs,
                                     u"admin"_qs}));
        Roles parsed;
        QVERIFY(parseRoles(names, &parsed));
        QCOMPARE(parsed, allRoles);
    }
    void defaultsAreTraderAndVoter()
    {
        QCOMPARE(roleNames(defaultRoles), (QStringList{u"trader"_qs, u"voter"_qs}));
    }
    void unknownRoleRejected()
    {
        Roles parsed = Role::Admin;
        QVERIFY(!parseRoles({u"trader"_qs, u"root"_qs}, &parsed));
        QCOMPARE(parsed, Roles(Role::Admin)); // untouched on failure
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
