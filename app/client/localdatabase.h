#pragma once

#include <QSqlDatabase>
#include <QString>

namespace nest::client {

//! One SQLite file of the client (the cache, the outbox) on its own named connection.
//!
//! open() checks the file (PRAGMA quick_check) and reports a file SQLite cannot read
//! (truncated, overwritten, not a database) instead of failing later at a random query.
class LocalDatabase {
public:
    LocalDatabase();
    ~LocalDatabase();
    LocalDatabase(const LocalDatabase &) = delete;
    LocalDatabase &operator=(const LocalDatabase &) = delete;

    //! Opens `path` in WAL mode with `synchronous` ("NORMAL", "FULL") and runs `schema` (";"
    //! separated). False with a reason when the file is unusable; the connection is then closed.
    bool open(const QString &path, QLatin1StringView synchronous, const QString &schema,
              QString *error);
    void close();
    bool isOpen() const;
    QSqlDatabase db() const;
    QString path() const { return m_path; }

    //! Deletes the file with its -wal and -shm companions (the connection must be closed).
    static void removeFiles(const QString &path);

private:
    QString m_connection;
    QString m_path;
};

} // namespace nest::client
