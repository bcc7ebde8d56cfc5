#pragma once

#include "cachecrypto.h"
#include "localdatabase.h"
#include "secretstore.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>
#include <vector>

namespace nest::client {

class ApiClient;
class ApiJob;

//! One user action waiting for (or refused by) the server.
struct OutboxEntry {
    enum class State { Pending, Sending, Done, Refused };

    QString id;     //!< local id (a UUID)
    qint64 seq = 0; //!< replay order
    QString kind;   //!< "post", "comment", "like", "bid", "offer", "buy", "vote", "moderation"...
    QByteArray method;
    QString path;
    QJsonObject body;
    QString idempotencyKey; //!< made once; every retry sends it, so the action applies once
    QString signature;      //!< sent as the body's "signature" when set
    QString summary;        //!< what the user did, for the Outbox panel ("Bid 12.00 on ...")
    qint64 createdMs = 0;
    State state = State::Pending;
    int httpStatus = 0;   //!< of the refusal
    QString errorCode;    //!< the server's error.code of the refusal
    QString errorMessage; //!< the server's error.message of the refusal
    int attempts = 0;
};

//! A durable queue of the user's actions: written to SQLite (WAL, synchronous=FULL) before
//! anything is sent, replayed strictly in order with the existing ApiClient.
//!
//! Each entry keeps its Idempotency-Key for life, so an action whose response was lost (or
//! whose app was killed mid-send) is sent again with the same key and the server answers with
//! the first result instead of acting twice. The server's answer decides: 2xx done; a 4xx
//! refusal is recorded with its reason and the queue moves on; no answer, 5xx, 429 or a
//! timeout stops the queue until retryNow() or the shared backoff (models/backoff.h) says.
//!
//! Entries are encrypted with a key kept only in the keychain (entry "outbox_key"); the kind,
//! state and time stay in clear so that, if the key is lost, lost() can say exactly how many
//! actions of which kinds could not be recovered. The outbox lives in its own file: resetting
//! the cache never touches it.
class Outbox final : public QObject {
    Q_OBJECT
public:
    static constexpr QLatin1StringView SecretName{"outbox_key"};
    //! `entry.state` is Done (with the server's `answer`) or Refused (with its reason).
    using Finished = std::function<void(const OutboxEntry &entry, const QJsonObject &answer)>;

    Outbox(ApiClient &api, SecretStore &secrets, QObject *parent = nullptr);
    ~Outbox() override;

    //! Opens the file for `account` (origin and username); replay starts once ready().
    void open(const QString &filePath, const SecretKey &account);
    void close();
    bool isReady() const { return m_ready; }

    //! Queues an action durably and starts the replay. Returns the entry id, or an empty string
    //! when the outbox is not open (then nothing was queued). Between open() and ready() (the
    //! keychain read) the action is held in memory and written first thing at ready().
    //! `idempotencyKey` empty: a new UUID (pass one when it is part of a signed message). `done`
    //! runs once when the action is done or refused in this run; after a restart only the signals
    //! report it.
    QString submit(const QString &kind, const QByteArray &method, const QString &path,
                   const QJsonObject &body, const QString &summary, const QString &signature = {},
                   const QString &idempotencyKey = {}, Finished done = {});
    //! Removes a pending entry (not one being sent) or a refused one the user has read.
    bool cancel(const QString &id);
    //! Pending, sending and refused entries in replay order.
    std::vector<OutboxEntry> entries() const;
    int pendingCount() const;

    //! Replays now and resets the backoff (network back, system resumed, server live again).
    void retryNow();
    //! While paused nothing is sent (the user works offline).
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    //! Time limit of one send.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    //! Until the next automatic retry; 0 when none is scheduled.
    int retryInMs() const;

Q_SIGNALS:
    void ready();
    void entryAdded(const nest::client::OutboxEntry &entry);
    void entryChanged(const nest::client::OutboxEntry &entry);
    void entryRemoved(const QString &id);
    void done(const nest::client::OutboxEntry &entry, const QJsonObject &answer);
    void refused(const nest::client::OutboxEntry &entry);
    //! Entries that could not be decrypted (or a damaged file); `message` says what was lost.
    void lost(int count, const QStringList &kinds, const QString &message);
    //! Nothing was sent this time; the queue retries in `retryInMs`.
    void stalled(const QString &reason, int retryInMs);

private:
    bool openFile();
    void onRingLoaded(std::optional<CacheKeyRing> ring, bool present);
    void loadEntries();
    bool append(OutboxEntry entry);
    void becomeReady();
    void reportLost(const QHash<QString, int> &kinds, const QString &why);
    bool store(const OutboxEntry &entry, bool insert);
    bool deleteRow(const QString &id);
    void flush();
    void onJobFinished(ApiJob *job, const QString &id);
    void scheduleRetry(const QString &reason);
    OutboxEntry *find(const QString &id);
    QByteArray associatedData(const OutboxEntry &entry, const QString &keyId) const;

    ApiClient &m_api;
    SecretStore &m_secrets;
    LocalDatabase m_db;
    QString m_path;
    SecretKey m_account;
    CacheKeyRing m_ring;
    std::vector<OutboxEntry> m_entries; //!< not done, in seq order
    std::vector<OutboxEntry> m_early;   //!< submitted before ready(), not yet written
    QHash<QString, Finished> m_callbacks;
    QPointer<ApiJob> m_job;
    QString m_sendingId;
    QTimer m_retryTimer;
    quint64 m_generation = 0;
    int m_attempt = 0;
    int m_timeoutMs = 15'000;
    bool m_ready = false;
    bool m_paused = false;
};

} // namespace nest::client

Q_DECLARE_METATYPE(nest::client::OutboxEntry)
