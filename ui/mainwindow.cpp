#include "mainwindow.h"

#include "connectionbanner.h"
#include "rolenames.h"

#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
constexpr int kViewIdRole = Qt::UserRole;
}

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_nav(new QListWidget(this))
    , m_stack(new QStackedWidget(this))
    , m_banner(new ConnectionBanner(this))
    , m_connection(new ConnectionIndicator(this))
    , m_user(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/nest.svg")));
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setFixedWidth(190);
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_user->setObjectName(QStringLiteral("statusUser"));
    m_user->setTextFormat(Qt::PlainText); // display names are user text

    auto *central = new QWidget(this);
    auto *columns = new QHBoxLayout(central);
    columns->setContentsMargins(0, 0, 0, 0);
    columns->setSpacing(0);
    columns->addWidget(m_nav);
    auto *right = new QVBoxLayout;
    right->setContentsMargins(0, 0, 0, 0);
    right->addWidget(m_banner);
    right->addWidget(m_stack, 1);
    columns->addLayout(right, 1);
    setCentralWidget(central);

    statusBar()->addWidget(m_connection);
    statusBar()->addPermanentWidget(m_user);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_views.size())
            return;
        m_stack->setCurrentWidget(m_views.at(row).widget);
        Q_EMIT currentViewChanged(m_views.at(row).id);
    });
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::retryRequested);
    createShortcuts();
    retranslateUi();
    resize(1200, 780);
}

MainWindow::~MainWindow() = default;

void MainWindow::createShortcuts()
{
    // Ctrl+1..5 follow the sidebar's order of the views the user can see.
    for (int i = 0; i < 5; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] {
            int visible = 0;
            for (int row = 0; row < m_nav->count(); ++row) {
                if (m_nav->item(row)->isHidden())
                    continue;
                if (visible++ == i) {
                    m_nav->setCurrentRow(row);
                    return;
                }
            }
        });
    }
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &MainWindow::focusSearch);
}

void MainWindow::focusSearch()
{
    // A view offers search by naming a line edit "search".
    if (auto *search = m_stack->currentWidget()->findChild<QLineEdit *>(QStringLiteral("search"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::addView(View view)
{
    view.widget->setParent(m_stack);
    m_stack->addWidget(view.widget);
    auto *item = new QListWidgetItem(view.icon, view.title(), m_nav);
    item->setData(kViewIdRole, view.id);
    m_views.append(std::move(view));
    applyRoles();
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(0);
}

QStringList MainWindow::visibleViewIds() const
{
    QStringList ids;
    for (int row = 0; row < m_nav->count(); ++row) {
        if (!m_nav->item(row)->isHidden())
            ids << m_views.at(row).id;
    }
    return ids;
}

QString MainWindow::currentViewId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_views.size() ? m_views.at(row).id : QString();
}

bool MainWindow::showView(const QString &id)
{
    for (int row = 0; row < m_views.size(); ++row) {
        if (m_views.at(row).id == id && !m_nav->item(row)->isHidden()) {
            m_nav->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

QWidget *MainWindow::viewWidget(const QString &id) const
{
    for (const View &view : m_views) {
        if (view.id == id)
            return view.widget;
    }
    return nullptr;
}

void MainWindow::applyRoles()
{
    for (int row = 0; row < m_views.size(); ++row) {
        const auto &required = m_views.at(row).requiredRole;
        m_nav->item(row)->setHidden(required && !m_roles.testFlag(*required));
    }
    // Never leave the user on a view that just became hidden.
    const int current = m_nav->currentRow();
    if (current >= 0 && m_nav->item(current)->isHidden()) {
        for (int row = 0; row < m_nav->count(); ++row) {
            if (!m_nav->item(row)->isHidden()) {
                m_nav->setCurrentRow(row);
                break;
            }
        }
    }
}

void MainWindow::setUser(const QString &displayName, const QString &username, Roles roles)
{
    m_displayName = displayName;
    m_username = username;
    m_roles = roles;
    applyRoles();
    retranslateUi();
}

void MainWindow::setConnectionStatus(const ConnectionStatus &status, const QString &serverName)
{
    m_connection->setStatus(status);
    m_banner->setStatus(status, serverName);
}

QString MainWindow::statusText() const
{
    return m_connection->text() + u" | " + m_user->text();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Nest"));
    for (int row = 0; row < m_views.size(); ++row)
        m_nav->item(row)->setText(m_views.at(row).title());
    const QString roles = displayRoleList(m_roles);
    m_user->setText(m_username.isEmpty()
                        ? tr("Not signed in")
                        : tr("%1 (%2) · %3").arg(m_displayName, m_username, roles));
    m_user->setToolTip(tr("Signed in as %1 with the roles: %2").arg(m_username, roles));
}

void MainWindow::restoreState()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    showView(settings.value(QStringLiteral("window/view")).toString());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/view"), currentViewId());
    QMainWindow::closeEvent(event);
}

} // namespace nest::ui
