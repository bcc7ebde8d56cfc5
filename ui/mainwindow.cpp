#include "mainwindow.h"

#include "bidi.h"
#include "connectionbanner.h"
#include "language.h"
#include "rolenames.h"
#include "shortcutsdialog.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QSettings>
#include <QShortcut>
#include <QStackedWidget>
#include <QStatusBar>
#include <QVBoxLayout>

#include <algorithm>

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
        m_stack->setCurrentIndex(row); // the view's scroll area: one page per row
        if (!m_applyingRoles)
            m_wantedView = m_views.at(row).id;
        Q_EMIT currentViewChanged(m_views.at(row).id);
    });
    connect(m_banner, &ConnectionBanner::retryRequested, this, &MainWindow::retryRequested);
    createShortcuts();
    createMenus();
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
    auto *reconnect = new QShortcut(QKeySequence::Refresh, this);
    connect(reconnect, &QShortcut::activated, this, &MainWindow::retryRequested);
    auto *find = new QShortcut(QKeySequence::Find, this);
    connect(find, &QShortcut::activated, this, &MainWindow::focusSearch);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_quitAction = m_fileMenu->addAction(QString(), qApp, &QApplication::closeAllWindows);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);

    m_viewMenu = menuBar()->addMenu(QString());
    m_themeMenu = m_viewMenu->addMenu(QString());
    m_themeGroup = new QActionGroup(this);
    for (Theme::Mode mode : {Theme::Mode::System, Theme::Mode::Light, Theme::Mode::Dark}) {
        QAction *action = m_themeMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(QVariant::fromValue(mode));
        m_themeGroup->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { Q_EMIT themeChosen(mode); });
    }
    auto *toggle = new QShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), this);
    connect(toggle, &QShortcut::activated, this, [this] {
        Q_EMIT themeChosen(Theme::isDark(palette()) ? Theme::Mode::Light : Theme::Mode::Dark);
    });
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageGroup = new QActionGroup(this);
    for (const Language::Entry &entry : Language::available()) {
        QAction *action = m_languageMenu->addAction(entry.nativeName);
        action->setCheckable(true);
        action->setData(entry.code);
        m_languageGroup->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, code = entry.code] { Q_EMIT languageChosen(code); });
    }

    m_helpMenu = menuBar()->addMenu(QString());
    m_shortcutsAction = m_helpMenu->addAction(QString(), this, &MainWindow::showShortcuts);
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
}

void MainWindow::showShortcuts()
{
    auto *dialog = findChild<ShortcutsDialog *>();
    if (!dialog) {
        dialog = new ShortcutsDialog(this);
        dialog->setModal(false);
    }
    dialog->show();
    dialog->raise();
}

void MainWindow::setThemeMode(Theme::Mode mode)
{
    for (QAction *action : m_themeGroup->actions())
        action->setChecked(action->data().value<Theme::Mode>() == mode);
}

void MainWindow::setLanguage(const QString &code)
{
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == code);
}

void MainWindow::tintIcons()
{
    for (int row = 0; row < m_views.size() && row < m_sourceIcons.size(); ++row)
        m_nav->item(row)->setIcon(Theme::tintedIcon(m_sourceIcons.at(row), palette()));
}

void MainWindow::focusSearch()
{
    // A view offers search by naming a line edit "search".
    if (auto *search = m_stack->currentWidget()->findChild<QLineEdit *>(QStringLiteral("search"))) {
        search->setFocus(Qt::ShortcutFocusReason);
        search->selectAll();
    }
}

void MainWindow::fitNavigation()
{
    // At least the designed width; more for long titles or a large system font (150%).
    const QFontMetrics fm(m_nav->font());
    int widest = 0;
    for (int row = 0; row < m_nav->count(); ++row)
        widest = std::max(widest, fm.horizontalAdvance(m_nav->item(row)->text()));
    const int margins = 2 * m_nav->spacing() + 4 * fm.averageCharWidth();
    m_nav->setFixedWidth(std::max(190, m_nav->iconSize().width() + widest + margins));
}

void MainWindow::addView(View view)
{
    // Each view scrolls when it cannot have its minimum size (large system fonts, small
    // screens) instead of being squeezed until its texts are clipped. Not a Tab stop itself:
    // it scrolls to whichever control Tab focuses.
    auto *page = new QScrollArea(m_stack);
    page->setObjectName(view.id + u"Page");
    page->setFrameShape(QFrame::NoFrame);
    page->setFocusPolicy(Qt::NoFocus);
    page->setWidgetResizable(true);
    page->setWidget(view.widget);
    // Made before it had a parent, a view may carry the locale a language switch gave it as a
    // window; from now on it follows this window's (Language sets it on windows).
    view.widget->unsetLocale();
    m_stack->addWidget(page);
    auto *item = new QListWidgetItem(Theme::tintedIcon(view.icon, palette()), view.title(), m_nav);
    item->setData(kViewIdRole, view.id);
    m_sourceIcons.append(view.icon);
    m_views.append(std::move(view));
    fitNavigation();
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
    // Remembered even while hidden: signing in with the role shows it.
    if (!id.isEmpty() && viewWidget(id))
        m_wantedView = id;
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
    // The view the user last chose once it is visible again (a sign-in brings the roles), never
    // one that just became hidden; otherwise the first visible one, in the sidebar's order.
    const QScopedValueRollback applying(m_applyingRoles, true);
    int wanted = -1;
    int firstVisible = -1;
    for (int row = 0; row < m_nav->count(); ++row) {
        if (m_nav->item(row)->isHidden())
            continue;
        if (firstVisible < 0)
            firstVisible = row;
        if (m_views.at(row).id == m_wantedView)
            wanted = row;
    }
    const int current = m_nav->currentRow();
    if (wanted >= 0)
        m_nav->setCurrentRow(wanted);
    else if (current < 0 || m_nav->item(current)->isHidden())
        m_nav->setCurrentRow(firstVisible);
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
    else if (event->type() == QEvent::PaletteChange)
        tintIcons();
    else if (event->type() == QEvent::FontChange)
        fitNavigation();
    QMainWindow::changeEvent(event);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Nest"));
    m_fileMenu->setTitle(tr("&File"));
    m_quitAction->setText(tr("&Quit"));
    m_viewMenu->setTitle(tr("&View"));
    m_themeMenu->setTitle(tr("&Theme"));
    const QStringList themeNames{tr("Same as the system"), tr("Light"), tr("Dark")};
    const auto themeActions = m_themeGroup->actions();
    for (int i = 0; i < themeActions.size(); ++i)
        themeActions.at(i)->setText(themeNames.value(i));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));
    m_shortcutsAction->setText(tr("&Keyboard shortcuts"));
    m_nav->setAccessibleName(tr("Views"));
    updateViewTitles();
    const QString roles = displayRoleList(m_roles);
    m_user->setText(
        m_username.isEmpty()
            ? tr("Not signed in")
            : tr("%1 (%2) · %3").arg(isolated(m_displayName), isolated(m_username), roles));
    m_user->setToolTip(tr("Signed in as %1 with the roles: %2").arg(isolated(m_username), roles));
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

void MainWindow::updateViewTitles()
{
    for (int row = 0; row < m_views.size(); ++row)
        m_nav->item(row)->setText(m_views.at(row).title());
    fitNavigation(); // a title that grew ("Outbox (12)") still fits
}

} // namespace nest::ui
