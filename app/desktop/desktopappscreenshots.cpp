// DesktopApp's screenshot mode (`nest-desktop --demo --screenshot DIR`): every view and the
// dialogs and states worth a picture, for the README gallery and the appearance tests.
#include "communityview.h"
#include "createproposaldialog.h"
#include "dashboardview.h"
#include "desktopapp.h"
#include "feedmodel.h"
#include "governanceview.h"
#include "itemdetail.h"
#include "marketview.h"
#include "moderationview.h"
#include "profilepanel.h"
#include "proposallistmodel.h"
#include "ratechart.h"
#include "screenshot.h"
#include "votedialog.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>

#include <cstdio>

namespace nest::desktop {
namespace {
//! Governance beyond its view: a passed proposal in its timelock (the view opens on a vote),
//! the vote dialog on that open proposal and the new-proposal form.
bool saveGovernanceScreenshots(ui::MainWindow &window, ui::GovernanceView &view, const QString &dir,
                               QString *error)
{
    const QString open = view.selectedId();
    const ui::ProposalListModel &model = view.model();
    for (int row = 0; row < model.rowCount(); ++row) {
        const governance::Proposal &p = model.at(row);
        if (p.status != governance::Status::Passed || !p.action)
            continue;
        window.showView(QStringLiteral("governance"));
        view.selectProposal(p.id);
        if (!ui::saveWidgetScreenshot(window, dir, QStringLiteral("view-governance-timelock"),
                                      error))
            return false;
        break;
    }
    view.selectProposal(open);
    if (const governance::Proposal *p = model.find(open)) {
        view.voteDialog().start(*p);
        if (!ui::saveWidgetScreenshot(view.voteDialog(), dir, QStringLiteral("governance-vote"),
                                      error))
            return false;
        view.voteDialog().hide();
    }
    view.createDialog().reset(QDateTime::currentMSecsSinceEpoch());
    const bool ok = ui::saveWidgetScreenshot(view.createDialog(), dir,
                                             QStringLiteral("governance-new-proposal"), error);
    view.createDialog().hide();
    return ok;
}

} // namespace

void DesktopApp::takeScreenshotsAndQuit()
{
    QString error;
    m_dashboard->rateChart().updateNow(); // draw the frame that is pending
    const QStringList files = ui::saveViewScreenshots(m_window, m_options.screenshotDir, &error);
    if (!files.isEmpty())
        saveGovernanceScreenshots(m_window, *m_governance, m_options.screenshotDir, &error);
    ui::SignInDialog dialog;
    dialog.setServerChoice(m_server);
    dialog.setUsername(kDemoUser);
    if (files.isEmpty()
        || !ui::saveWidgetScreenshot(dialog, m_options.screenshotDir, QStringLiteral("signin"),
                                     &error)
        || (m_market->detail().hasListing()
            && !ui::saveWidgetScreenshot(m_market->detail(), m_options.screenshotDir,
                                         QStringLiteral("market-item"), &error))) {
        std::fprintf(stderr, "nest-desktop: screenshots failed: %s\n", qPrintable(error));
        QApplication::exit(1);
        return;
    }
    // What the user sees when a remote server is lost and this computer stands in for it.
    ui::ConnectionStatus lost;
    lost.state = ui::ConnectionStatus::State::Reconnecting;
    lost.embeddedServer = false;
    lost.fallback = true;
    lost.since = QDateTime::currentDateTime().addSecs(-180);
    m_window.setConnectionStatus(lost, QStringLiteral("example.org"));
    m_window.showView(QStringLiteral("dashboard"));
    m_statusFrozen = true; // the status tick must not replace it while the frame is drawn
    const bool fallbackShot = ui::saveWidgetScreenshot(m_window, m_options.screenshotDir,
                                                       QStringLiteral("banner-fallback"), &error);
    m_statusFrozen = false;
    updateConnectionStatus();
    if (!fallbackShot || !saveProfileScreenshot(&error)) {
        std::fprintf(stderr, "nest-desktop: profile screenshot failed: %s\n", qPrintable(error));
        QApplication::exit(1);
        return;
    }
    for (const QString &file : files)
        std::printf("%s\n", qPrintable(file));
    std::printf(
        "%s\n",
        qPrintable(
            QDir(m_options.screenshotDir).filePath(QStringLiteral("view-community-profile.png"))));
    QApplication::exit(0);
}

void DesktopApp::prepareCommunityScreenshots()
{
    if (m_session.user().roles.testFlag(Role::Moderator))
        Q_EMIT m_moderationView->verifyRequested(); // the page shows the chain check's answer
    // The feed with a thread open: the bench post has comments and likes in the demo content.
    ui::FeedModel *feed = m_community->feed();
    for (int row = 0; row < feed->rowCount(); ++row) {
        if (feed->postAt(row).commentCount > 1) {
            Q_EMIT m_community->postOpened(feed->postAt(row).id);
            return;
        }
    }
}

bool DesktopApp::saveProfileScreenshot(QString *error)
{
    // The author of the thread on screen (or of the newest post), with their posts.
    ui::FeedModel *feed = m_community->feed();
    if (feed->rowCount() == 0) {
        *error = QStringLiteral("the feed is empty");
        return false;
    }
    const QString userId = feed->postAt(feed->rowCount() - 1).author.id;
    Q_EMIT m_community->profileOpened(userId);
    QElapsedTimer waited;
    waited.start();
    while ((m_community->profilePanel()->userId() != userId
            || m_community->profilePanel()->posts()->rowCount() == 0)
           && waited.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
    m_window.showView(QStringLiteral("community"));
    return ui::saveWidgetScreenshot(m_window, m_options.screenshotDir,
                                    QStringLiteral("view-community-profile"), error);
}

} // namespace nest::desktop
