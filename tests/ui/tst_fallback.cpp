// The remote server becomes unreachable mid-session: after the grace period this computer's
// server stands in for the analytics (its own ApiClient and stream; the app's ApiClient, where
// the outbox replays, stays on the remote), the banner says which server and since when; when
// the remote is back the banner goes and the dashboard reads from the remote again.
// Started with --offline/--demo, the banner says the user works on this computer's server.
#include "connectionbanner.h"
#include "desktopapp.h"
#include "fallbackcontroller.h"
#include "governanceview.h"
#include "proposallistmodel.h"
#include "testserver.h"

#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace nest;
using namespace nest::desktop;

class TestFallback : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void remoteLostAndBack()
    {
        test::TestServer remote;
        QVERIFY(remote.start());
        QString error;
        QVERIFY2(remote.server().seedDemo(&error), qPrintable(error));
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.server = remote.url({});
        options.dataDir = dir.path();
        DesktopApp app(options);
        app.fallback().setGraceMs(300);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window().statusText().contains(QStringLiteral("Live")),
                                 15'000);
        const ui::ConnectionBanner *banner = app.window().banner();
        QVERIFY(!banner->isVisibleTo(&app.window()));
        QVERIFY(app.fallback().isArmed());
        QVERIFY(!app.fallback().isActive());
        const QUrl remoteBase = app.api().baseUrl();

        remote.stop();
        QTRY_VERIFY_WITH_TIMEOUT(app.fallback().isActive(), 20'000);
        QVERIFY(banner->isVisibleTo(&app.window()));
        QVERIFY2(banner->text().contains(QStringLiteral("127.0.0.1")), qPrintable(banner->text()));
        QVERIFY(banner->text().contains(QStringLiteral("unreachable")));
        QVERIFY(banner->text().contains(
            QLocale().toString(app.fallback().unreachableSince().time(), QLocale::ShortFormat)));
        QCOMPARE(banner->findChild<QLabel *>()->textFormat(), Qt::PlainText);
        // The app's ApiClient (the outbox's) stays on the remote; analytics come from here.
        QCOMPARE(app.api().baseUrl(), remoteBase);
        QVERIFY(app.fallback().api().baseUrl() != remoteBase);
        QCOMPARE(app.fallback().api().baseUrl().host(), QStringLiteral("127.0.0.1"));
        QTRY_COMPARE_WITH_TIMEOUT(app.fallback().stream().state(),
                                  client::StreamClient::State::Live, 15'000);
        QVERIFY(QDir(dir.filePath(QStringLiteral("fallback-server"))).exists());

        // Back: "Retry now" reconnects at once; the banner goes, the fallback stream stops.
        QVERIFY(remote.start());
        QTest::mouseClick(banner->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!app.fallback().isActive(), 60'000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(&app.window()), 5'000);
        QCOMPARE(app.fallback().stream().state(), client::StreamClient::State::Offline);
    }

    void startsWhileTheRemoteIsAway()
    {
        // Signed in once (the views cached, the session in the keychain), then started while
        // the remote is away: the window opens on the cached views with the banner, no sign-in
        // dialog; when the remote answers the session resumes and the views are fresh again.
        test::TestServer remote;
        QVERIFY(remote.start());
        QString error;
        QVERIFY2(remote.server().seedDemo(&error), qPrintable(error));
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.server = remote.url({});
        options.dataDir = dir.path();
        int proposals = 0;
        {
            DesktopApp::Options demo = options;
            demo.demo = true;
            DesktopApp first(demo);
            QVERIFY(first.start());
            QTRY_VERIFY_WITH_TIMEOUT(first.session().isSignedIn(), 20'000);
            QTRY_VERIFY_WITH_TIMEOUT(first.cache().isReady()
                                         && first.cache().ids(QStringLiteral("proposals")).size()
                                                > 0,
                                     20'000);
            proposals = int(first.cache().ids(QStringLiteral("proposals")).size());
            // Known once the keychain has been used (the cache's keys came from it).
            if (!first.secretStore().isPersistent())
                QSKIP("no Secret Service in this environment: there is nothing to resume from");
        } // quit without signing out
        remote.stop();

        DesktopApp app(options);
        app.fallback().setGraceMs(300);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.isWaitingForServer(), 20'000);
        QVERIFY(!app.signInDialog().isVisible());
        QVERIFY(app.window().isVisible());
        QVERIFY(!app.session().isSignedIn());
        auto *governance = qobject_cast<ui::GovernanceView *>(
            app.window().viewWidget(QStringLiteral("governance")));
        QVERIFY(governance);
        QTRY_VERIFY_WITH_TIMEOUT(app.cache().isReady(), 15'000);
        const ui::ConnectionBanner *banner = app.window().banner();
        QTRY_VERIFY_WITH_TIMEOUT(app.fallback().isActive(), 20'000);
        QVERIFY(banner->isVisibleTo(&app.window()));
        QVERIFY(banner->text().contains(QStringLiteral("unreachable")));
        QTRY_COMPARE_WITH_TIMEOUT(governance->model().rowCount(), proposals, 15'000);

        // The remote answers: "Retry now" resumes the session from the keychain.
        QVERIFY(remote.start());
        QTest::mouseClick(banner->findChild<QPushButton *>(), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 30'000);
        QVERIFY(!app.isWaitingForServer());
        QTRY_VERIFY_WITH_TIMEOUT(!app.fallback().isActive(), 30'000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisibleTo(&app.window()), 30'000);
        QTRY_COMPARE_WITH_TIMEOUT(governance->model().rowCount(), proposals, 15'000);
    }

    void offlineSaysThisComputer()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.offline = true;
        options.demo = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 20'000);
        QTRY_VERIFY_WITH_TIMEOUT(app.window().statusText().contains(QStringLiteral("Live")),
                                 15'000);
        const ui::ConnectionBanner *banner = app.window().banner();
        QVERIFY(banner->isVisibleTo(&app.window()));
        QVERIFY(banner->text().contains(QStringLiteral("this computer's server")));
        QVERIFY(!app.fallback().isArmed()); // nothing to stand in for
    }
};

QTEST_MAIN(TestFallback)
#include "tst_fallback.moc"
