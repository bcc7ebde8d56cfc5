// nest-bench: throughput of the fallback server on this machine. Prints a Markdown table.
// `nest-bench accuracy` instead runs only the behavior analytics accuracy benchmark, and
// `nest-bench chart` only the live chart frame-time benchmark, `nest-bench market` only the
// Marketplace table benchmark, `nest-bench feed` only the Community feed model's frame time and
// memory per post, `nest-bench cache [records]` only the encrypted local cache benchmark,
// `nest-bench governance [voters]` only the signed-vote and verify-results benchmark,
// `nest-bench load` the load test against a nest-server, `nest-bench soak` the client's
// memory over a long stream, and `nest-bench startup` the app's start-up time and idle RSS.
#include "accuracybench.h"
#include "cachebench.h"
#include "chartbench.h"
#include "clientstreambench.h"
#include "embeddedserver.h"
#include "feedbench.h"
#include "governancebench.h"
#include "httpbench.h"
#include "loadbench.h"
#include "marketbench.h"
#include "soakbench.h"
#include "startupbench.h"
#include "streambench.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QThread>

#include <cstdio>

int main(int argc, char *argv[])
{
    // The chart benchmark needs a QApplication, which cannot follow a QCoreApplication.
    if (argc > 1 && qstrcmp(argv[1], "chart") == 0)
        return runChartBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "market") == 0)
        return runMarketBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "feed") == 0)
        return runFeedBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "soak") == 0)
        return runSoakBench(argc, argv);
    if (argc > 1 && qstrcmp(argv[1], "startup") == 0)
        return runStartupBench(argc, argv);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nest-bench"));
    QLoggingCategory::setFilterRules(QStringLiteral("nest.*.info=false\nnest.*.debug=false"));

    if (app.arguments().value(1) == QLatin1StringView("cache")) {
        const int records = app.arguments().value(2, QStringLiteral("100000")).toInt();
        return runCacheBench(std::max(1000, records));
    }
    if (app.arguments().value(1) == QLatin1StringView("governance"))
        return runGovernanceBench(app.arguments().value(2, QStringLiteral("2000")).toInt());

    if (app.arguments().value(1) == QLatin1StringView("accuracy")) {
        QCommandLineParser accuracy;
        accuracy.setApplicationDescription(
            QStringLiteral("Trait accuracy of the behavior analytics on simulated users (Pearson "
                           "r vs truth) next to the oracle and plain ridge."));
        accuracy.addHelpOption();
        accuracy.addPositionalArgument(QStringLiteral("accuracy"), QStringLiteral("Subcommand."));
        const QCommandLineOption usersOpt(QStringLiteral("users"),
                                          QStringLiteral("Simulated users."), QStringLiteral("n"),
                                          QStringLiteral("2000"));
        const QCommandLineOption labeledOpt(
            QStringLiteral("labeled"),
            QStringLiteral("Users with a questionnaire label (a second run uses half)."),
            QStringLiteral("n"), QStringLiteral("200"));
        const QCommandLineOption seedOpt(QStringLiteral("seed"), QStringLiteral("Simulator seed."),
                                         QStringLiteral("n"), QStringLiteral("1"));
        accuracy.addOptions({usersOpt, labeledOpt, seedOpt});
        accuracy.process(app);
        return runAccuracyBench(accuracy.value(usersOpt).toInt(),
                                accuracy.value(labeledOpt).toInt(),
                                accuracy.value(seedOpt).toULongLong());
    }

    if (app.arguments().value(1) == QLatin1StringView("load")) {
        QCommandLineParser load;
        load.setApplicationDescription(
            QStringLiteral("A nest-server under stream subscribers and a mix of REST calls; "
                           "checks acknowledged writes and money afterwards."));
        load.addHelpOption();
        load.addPositionalArgument(QStringLiteral("load"), QStringLiteral("Subcommand."));
        const QCommandLineOption secondsOpt(QStringLiteral("seconds"), QStringLiteral("Duration."),
                                            QStringLiteral("s"), QStringLiteral("60"));
        const QCommandLineOption subscribersOpt(QStringLiteral("subscribers"),
                                                QStringLiteral("Stream subscribers."),
                                                QStringLiteral("n"), QStringLiteral("200"));
        const QCommandLineOption usersOpt(QStringLiteral("users"),
                                          QStringLiteral("Accounts making the calls."),
                                          QStringLiteral("n"), QStringLiteral("20"));
        load.addOptions({secondsOpt, subscribersOpt, usersOpt});
        load.process(app);
        return runLoadBench(load.value(secondsOpt).toInt(), load.value(subscribersOpt).toInt(),
                            load.value(usersOpt).toInt());
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Measures logins/s, authenticated GETs/s and stream delivery against a "
                       "nest-server started on its own thread on a loopback port."));
    parser.addHelpOption();
    const QCommandLineOption secondsOpt(QStringLiteral("seconds"),
                                        QStringLiteral("Duration of each HTTP phase."),
                                        QStringLiteral("s"), QStringLiteral("5"));
    const QCommandLineOption eventsOpt(QStringLiteral("events"),
                                       QStringLiteral("Events per subscriber in the stream phase."),
                                       QStringLiteral("n"), QStringLiteral("100000"));
    parser.addOptions({secondsOpt, eventsOpt});
    parser.process(app);
    const double seconds = parser.value(secondsOpt).toDouble();
    const qint64 events = parser.value(eventsOpt).toLongLong();

    QTemporaryDir dataDir;
    nest::server::ServerConfig config;
    config.port = 0;
    config.dataDir = dataDir.path();
    nest::server::EmbeddedServer server;
    QString error;
    if (!server.start(config, false, &error)) {
        std::fprintf(stderr, "nest-bench: %s\n", qPrintable(error));
        return 1;
    }
    std::printf("nest-bench on %d cores (QThread::idealThreadCount), server on its own thread\n\n",
                QThread::idealThreadCount());
    std::printf("| measure | result | p50 | p99 | errors |\n|---|---|---|---|---|\n");

    const HttpBenchResult logins = benchLogins(server.baseUrl().toString(), 6, seconds);
    std::printf("| logins/s (6 in flight, Argon2id) | %.1f | %.1f ms | %.1f ms | %lld |\n",
                logins.perSecond(), logins.p50Ms, logins.p99Ms, logins.errors);
    const HttpBenchResult gets = benchAuthenticatedGets(server.baseUrl().toString(), 6, seconds);
    std::printf("| GET /api/v1/me/s (6 in flight) | %.0f | %.2f ms | %.2f ms | %lld |\n",
                gets.perSecond(), gets.p50Ms, gets.p99Ms, gets.errors);
    std::fflush(stdout);

    const QString token = signUp(server.baseUrl().toString(), QStringLiteral("bench_stream"));
    for (const int subscribers : {1, 50}) {
        for (const bool binary : {false, true}) {
            const qint64 perSubscriber = subscribers == 1 ? events : events / 10;
            const StreamBenchResult r =
                benchStream(server, token, subscribers, perSubscriber, binary);
            std::printf("| stream events/s delivered, %d subscriber(s), %s frames%s | %.0f (%.0f "
                        "each) | | | dropped %lld |\n",
                        subscribers, binary ? "binary" : "text", r.complete ? "" : " INCOMPLETE",
                        r.deliveredPerSecond(), r.deliveredPerSecond() / subscribers, r.dropped);
            std::fflush(stdout);
        }
    }
    runClientStreamBench(server, events);
    return 0;
}
