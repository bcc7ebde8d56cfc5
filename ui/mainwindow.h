#pragma once

#include "connectionindicator.h"
#include "roles.h"
#include "theme.h"

#include <QIcon>
#include <QMainWindow>

#include <functional>
#include <optional>

class QActionGroup;
class QLabel;
class QMenu;
class QListWidget;
class QStackedWidget;

namespace nest::ui {

class ConnectionBanner;

//! The app shell: navigation sidebar, the views, a connection banner and a status bar.
//! Views a user's roles do not allow are hidden, not shown broken.
class MainWindow final : public QMainWindow {
    Q_OBJECT
public:
    struct View {
        QString id; //!< stable, for settings and screenshots ("settings", "dashboard", ...)
        QWidget *widget = nullptr;
        QIcon icon;
        std::function<QString()> title; //!< translated on every language change
        std::optional<Role> requiredRole;
    };

    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void addView(View view);
    QStringList visibleViewIds() const;
    QString currentViewId() const;
    bool showView(const QString &id);
    QWidget *viewWidget(const QString &id) const;
    //! Asks the views' title functions again (a title with a count: "Outbox (3)").
    void updateViewTitles();

    void setUser(const QString &displayName, const QString &username, Roles roles);
    void setConnectionStatus(const ConnectionStatus &status, const QString &serverName);
    const ConnectionBanner *banner() const { return m_banner; }
    QString statusText() const;

    //! Checks the current theme and language in the View menu.
    void setThemeMode(Theme::Mode mode);
    void setLanguage(const QString &code);
    void showShortcuts();

    //! Restores geometry and the last view (QSettings); call once the views are added.
    void restoreState();

Q_SIGNALS:
    void retryRequested();
    void currentViewChanged(const QString &id);
    void themeChosen(nest::ui::Theme::Mode mode);
    void languageChosen(const QString &code);

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;

private:
    void retranslateUi();
    void applyRoles();
    void createShortcuts();
    void createMenus();
    void tintIcons();
    void focusSearch();
    //! Wide enough for the longest view title in the current language and font size.
    void fitNavigation();

    QList<View> m_views;
    QList<QIcon> m_sourceIcons; //!< as given; the sidebar shows them tinted for the palette
    QMenu *m_viewMenu = nullptr;
    QMenu *m_themeMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QActionGroup *m_themeGroup = nullptr;
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QMenu *m_fileMenu = nullptr;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    ConnectionBanner *m_banner;
    ConnectionIndicator *m_connection;
    QLabel *m_user;
    Roles m_roles;
    QString m_wantedView;         //!< the view the user (or the saved state) chose last
    bool m_applyingRoles = false; //!< a row change by applyRoles() is not the user's choice
    QString m_displayName;
    QString m_username;
};

} // namespace nest::ui
