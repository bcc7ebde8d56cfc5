// Keyboard and screen-reader access in the real app (demo mode): Tab reaches every control of
// every view and dialog and comes back to where it started (no trap), the navigation list
// switches views by keyboard, every control has a name a screen reader can say, and every
// chart has a text summary of what it shows.
#include "accesscheck.h"
#include "communityview.h"
#include "createproposaldialog.h"
#include "desktopapp.h"
#include "feedmodel.h"
#include "governanceview.h"
#include "mainwindow.h"
#include "marketdialogs.h"
#include "marketview.h"
#include "personalityradar.h"
#include "postpanel.h"
#include "profilepanel.h"
#include "proposallistmodel.h"
#include "reasondialog.h"
#include "shortcutsdialog.h"
#include "signindialog.h"
#include "tallychart.h"
#include "votedialog.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QChartView>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using nest::desktop::DesktopApp;
using namespace nest::tests;

class TestKeyboard : public QObject {
    Q_OBJECT
private:
    //! Tab stops at one radio button of an exclusive group; the arrow keys choose within it.
    static bool reachedThroughGroup(QWidget *w, const QSet<QWidget *> &reached)
    {
        auto *radio = qobject_cast<QRadioButton *>(w);
        if (!radio || !radio->autoExclusive())
            return false;
        for (QRadioButton *sibling : w->parentWidget()->findChildren<QRadioButton *>(
                 QString(), Qt::FindDirectChildrenOnly)) {
            if (reached.contains(sibling))
                return true;
        }
        return false;
    }

    //! Tab from `start` around `top`: every control in `scope` is reached, none is left out,
    //! and Tab comes back to `start`. Problems are collected, so that one run lists them all.
    static void checkChain(QWidget *top, QWidget *start, QWidget *scope, const QString &what,
                           QStringList *problems)
    {
        const QList<QWidget *> expected = interactiveWidgets(scope);
        if (expected.isEmpty()) {
            *problems << what + u": no controls"_qs;
            return;
        }
        const FocusWalk walk = walkFocusChain(top, start, int(expected.size()) * 3 + 40);
        if (!walk.started) {
            *problems << what + u": the first control takes no focus"_qs;
            return;
        }
        if (!walk.returned)
            *problems << what + u": Tab does not come back (trapped in "_qs + describe(walk.last)
                             + u')';
        QStringList missed;
        for (QWidget *w : expected) {
            if (!walk.reached.contains(w) && !reachedThroughGroup(w, walk.reached))
                missed << describe(w);
        }
        if (!missed.isEmpty())
            *problems << what + u": Tab never reaches "_qs + missed.join(u", "_qs);
        // NEST_KEYBOARD_SHOTS=DIR keeps what each focused control looked like, for a look.
        const QString keep = qEnvironmentVariable("NEST_KEYBOARD_SHOTS");
        for (qsizetype i = 0; !keep.isEmpty() && i < walk.focusedLooks.size(); ++i)
            walk.focusedLooks.at(i).second.save(
                u"%1/%2-%3-%4.png"_qs.arg(keep, QString::fromLatin1(QTest::currentDataTag()), what)
                    .arg(i, 2, 10, QLatin1Char('0')));
        const QStringList unseen = invisibleFocus(walk);
        if (!unseen.isEmpty())
            *problems << what + u": focus not visible on "_qs + unseen.join(u", "_qs);
    }

    static void checkNames(QWidget *scope, const QString &what, QStringList *problems)
    {
        const QStringList nameless = namelessControls(scope);
        if (!nameless.isEmpty())
            *problems << what + u": no accessible name: "_qs + nameless.join(u", "_qs);
        const QStringList silent = chartsWithoutSummary(scope);
        if (!silent.isEmpty())
            *problems << what + u": chart without a summary: "_qs + silent.join(u", "_qs);
    }

    static void checkDialog(QDialog &dialog, const QString &what, QStringList *problems)
    {
        dialog.show();
        dialog.activateWindow();
        if (!QTest::qWaitForWindowActive(&dialog)) {
            *problems << what + u": does not activate"_qs;
            return;
        }
        const QList<QWidget *> controls = interactiveWidgets(&dialog);
        if (controls.isEmpty()) {
            *problems << what + u": no controls"_qs;
            return;
        }
        checkChain(&dialog, controls.first(), &dialog, what, problems);
        checkNames(&dialog, what, problems);
        dialog.hide();
    }

private Q_SLOTS:
    void helpersCanFail()
    {
        // A control Tab cannot reach, a nameless icon button and a silent chart are all found.
        QWidget top;
        auto *a = new QPushButton(u"A"_qs, &top);
        auto *unreachable = new QPushButton(u"B"_qs, &top);
        unreachable->setFocusPolicy(Qt::NoFocus);
        auto *icon = new QPushButton(&top);
        icon->setIcon(QIcon(u":/icons/nest.svg"_qs));
        auto *chart = new QChartView(&top);
        chart->setFocusPolicy(Qt::NoFocus);
        top.show();
        top.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&top));
        auto *blank = new QWidget(&top); // takes the focus but never shows it
        blank->setFocusPolicy(Qt::StrongFocus);
        blank->setGeometry(200, 0, 20, 20);
        blank->show();
        const FocusWalk walk = walkFocusChain(&top, a, 20);
        QVERIFY(walk.returned);
        QVERIFY(!walk.reached.contains(unreachable));
        QVERIFY(walk.reached.contains(blank));
        QVERIFY(invisibleFocus(walk).contains(describe(blank)));
        QVERIFY(namelessControls(&top).contains(describe(icon)));
        QVERIFY(!chartsWithoutSummary(&top).isEmpty());
        chart->setAccessibleDescription(u"Nothing yet"_qs);
        QVERIFY(chartsWithoutSummary(&top).isEmpty());
        icon->setAccessibleName(u"Nest"_qs);
        QVERIFY(!namelessControls(&top).contains(describe(icon)));
    }

    void chartSummariesFollowTheData()
    {
        // The tally: each choice with its weight, the leader, worded anew on every update.
        nest::ui::TallyChart tally;
        auto *view = tally.findChild<QChartView *>();
        QVERIFY(view);
        tally.setTally({u"Yes"_qs, u"No"_qs}, {300, 100});
        const QString first = view->accessibleDescription();
        QVERIFY2(first.contains(u"Yes"_qs) && first.contains(u"300"_qs) && first.contains(u"75"_qs),
                 qPrintable(first));
        tally.setTally({u"Yes"_qs, u"No"_qs}, {300, 900});
        const QString second = view->accessibleDescription();
        QVERIFY2(second != first && second.contains(u"900"_qs), qPrintable(second));
        QVERIFY2(second.contains(u"Leading: \u2068No\u2069"_qs), qPrintable(second));

        // The radar: nobody, then a user's five traits.
        nest::ui::PersonalityRadar radar;
        const QString nobody = radar.accessibleDescription();
        QVERIFY(!nobody.isEmpty());
        radar.setTraits({0.1, 0.2, 0.3, 0.4, 0.9}, 0.5);
        const QString traits = radar.accessibleDescription();
        QVERIFY2(traits != nobody && traits.contains(QLocale().toString(0.9, 'f', 2))
                     && traits.contains(u"50%"_qs),
                 qPrintable(traits));
    }

    void everyViewByKeyboard_data()
    {
        QTest::addColumn<QString>("theme");
        QTest::newRow("light") << u"light"_qs;
        QTest::newRow("dark") << u"dark"_qs;
    }

    void everyViewByKeyboard()
    {
        QFETCH(QString, theme);
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.theme = theme;
        options.demo = true;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        nest::ui::MainWindow &window = app.window();
        window.show();
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        auto *nav = window.findChild<QListWidget *>(u"navigation"_qs);
        QVERIFY(nav);

        // Demo content on screen: proposals, listings with a selected item, the feed.
        auto *governance =
            qobject_cast<nest::ui::GovernanceView *>(window.viewWidget(u"governance"_qs));
        auto *market = qobject_cast<nest::ui::MarketView *>(window.viewWidget(u"market"_qs));
        QVERIFY(governance && market);
        QTRY_VERIFY_WITH_TIMEOUT(governance->model().rowCount() > 0, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(market->findChild<QAbstractItemView *>()->model()->rowCount() > 0,
                                 15000);
        QTest::qWait(1500); // a few live seconds: charts, feed, detail panels fill
        // The panels with the most controls open: a listing's detail, a thread.
        market->findChild<QTableView *>()->selectRow(0);
        auto *community =
            qobject_cast<nest::ui::CommunityView *>(window.viewWidget(u"community"_qs));
        QVERIFY(community);
        QTRY_VERIFY_WITH_TIMEOUT(community->feed()->rowCount() > 0, 15000);
        const QString postId = community->feed()->postAt(0).id;
        Q_EMIT community->postOpened(postId);
        QTRY_COMPARE_WITH_TIMEOUT(community->postPanel()->postId(), postId, 15000);

        // The navigation list switches views with the arrow keys.
        nav->setFocus(Qt::TabFocusReason);
        QTRY_COMPARE(QApplication::focusWidget(), nav);
        const QString first = window.currentViewId();
        QTest::keyClick(nav, Qt::Key_Down);
        QVERIFY(window.currentViewId() != first);
        QTest::keyClick(nav, Qt::Key_Up);
        QCOMPARE(window.currentViewId(), first);

        QStringList problems;
        for (const QString &id : window.visibleViewIds()) {
            QVERIFY(window.showView(id));
            QTest::qWait(200);
            QWidget *view = window.viewWidget(id);
            checkChain(&window, nav, view, id, &problems);
            checkNames(view, id, &problems);
        }
        checkNames(nav, u"navigation"_qs, &problems);
        // A member's profile in the side panel.
        const QString authorId = community->feed()->postAt(0).author.id;
        Q_EMIT community->profileOpened(authorId);
        QTRY_COMPARE_WITH_TIMEOUT(community->profilePanel()->userId(), authorId, 15000);
        QVERIFY(window.showView(u"community"_qs));
        QTest::qWait(200);
        checkChain(&window, nav, community, u"community profile"_qs, &problems);
        checkNames(community, u"community profile"_qs, &problems);

        // The dialogs.
        const nest::governance::Proposal proposal = governance->model().at(0);
        governance->voteDialog().start(proposal);
        checkDialog(governance->voteDialog(), u"vote dialog"_qs, &problems);
        governance->createDialog().reset(QDateTime::currentMSecsSinceEpoch());
        checkDialog(governance->createDialog(), u"new proposal dialog"_qs, &problems);
        nest::ui::ReasonDialog reason(u"Report"_qs, u"Why?"_qs, true, &window);
        checkDialog(reason, u"reason dialog"_qs, &problems);
        nest::ui::AmountDialog bid(nest::ui::AmountDialog::Purpose::Bid, {}, u"Lamp"_qs, 1200, 1200,
                                   &window);
        checkDialog(bid, u"bid dialog"_qs, &problems);
        nest::ui::CreateListingDialog create({}, {u"Lamps"_qs}, &window);
        checkDialog(create, u"new listing dialog"_qs, &problems);
        nest::ui::ShortcutsDialog shortcuts(&window);
        checkDialog(shortcuts, u"shortcuts dialog"_qs, &problems);
        checkDialog(app.signInDialog(), u"sign-in dialog"_qs, &problems);
        QVERIFY2(problems.isEmpty(), qPrintable(u"\n"_qs + problems.join(u'\n')));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
