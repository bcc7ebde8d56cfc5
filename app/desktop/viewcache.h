#pragma once

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>

#include <optional>

namespace nest::client {
class EncryptedCache;
struct ApiError;
} // namespace nest::client

namespace nest::desktop {

//! What the views last saw, kept in the account's EncryptedCache: a controller saves the list it
//! received from the server (feed page, listings, proposals) as the server's JSON items, and
//! reads it back when the server cannot be reached, so the user sees their last view with an
//! "offline — last updated" note instead of an error.
//!
//! Each item is one encrypted record (collection, item id); an index record per collection
//! (collection "index") holds the order and the time saved. A damaged record is reported by the
//! cache and simply missing here. Saves made before the cache is open (it opens after sign-in,
//! once the keychain answers) are held and written at ready().
class ViewCache final : public QObject {
    Q_OBJECT
public:
    struct Snapshot {
        QList<QJsonObject> items;
        QDateTime saved;
    };

    explicit ViewCache(client::EncryptedCache &cache, QObject *parent = nullptr);

    //! Replaces `collection` with `items` (objects with an "id").
    void save(const QString &collection, const QJsonArray &items);
    //! nullopt when nothing was saved for this account or the cache is not open.
    std::optional<Snapshot> load(const QString &collection) const;
    bool isReady() const;
    //! Signed out: saves not yet written are for the old account and dropped.
    void reset();

    //! The server gave no answer (down, unreachable, timed out, failing): show the cache.
    static bool isUnreachable(const client::ApiError &error);
    //! "Offline — last updated 09:14 ...", for a view filled from the cache.
    static QString offlineNotice(const QDateTime &saved);

Q_SIGNALS:
    //! The cache is open: controllers that could not reach the server can fill their view now.
    void ready();

private:
    void write(const QString &collection, const QJsonArray &items, qint64 savedMs);

    client::EncryptedCache &m_cache;
    QHash<QString, std::pair<QJsonArray, qint64>> m_held;
};

} // namespace nest::desktop
