#pragma once

#include "serverchoice.h"

#include <QDialog>

class QButtonGroup;
class QCheckBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;

namespace nest::ui {

//! Sign in or create an account, on this computer or on a remote server.
//!
//! The dialog only collects and validates input; the owner performs the sign-in and reports
//! back with setBusy()/showError(). Input survives errors and re-showing: nothing typed is lost.
class SignInDialog final : public QDialog {
    Q_OBJECT
public:
    struct Request {
        ServerChoice server;
        bool createAccount = false;
        QString username;
        QString password;
        QString displayName;
    };

    explicit SignInDialog(QWidget *parent = nullptr);

    void setServerChoice(const ServerChoice &choice);
    void setUsername(const QString &username);
    //! Switches to "create account" (first use of this computer's server).
    void setCreateAccount(bool create);
    //! Explains why the dialog is shown again (e.g. the session ended).
    void setNotice(const QString &text);
    //! Forgets the typed password (after a sign-in, and before the dialog shows again).
    void clearPassword();
    void setBusy(bool busy);
    void showError(const QString &text);
    Request request() const;

Q_SIGNALS:
    void submitted(const nest::ui::SignInDialog::Request &request);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateState();
    void submit();
    QString validate() const;

    QLabel *m_notice;
    QGroupBox *m_serverBox;
    QRadioButton *m_local;
    QRadioButton *m_remote;
    QLineEdit *m_url;
    QCheckBox *m_create;
    QLabel *m_usernameLabel;
    QLineEdit *m_username;
    QLabel *m_passwordLabel;
    QLineEdit *m_password;
    QLabel *m_displayNameLabel;
    QLineEdit *m_displayName;
    QLabel *m_error;
    QLabel *m_status;
    QDialogButtonBox *m_buttons;
    bool m_busy = false;
};

} // namespace nest::ui
