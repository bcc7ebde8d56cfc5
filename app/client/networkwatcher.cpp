#include "networkwatcher.h"

#include "clientlogging.h"

#include <QNetworkInformation>

#ifdef NEST_HAVE_DBUS
#include <QDBusConnection>
#endif

namespace nest::client {

NetworkWatcher::NetworkWatcher(QObject *parent)
    : QObject(parent)
{
    // Qt 6.4 on Linux: the "networkmanager" backend has Reachability (and needs NetworkManager
    // on the system bus); "glib" does not. Without a backend nothing is reported.
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        QNetworkInformation *info = QNetworkInformation::instance();
        m_watchesNetwork = true;
        qCDebug(lcNet) << "network watcher backend:" << info->backendName();
        connect(info, &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability reachability) {
                    const bool online = reachability == QNetworkInformation::Reachability::Online
                                        || reachability == QNetworkInformation::Reachability::Site
                                        || reachability == QNetworkInformation::Reachability::Local;
                    Q_EMIT onlineChanged(online);
                    if (online)
                        Q_EMIT wakeUp(QStringLiteral("network"));
                });
    } else {
        qCDebug(lcNet) << "no network reachability backend; relying on the backoff";
    }
#ifdef NEST_HAVE_DBUS
    QDBusConnection bus = QDBusConnection::systemBus();
    if (bus.isConnected()) {
        m_watchesResume = bus.connect(
            QStringLiteral("org.freedesktop.login1"), QStringLiteral("/org/freedesktop/login1"),
            QStringLiteral("org.freedesktop.login1.Manager"), QStringLiteral("PrepareForSleep"),
            this, SLOT(onPrepareForSleep(bool)));
    }
#endif
}

NetworkWatcher::~NetworkWatcher() = default;

bool NetworkWatcher::isOnline() const
{
    const QNetworkInformation *info = m_watchesNetwork ? QNetworkInformation::instance() : nullptr;
    return !info || info->reachability() != QNetworkInformation::Reachability::Disconnected;
}

void NetworkWatcher::onPrepareForSleep(bool sleeping)
{
    if (!sleeping)
        Q_EMIT wakeUp(QStringLiteral("resume"));
}

} // namespace nest::client
