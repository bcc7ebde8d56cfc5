#pragma once

#include <QObject>

namespace nest::client {

//! Tells when a connection attempt is worth making right now instead of after the backoff:
//! the network came back or changed (QNetworkInformation) or the system resumed from sleep
//! (logind's PrepareForSleep(false) on the system D-Bus).
//!
//! Either source may be missing (no NetworkManager, no system bus in a container, a platform
//! without D-Bus); the watcher then simply never reports that source, and the stream's
//! silence detection and the backoff remain the fallback.
class NetworkWatcher final : public QObject {
    Q_OBJECT
public:
    explicit NetworkWatcher(QObject *parent = nullptr);
    ~NetworkWatcher() override;

    //! A QNetworkInformation backend with reachability was loaded.
    bool watchesNetwork() const { return m_watchesNetwork; }
    //! The logind PrepareForSleep signal is connected.
    bool watchesResume() const { return m_watchesResume; }
    //! False while the backend says the network is down (true when unknown).
    bool isOnline() const;

Q_SIGNALS:
    //! Reconnect now: `reason` is "network" or "resume" (for logs).
    void wakeUp(const QString &reason);
    void onlineChanged(bool online);

private Q_SLOTS:
    void onPrepareForSleep(bool sleeping);

private:
    bool m_watchesNetwork = false;
    bool m_watchesResume = false;
};

} // namespace nest::client
