#include "connectionbanner.h"
#include "mainwindow.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
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

    void signingInShowsTheFirstViewOrTheChosenOne()
    {
        // Built before anybody signs in: the role-bound views are hidden at first.
        MainWindow window;
        window.addView(view(u"dashboard"_qs, Role::Analyst));
        window.addView(view(u"governance"_qs));
        window.addView(view(u"settings"_qs));
        QCOMPARE(window.currentViewId(), u"governance"_qs);
        window.setUser(u"Ann"_qs, u"ann"_qs, Roles(Role::Analyst));
        QCOMPARE(window.currentViewId(), u"dashboard"_qs); // not where the hiding left it

        // A view the user chose is kept across a sign-out and the next sign-in.
        QVERIFY(window.showView(u"settings"_qs));
        window.setUser(u"Ann"_qs, u"ann"_qs, Roles());
        window.setUser(u"Ann"_qs, u"ann"_qs, Roles(Role::Analyst));
        QCOMPARE(window.currentViewId(), u"settings"_qs);
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
        live.embeddedServer = false;
        window.setConnectionStatus(live, u"https://nest.example.org"_qs);
        QVERIFY(!window.banner()->isVisibleTo(&window));
        // Working on this computer's server: said in the banner, with nothing to retry.
        ConnectionStatus local = live;
        local.embeddedServer = true;
        window.setConnectionStatus(local, u"this computer"_qs);
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY(window.banner()->text().contains(u"this computer's server"_qs));
        QVERIFY(!window.banner()->findChild<QPushButton *>()->isVisibleTo(&window));
        // The remote is unreachable and this computer stands in: which server, since when.
        ConnectionStatus fallback = local;
        fallback.fallback = true;
        fallback.state = ConnectionStatus::State::Reconnecting;
        fallback.since = QDateTime(QDate(2026, 11, 21), QTime(9, 14));
        window.setConnectionStatus(fallback, u"example.org"_qs);
        QVERIFY(window.banner()->isVisibleTo(&window));
        QVERIFY(window.banner()->text().contains(u"example.org"_qs));
        QVERIFY(window.banner()->text().contains(
            QLocale().toString(QTime(9, 14), QLocale::ShortFormat)));
        QVERIFY(window.banner()->text().contains(u"queued"_qs));
        QVERIFY(window.banner()->findChild<QPushButton *>()->isVisibleTo(&window));
        const auto *bannerLabel = window.banner()->findChild<QLabel *>();
        QCOMPARE(bannerLabel->textFormat(), Qt::PlainText);
        window.setConnectionStatus(live, u"https://nest.example.org"_qs);
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
