#pragma once

#include "roles.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace nest::ui {

//! Settings → Account and connection: who is signed in, where, and how secrets are kept.
class SettingsView final : public QWidget {
    Q_OBJECT
public:
    struct Info {
        QString displayName;
        QString username;
        Roles roles;
        QString serverName;   //!< "This computer" or the remote URL
        QString dataLocation; //!< where the embedded server keeps its data (offline only)
        bool keychainPersistent = true;
        QString keychainMessage; //!< why secrets are kept in memory only, when they are
    };

    explicit SettingsView(QWidget *parent = nullptr);
    void setInfo(const Info &info);
    //! Adds a section (Appearance, Security, ...) below the account and connection.
    void addSection(QWidget *section);

Q_SIGNALS:
    void signOutRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    Info m_info;
    QLabel *m_title;
    QLabel *m_accountHeading;
    QLabel *m_userLabel;
    QLabel *m_user;
    QLabel *m_rolesLabel;
    QLabel *m_roles;
    QLabel *m_connectionHeading;
    QLabel *m_serverLabel;
    QLabel *m_server;
    QLabel *m_dataLabel;
    QLabel *m_data;
    QLabel *m_secretsLabel;
    QLabel *m_secrets;
    QPushButton *m_signOut;
    QVBoxLayout *m_sections;
};

} // namespace nest::ui
