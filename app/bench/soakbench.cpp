#include "soakbench.h"

#include "benchserver.h"
#include "benchstats.h"
#include "dashboardview.h"
#include "desktopapp.h"
#include "ratechart.h"

#include <QApplication>
#include <QCheckBox>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLineEdit>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdio>
#include <vector>

namespace {

//! Runs the event loop until `done` or `timeoutMs`, looking every 50 ms; true when done. The
//! loop sleeps in between (processEvents() with a time limit would spin and steal the CPU).
template<typename F> bool waitFor(F done, int timeoutMs)
{
    QElapsedTimer t;
    t.start();
    QEventLoop loop;
    QTimer tick;
    QObject::connect(&tick, &QTimer::timeout, &loop, [&] {
        if (done() || t.elapsed() > timeoutMs)
            loop.quit();
    });
    tick.start(50);
    if (!done())
        loop.exec();
    return done();
}

struct Sample {
    int minute = 0;
    qint64 clientKiB = 0;
    qint64 serverKiB = 0;
    quint64 events = 0;
};

} // namespace

int runSoakBench(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("nest-bench-soak"));
    QApplication::setOrganizationName(QStringLiteral("Nest"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("The desktop client streaming from a nest-server for a long time: its "
                       "resident memory each minute and the growth between two minutes."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("soak"), QStringLiteral("Subcommand."));
    const QCommandLineOption minutesOpt(QStringLiteral("minutes"), QStringLiteral("Duration."),
                                        QStringLiteral("n"), QStringLiteral("60"));
    const QCommandLineOption rateOpt(QStringLiteral("rate"),
                                     QStringLiteral("Simulated events per second."),
                                     QStringLiteral("n"), QStringLiteral("10000"));
    const QCommandLineOption fromOpt(
        QStringLiteral("from"), QStringLiteral("Growth is measured from this minute to the last."),
        QStringLiteral("n"), QStringLiteral("10"));
    const QCommandLineOption idleOpt(
        QStringLiteral("idle-seconds"),
        QStringLiteral("Before the soak, seconds on the live dashboard without the filter (the "
                       "client gets one metrics event a second), then its RSS is read."),
        QStringLiteral("s"), QStringLiteral("30"));
    parser.addOptions({minutesOpt, rateOpt, fromOpt, idleOpt});
    parser.process(app);
    const int minutes = std::max(1, parser.value(minutesOpt).toInt());
    const int rate = std::max(1, parser.value(rateOpt).toInt());
    const int from = std::clamp(parser.value(fromOpt).toInt(), 0, minutes - 1);

    QTemporaryDir serverDir;
    QTemporaryDir clientDir;
    QProcess server;
    // The demo account, and the simulator at the soak's rate.
    const quint16 port = startBenchServer(
        server, serverDir.path(),
        {QStringLiteral("--demo"), QStringLiteral("--sim-rate"), QString::number(rate)});
    if (!port)
        return 1;

    nest::desktop::DesktopApp::Options options;
    options.server = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    options.dataDir = clientDir.path();
    nest::desktop::DesktopApp desktop(options);
    if (!desktop.start())
        return 1;
    // Signs in as the demo account through the dialog, as a user would.
    auto &dialog = desktop.signInDialog();
    if (!waitFor([&] { return dialog.isVisible(); }, 15'000)) {
        std::fprintf(stderr, "nest-bench soak: no sign-in dialog\n");
        return 1;
    }
    if (auto *create = dialog.findChild<QCheckBox *>(QStringLiteral("createAccount")))
        create->setChecked(false);
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    username->setText(QStringLiteral("demo"));
    password->setText(QStringLiteral("nest-demo"));
    Q_EMIT password->returnPressed();
    if (!waitFor(
            [&] { return desktop.stream().state() == nest::client::StreamClient::State::Live; },
            30'000)) {
        std::fprintf(stderr, "nest-bench soak: the stream did not go live\n");
        return 1;
    }
    desktop.window().showView(QStringLiteral("dashboard"));
    auto *dashboard = desktop.window().findChild<nest::ui::DashboardView *>();
    if (const int idle = parser.value(idleOpt).toInt(); idle > 0) {
        QElapsedTimer idleClock;
        idleClock.start();
        waitFor([&] { return idleClock.elapsed() >= idle * 1000; }, idle * 1000 + 1000);
        std::printf("idle: the client's RSS after %d s on the live dashboard: %.1f MB\n\n", idle,
                    double(rssKiBOf()) / 1024.0);
    }
    auto *filter = dashboard->findChild<QLineEdit *>(QStringLiteral("userFilter"));
    // Filtered to one user, the client subscribes to every raw event and keeps that user's:
    // the whole simulated stream crosses the client's decoder.
    filter->setText(QStringLiteral("sim_0001"));
    Q_EMIT filter->editingFinished();

    std::printf("nest-bench soak: %d minutes, the simulator at %d events/s, the client filtered to "
                "one user (every raw event is streamed to it)\n\n",
                minutes, rate);
    std::printf("| minute | client RSS | server RSS | events/s received | chart frames |\n"
                "|---|---|---|---|---|\n");
    std::fflush(stdout);

    std::vector<Sample> samples;
    QElapsedTimer clock;
    clock.start();
    quint64 lastEvents = desktop.stream().eventsApplied();
    for (int minute = 1; minute <= minutes; ++minute) {
        waitFor([&] { return clock.elapsed() >= qint64(minute) * 60'000; }, 61'000 * minutes);
        if (server.state() != QProcess::Running) {
            std::fprintf(stderr, "nest-bench soak: the server stopped\n");
            return 1;
        }
        Sample s;
        s.minute = minute;
        s.clientKiB = rssKiBOf();
        s.serverKiB = rssKiBOf(server.processId());
        s.events = desktop.stream().eventsApplied();
        std::printf("| %d | %.1f MB | %.1f MB | %.0f | %d |\n", minute, s.clientKiB / 1024.0,
                    s.serverKiB / 1024.0, double(s.events - lastEvents) / 60.0,
                    dashboard->rateChart().frameUpdates());
        std::fflush(stdout);
        lastEvents = s.events;
        samples.push_back(s);
    }

    const Sample &first = samples[size_t(std::max(0, from - 1))];
    const Sample &last = samples.back();
    const double growth =
        100.0 * double(last.clientKiB - first.clientKiB) / double(first.clientKiB);
    const double serverGrowth =
        100.0 * double(last.serverKiB - first.serverKiB) / double(first.serverKiB);
    const double perSecond = double(last.events) / double(clock.elapsed()) * 1000.0;
    std::printf("\nclient RSS minute %d -> %d: %.1f MB -> %.1f MB (%+.2f%%; target under 2%%)\n"
                "server RSS minute %d -> %d: %.1f MB -> %.1f MB (%+.2f%%)\n"
                "events received: %llu (%.0f/s on average), stream decode errors %llu\n",
                first.minute, last.minute, first.clientKiB / 1024.0, last.clientKiB / 1024.0,
                growth, first.minute, last.minute, first.serverKiB / 1024.0,
                last.serverKiB / 1024.0, serverGrowth, static_cast<unsigned long long>(last.events),
                perSecond, static_cast<unsigned long long>(desktop.stream().decodeErrors()));
    server.terminate();
    server.waitForFinished(10'000);
    return 0;
}
