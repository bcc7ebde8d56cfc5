// DesktopApp when the remote server cannot be reached at start: the last account works from its
// cache (views, outbox) and this computer's analytics, and its session resumes when the remote
// answers. The rest of DesktopApp is in desktopapp.cpp.
#include "communitycontroller.h"
#include "dashboardcontroller.h"
#include "desktopapp.h"
#include "fallbackcontroller.h"
#include "governancecontroller.h"
#include "marketcontroller.h"
#include "viewcache.h"

#include <QSettings>
#include <QTimer>

namespace nest::desktop {

void DesktopApp::rememberAccount(const client::User &user)
{
    // Not secrets: what the window needs to show this account's cached views when its server
    // cannot be reached at the next start (the keychain keeps the refresh token).
    QSettings settings;
    settings.setValue(QStringLiteral("session/user_id"), user.id);
    settings.setValue(QStringLiteral("session/display_name"), user.displayName);
    settings.setValue(QStringLiteral("session/roles"), user.roles.toInt());
}

client::User DesktopApp::currentUser() const
{
    return m_session.isSignedIn() ? m_session.user() : m_waitingAccount;
}

void DesktopApp::startWithoutServer(const QString &username, const client::ApiError &error)
{
    QSettings settings;
    client::User user;
    user.id = settings.value(QStringLiteral("session/user_id")).toString();
    user.username = username;
    user.displayName = settings.value(QStringLiteral("session/display_name")).toString();
    user.roles = Roles::fromInt(settings.value(QStringLiteral("session/roles")).toInt());
    if (user.id.isEmpty()) {
        showSignIn(client::describe(error)); // nothing known of this account to show
        return;
    }
    qInfo("nest-desktop: %s is unreachable: working from the cache until it answers",
          qPrintable(m_api.serverOrigin()));
    m_waitingAccount = user;
    m_signIn->hide();
    m_window.setUser(user.displayName, user.username, user.roles);
    // Without a session a send would be refused (401), not delayed: actions wait until then.
    m_outbox.setPaused(true);
    openOfflineStores();
    // Their first fetch fails; they show what the cache holds once it is open.
    activateViews(user);
    m_fallback->arm(fallbackDataDir(), user.roles.testFlag(Role::Analyst));
    updateSettings();
    updateConnectionStatus();
    if (!m_resumeTimer) {
        m_resumeTimer = new QTimer(this);
        m_resumeTimer->setInterval(15'000);
        connect(m_resumeTimer, &QTimer::timeout, this, &DesktopApp::resumeSession);
    }
    m_resumeTimer->start();
    if (!m_window.isVisible()) {
        m_window.restoreState();
        m_window.show();
    }
}

void DesktopApp::resumeSession()
{
    if (!isWaitingForServer() || m_session.isBusy() || m_session.isSignedIn())
        return;
    m_restoring = true;
    m_session.restore(m_api.serverOrigin(), m_waitingAccount.username);
}

void DesktopApp::stopWaitingForServer(bool resumed)
{
    if (!isWaitingForServer())
        return;
    if (m_resumeTimer)
        m_resumeTimer->stop();
    m_waitingAccount = {};
    m_fallback->disarm();
    if (!resumed) {
        m_dashboardController->deactivate();
        m_governanceController->deactivate();
        m_marketController->deactivate();
        m_communityController->deactivate();
    }
    // Opened again at sign-in (the same files when it is the same account).
    m_outbox.close();
    m_cache.close();
    m_viewCache->reset();
    m_outbox.setPaused(false);
}

} // namespace nest::desktop
