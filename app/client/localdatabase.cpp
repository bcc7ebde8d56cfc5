#include "localdatabase.h"

#include <QAtomicInteger>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace nest::client {

namespace {
QAtomicInteger<quint64> g_localDbConnections;
} // namespace

LocalDatabase::LocalDatabase()
    : m_connection(QStringLiteral("nest-local-%1").arg(g_localDbConnections.fetchAndAddRelaxed(1)))
{}

LocalDatabase::~LocalDatabase()
{
    close();
}

bool LocalDatabase::open(const QString &path, QLatin1StringView synchronous, const QString &schema,
                         QString *error)
{
    close();
    m_path = path;
    QDir().mkpath(QFileInfo(path).absolutePath());
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(path);
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery query(db);
            // quick_check reads every page: a truncated or overwritten file fails here.
            if (!query.exec(QStringLiteral("PRAGMA quick_check")) || !query.next()) {
                *error = query.lastError().text();
            } else if (const QString verdict = query.value(0).toString();
                       verdict != QLatin1StringView("ok")) {
                *error = verdict;
            } else {
                ok = query.exec(QStringLiteral("PRAGMA journal_mode=WAL"))
                     && query.exec(QStringLiteral("PRAGMA synchronous=") + synchronous);
                const QStringList statements = schema.split(u';', Qt::SkipEmptyParts);
                for (const QString &statement : statements) {
                    if (!ok)
                        break;
                    if (statement.trimmed().isEmpty())
                        continue;
                    ok = query.exec(statement);
                }
                if (!ok)
                    *error = query.lastError().text();
            }
        }
    }
    if (!ok)
        close();
    return ok;
}

void LocalDatabase::close()
{
    if (!QSqlDatabase::contains(m_connection))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

bool LocalDatabase::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && db().isOpen();
}

QSqlDatabase LocalDatabase::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

void LocalDatabase::removeFiles(const QString &path)
{
    QFile::remove(path);
    QFile::remove(path + QStringLiteral("-wal"));
    QFile::remove(path + QStringLiteral("-shm"));
}

} // namespace nest::client
