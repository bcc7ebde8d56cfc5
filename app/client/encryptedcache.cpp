#include "encryptedcache.h"

#include "clientlogging.h"
#include "keyringstore.h"

#include <QDateTime>
#include <QPointer>
#include <QSqlError>
#include <QSqlQuery>

#include <memory>

namespace nest::client {

namespace {
constexpr QStringView kCacheDomain = u"nest-cache-v1";

const QString &cacheSchema()
{
    static const QString schema = QStringLiteral(
        "CREATE TABLE IF NOT EXISTS records(collection TEXT NOT NULL, id TEXT NOT NULL,"
        " key_id TEXT NOT NULL, blob BLOB NOT NULL, updated_at INTEGER NOT NULL,"
        " PRIMARY KEY(collection, id)) WITHOUT ROWID;"
        "CREATE INDEX IF NOT EXISTS records_key ON records(key_id)");
    return schema;
}

qint64 cacheNowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

EncryptedCache::EncryptedCache(SecretStore &secrets, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
{
    m_batchTimer.setSingleShot(true);
    m_batchTimer.setInterval(1);
    connect(&m_batchTimer, &QTimer::timeout, this, &EncryptedCache::processBatch);
    m_autoRotateTimer.setSingleShot(true);
    connect(&m_autoRotateTimer, &QTimer::timeout, this, &EncryptedCache::scheduleAutoRotation);
}

EncryptedCache::~EncryptedCache() = default;

void EncryptedCache::open(const QString &filePath, const SecretKey &account)
{
    close();
    m_path = filePath;
    m_account = account;
    if (!openFile())
        return;
    keyringstore::load(m_secrets, ringKey(), this,
                       [this, generation = m_generation](std::optional<CacheKeyRing> ring,
                                                         bool present, const QString &) {
                           if (generation == m_generation)
                               onRingLoaded(std::move(ring), present);
                       });
}

void EncryptedCache::close()
{
    ++m_generation;
    m_batchTimer.stop();
    m_autoRotateTimer.stop();
    m_db.close();
    m_ring = {};
    m_ready = m_rotating = m_ringWriteInFlight = m_rotateRequested = false;
    m_rotationDone = m_rotationTotal = 0;
}

bool EncryptedCache::openFile()
{
    QString error;
    if (m_db.open(m_path, QLatin1StringView("NORMAL"), cacheSchema(), &error))
        return true;
    qCWarning(lcNet) << "cache file unusable, starting a new one:" << error;
    LocalDatabase::removeFiles(m_path);
    Q_EMIT problem(tr("The local cache file was damaged (%1). It was discarded and will be rebuilt "
                      "from the server.")
                       .arg(error));
    if (m_db.open(m_path, QLatin1StringView("NORMAL"), cacheSchema(), &error))
        return true;
    qCWarning(lcNet) << "cache disabled:" << error;
    return false;
}

SecretKey EncryptedCache::ringKey() const
{
    return {m_account.serverOrigin, m_account.username, QString(SecretName)};
}

QByteArray EncryptedCache::associatedData(const QString &keyId, const QString &collection,
                                          const QString &id) const
{
    return cachecrypto::associatedData(kCacheDomain, keyId, collection, id);
}

CacheKeyRing EncryptedCache::ringCopy() const
{
    CacheKeyRing copy;
    for (const CacheKey &key : m_ring.keys)
        copy.keys.push_back(
            {key.id, key.createdMs, security::SecureBuffer::fromBytes(key.secret.view())});
    return copy;
}

void EncryptedCache::onRingLoaded(std::optional<CacheKeyRing> ring, bool present)
{
    if (!ring) {
        const qint64 records = count();
        QString message;
        if (records > 0 && m_secrets.isPersistent()) {
            message = present ? tr("The key of the local cache in the keychain is unreadable; "
                                   "%n cached record(s) were discarded and will be rebuilt "
                                   "from the server.",
                                   nullptr, int(records))
                              : tr("The key of the local cache is missing from the keychain; "
                                   "%n cached record(s) were discarded and will be rebuilt "
                                   "from the server.",
                                   nullptr, int(records));
        }
        startWithNewKey(message);
        return;
    }
    m_ring = std::move(*ring);

    // Records under a key the ring does not hold can never be read again.
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT DISTINCT key_id FROM records"));
    QStringList orphanKeys;
    if (query.exec()) {
        while (query.next()) {
            const QString keyId = query.value(0).toString();
            if (!m_ring.find(keyId))
                orphanKeys << keyId;
        }
    }
    if (!orphanKeys.isEmpty()) {
        qint64 lost = 0;
        for (const QString &keyId : std::as_const(orphanKeys)) {
            QSqlQuery del(m_db.db());
            del.prepare(QStringLiteral("DELETE FROM records WHERE key_id = ?"));
            del.addBindValue(keyId);
            if (del.exec())
                lost += del.numRowsAffected();
        }
        Q_EMIT problem(tr("%n cached record(s) used a key that is no longer in the keychain; "
                          "they were discarded and will be rebuilt from the server.",
                          nullptr, int(lost)));
    }
    becomeReady();
    if (m_ring.keys.size() > 1) {
        // A rotation was under way when the app stopped: finish it.
        m_rotating = true;
        m_rotationDone = 0;
        m_rotationTotal = rotationRemaining();
        m_batchTimer.start();
    } else {
        scheduleAutoRotation();
    }
}

void EncryptedCache::startWithNewKey(const QString &lostMessage)
{
    QSqlQuery query(m_db.db());
    query.exec(QStringLiteral("DELETE FROM records"));
    if (!lostMessage.isEmpty())
        Q_EMIT problem(lostMessage);
    CacheKeyRing fresh;
    fresh.keys.push_back(cachecrypto::generateKey(cacheNowMs()));
    auto shared = std::make_shared<CacheKeyRing>(std::move(fresh));
    CacheKeyRing toSave;
    toSave.keys.push_back({shared->keys[0].id, shared->keys[0].createdMs,
                           security::SecureBuffer::fromBytes(shared->keys[0].secret.view())});
    saveRing(std::move(toSave), [this, shared](bool ok) {
        if (!ok)
            return; // saveRing said why; without a key in the keychain the cache stays off
        m_ring = std::move(*shared);
        Q_EMIT keyChanged(currentKeyId(), currentKeyCreatedMs());
        becomeReady();
        scheduleAutoRotation();
    });
}

void EncryptedCache::becomeReady()
{
    if (m_ready)
        return;
    m_ready = true;
    Q_EMIT ready();
}

void EncryptedCache::saveRing(CacheKeyRing ring, std::function<void(bool ok)> then)
{
    m_ringWriteInFlight = true;
    keyringstore::save(
        m_secrets, ringKey(), ring, this,
        [this, generation = m_generation, then = std::move(then)](bool ok, const QString &error) {
            if (generation != m_generation)
                return;
            m_ringWriteInFlight = false;
            if (!ok) {
                qCWarning(lcNet) << "cache key could not be stored:" << error;
                Q_EMIT problem(tr("The key of the local cache could not be stored in the "
                                  "keychain: %1")
                                   .arg(error));
            }
            then(ok);
            if (m_rotateRequested && !m_ringWriteInFlight) {
                m_rotateRequested = false;
                rotateNow();
            }
        });
}

void EncryptedCache::setRotationIntervalMs(qint64 ms)
{
    m_rotationIntervalMs = std::max<qint64>(1, ms);
    if (m_ready && !m_rotating)
        scheduleAutoRotation();
}

void EncryptedCache::scheduleAutoRotation()
{
    if (!m_ready || m_rotating || m_ring.isEmpty())
        return;
    const qint64 dueIn = currentKeyCreatedMs() + m_rotationIntervalMs - cacheNowMs();
    if (dueIn <= 0) {
        qCInfo(lcNet) << "cache key" << currentKeyId() << "is due for rotation";
        rotateNow();
        return;
    }
    // QTimer takes an int: check again at least daily.
    m_autoRotateTimer.start(int(std::min<qint64>(dueIn, 24LL * 3600 * 1000)));
}

void EncryptedCache::rotateNow()
{
    if (!m_ready)
        return;
    if (m_ringWriteInFlight) {
        m_rotateRequested = true;
        return;
    }
    if (m_ring.keys.size() >= 8)
        return; // rotations requested faster than records are re-encrypted: let them finish
    m_autoRotateTimer.stop();
    m_rotating = true;
    CacheKeyRing next = ringCopy();
    next.keys.insert(next.keys.begin(), cachecrypto::generateKey(cacheNowMs()));
    auto shared = std::make_shared<CacheKeyRing>(std::move(next));
    CacheKeyRing toSave = ringCopy();
    toSave.keys.insert(toSave.keys.begin(),
                       {shared->keys[0].id, shared->keys[0].createdMs,
                        security::SecureBuffer::fromBytes(shared->keys[0].secret.view())});
    saveRing(std::move(toSave), [this, shared](bool ok) {
        if (!ok) {
            m_rotating = m_ring.keys.size() > 1;
            return;
        }
        // Only now that the keychain holds the new key may records be written with it.
        m_ring = std::move(*shared);
        qCInfo(lcNet) << "cache key rotated to" << currentKeyId();
        Q_EMIT keyChanged(currentKeyId(), currentKeyCreatedMs());
        m_rotationDone = 0;
        m_rotationTotal = rotationRemaining();
        Q_EMIT rotationProgress(0, m_rotationTotal);
        m_batchTimer.start();
    });
}

qint64 EncryptedCache::rotationRemaining() const
{
    if (!m_db.isOpen() || m_ring.isEmpty())
        return 0;
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT COUNT(*) FROM records WHERE key_id <> ?"));
    query.addBindValue(currentKeyId());
    return query.exec() && query.next() ? query.value(0).toLongLong() : 0;
}

void EncryptedCache::processBatch()
{
    if (!m_ready || m_ring.isEmpty())
        return;
    const CacheKey &current = *m_ring.current();
    QSqlDatabase db = m_db.db();
    struct Row {
        QString collection, id, keyId;
        QByteArray blob;
    };
    std::vector<Row> rows;
    // By an older key's id, so that the key_id index finds the batch: "key_id <> current"
    // would rescan the records already done on every batch. Oldest key first.
    for (auto key = m_ring.keys.rbegin(); key != m_ring.keys.rend() - 1 && rows.empty(); ++key) {
        QSqlQuery select(db);
        select.prepare(QStringLiteral(
            "SELECT collection, id, key_id, blob FROM records WHERE key_id = ? LIMIT ?"));
        select.addBindValue(key->id);
        select.addBindValue(m_batchSize);
        if (!select.exec()) {
            recreateFile(select.lastError().text());
            return;
        }
        while (select.next())
            rows.push_back({select.value(0).toString(), select.value(1).toString(),
                            select.value(2).toString(), select.value(3).toByteArray()});
    }

    if (!rows.empty()) {
        db.transaction();
        QSqlQuery update(db);
        update.prepare(
            QStringLiteral("UPDATE records SET key_id = ?, blob = ? WHERE collection = ? "
                           "AND id = ? AND key_id = ?"));
        for (const Row &row : rows) {
            const CacheKey *old = m_ring.find(row.keyId);
            std::optional<QByteArray> plain =
                old ? cachecrypto::open(old->secret, row.blob,
                                        associatedData(row.keyId, row.collection, row.id))
                    : std::nullopt;
            if (!plain) {
                db.rollback();
                discardRecords(tr("A cached record failed its integrity check during key "
                                  "rotation (altered, swapped or truncated). The local cache "
                                  "was discarded and will be rebuilt from the server."));
                finishRotation();
                return;
            }
            update.addBindValue(current.id);
            update.addBindValue(cachecrypto::seal(
                current.secret, *plain, associatedData(current.id, row.collection, row.id)));
            update.addBindValue(row.collection);
            update.addBindValue(row.id);
            update.addBindValue(row.keyId);
            if (!update.exec()) {
                db.rollback();
                recreateFile(update.lastError().text());
                return;
            }
        }
        if (!db.commit()) {
            recreateFile(db.lastError().text());
            return;
        }
        m_rotationDone += qint64(rows.size());
        m_rotationTotal = std::max(m_rotationTotal, m_rotationDone);
        Q_EMIT rotationProgress(m_rotationDone, m_rotationTotal);
    }
    if (rows.empty())
        finishRotation();
    else
        m_batchTimer.start();
}

void EncryptedCache::finishRotation()
{
    if (m_ringWriteInFlight) {
        // Another ring write (a newer rotation) is on its way: the keychain must receive the
        // rings in the order they were made, so look again after it.
        m_batchTimer.start();
        return;
    }
    if (m_ring.keys.size() <= 1) {
        m_rotating = false;
        Q_EMIT rotationFinished();
        scheduleAutoRotation();
        return;
    }
    if (rotationRemaining() > 0) {
        // Only records under ids the ring does not hold can remain (open() drops those too).
        QSqlQuery query(m_db.db());
        query.prepare(QStringLiteral("DELETE FROM records WHERE key_id <> ?"));
        query.addBindValue(currentKeyId());
        query.exec();
    }
    // Every record is under the current key: the older keys leave the keychain.
    CacheKeyRing onlyCurrent;
    const CacheKey &current = *m_ring.current();
    onlyCurrent.keys.push_back(
        {current.id, current.createdMs, security::SecureBuffer::fromBytes(current.secret.view())});
    saveRing(std::move(onlyCurrent), [this, keptId = current.id](bool ok) {
        if (!ok)
            return;                     // tried again at the next start
        if (currentKeyId() != keptId) { // cannot happen while writes are serialized; be safe
            m_batchTimer.start();
            return;
        }
        m_ring.keys.resize(1);
        m_rotating = false;
        qCInfo(lcNet) << "cache rotation finished; older keys removed";
        Q_EMIT rotationFinished();
        scheduleAutoRotation();
    });
}

bool EncryptedCache::put(const QString &collection, const QString &id, const QByteArray &value)
{
    if (!m_ready || m_ring.isEmpty())
        return false;
    const CacheKey &current = *m_ring.current();
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records(collection, id, key_id, blob, "
                                 "updated_at) VALUES(?, ?, ?, ?, ?)"));
    query.addBindValue(collection);
    query.addBindValue(id);
    query.addBindValue(current.id);
    query.addBindValue(
        cachecrypto::seal(current.secret, value, associatedData(current.id, collection, id)));
    query.addBindValue(cacheNowMs());
    if (!query.exec()) {
        recreateFile(query.lastError().text());
        return false;
    }
    return true;
}

bool EncryptedCache::putMany(const QString &collection,
                             const QList<QPair<QString, QByteArray>> &records)
{
    if (!m_ready || m_ring.isEmpty())
        return false;
    const CacheKey &current = *m_ring.current();
    QSqlDatabase db = m_db.db();
    db.transaction();
    QSqlQuery query(db);
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO records(collection, id, key_id, blob, "
                                 "updated_at) VALUES(?, ?, ?, ?, ?)"));
    const qint64 now = cacheNowMs();
    for (const auto &[id, value] : records) {
        query.addBindValue(collection);
        query.addBindValue(id);
        query.addBindValue(current.id);
        query.addBindValue(
            cachecrypto::seal(current.secret, value, associatedData(current.id, collection, id)));
        query.addBindValue(now);
        if (!query.exec()) {
            const QString error = query.lastError().text();
            db.rollback();
            recreateFile(error);
            return false;
        }
    }
    if (!db.commit()) {
        recreateFile(db.lastError().text());
        return false;
    }
    return true;
}

std::optional<QByteArray> EncryptedCache::get(const QString &collection, const QString &id)
{
    if (!m_ready)
        return std::nullopt;
    QSqlQuery query(m_db.db());
    query.prepare(
        QStringLiteral("SELECT key_id, blob FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    if (!query.exec()) {
        recreateFile(query.lastError().text());
        return std::nullopt;
    }
    if (!query.next())
        return std::nullopt;
    const QString keyId = query.value(0).toString();
    const QByteArray blob = query.value(1).toByteArray();
    query.finish();
    const CacheKey *key = m_ring.find(keyId);
    std::optional<QByteArray> plain =
        key ? cachecrypto::open(key->secret, blob, associatedData(keyId, collection, id))
            : std::nullopt;
    if (!plain) {
        // One record failing means the file was tampered with or damaged: none of it is
        // trusted any more.
        discardRecords(tr("A cached record failed its integrity check (altered, swapped or "
                          "truncated). The local cache was discarded and will be rebuilt from "
                          "the server."));
    }
    return plain;
}

bool EncryptedCache::remove(const QString &collection, const QString &id)
{
    if (!m_db.isOpen())
        return false;
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("DELETE FROM records WHERE collection = ? AND id = ?"));
    query.addBindValue(collection);
    query.addBindValue(id);
    return query.exec() && query.numRowsAffected() > 0;
}

QStringList EncryptedCache::ids(const QString &collection) const
{
    QStringList out;
    if (!m_db.isOpen())
        return out;
    QSqlQuery query(m_db.db());
    query.prepare(QStringLiteral("SELECT id FROM records WHERE collection = ? ORDER BY id"));
    query.addBindValue(collection);
    if (query.exec()) {
        while (query.next())
            out << query.value(0).toString();
    }
    return out;
}

qint64 EncryptedCache::count() const
{
    if (!m_db.isOpen())
        return 0;
    QSqlQuery query(m_db.db());
    return query.exec(QStringLiteral("SELECT COUNT(*) FROM records")) && query.next()
               ? query.value(0).toLongLong()
               : 0;
}

void EncryptedCache::clear()
{
    if (!m_db.isOpen())
        return;
    QSqlQuery query(m_db.db());
    query.exec(QStringLiteral("DELETE FROM records"));
}

QString EncryptedCache::currentKeyId() const
{
    return m_ring.isEmpty() ? QString() : m_ring.current()->id;
}

qint64 EncryptedCache::currentKeyCreatedMs() const
{
    return m_ring.isEmpty() ? 0 : m_ring.current()->createdMs;
}

void EncryptedCache::discardRecords(const QString &message)
{
    qCWarning(lcNet) << "cache discarded:" << message;
    clear();
    Q_EMIT problem(message);
}

void EncryptedCache::recreateFile(const QString &why)
{
    qCWarning(lcNet) << "cache file failed, starting a new one:" << why;
    m_batchTimer.stop();
    m_db.close();
    LocalDatabase::removeFiles(m_path);
    QString error;
    const bool reopened = m_db.open(m_path, QLatin1StringView("NORMAL"), cacheSchema(), &error);
    Q_EMIT problem(tr("The local cache file was damaged (%1). It was discarded and will be rebuilt "
                      "from the server.")
                       .arg(why));
    if (!reopened) {
        m_ready = false;
        return;
    }
    if (m_rotating)
        finishRotation(); // nothing left to re-encrypt
}

} // namespace nest::client
