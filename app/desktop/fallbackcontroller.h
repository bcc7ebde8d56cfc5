#pragma once

#include "apiclient.h"
#include "authprovider.h"
#include "streamclient.h"

#include <QDateTime>
#include <QObject>
#include <QTimer>

#include <memory>

class QNetworkAccessManager;

namespace nest::server {
class EmbeddedServer;
}

namespace nest::ui {
class DashboardView;
}

namespace nest::desktop {

class DashboardController;

//! Stands in for an unreachable remote server. When the remote's stream has not been live for a
//! short grace period, it starts this computer's server (its own data dir), opens a session on
//! it in-process for the local analytics account, and feeds the Dashboard from it through its
//! OWN ApiClient and StreamClient. The app's main ApiClient keeps pointing at the remote, so the
//! outbox keeps replaying there. When the remote's stream is live again the Dashboard goes back
//! to the remote.
class FallbackController final : public QObject, private client::AuthProvider {
    Q_OBJECT
public:
    //! The account on this computer's server that the fallback signs in as (analyst only).
    static constexpr QLatin1StringView LocalUsername{"this_computer"};
    static constexpr int DefaultGraceMs = 5000;

    FallbackController(QNetworkAccessManager &nam, client::StreamClient &remoteStream,
                       DashboardController &remoteDashboard, ui::DashboardView &dashboard,
                       QObject *parent = nullptr);
    ~FallbackController() override;

    //! Watches the remote from now on (signed in to a remote server). `analyst`: the user sees
    //! the Dashboard, so it is fed from this computer while the remote is away (for other users
    //! nothing stands in: the banner only says the remote is lost).
    void arm(const QString &dataDir, bool analyst);
    //! Stops watching and standing in (signed out, or working on this computer anyway).
    void disarm();
    bool isArmed() const { return m_armed; }
    //! This computer's server is standing in for the remote.
    bool isActive() const { return m_active; }
    //! When the remote's stream was last seen going down (valid while it is down).
    QDateTime unreachableSince() const { return m_unreachableSince; }
    void setGraceMs(int ms) { m_grace.setInterval(ms); }

    client::ApiClient &api() { return m_api; }
    client::StreamClient &stream() { return m_stream; }

Q_SIGNALS:
    void activeChanged(bool active);

private:
    void onRemoteState(client::StreamClient::State state);
    void enter();
    void leave(bool backToRemote);
    bool startSession(QString *error);
    QString accessToken() const override { return m_accessToken; }
    void refreshAccessToken(std::function<void(bool ok)> done) override;

    client::StreamClient &m_remoteStream;
    DashboardController &m_remoteDashboard;
    client::ApiClient m_api;
    client::StreamClient m_stream;
    DashboardController *m_dashboard;
    std::unique_ptr<server::EmbeddedServer> m_server;
    QString m_dataDir;
    QString m_accessToken;
    QString m_refreshToken;
    QTimer m_grace;
    QDateTime m_unreachableSince;
    bool m_armed = false;
    bool m_analyst = false;
    bool m_active = false;
};

} // namespace nest::desktop
