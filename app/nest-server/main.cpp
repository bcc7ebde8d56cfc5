// nest-server: the Nest fallback server, headless.
#include "logging.h"
#include "nestserver.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QStandardPaths>

#include <cstdio>

using namespace nest::server;

namespace {
bool parseListen(const QString &value, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = value.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = value.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = value.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "nest-server: %s\n", qPrintable(message));
    return 1;
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("nest-server"));
    QCoreApplication::setOrganizationName(QStringLiteral("Nest"));
    QCoreApplication::setApplicationVersion(QStringLiteral(NEST_VERSION));
    qSetMessagePattern(QStringLiteral("%{time yyyy-MM-ddThh:mm:ss.zzz} %{category} %{message}"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "The Nest fallback server: the platform API over HTTP and WebSocket, stored in SQLite."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption listen(
        QStringLiteral("listen"),
        QStringLiteral("Address and port to listen on (default 127.0.0.1:8787). Anything but "
                       "loopback exposes the server to the network."),
        QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8787"));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QStringLiteral("Directory for the database and signing keys (created, owner-only)."),
        QStringLiteral("dir"));
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QStringLiteral("Create the demo account and run the behavior simulator (demo traffic)."));
    const QCommandLineOption simRate(
        QStringLiteral("sim-rate"),
        QStringLiteral("Events per second the behavior simulator emits (default 200). Implies "
                       "the simulator."),
        QStringLiteral("n"));
    const QCommandLineOption simUsers(
        QStringLiteral("sim-users"),
        QStringLiteral("Users the behavior simulator plays (default 2000). Implies the simulator."),
        QStringLiteral("n"));
    const QCommandLineOption rotate(
        QStringLiteral("rotate-signing-key"),
        QStringLiteral("Rotate the token signing key in the data dir and exit. A running server "
                       "picks the new key up within 30 s; old tokens stay valid until expiry."));
    parser.addOptions({listen, dataDir, demo, simRate, simUsers, rotate});
    parser.process(app);

    ServerConfig config;
    config.dataDir = parser.isSet(dataDir)
                         ? parser.value(dataDir)
                         : QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (parser.isSet(rotate)) {
        QString error;
        if (!NestServer::rotateSigningKey(config.dataDir, &error))
            return fail(error);
        std::printf("signing key rotated in %s\n", qPrintable(config.dataDir));
        return 0;
    }
    if (!parseListen(parser.value(listen), &config.address, &config.port))
        return fail(QStringLiteral("--listen wants host:port, e.g. 127.0.0.1:8787"));
    config.simulator.enabled =
        parser.isSet(demo) || parser.isSet(simRate) || parser.isSet(simUsers);
    if (parser.isSet(simRate)) {
        bool ok = false;
        config.simulator.eventsPerSecond = parser.value(simRate).toDouble(&ok);
        if (!ok || config.simulator.eventsPerSecond < 0 || config.simulator.eventsPerSecond > 1e6)
            return fail(QStringLiteral("--sim-rate wants a number of events per second"));
    }
    if (parser.isSet(simUsers)) {
        bool ok = false;
        config.simulator.users = parser.value(simUsers).toInt(&ok);
        if (!ok || config.simulator.users < 1 || config.simulator.users > 1'000'000)
            return fail(QStringLiteral("--sim-users wants a number of users from 1 to 1000000"));
    }
    // The demo account has a published password (and, on a fresh data dir, every role).
    if (parser.isSet(demo) && !config.address.isLoopback())
        return fail(QStringLiteral("--demo is only allowed on a loopback address"));
    if (!config.address.isLoopback())
        qCWarning(lcServer).noquote() << "listening on" << config.address.toString()
                                      << "exposes this server beyond this machine, without TLS";

    NestServer server(config);
    QString error;
    if (!server.start(&error))
        return fail(error);
    if (parser.isSet(demo) && !server.seedDemo(&error))
        return fail(error);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int sig) {
        qCInfo(lcServer) << "signal" << sig << "received; stopping";
        server.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
