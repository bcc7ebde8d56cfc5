// The Dashboard in the real app: demo mode (embedded server, simulator, demo analyst account);
// the live chart and the personality panel fill from the server and the stream.
#include "apiclient.h"
#include "apijob.h"
#include "dashboardview.h"
#include "desktopapp.h"
#include "personalitypanel.h"
#include "personalityradar.h"
#include "personalityresultsmodel.h"
#include "ratechart.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QLineSeries>
#include <QListView>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using nest::desktop::DesktopApp;

class TestDashboard : public QObject {
    Q_OBJECT
private:
    //! POST /behavior/events as the app's signed-in analyst, waited for.
    static void postEvents(DesktopApp &app, const QJsonArray &events)
    {
        nest::client::ApiJob *job = app.api().send(
            "POST", QStringLiteral("/api/v1/behavior/events"), QJsonObject{{u"events"_qs, events}});
        QSignalSpy done(job, &nest::client::ApiJob::finished);
        QVERIFY(done.wait(10000));
    }

    static int renderedPoints(nest::ui::RateChart &chart)
    {
        int points = 0;
        for (int k = 0; k < nest::analytics::kEventKinds; ++k)
            points += chart.renderedPointCount(static_cast<nest::analytics::EventKind>(k));
        return points;
    }

private Q_SLOTS:
    void chartAndRadarUpdateLive()
    {
        QTemporaryDir dir;
        DesktopApp::Options options;
        options.demo = true;
        options.offline = true;
        options.dataDir = dir.path();
        DesktopApp app(options);
        QVERIFY(app.start());
        QTRY_VERIFY_WITH_TIMEOUT(app.session().isSignedIn(), 15000);
        QVERIFY(app.window().showView(QStringLiteral("dashboard")));
        auto *view = qobject_cast<nest::ui::DashboardView *>(
            app.window().viewWidget(QStringLiteral("dashboard")));
        QVERIFY(view);

        // behavior.metrics arrives once a second while the simulator runs: the chart grows.
        nest::ui::RateChart &chart = view->rateChart();
        QTRY_VERIFY_WITH_TIMEOUT(renderedPoints(chart) > 0, 15000);
        // Once the window is full, a sliding window draws as many points as before: look at
        // the newest drawn time instead.
        const qint64 before = chart.renderedEndMs();
        QTRY_VERIFY_WITH_TIMEOUT(chart.renderedEndMs() > before, 15000); // a new live second

        // The personality search lists the simulated users; picking one fills the radar.
        nest::ui::PersonalityPanel &panel = view->personality();
        QTRY_VERIFY_WITH_TIMEOUT(panel.resultsModel()->rowCount() > 0, 15000);
        auto *list = panel.findChild<QListView *>(QStringLiteral("personalityResults"));
        QVERIFY(list);
        list->setCurrentIndex(panel.resultsModel()->index(0));
        QTRY_COMPARE_WITH_TIMEOUT(panel.radar()->userSeries()->count(), 6, 15000);
        for (const QPointF &p : panel.radar()->userSeries()->points())
            QVERIFY(p.y() >= 0 && p.y() <= 1);

        // Filtered to one user, the chart shows only that user's events, live from the stream.
        auto *filter = view->findChild<QLineEdit *>(QStringLiteral("userFilter"));
        QVERIFY(filter);
        filter->setFocus();
        QTest::keyClicks(filter, QStringLiteral("filter_probe"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(view->userFilter(), QStringLiteral("filter_probe"));
        const auto probeClicks = [&chart] {
            double clicks = 0;
            for (const auto &p : chart.visiblePoints()) {
                if (p.activeUsers > 1)
                    return -1.0; // somebody else's events
                clicks += p.perKind[size_t(nest::analytics::EventKind::Click)];
            }
            return clicks;
        };
        for (int round = 0; round < 40 && probeClicks() < 3; ++round) {
            const qint64 now = QDateTime::currentMSecsSinceEpoch();
            QJsonArray events;
            for (int i = 0; i < 3; ++i)
                events.append(QJsonObject{{u"user_id"_qs, u"filter_probe"_qs},
                                          {u"session_id"_qs, u"s1"_qs},
                                          {u"kind"_qs, u"click"_qs},
                                          {u"ts"_qs, now}});
            postEvents(app, events);
            QTest::qWait(500);
        }
        QVERIFY2(probeClicks() >= 3, "the filtered chart did not show the user's clicks");

        // Cleared, the chart shows everybody's rates again, backfilled.
        filter->clear();
        QVERIFY(view->userFilter().isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(
            [&chart] {
                for (const auto &p : chart.visiblePoints())
                    if (p.activeUsers > 1)
                        return true;
                return false;
            }(),
            15000);
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
