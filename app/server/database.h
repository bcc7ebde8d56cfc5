#pragma once

#include <QSqlDatabase>
#include <QString>

namespace nest::server {

//! The fallback server's SQLite database (WAL), opened on the thread that owns the server.
//!
//! Each store takes a `Database &` and runs its own SQL through `db()`. Schema changes are
//! applied as numbered migrations by each store's `migrate()`.
class Database {
public:
    Database() = default;
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    //! Opens (creating) `path`; ":memory:" gives a private in-memory database.
    bool open(const QString &path, QString *error);
    void close();

    QSqlDatabase db() const { return QSqlDatabase::database(m_connectionName, false); }
    bool isOpen() const;

    //! Runs `statements` in one transaction; returns false and sets `error` on the first failure.
    bool exec(const QStringList &statements, QString *error);
    //! PRAGMA integrity_check == "ok".
    bool integrityOk() const;

private:
    QString m_connectionName;
};

//! A transaction that rolls back unless committed (RAII).
class Transaction {
public:
    explicit Transaction(const QSqlDatabase &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;
    bool commit();

private:
    QSqlDatabase m_db;
    bool m_active = false;
};

} // namespace nest::server
