#include "connectionbanner.h"
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QTest>

using namespace nest;
using namespace nest::ui;

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    static MainWindow::View view(const QString &id, std::optional<Role> role = std::nullopt)
    {
        auto *w = new QWidget;
        w->setObjectName(id);
        return MainWindow::View{id, w, {}, [id] { return id; }, role};
    }

private Q_SLOTS:
    void viewsFollowRoles()
    {
        MainWindow window;
        window.addView(view(u"dashboard"_qs, Role::Analyst));
        window.addView(view(u"market"_qs, Role::Trader));
        window.addView(view(u"settings"_qs));
        window.setUser(u"Bob"_qs, u"bob"_qs, Roles(Role::Trader));
        QCOMPARE(window.visibleViewIds(), (QStringList{u"market"_qs, u"settings"_qs}));
        QVERIFY(!window.showView(u"dashboard"_qs));
        QVERIFY(window.showView(u"settings"_qs));
        // Losing the role of the current view moves the user to one they may see.
        window.showView(u"market"_qs);
        window.setUser(u"Bob"_qs, u"bob"_qs, Roles(Role::Analyst));
        QCOMPARE(window.currentViewId(), u"dashboard"_qs);
    }

    void ctrlNumberFollowsVisibleOrder()
    {
        MainWindow window;
        window.addView(view(u"dashboard"_qs, Role::Analyst));
        window.addView(view(u"market"_qs));
        window.addView(view(u"settings"_qs));
        window.setUser(u"Bob"_qs, u"bob"_qs, Roles(Role::Trader));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(window.currentViewId(), u"settings"_qs);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(window.currentViewId(), u"market"_qs);
    }

    void ctrlFFocusesTheViewsSearch()
    {
        MainWindow window;
        auto v = view(u"market"_qs);
        auto *search = new QLineEdit(v.widget);
        search->setObjectName(u"search"_qs);
        window.addView(v);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        QTRY_VERIFY(search->hasFocus());
    }

    void bannerAndStatus()
    {
        MainWindow window;
        window.addView(view(u"settings"_qs));
        window.setUser(u"<i>Eve</i>"_qs, u"eve"_qs, Roles(Role::Voter));
        ConnectionStatus live;
        live.state = ConnectionStatus::State::Live;
        live.rttMs = 3;
        window.setConnectionStatus(live, u"this computer"_qs);
        QVERIFY(!window.banner()->isVisibleTo(&window));
        QVERIFY(window.statusText().contains(u"3"_qs));
        // User names keep their own direction: isolated (FSI … PDI) in the translated sentence.
        QVERIFY(window.statusText().contains(u"\u2068<i>Eve</i>\u2069 (\u2068eve\u2069)"_qs));
        ConnectionStatus lost;
        lost.state = ConnectionStatus::State::Reconnecting;
        lost.reconnectInMs = 4000;
        lost.since = QDateTime::currentDateTime();
        window.setConnectionStatus(lost, u"https://nest.example.org"_qs);
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY(window.banner()->text().contains(u"https://nest.example.org"_qs));
        QVERIFY(window.banner()->text().contains(u"4"_qs));
        const auto *user = window.findChild<QLabel *>(u"statusUser"_qs);
        QCOMPARE(user->textFormat(), Qt::PlainText);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
