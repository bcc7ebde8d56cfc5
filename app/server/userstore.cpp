#include "userstore.h"

#include "database.h"
#include "logging.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>

namespace nest::server {
namespace {
constexpr auto kColumns = "id, username, display_name, bio, roles, public_key, password_hash, "
                          "created_at";

UserRecord fromQuery(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.username = q.value(1).toString();
    u.displayName = q.value(2).toString();
    u.bio = q.value(3).toString();
    u.roles = Roles::fromInt(q.value(4).toInt());
    u.publicKey = q.value(5).toString();
    u.passwordHash = q.value(6).toByteArray();
    u.createdAt = q.value(7).toLongLong();
    return u;
}

std::optional<UserRecord> findOne(const QSqlDatabase &db, const char *column, const QString &value)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT %1 FROM users WHERE %2 = ?")
                  .arg(QLatin1StringView(kColumns), QLatin1StringView(column)));
    q.addBindValue(value);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return fromQuery(q);
}
} // namespace

QJsonObject UserRecord::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id"), id},
        {QStringLiteral("username"), username},
        {QStringLiteral("display_name"), displayName},
        {QStringLiteral("bio"), bio},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roleNames(roles))},
        {QStringLiteral("public_key"), publicKey.isEmpty() ? QJsonValue() : QJsonValue(publicKey)},
        {QStringLiteral("created_at"), createdAt},
    };
}

bool UserStore::migrate(QString *error)
{
    return m_db.exec({QStringLiteral("CREATE TABLE IF NOT EXISTS users ("
                                     " id TEXT PRIMARY KEY,"
                                     " username TEXT NOT NULL UNIQUE,"
                                     " display_name TEXT NOT NULL,"
                                     " bio TEXT NOT NULL DEFAULT '',"
                                     " roles INTEGER NOT NULL,"
                                     " public_key TEXT NOT NULL DEFAULT '',"
                                     " password_hash BLOB NOT NULL,"
                                     " created_at INTEGER NOT NULL)")},
                     error);
}

UserStore::CreateResult UserStore::create(UserRecord *user)
{
    QSqlDatabase db = m_db.db();
    Transaction tx(db);
    if (usernameExists(user->username))
        return CreateResult::UsernameTaken;
    user->roles = count() == 0 ? allRoles : defaultRoles;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO users (%1) VALUES (?, ?, ?, COALESCE(?, ''), ?,"
                             " COALESCE(?, ''), ?, ?)")
                  .arg(QLatin1StringView(kColumns)));
    q.addBindValue(user->id);
    q.addBindValue(user->username);
    q.addBindValue(user->displayName);
    q.addBindValue(user->bio);
    q.addBindValue(int(user->roles.toInt()));
    q.addBindValue(user->publicKey);
    q.addBindValue(user->passwordHash);
    q.addBindValue(user->createdAt);
    if (!q.exec()) {
        qCWarning(lcServer) << "user insert failed:" << q.lastError().text();
        return CreateResult::Failed;
    }
    return tx.commit() ? CreateResult::Created : CreateResult::Failed;
}

std::optional<UserRecord> UserStore::findById(const QString &id) const
{
    return findOne(m_db.db(), "id", id);
}

std::optional<UserRecord> UserStore::findByUsername(const QString &username) const
{
    return findOne(m_db.db(), "username", username);
}

bool UserStore::usernameExists(const QString &username) const
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("SELECT 1 FROM users WHERE username = ?"));
    q.addBindValue(username);
    return q.exec() && q.next();
}

bool UserStore::updateProfile(const QString &id, const std::optional<QString> &displayName,
                              const std::optional<QString> &bio)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE users SET display_name = COALESCE(?, display_name),"
                             " bio = COALESCE(?, bio) WHERE id = ?"));
    q.addBindValue(displayName ? QVariant(*displayName) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(bio ? QVariant(*bio) : QVariant(QMetaType(QMetaType::QString)));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool UserStore::setPublicKey(const QString &id, const QString &publicKey)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE users SET public_key = ? WHERE id = ?"));
    q.addBindValue(publicKey);
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

bool UserStore::setRoles(const QString &id, Roles roles)
{
    QSqlQuery q(m_db.db());
    q.prepare(QStringLiteral("UPDATE users SET roles = ? WHERE id = ?"));
    q.addBindValue(int(roles.toInt()));
    q.addBindValue(id);
    return q.exec() && q.numRowsAffected() == 1;
}

QStringList UserStore::allIds() const
{
    QStringList ids;
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT id FROM users ORDER BY id")))
        return ids;
    while (q.next())
        ids << q.value(0).toString();
    return ids;
}

qint64 UserStore::count() const
{
    QSqlQuery q(m_db.db());
    if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

} // namespace nest::server
