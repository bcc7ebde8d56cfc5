#pragma once

#include "markettypes.h"

#include <QHash>
#include <QString>

namespace nest::server {

class Database;

//! Wallets (balance, escrow per user) and the market's totals (treasury, money issued).
//!
//! The moves never open a transaction themselves: the market service wraps each move together
//! with the listing, bid or offer change it pays for in one SQLite transaction.
class WalletStore {
public:
    explicit WalletStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    //! Opens the wallet of a user first seen with the starting balance (recorded as issued).
    bool ensure(const QString &userId);
    //! Opens a wallet for every account of the server that has none yet.
    bool ensureAll();
    Wallet wallet(const QString &userId) const;
    //! The spendable balance; the starting balance for a user who has no wallet yet.
    qint64 balance(const QString &userId) const;
    //! Every opened wallet's balance by user id.
    QHash<QString, qint64> balances() const;

    //! Moves `amount` from balance to escrow; false (nothing moved) when the balance is short.
    bool hold(const QString &userId, qint64 amount);
    //! Moves `amount` from escrow back to balance.
    bool release(const QString &userId, qint64 amount);
    //! A sale paid from the buyer's escrow (`fromEscrow`) or balance: price minus fee to the
    //! seller, the fee to the treasury. False when the buyer's funds are short.
    bool pay(const QString &buyerId, const QString &sellerId, qint64 price, qint64 fee,
             bool fromEscrow);

    qint64 treasury() const;
    //! Starting balances handed out so far.
    qint64 issued() const;
    //! Sums over every wallet: {balance, escrow}.
    Wallet totals() const;

private:
    Database &m_db;
};

} // namespace nest::server
