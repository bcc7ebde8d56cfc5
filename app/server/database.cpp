#include "database.h"

#include "logging.h"

#include <QAtomicInteger>
#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
QString nextConnectionName()
{
    static QAtomicInteger<quint32> counter;
    return QStringLiteral("nest-db-%1").arg(counter.fetchAndAddRelaxed(1));
}
} // namespace

Database::~Database()
{
    close();
}

bool Database::open(const QString &path, QString *error)
{
    close();
    m_connectionName = nextConnectionName();
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    // WAL keeps readers off the writer's back; NORMAL sync is durable across a process crash
    // (only an OS crash can lose the last commits), which is what the server promises.
    const bool inMemory = path == QLatin1StringView(":memory:");
    QStringList pragmas{QStringLiteral("PRAGMA foreign_keys=ON"),
                        QStringLiteral("PRAGMA synchronous=NORMAL")};
    if (!inMemory)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode=WAL"));
    for (const QString &pragma : pragmas) {
        QSqlQuery q(db);
        if (!q.exec(pragma)) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    return true;
}

void Database::close()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && db().isOpen();
}

bool Database::exec(const QStringList &statements, QString *error)
{
    QSqlDatabase d = db();
    Transaction tx(d);
    for (const QString &sql : statements) {
        QSqlQuery q(d);
        if (!q.exec(sql)) {
            if (error)
                *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            qCWarning(lcServer) << "SQL failed:" << q.lastError().text();
            return false;
        }
    }
    return tx.commit();
}

bool Database::integrityOk() const
{
    QSqlQuery q(db());
    return q.exec(QStringLiteral("PRAGMA integrity_check")) && q.next()
           && q.value(0).toString() == QLatin1StringView("ok");
}

Transaction::Transaction(const QSqlDatabase &db)
    : m_db(db)
{
    m_active = m_db.transaction();
    if (!m_active)
        qCWarning(lcServer) << "could not begin a transaction:" << m_db.lastError().text();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit()
{
    if (!m_active)
        return false;
    m_active = false;
    if (m_db.commit())
        return true;
    qCWarning(lcServer) << "commit failed:" << m_db.lastError().text();
    m_db.rollback();
    return false;
}

} // namespace nest::server
