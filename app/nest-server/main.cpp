// nest-server: the Nest fallback server, headless.
#include "logging.h"
#include "nestserver.h"
#include "serverconfigloader.h"
#include "signalwatcher.h"

#include <QCommandLineParser>
#include <QCoreApplication>

#include <cstdio>

using namespace nest::server;

namespace {
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
        "The Nest fallback server: the platform API over HTTP and WebSocket, stored in SQLite.\n"
        "Every option can also come from its NEST_* environment variable or the config file "
        "(flags first, then the environment, then the file); see man nest-server and "
        "docs/operations.md."));
    parser.addHelpOption();
    parser.addVersionOption();
    QList<std::pair<QString, QCommandLineOption>> options;
    for (const ServerConfigLoader::Setting &s : ServerConfigLoader::settings()) {
        const QString help = s.help + QStringLiteral(" [%1]").arg(s.env);
        options.append({s.flag, s.valueName.isEmpty()
                                    ? QCommandLineOption(s.flag, help)
                                    : QCommandLineOption(s.flag, help, s.valueName)});
        parser.addOption(options.back().second);
    }
    const QCommandLineOption rotate(
        QStringLiteral("rotate-signing-key"),
        QStringLiteral("Rotate the token signing key in the data dir and exit. A running server "
                       "picks the new key up within 30 s; old tokens stay valid until expiry."));
    parser.addOption(rotate);
    parser.process(app);

    QHash<QString, QString> flags;
    for (const auto &[name, option] : options) {
        if (parser.isSet(option))
            flags.insert(name,
                         option.valueName().isEmpty() ? QStringLiteral("1") : parser.value(option));
    }
    QString error;
    const auto loaded =
        ServerConfigLoader::load(flags, QProcessEnvironment::systemEnvironment(), &error);
    if (!loaded)
        return fail(error);
    const ServerConfig &config = loaded->config;
    if (parser.isSet(rotate)) {
        if (!NestServer::rotateSigningKey(config.dataDir, &error))
            return fail(error);
        std::printf("signing key rotated in %s\n", qPrintable(config.dataDir));
        return 0;
    }
    for (const QString &warning : loaded->warnings)
        qCWarning(lcServer).noquote() << warning;

    NestServer server(config);
    if (!server.start(&error))
        return fail(error);
    if (loaded->demo && !server.seedDemo(&error))
        return fail(error);

    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, &app, [&](int sig) {
        qCInfo(lcServer) << "signal" << sig << "received; stopping";
        server.stop();
        QCoreApplication::quit();
    });
    return QCoreApplication::exec();
}
