#pragma once

#include "cachecrypto.h"
#include "localdatabase.h"
#include "secretstore.h"

#include <QObject>
#include <QTimer>

#include <optional>

namespace nest::client {

//! What the app last saw from the server (feed pages, listings, proposals...), kept in an
//! SQLite file and encrypted record by record (cachecrypto: XChaCha20-Poly1305, random nonce,
//! key id + collection + record id as associated data).
//!
//! The keys live only in the OS keychain (one entry per server and account, see
//! cachecrypto's CacheKeyRing). open() is asynchronous: reads and writes work once ready().
//! Rotation (rotateNow(), and automatically when the current key is older than the rotation
//! interval) writes new records with a new key at once and re-encrypts the older records in
//! small batches from the event loop; the old key leaves the keychain when no record uses it.
//! Every record stays readable throughout, and a rotation interrupted by a restart resumes.
//!
//! The cache is only a cache: a damaged file, a record that fails authentication (altered,
//! truncated, swapped with another) or a lost key is reported once with problem(), the
//! affected data discarded, and the cache starts again empty. Nothing here throws or aborts.
class EncryptedCache final : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView SecretName{"cache_keys"};
    static constexpr qint64 DefaultRotationIntervalMs = 30LL * 24 * 3600 * 1000;
    static constexpr int DefaultBatchSize = 256;

    explicit EncryptedCache(SecretStore &secrets, QObject *parent = nullptr);
    ~EncryptedCache() override;

    //! Opens (creating) the file for `account` (origin and username; its name is ignored).
    void open(const QString &filePath, const SecretKey &account);
    void close();
    bool isReady() const { return m_ready; }
    QString filePath() const { return m_path; }

    //! False when not ready or the write failed (then problem() said why).
    bool put(const QString &collection, const QString &id, const QByteArray &value);
    //! Many records in one transaction (a feed page, a listing search): much faster than put().
    bool putMany(const QString &collection, const QList<QPair<QString, QByteArray>> &records);
    //! nullopt when absent, not ready, or the record failed its check (then it is reported).
    std::optional<QByteArray> get(const QString &collection, const QString &id);
    bool remove(const QString &collection, const QString &id);
    QStringList ids(const QString &collection) const;
    qint64 count() const;
    //! Empties the cache (keys stay).
    void clear();

    QString currentKeyId() const;
    qint64 currentKeyCreatedMs() const;
    //! Keys in the keychain entry: 1, or more while a rotation is under way.
    int keyCount() const { return int(m_ring.keys.size()); }
    bool isRotating() const { return m_rotating; }
    //! Records still under an older key.
    qint64 rotationRemaining() const;

    //! Starts a rotation now (no-op while one is starting or not ready).
    void rotateNow();
    void setRotationIntervalMs(qint64 ms);
    qint64 rotationIntervalMs() const { return m_rotationIntervalMs; }
    void setBatchSize(int records) { m_batchSize = std::max(1, records); }
    //! Pause between batches, so that the event loop runs between them.
    void setBatchIntervalMs(int ms) { m_batchTimer.setInterval(std::max(0, ms)); }

Q_SIGNALS:
    void ready();
    //! Something was wrong and was discarded; `message` is a sentence for the user.
    void problem(const QString &message);
    void keyChanged(const QString &keyId, qint64 createdMs);
    //! `done` of `total` records re-encrypted in the rotation under way.
    void rotationProgress(qint64 done, qint64 total);
    void rotationFinished();

private:
    bool openFile();
    void onRingLoaded(std::optional<CacheKeyRing> ring, bool present);
    void startWithNewKey(const QString &lostMessage);
    void becomeReady();
    void scheduleAutoRotation();
    void processBatch();
    void finishRotation();
    void saveRing(CacheKeyRing ring, std::function<void(bool ok)> then);
    CacheKeyRing ringCopy() const;
    //! Drops every record and says why (once for this incident).
    void discardRecords(const QString &message);
    //! The file misbehaved at the SQL level: start a new file.
    void recreateFile(const QString &why);
    QByteArray associatedData(const QString &keyId, const QString &collection,
                              const QString &id) const;
    SecretKey ringKey() const;

    SecretStore &m_secrets;
    LocalDatabase m_db;
    QString m_path;
    SecretKey m_account;
    CacheKeyRing m_ring;
    QTimer m_batchTimer;
    QTimer m_autoRotateTimer;
    qint64 m_rotationIntervalMs = DefaultRotationIntervalMs;
    qint64 m_rotationDone = 0;
    qint64 m_rotationTotal = 0;
    quint64 m_generation = 0; //!< bumped by close(): keychain answers for an older open are dropped
    int m_batchSize = DefaultBatchSize;
    bool m_ready = false;
    bool m_rotating = false;
    bool m_ringWriteInFlight = false;
    bool m_rotateRequested = false;
};

} // namespace nest::client
