#pragma once

#include <QHash>
#include <QObject>
#include <QString>

#include <optional>

namespace nest::server {

class Database;

//! The server's tunable parameters (`market.fee_bps`, `alerts.z_threshold`): known keys with
//! their defaults and bounds, persisted in SQLite so a value set by governance survives a restart.
//!
//! Services read the current value when they need it and listen to changed() to react.
class ParamStore final : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView MarketFeeBps{"market.fee_bps"};
    static constexpr QLatin1StringView AlertZThreshold{"alerts.z_threshold"};

    //! What a key accepts.
    struct Spec {
        double defaultValue = 0;
        double min = 0;
        double max = 0;
        bool integer = false;
    };

    explicit ParamStore(Database &db, QObject *parent = nullptr);

    bool migrate(QString *error);

    //! The spec of a known key; nullopt for any other key.
    static std::optional<Spec> spec(const QString &key);
    static QStringList knownKeys();
    //! Empty when `value` is acceptable for `key`, else why not (for a 400 or a refused proposal).
    static QString validate(const QString &key, double value);

    //! The current value; the default for a key never set. `key` must be known.
    double value(const QString &key) const;
    qint64 integerValue(const QString &key) const { return qint64(value(key)); }
    //! Validates, persists and announces. False with `error` when refused or not stored.
    bool set(const QString &key, double value, QString *error);

Q_SIGNALS:
    void changed(const QString &key, double value);

private:
    Database &m_db;
    QHash<QString, double> m_values; //!< keys set at least once
};

} // namespace nest::server
