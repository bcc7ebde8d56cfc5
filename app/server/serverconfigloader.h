#pragma once

#include "serverconfig.h"

#include <QHash>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace nest::server {

//! nest-server's settings from its three sources, in this order of precedence: command-line
//! flags, `NEST_*` environment variables, then the config file (`--config FILE` or
//! `NEST_CONFIG`, INI, section `[server]`); anything unset keeps ServerConfig's default.
//! The settings and their names are documented in docs/operations.md.
class ServerConfigLoader {
public:
    //! One setting: its flag (`--listen`), environment variable and config-file key.
    struct Setting {
        QString flag;
        QString env;
        QString key;
        QString help;
        QString valueName; //!< empty for a switch
    };
    static const QList<Setting> &settings();

    struct Result {
        ServerConfig config;
        bool demo = false;
        QStringList warnings; //!< said once at start (an exposed address, ...)
    };

    //! `flags` maps a flag name (without dashes) to its value ("1" for a set switch).
    static std::optional<Result> load(const QHash<QString, QString> &flags,
                                      const QProcessEnvironment &env, QString *error);
};

} // namespace nest::server
