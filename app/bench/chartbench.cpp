#include "chartbench.h"

#include "benchstats.h"
#include "decimation.h"
#include "minmaxbuckets.h"
#include "timeseriesbuffer.h"

#include <QApplication>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLineSeries>
#include <QPainter>
#include <QPixmap>
#include <QRandomGenerator>
#include <QValueAxis>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace {
using nest::charting::TimeSeriesBuffer;

constexpr qsizetype kWindowPoints = 1'000'000;
constexpr int kPointsPerFrame = 100;
constexpr int kPlotWidth = 1200;

//! How the lines are drawn. The Dashboard's RateChart draws like Thin; Smooth is what it drew
//! before (a 1.6 px cosmetic pen is stroked as a polygon, and antialiasing doubles that again).
enum class Pen { Thin, Smooth };

struct Chart {
    QChart *chart = new QChart;
    QLineSeries *series = new QLineSeries;
    QValueAxis *x = new QValueAxis;
    QValueAxis *y = new QValueAxis;
    QChartView view;
    QPixmap frame{kPlotWidth, 400};

    explicit Chart(Pen pen = Pen::Thin)
    {
        if (pen == Pen::Thin) {
            QPen thin(Qt::darkBlue, 1);
            thin.setCosmetic(true);
            series->setPen(thin);
        } else {
            QPen smooth(Qt::darkBlue, 1.6);
            smooth.setCosmetic(true);
            series->setPen(smooth);
            view.setRenderHint(QPainter::Antialiasing);
        }
        chart->addSeries(series);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        series->attachAxis(x);
        series->attachAxis(y);
        chart->legend()->hide();
        y->setRange(-60, 60);
        view.setChart(chart);
        view.resize(kPlotWidth, 400);
    }
    //! Renders the chart as a frame would (offscreen).
    void render()
    {
        frame.fill(Qt::white);
        QPainter painter(&frame);
        view.render(&painter);
    }
};

void printRow(const char *what, const std::vector<double> &frames)
{
    std::printf("| %s | %.2f ms | %.2f ms | %zu frames |\n", what, percentileOf(frames, 0.5),
                percentileOf(frames, 0.99), frames.size());
}
} // namespace

int runChartBench(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", QByteArrayLiteral("offscreen"));
    QApplication app(argc, argv);
    QRandomGenerator rng(7);
    std::printf("| chart, 1,000,000-point window, 100 new points/frame | p50 | p99 | frames |\n"
                "|---|---|---|---|\n");

    // Decimated path: ring buffer, min/max per pixel, one replace() per frame.
    const qint64 rssBefore = rssKiBOf();
    TimeSeriesBuffer buffer(kWindowPoints);
    qint64 ts = 0;
    for (qsizetype i = 0; i < kWindowPoints; ++i)
        buffer.append(ts += 10, float(rng.generateDouble() * 100 - 50));
    const qint64 rssAfter = rssKiBOf();
    Chart decimated;
    QList<QPointF> points;
    std::vector<double> frames;
    for (int frame = 0; frame < 300; ++frame) {
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < kPointsPerFrame; ++i)
            buffer.append(ts += 10, float(rng.generateDouble() * 100 - 50));
        const qint64 from = buffer.at(0).ts;
        decimateMinMax(buffer, from, ts, kPlotWidth, &points);
        decimated.series->replace(points);
        decimated.x->setRange(double(from), double(ts));
        decimated.render();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    printRow("TimeSeriesBuffer + full min/max decimation + replace() + render", frames);

    // Incremental: min/max per time-aligned bucket, updated with each frame's new points.
    nest::charting::MinMaxBuckets buckets;
    const qint64 bucketMs = (ts - buffer.at(0).ts) / kPlotWidth;
    buckets.rebuild(buffer, bucketMs);
    const auto runIncremental = [&](Pen pen, const char *what) {
        Chart incremental(pen);
        frames.clear();
        std::vector<double> dataOnly;
        for (int frame = 0; frame < 300; ++frame) {
            QElapsedTimer t;
            t.start();
            for (int i = 0; i < kPointsPerFrame; ++i) {
                const float v = float(rng.generateDouble() * 100 - 50);
                buffer.append(ts += 10, v);
                buckets.add(ts, v);
            }
            const qint64 from = buffer.at(0).ts;
            buckets.dropBefore(from);
            buckets.points(from, ts, &points);
            dataOnly.push_back(double(t.nsecsElapsed()) / 1e6);
            incremental.series->replace(points);
            incremental.x->setRange(double(from), double(ts));
            incremental.render();
            frames.push_back(double(t.nsecsElapsed()) / 1e6);
        }
        printRow(what, frames);
        if (pen == Pen::Thin)
            printRow("  of which data (append, buckets, points)", dataOnly);
    };
    runIncremental(Pen::Thin, "TimeSeriesBuffer + incremental MinMaxBuckets + replace() + render "
                              "(1 px pen, as the Dashboard)");
    runIncremental(Pen::Smooth, "the same with a 1.6 px antialiased pen");
    std::printf("| memory per retained point | %.1f bytes (RSS growth for 1M points; %lld "
                "bytes by layout) | | |\n",
                double(rssAfter - rssBefore) * 1024.0 / double(kWindowPoints),
                qint64(TimeSeriesBuffer::bytesPerPoint()));
    std::fflush(stdout);

    // Raw path for comparison: every point in the QLineSeries, replace() per frame (append()
    // one by one is quadratic in Qt Charts 6.4 and would not finish).
    Chart raw;
    QList<QPointF> all;
    all.reserve(kWindowPoints + kPointsPerFrame);
    for (qsizetype i = 0; i < buffer.size(); ++i)
        all.append(QPointF(double(buffer.at(i).ts), double(buffer.at(i).value)));
    const qint64 rssRawBefore = rssKiBOf();
    raw.series->replace(all);
    const qint64 rssRawAfter = rssKiBOf();
    frames.clear();
    for (int frame = 0; frame < 10; ++frame) {
        QElapsedTimer t;
        t.start();
        all.remove(0, kPointsPerFrame);
        for (int i = 0; i < kPointsPerFrame; ++i)
            all.append(QPointF(double(ts += 10), rng.generateDouble() * 100 - 50));
        raw.series->replace(all);
        raw.x->setRange(all.first().x(), all.last().x());
        raw.render();
        frames.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    printRow("raw QLineSeries holding every point, replace() + render", frames);
    std::printf("| memory per point in a raw QLineSeries | %.1f bytes (RSS growth) | | |\n",
                double(rssRawAfter - rssRawBefore) * 1024.0 / double(kWindowPoints));
    return 0;
}
