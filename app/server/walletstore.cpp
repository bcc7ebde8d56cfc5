#include "walletstore.h"

#include "database.h"
#include "logging.h"

#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
bool walletExec(QSqlQuery &q, const char *what)
{
    if (q.exec())
        return true;
    qCWarning(lcServer) << "wallet store:" << what << "failed:" << q.lastError().text();
    return false;
}

qint64 walletScalar(const QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}
} // namespace

bool WalletStore::migrate(QString *error)
{
    return m_db.exec(
        {QStringLiteral("CREATE TABLE IF NOT EXISTS wallets(user_id TEXT PRIMARY KEY,"
                        " balance INTEGER NOT NULL CHECK(balance >= 0),"
                        " escrow INTEGER NOT NULL CHECK(escrow >= 0))"),
         QStringLiteral("CREATE TABLE IF NOT EXISTS market_totals(id INTEGER PRIMARY KEY"
                        " CHECK(id = 1), treasury INTEGER NOT NULL, issued INTEGER NOT NULL)"),
         QStringLiteral("INSERT OR IGNORE INTO market_totals(id, treasury, issued) VALUES(1,0,0)")},
        error);
}

bool WalletStore::ensure(const QString &userId)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("INSERT OR IGNORE INTO wallets(user_id, balance, escrow)"
                             " VALUES(?, ?, 0)"));
    q.addBindValue(userId);
    q.addBindValue(market::kStartingBalance);
    if (!walletExec(q, "open wallet"))
        return false;
    if (q.numRowsAffected() == 0)
        return true;
    QSqlQuery issue(m_db.db());
    issue.prepare(QStringLiteral("UPDATE market_totals SET issued = issued + ? WHERE id = 1"));
    issue.addBindValue(market::kStartingBalance);
    return walletExec(issue, "record issue");
}

bool WalletStore::ensureAll()
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    QSqlQuery q(db);
    // Reading the users table here keeps "every account starts with the starting balance"
    // true for accounts that never touched the market (governance weighs by balance).
    q.prepare(QStringLiteral("INSERT INTO wallets(user_id, balance, escrow)"
                             " SELECT id, ?, 0 FROM users"
                             " WHERE id NOT IN (SELECT user_id FROM wallets)"));
    q.addBindValue(market::kStartingBalance);
    if (!walletExec(q, "open wallets"))
        return false;
    const qint64 opened = q.numRowsAffected();
    if (opened > 0) {
        QSqlQuery issue(db);
        issue.prepare(QStringLiteral("UPDATE market_totals SET issued = issued + ? WHERE id = 1"));
        issue.addBindValue(opened * market::kStartingBalance);
        if (!walletExec(issue, "record issue"))
            return false;
    }
    return tx.commit();
}

Wallet WalletStore::wallet(const QString &userId) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT balance, escrow FROM wallets WHERE user_id = ?"));
    q.addBindValue(userId);
    if (!walletExec(q, "read wallet") || !q.next())
        return Wallet{market::kStartingBalance, 0};
    return Wallet{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

qint64 WalletStore::balance(const QString &userId) const
{
    return wallet(userId).balance;
}

QHash<QString, qint64> WalletStore::balances() const
{
    QHash<QString, qint64> out;
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT user_id, balance FROM wallets"));
    if (!walletExec(q, "read balances"))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toLongLong());
    return out;
}

bool WalletStore::hold(const QString &userId, qint64 amount)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE wallets SET balance = balance - ?, escrow = escrow + ?"
                             " WHERE user_id = ? AND balance >= ?"));
    q.addBindValue(amount);
    q.addBindValue(amount);
    q.addBindValue(userId);
    q.addBindValue(amount);
    return walletExec(q, "hold") && q.numRowsAffected() == 1;
}

bool WalletStore::release(const QString &userId, qint64 amount)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE wallets SET balance = balance + ?, escrow = escrow - ?"
                             " WHERE user_id = ? AND escrow >= ?"));
    q.addBindValue(amount);
    q.addBindValue(amount);
    q.addBindValue(userId);
    q.addBindValue(amount);
    return walletExec(q, "release") && q.numRowsAffected() == 1;
}

bool WalletStore::pay(const QString &buyerId, const QString &sellerId, qint64 price, qint64 fee,
                      bool fromEscrow)
{
    QSqlDatabase db = m_db.db();
    QSqlQuery debit(db);
    debit.prepare(fromEscrow ? QStringLiteral("UPDATE wallets SET escrow = escrow - ?"
                                              " WHERE user_id = ? AND escrow >= ?")
                             : QStringLiteral("UPDATE wallets SET balance = balance - ?"
                                              " WHERE user_id = ? AND balance >= ?"));
    debit.addBindValue(price);
    debit.addBindValue(buyerId);
    debit.addBindValue(price);
    if (!walletExec(debit, "debit buyer") || debit.numRowsAffected() != 1)
        return false;
    QSqlQuery credit(db);
    credit.prepare(QStringLiteral("UPDATE wallets SET balance = balance + ? WHERE user_id = ?"));
    credit.addBindValue(price - fee);
    credit.addBindValue(sellerId);
    if (!walletExec(credit, "credit seller") || credit.numRowsAffected() != 1)
        return false;
    QSqlQuery treasury(db);
    treasury.prepare(
        QStringLiteral("UPDATE market_totals SET treasury = treasury + ? WHERE id = 1"));
    treasury.addBindValue(fee);
    return walletExec(treasury, "credit treasury");
}

qint64 WalletStore::treasury() const
{
    return walletScalar(m_db.db(), QStringLiteral("SELECT treasury FROM market_totals"));
}

qint64 WalletStore::issued() const
{
    return walletScalar(m_db.db(), QStringLiteral("SELECT issued FROM market_totals"));
}

Wallet WalletStore::totals() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT COALESCE(SUM(balance),0), COALESCE(SUM(escrow),0)"
                               " FROM wallets"))
        || !q.next())
        return {};
    return Wallet{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

} // namespace nest::server
