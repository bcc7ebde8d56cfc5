// The Dashboard in the real app: demo mode (embedded server, simulator, demo analyst account);
// the live chart and the personality panel fill from the server and the stream.
#include "dashboardview.h"
#include "desktopapp.h"
#include "personalitypanel.h"
#include "personalityradar.h"
#include "personalityresultsmodel.h"
#include "ratechart.h"

#include <QLineSeries>
#include <QListView>
#include <QTemporaryDir>
#include <QTest>

using nest::desktop::DesktopApp;

class TestDashboard : public QObject {
    Q_OBJECT
private:
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
    }
};

QTEST_MAIN(TestDashboard)
#include "tst_dashboard.moc"
