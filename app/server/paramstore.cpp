#include "paramstore.h"

#include "database.h"

#include <QSqlError>
#include <QSqlQuery>

#include <cmath>

namespace nest::server {

ParamStore::ParamStore(Database &db, QObject *parent)
    : QObject(parent)
    , m_db(db)
{}

bool ParamStore::migrate(QString *error)
{
    if (!m_db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS server_params("
                                   " key TEXT PRIMARY KEY, value REAL NOT NULL)")},
                   error))
        return false;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT key, value FROM server_params"))) {
        *error = q.lastError().text();
        return false;
    }
    m_values.clear();
    while (q.next()) {
        const QString key = q.value(0).toString();
        if (spec(key)) // a key a later version dropped stays stored but unused
            m_values.insert(key, q.value(1).toDouble());
    }
    return true;
}

std::optional<ParamStore::Spec> ParamStore::spec(const QString &key)
{
    if (key == MarketFeeBps)
        return Spec{250, 0, 10'000, true}; // at most 100%: a sale never pays the seller less than 0
    if (key == AlertZThreshold)
        return Spec{6, 2, 50, false};
    return std::nullopt;
}

QStringList ParamStore::knownKeys()
{
    return {QString(MarketFeeBps), QString(AlertZThreshold)};
}

QString ParamStore::validate(const QString &key, double value)
{
    const auto s = spec(key);
    if (!s)
        return QStringLiteral("unknown parameter %1").arg(key);
    if (!std::isfinite(value) || value < s->min || value > s->max)
        return QStringLiteral("%1 must be between %2 and %3").arg(key).arg(s->min).arg(s->max);
    if (s->integer && value != std::floor(value))
        return QStringLiteral("%1 must be a whole number").arg(key);
    return {};
}

double ParamStore::value(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it != m_values.cend())
        return *it;
    const auto s = spec(key);
    Q_ASSERT(s);
    return s ? s->defaultValue : 0.0;
}

bool ParamStore::set(const QString &key, double value, QString *error)
{
    if (const QString why = validate(key, value); !why.isEmpty()) {
        *error = why;
        return false;
    }
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT INTO server_params(key, value) VALUES(?, ?)"
                             " ON CONFLICT(key) DO UPDATE SET value = excluded.value"));
    q.addBindValue(key);
    q.addBindValue(value);
    if (!q.exec()) {
        *error = q.lastError().text();
        return false;
    }
    m_values.insert(key, value);
    Q_EMIT changed(key, value);
    return true;
}

} // namespace nest::server
