#include "serverconfigloader.h"

#include <QFile>
#include <QSettings>
#include <QStandardPaths>

namespace nest::server {
namespace {

struct Sources {
    const QHash<QString, QString> &flags;
    const QProcessEnvironment &env;
    QHash<QString, QString> file;

    //! The value of a setting from the first source that has it, and where it came from.
    std::optional<std::pair<QString, QString>> value(const ServerConfigLoader::Setting &s) const
    {
        if (flags.contains(s.flag))
            return std::pair{flags.value(s.flag), QStringLiteral("--") + s.flag};
        if (env.contains(s.env))
            return std::pair{env.value(s.env), s.env};
        if (file.contains(s.key))
            return std::pair{file.value(s.key), QStringLiteral("config key ") + s.key};
        return std::nullopt;
    }
};

bool parseHostPort(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(u'[') && host.endsWith(u']'))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const uint p = text.mid(colon + 1).toUInt(&ok);
    if (!ok || p > 65535 || !address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

std::optional<bool> parseSwitch(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == u"1" || t == u"true" || t == u"yes" || t == u"on")
        return true;
    if (t == u"0" || t == u"false" || t == u"no" || t == u"off")
        return false;
    return std::nullopt;
}

std::optional<qint64> parseRange(const QString &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (!ok || v < min || v > max)
        return std::nullopt;
    return v;
}

} // namespace

const QList<ServerConfigLoader::Setting> &ServerConfigLoader::settings()
{
    static const QList<Setting> list{
        {u"config"_qs, u"NEST_CONFIG"_qs, QString(), u"INI file with a [server] section"_qs,
         u"file"_qs},
        {u"listen"_qs, u"NEST_LISTEN"_qs, u"listen"_qs,
         u"Address and port (default 127.0.0.1:8787)"_qs, u"host:port"_qs},
        {u"data-dir"_qs, u"NEST_DATA_DIR"_qs, u"data_dir"_qs,
         u"Directory for the database and signing keys"_qs, u"dir"_qs},
        {u"tls-cert"_qs, u"NEST_TLS_CERT"_qs, u"tls_cert"_qs,
         u"PEM certificate chain: serve https and wss"_qs, u"file"_qs},
        {u"tls-key"_qs, u"NEST_TLS_KEY"_qs, u"tls_key"_qs, u"PEM private key (EC or RSA)"_qs,
         u"file"_qs},
        {u"allow-insecure"_qs, u"NEST_ALLOW_INSECURE"_qs, u"allow_insecure"_qs,
         u"Allow a non-loopback address without TLS (tokens then cross the network in clear)"_qs,
         QString()},
        {u"access-token-ttl"_qs, u"NEST_ACCESS_TOKEN_TTL"_qs, u"access_token_ttl"_qs,
         u"Access token lifetime in seconds (60-86400, default 900)"_qs, u"seconds"_qs},
        {u"refresh-token-ttl"_qs, u"NEST_REFRESH_TOKEN_TTL"_qs, u"refresh_token_ttl"_qs,
         u"Refresh token lifetime in seconds (default 30 days)"_qs, u"seconds"_qs},
        {u"login-max-failures"_qs, u"NEST_LOGIN_MAX_FAILURES"_qs, u"login_max_failures"_qs,
         u"Failed logins per username within the window before 429 (default 5)"_qs, u"n"_qs},
        {u"login-window"_qs, u"NEST_LOGIN_WINDOW"_qs, u"login_window"_qs,
         u"The failed-login window in seconds (default 60)"_qs, u"seconds"_qs},
        {u"stream-retention"_qs, u"NEST_STREAM_RETENTION"_qs, u"stream_retention"_qs,
         u"Seconds of stream events kept for resuming clients (default 600)"_qs, u"seconds"_qs},
        {u"stream-retention-events"_qs, u"NEST_STREAM_RETENTION_EVENTS"_qs,
         u"stream_retention_events"_qs,
         u"Stream events kept at least, whatever their age (default 100000)"_qs, u"n"_qs},
        {u"demo"_qs, u"NEST_DEMO"_qs, u"demo"_qs,
         u"Create the demo account and content and run the simulator (loopback only)"_qs,
         QString()},
        {u"sim-rate"_qs, u"NEST_SIM_RATE"_qs, u"sim_rate"_qs,
         u"Simulator events per second (default 200); implies the simulator"_qs, u"n"_qs},
        {u"sim-users"_qs, u"NEST_SIM_USERS"_qs, u"sim_users"_qs,
         u"Users the simulator plays (default 2000); implies the simulator"_qs, u"n"_qs},
    };
    return list;
}

std::optional<ServerConfigLoader::Result>
ServerConfigLoader::load(const QHash<QString, QString> &flags, const QProcessEnvironment &env,
                         QString *error)
{
    Sources sources{flags, env, {}};
    const QString configFile =
        flags.contains(u"config"_qs) ? flags.value(u"config"_qs) : env.value(u"NEST_CONFIG"_qs);
    if (!configFile.isEmpty()) {
        QSettings ini(configFile, QSettings::IniFormat);
        if (ini.status() != QSettings::NoError || !QFile::exists(configFile)) {
            *error = QStringLiteral("cannot read the config file %1").arg(configFile);
            return std::nullopt;
        }
        QStringList known;
        for (const Setting &s : settings())
            known << s.key;
        for (const QString &key : ini.allKeys()) {
            const QString name = key.startsWith(u"server/") ? key.mid(7) : QString();
            if (name.isEmpty() || !known.contains(name)) {
                *error = QStringLiteral("%1: unknown setting '%2' (settings go in [server]; see "
                                        "docs/operations.md)")
                             .arg(configFile, key);
                return std::nullopt;
            }
            sources.file.insert(name, ini.value(key).toString());
        }
    }

    Result result;
    ServerConfig &c = result.config;
    c.dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    bool allowInsecure = false;
    for (const Setting &s : settings()) {
        const auto found = sources.value(s);
        if (!found || s.flag == u"config")
            continue;
        const auto &[text, origin] = *found;
        const auto bad = [&, origin = origin](const QString &what) {
            *error = QStringLiteral("%1 wants %2").arg(origin, what);
            return std::nullopt;
        };
        const QString &f = s.flag;
        if (f == u"listen") {
            if (!parseHostPort(text, &c.address, &c.port))
                return bad(u"host:port, e.g. 127.0.0.1:8787"_qs);
        } else if (f == u"data-dir") {
            c.dataDir = text;
        } else if (f == u"tls-cert") {
            c.tlsCertificateFile = text;
        } else if (f == u"tls-key") {
            c.tlsKeyFile = text;
        } else if (f == u"allow-insecure" || f == u"demo") {
            const auto on = parseSwitch(text);
            if (!on)
                return bad(u"true or false"_qs);
            (f == u"demo" ? result.demo : allowInsecure) = *on;
        } else if (f == u"access-token-ttl") {
            const auto v = parseRange(text, 60, 86'400);
            if (!v)
                return bad(u"seconds from 60 to 86400"_qs);
            c.accessTokenLifetimeMs = *v * 1000;
        } else if (f == u"refresh-token-ttl") {
            const auto v = parseRange(text, 300, 365LL * 86'400);
            if (!v)
                return bad(u"seconds from 300 to a year"_qs);
            c.refreshTokenLifetimeMs = *v * 1000;
        } else if (f == u"login-max-failures") {
            const auto v = parseRange(text, 1, 1000);
            if (!v)
                return bad(u"a number from 1 to 1000"_qs);
            c.loginMaxFailures = int(*v);
        } else if (f == u"login-window") {
            const auto v = parseRange(text, 1, 86'400);
            if (!v)
                return bad(u"seconds from 1 to 86400"_qs);
            c.loginWindowMs = *v * 1000;
        } else if (f == u"stream-retention") {
            // The contract promises at least 10 minutes.
            const auto v = parseRange(text, 600, 7 * 86'400);
            if (!v)
                return bad(u"seconds from 600 (the contract's minimum) to a week"_qs);
            c.stream.retentionMs = *v * 1000;
        } else if (f == u"stream-retention-events") {
            const auto v = parseRange(text, 100'000, 10'000'000);
            if (!v)
                return bad(u"a number from 100000 (the contract's minimum) to 10000000"_qs);
            c.stream.maxRetainedEvents = int(*v);
        } else if (f == u"sim-rate") {
            const auto v = parseRange(text, 0, 1'000'000);
            if (!v)
                return bad(u"events per second from 0 to 1000000"_qs);
            c.simulator.eventsPerSecond = double(*v);
            c.simulator.enabled = true;
        } else if (f == u"sim-users") {
            const auto v = parseRange(text, 1, 1'000'000);
            if (!v)
                return bad(u"a number of users from 1 to 1000000"_qs);
            c.simulator.users = int(*v);
            c.simulator.enabled = true;
        }
    }
    if (result.demo)
        c.simulator.enabled = true;

    const bool tls = !c.tlsCertificateFile.isEmpty() || !c.tlsKeyFile.isEmpty();
    if (tls && (c.tlsCertificateFile.isEmpty() || c.tlsKeyFile.isEmpty())) {
        *error = QStringLiteral("TLS needs both --tls-cert and --tls-key");
        return std::nullopt;
    }
    if (!c.address.isLoopback()) {
        // The demo account has a published password (and, on a fresh data dir, every role).
        if (result.demo) {
            *error = QStringLiteral("--demo is only allowed on a loopback address");
            return std::nullopt;
        }
        if (!tls && !allowInsecure) {
            *error =
                QStringLiteral(
                    "listening on %1 without TLS would send passwords and tokens across the "
                    "network "
                    "in clear: give --tls-cert and --tls-key, or --allow-insecure if something in "
                    "front of this server terminates TLS")
                    .arg(c.address.toString());
            return std::nullopt;
        }
        result.warnings << QStringLiteral("listening on %1 exposes this server beyond this "
                                          "machine%2")
                               .arg(c.address.toString(),
                                    tls ? QString() : QStringLiteral(", without TLS"));
    }
    return result;
}

} // namespace nest::server
