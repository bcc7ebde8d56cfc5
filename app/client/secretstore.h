#pragma once

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <optional>

namespace QKeychain {
class Job;
}

namespace nest::client {

//! Names one secret: which server, which account, which secret ("refresh_token", ...).
struct SecretKey {
    QString serverOrigin; //!< e.g. "http://127.0.0.1:8787"
    QString username;
    QString name;

    //! The keychain key: "<server-origin>|<username>|<name>".
    QString toString() const;
    bool operator==(const SecretKey &) const = default;
};

//! The only place secrets go: the OS keychain through QtKeychain, one job at a time.
//!
//! Jobs run strictly in the order they were requested (a read after a write sees the write).
//! When the platform has no usable keychain (no Secret Service on D-Bus, or access refused),
//! the store switches to memory-only for the rest of the run: secrets then live in a QHash in
//! this process and die with it, never in a file. It says so once with unavailable().
//! Callbacks are always invoked from the event loop, never from inside write/read/remove.
class SecretStore : public QObject {
    Q_OBJECT
public:
    using Done = std::function<void(bool ok, const QString &error)>;
    using ReadDone = std::function<void(std::optional<QByteArray> secret, const QString &error)>;

    static constexpr QLatin1StringView DefaultService{"nest-desktop"};

    explicit SecretStore(QObject *parent = nullptr);
    //! `service` is the keychain's service name (the "application" of the entries).
    explicit SecretStore(const QString &service, QObject *parent = nullptr);
    ~SecretStore() override;

    QString service() const { return m_service; }
    //! False once the store fell back to memory-only.
    bool isPersistent() const { return !m_memoryOnly; }
    //! Why the keychain is not used (empty while it is).
    QString unavailableReason() const { return m_unavailableReason; }
    //! Jobs queued or running.
    int pendingCount() const { return int(m_queue.size()); }

    void write(const SecretKey &key, const QByteArray &secret, Done done);
    //! A missing entry is not an error: `secret` is nullopt and `error` empty.
    void read(const SecretKey &key, ReadDone done);
    //! Removing a missing entry succeeds.
    void remove(const SecretKey &key, Done done);

Q_SIGNALS:
    void unavailable(const QString &message);

private:
    enum class Op { Write, Read, Remove };
    struct Request {
        Op op;
        QString key;
        QByteArray secret;
        Done done;
        ReadDone readDone;
    };

    void enqueue(Request request);
    void scheduleNext();
    void runNext();
    void runInMemory(Request &request);
    void onJobFinished(QKeychain::Job *job);
    void switchToMemory(const QString &reason);
    void complete(Request &request, bool ok, const std::optional<QByteArray> &secret,
                  const QString &error);

    QString m_service;
    std::deque<Request> m_queue; //!< front() is the running request while m_running
    QHash<QString, QByteArray> m_memory;
    QString m_unavailableReason;
    bool m_running = false;
    bool m_scheduled = false;
    bool m_memoryOnly = false;
    bool m_keychainWorked = false; //!< a job succeeded this run: later errors are not "no keychain"
};

} // namespace nest::client
