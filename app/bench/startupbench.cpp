#include "startupbench.h"

#include "benchstats.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QHash>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace {

struct StartRun {
    QHash<QByteArray, double> atMs; //!< milestone -> ms since the process was started
    qint64 pid = 0;
};

//! The kernel drops clean page-cache pages (root only); false when it is not allowed here.
bool dropPageCache()
{
    QProcess::execute(QStringLiteral("sync"), {});
    QFile drop(QStringLiteral("/proc/sys/vm/drop_caches"));
    return drop.open(QIODevice::WriteOnly) && drop.write("3\n") == 2;
}

//! Starts the app and waits (at most 30 s) for its `streamed` milestone; `process` keeps
//! running so that the caller can measure it further or stop it.
StartRun startApp(QProcess &process, const QString &dataDir)
{
    StartRun run;
    QElapsedTimer clock;
    QByteArray pending;
    QEventLoop loop;
    QObject::connect(&process, &QProcess::readyReadStandardOutput, &loop, [&] {
        pending += process.readAllStandardOutput();
        for (qsizetype nl; (nl = pending.indexOf('\n')) >= 0; pending.remove(0, nl + 1)) {
            const QList<QByteArray> words = pending.left(nl).split(' ');
            if (words.size() >= 2 && words[0] == "startup")
                run.atMs.insert(words[1], double(clock.nsecsElapsed()) / 1e6);
            if (run.atMs.contains("streamed"))
                loop.quit();
        }
    });
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    clock.start();
    process.start(QStringLiteral(NEST_DESKTOP_BINARY),
                  {QStringLiteral("--demo"), QStringLiteral("--data-dir"), dataDir,
                   QStringLiteral("--startup-report")});
    loop.exec();
    QObject::disconnect(&process, nullptr, &loop, nullptr);
    run.pid = process.processId();
    return run;
}

void stopApp(QProcess &process)
{
    process.terminate();
    if (!process.waitForFinished(15'000)) {
        process.kill();
        process.waitForFinished(5'000);
    }
}

void printRow(const char *label, const StartRun &run)
{
    const auto at = [&run](const char *m) {
        return run.atMs.contains(m) ? QByteArray::number(run.atMs.value(m), 'f', 0) + " ms"
                                    : QByteArrayLiteral("—");
    };
    std::printf("| %s | %s | %s | %s |\n", label, at("window").constData(), at("live").constData(),
                at("streamed").constData());
    std::fflush(stdout);
}

} // namespace

int runStartupBench(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Cold and warm start-up of nest-desktop --demo to a live dashboard, and its idle RSS."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("startup"), QStringLiteral("Subcommand."));
    const QCommandLineOption runsOpt(QStringLiteral("runs"), QStringLiteral("Warm starts."),
                                     QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption idleOpt(QStringLiteral("idle-seconds"),
                                     QStringLiteral("How long the last run idles before its RSS "
                                                    "is read."),
                                     QStringLiteral("s"), QStringLiteral("60"));
    parser.addOptions({runsOpt, idleOpt});
    parser.process(app);
    const int runs = std::max(1, parser.value(runsOpt).toInt());
    const int idleSeconds = std::max(0, parser.value(idleOpt).toInt());

    QTemporaryDir dataDir;
    const bool dropped = dropPageCache();
    std::printf("nest-bench startup: nest-desktop --demo (the embedded server and its simulator "
                "run in the same process); ms from process start to the line the app prints "
                "after each milestone is painted. Cold: a fresh data folder%s.\n\n",
                dropped ? ", after dropping the page cache"
                        : " (the page cache could not be dropped here)");
    std::printf("| start | window painted | live dashboard | first streamed second |\n"
                "|---|---|---|---|\n");
    std::fflush(stdout);

    std::vector<double> live;
    std::vector<double> window;
    int failures = 0;
    for (int i = 0; i <= runs; ++i) {
        QProcess process;
        const StartRun run = startApp(process, dataDir.path());
        if (!run.atMs.contains("streamed"))
            ++failures;
        printRow(i == 0 ? "cold" : "warm", run);
        if (i > 0 && run.atMs.contains("live")) {
            live.push_back(run.atMs.value("live"));
            window.push_back(run.atMs.value("window"));
        }
        if (i == runs && idleSeconds > 0 && process.state() == QProcess::Running) {
            QEventLoop idle;
            QTimer::singleShot(idleSeconds * 1000, &idle, &QEventLoop::quit);
            idle.exec();
            std::printf("\nidle RSS after %d s on the live dashboard: %.1f MB\n", idleSeconds,
                        double(rssKiBOf(run.pid)) / 1024.0);
        }
        stopApp(process);
    }
    std::printf("\nwarm (%zu runs): window p50 %.0f ms; live dashboard p50 %.0f ms, worst %.0f "
                "ms (target under 400 ms)\n",
                live.size(), percentileOf(window, 0.5), percentileOf(live, 0.5),
                percentileOf(live, 1.0));
    return failures == 0 ? 0 : 1;
}
