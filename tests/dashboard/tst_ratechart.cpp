#include "ratechart.h"

#include <QChart>
#include <QChartView>
#include <QImage>
#include <QLegend>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <algorithm>

using nest::analytics::EventKind;
using nest::ui::RateChart;
using nest::ui::RatePoint;

namespace {

constexpr qint64 kT0 = 1'700'000'000'000; // a whole second

RatePoint makePoint(qint64 ts, double click, double pageView = 10)
{
    RatePoint p;
    p.ts = ts;
    p.perKind[size_t(EventKind::Click)] = click;
    p.perKind[size_t(EventKind::PageView)] = pageView;
    p.activeUsers = 7;
    return p;
}

QChartView *viewOf(RateChart &chart)
{
    return chart.findChild<QChartView *>();
}

QXYSeries *seriesOf(RateChart &chart, int index)
{
    return qobject_cast<QXYSeries *>(viewOf(chart)->chart()->series().at(index));
}

// Where a data point is drawn, in the view's viewport coordinates.
QPoint viewportPos(RateChart &chart, QPointF value)
{
    QChart *c = viewOf(chart)->chart();
    const QPointF inChart = c->mapToPosition(value, c->series().front());
    return viewOf(chart)->mapFromScene(c->mapToScene(inChart));
}

// Runs the pending frame and the relayout it causes (axis labels resize the plot area), so
// that positions computed from the plot area are the ones the next mouse event meets.
void settle(RateChart &chart)
{
    chart.updateNow();
    QCoreApplication::processEvents();
    chart.updateNow();
}

} // namespace

class TstRateChart : public QObject {
    Q_OBJECT

private:
    void showChart(RateChart &chart)
    {
        chart.setLocale(QLocale::c());
        chart.resize(900, 420);
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
    }

private Q_SLOTS:
    void decimatesAndKeepsExtremes()
    {
        RateChart chart;
        showChart(chart);
        chart.setWindowMs(60 * 60 * 1000);
        for (int i = 0; i < 3600; ++i) {
            const double click = i == 1800 ? 1000 : (i == 900 ? 0 : 50 + (i % 7));
            chart.appendPoint(makePoint(kT0 + i * 1000, click));
        }
        settle(chart);
        const double plotWidth = viewOf(chart)->chart()->plotArea().width();
        QVERIFY(plotWidth > 100);
        const int rendered = chart.renderedPointCount(EventKind::Click);
        QVERIFY2(rendered <= int(2 * plotWidth) + 4, qPrintable(QString::number(rendered)));
        QVERIFY(rendered > 100);
        const QList<QPointF> points = seriesOf(chart, int(EventKind::Click))->points();
        const auto [minIt, maxIt] = std::minmax_element(
            points.begin(), points.end(), [](QPointF a, QPointF b) { return a.y() < b.y(); });
        QCOMPARE(maxIt->y(), 1000.0);
        QCOMPARE(qint64(maxIt->x()), kT0 + 1800 * 1000);
        QCOMPARE(minIt->y(), 0.0);
    }

    void coalescesUpdatesPerFrame()
    {
        RateChart chart;
        showChart(chart);
        chart.appendPoint(makePoint(kT0, 1));
        settle(chart);
        const int before = chart.frameUpdates();
        // Steady values keep the axes (and so the plot area) as they are: one pass, no relayout.
        for (int i = 1; i <= 200; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 1));
        QCOMPARE(chart.frameUpdates(), before);
        QTest::qWait(100);
        QCOMPARE(chart.frameUpdates(), before + 1);
        QTest::qWait(60);
        QCOMPARE(chart.frameUpdates(), before + 1); // nothing changed: no pass
    }

    void hiddenChartDoesNoWork()
    {
        RateChart chart;
        for (int i = 0; i < 50; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, i));
        QTest::qWait(60);
        QCOMPARE(chart.frameUpdates(), 0);
        showChart(chart);
        QTRY_VERIFY(chart.frameUpdates() >= 1);
        QVERIFY(chart.renderedPointCount(EventKind::Click) > 0);
    }

    void backfillMergesWithoutSeam()
    {
        RateChart chart;
        // Live points arrive first, mid-second, while the backfill request is in flight.
        for (int i = 250; i <= 300; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000 + 123, i));
        chart.appendPoint(makePoint(kT0 + 300 * 1000 + 900, 300)); // same second again
        QList<RatePoint> backfill;
        for (int i = 260; i >= 0; --i) // overlapping, and out of order
            backfill.append(makePoint(kT0 + i * 1000, i));
        chart.setBackfill(backfill);
        chart.setBackfill(backfill); // a repeated backfill adds nothing

        const QList<RatePoint> points = chart.visiblePoints();
        QCOMPARE(points.size(), 301);
        for (int i = 0; i < points.size(); ++i) {
            QCOMPARE(points[i].ts, kT0 + i * 1000);
            QCOMPARE(points[i].perKind[size_t(EventKind::Click)], double(i));
            QCOMPARE(points[i].activeUsers, 7);
        }
    }

    void memoryIsBounded()
    {
        RateChart chart;
        chart.setWindowMs(24 * 60 * 60 * 1000);
        for (qint64 i = 0; i < RateChart::kCapacity + 100; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 1));
        const QList<RatePoint> points = chart.visiblePoints();
        QCOMPARE(points.size(), RateChart::kCapacity);
        QCOMPARE(points.front().ts, kT0 + 100 * 1000);
    }

    void windowSwitchChangesRange()
    {
        RateChart chart;
        for (int i = 0; i < 600; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 1));
        const qint64 last = kT0 + 599 * 1000;
        chart.setWindowMs(60 * 1000);
        QCOMPARE(chart.visibleRange(), qMakePair(last - 60 * 1000, last));
        chart.setWindowMs(60 * 60 * 1000);
        QCOMPARE(chart.visibleRange(), qMakePair(last - 60 * 60 * 1000, last));
        QCOMPARE(chart.visiblePoints().size(), 600);
    }

    void pauseHoldsViewAndResumeCatchesUp()
    {
        RateChart chart;
        showChart(chart);
        for (int i = 0; i < 100; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 1));
        settle(chart);
        QSignalSpy paused(&chart, &RateChart::pausedChanged);
        chart.setPaused(true);
        QCOMPARE(paused.count(), 1);
        const auto held = chart.visibleRange();
        for (int i = 100; i < 130; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 1));
        QTest::qWait(50);
        settle(chart);
        QCOMPARE(chart.visibleRange(), held);
        chart.setPaused(false);
        settle(chart);
        QCOMPARE(chart.visibleRange().second, kT0 + 129 * 1000);
        QVERIFY(chart.followLive());
    }

    void wheelZoomAndDragTurnFollowLiveOff()
    {
        RateChart chart;
        showChart(chart);
        for (int i = 0; i < 300; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 5));
        settle(chart);
        QSignalSpy follow(&chart, &RateChart::followLiveChanged);
        QWidget *viewport = viewOf(chart)->viewport();
        const QPoint centre = viewportPos(chart, QPointF(double(kT0 + 200 * 1000), 1));
        const qint64 spanBefore = chart.visibleRange().second - chart.visibleRange().first;
        QWheelEvent wheel(centre, viewport->mapToGlobal(centre), QPoint(), QPoint(0, 120),
                          Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
        QVERIFY(QCoreApplication::sendEvent(viewport, &wheel));
        QVERIFY(!chart.followLive());
        QCOMPARE(follow.count(), 1);
        QCOMPARE(follow.front().front().toBool(), false);
        const auto zoomed = chart.visibleRange();
        QVERIFY(zoomed.second - zoomed.first < spanBefore);
        // The time under the cursor stays put.
        QVERIFY(zoomed.first < kT0 + 200 * 1000 && zoomed.second > kT0 + 200 * 1000);

        // Live data no longer moves the zoomed view; a drag to the right looks back in time.
        chart.appendPoint(makePoint(kT0 + 300 * 1000, 5));
        settle(chart);
        QCOMPARE(chart.visibleRange(), zoomed);
        QTest::mousePress(viewport, Qt::LeftButton, {}, centre);
        QTest::mouseMove(viewport, centre + QPoint(100, 0));
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, centre + QPoint(100, 0));
        QVERIFY(chart.visibleRange().first < zoomed.first);

        chart.setFollowLive(true);
        QCOMPARE(chart.visibleRange().second, kT0 + 300 * 1000);
    }

    void kindFilterHidesSeries()
    {
        RateChart chart;
        showChart(chart);
        QSignalSpy spy(&chart, &RateChart::kindVisibilityChanged);
        for (int i = 0; i < 60; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 3));
        settle(chart);
        QVERIFY(chart.renderedPointCount(EventKind::Click) > 0);
        chart.setKindVisible(EventKind::Click, false);
        settle(chart);
        QVERIFY(!seriesOf(chart, int(EventKind::Click))->isVisible());
        QCOMPARE(chart.renderedPointCount(EventKind::Click), 0);
        QVERIFY(chart.renderedPointCount(EventKind::PageView) > 0);
        QCOMPARE(spy.count(), 1);

        // A click on the legend entry brings it back.
        QLegend *legend = viewOf(chart)->chart()->legend();
        QLegendMarker *marker = legend->markers(seriesOf(chart, int(EventKind::Click))).front();
        QVERIFY(marker->isVisible());
        Q_EMIT marker->clicked();
        settle(chart);
        QVERIFY(chart.isKindVisible(EventKind::Click));
        QVERIFY(chart.renderedPointCount(EventKind::Click) > 0);
    }

    void alertMarkerIsDrawn()
    {
        RateChart chart;
        showChart(chart);
        for (int i = 0; i < 60; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, 3));
        nest::ui::AlertMark alert;
        alert.id = QStringLiteral("a1");
        alert.ts = kT0 + 30 * 1000;
        alert.severity = QStringLiteral("warning");
        alert.metric = QStringLiteral("events_per_s.click");
        alert.value = 42;
        chart.addAlert(alert);
        chart.addAlert(alert); // delivered twice after a reconnect
        settle(chart);
        QCOMPARE(chart.alerts().size(), 1);
        auto *markers = qobject_cast<QScatterSeries *>(viewOf(chart)->chart()->series().back());
        QVERIFY(markers);
        QCOMPARE(markers->count(), 1);
        QCOMPARE(markers->at(0), QPointF(double(alert.ts), 42.0));
    }

    void accessibleSummaryReadsTheLatestSecond()
    {
        RateChart chart;
        showChart(chart);
        QCOMPARE(viewOf(chart)->accessibleName(), u"Event rate per kind"_qs);
        for (int i = 0; i <= 60; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, i < 60 ? 20 : 90, 10));
        settle(chart);
        const QString summary = viewOf(chart)->accessibleDescription();
        QCOMPARE(summary, chart.summaryText());
        // 100 events/s where a minute ago there were 30: rising, clicks first.
        QVERIFY2(summary.contains(u"100 events per second"_qs), qPrintable(summary));
        QVERIFY2(summary.contains(u"rising"_qs), qPrintable(summary));
        QVERIFY2(summary.indexOf(RateChart::kindLabel(EventKind::Click))
                     < summary.indexOf(RateChart::kindLabel(EventKind::PageView)),
                 qPrintable(summary));
    }

    void exportsPng()
    {
        RateChart chart;
        showChart(chart);
        for (int i = 0; i < 120; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, i % 10));
        settle(chart);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(chart.exportPng(path));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800);
        QVERIFY(!chart.exportPng(dir.filePath(QStringLiteral("missing/dir/chart.png"))));
    }

    void crosshairReadsValues()
    {
        RateChart chart;
        showChart(chart);
        chart.setWindowMs(60 * 1000);
        for (int i = 0; i < 60; ++i)
            chart.appendPoint(makePoint(kT0 + i * 1000, i == 30 ? 42.5 : 3));
        nest::ui::AlertMark alert;
        alert.ts = kT0 + 30 * 1000;
        alert.severity = QStringLiteral("critical");
        alert.message = QStringLiteral("<b>spike</b>");
        chart.addAlert(alert);
        settle(chart);
        QVERIFY(chart.crosshairText().isEmpty());
        QWidget *viewport = viewOf(chart)->viewport();
        QTest::mouseMove(viewport, viewportPos(chart, QPointF(double(kT0 + 30 * 1000), 1)));
        const QString text = chart.crosshairText();
        QVERIFY2(text.contains(QStringLiteral("Clicks: 42.5")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("Page views: 10.0")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("<b>spike</b>")), qPrintable(text));
        chart.setKindVisible(EventKind::PageView, false);
        settle(chart);
        QVERIFY(!chart.crosshairText().contains(QStringLiteral("Page views")));
    }
};

QTEST_MAIN(TstRateChart)
#include "tst_ratechart.moc"
