#include "signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // server and user text is never interpreted as markup
    label->setWordWrap(true);
    return label;
}
} // namespace

SignInDialog::SignInDialog(QWidget *parent)
    : QDialog(parent)
    , m_notice(plainLabel(this))
    , m_serverBox(new QGroupBox(this))
    , m_local(new QRadioButton(m_serverBox))
    , m_remote(new QRadioButton(m_serverBox))
    , m_url(new QLineEdit(m_serverBox))
    , m_create(new QCheckBox(this))
    , m_usernameLabel(new QLabel(this))
    , m_username(new QLineEdit(this))
    , m_passwordLabel(new QLabel(this))
    , m_password(new QLineEdit(this))
    , m_displayNameLabel(new QLabel(this))
    , m_displayName(new QLineEdit(this))
    , m_error(plainLabel(this))
    , m_status(plainLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("signInDialog"));
    setMinimumWidth(420);
    m_notice->setVisible(false);
    m_notice->setObjectName(QStringLiteral("notice"));
    m_username->setObjectName(QStringLiteral("username"));
    m_password->setObjectName(QStringLiteral("password"));
    m_displayName->setObjectName(QStringLiteral("displayName"));
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_local->setObjectName(QStringLiteral("thisComputer"));
    m_remote->setObjectName(QStringLiteral("remoteServer"));
    m_create->setObjectName(QStringLiteral("createAccount"));
    m_error->setObjectName(QStringLiteral("error"));
    m_password->setEchoMode(QLineEdit::Password);
    m_username->setMaxLength(32);
    m_displayName->setMaxLength(64);
    m_url->setInputMethodHints(Qt::ImhUrlCharactersOnly);
    m_username->setInputMethodHints(Qt::ImhLowercaseOnly | Qt::ImhNoAutoUppercase);
    m_local->setChecked(true);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xc0, 0x1c, 0x28));
    m_error->setPalette(errorPalette);
    m_error->setVisible(false);
    m_status->setVisible(false);

    auto *serverLayout = new QVBoxLayout(m_serverBox);
    serverLayout->addWidget(m_local);
    auto *remoteRow = new QHBoxLayout;
    remoteRow->addWidget(m_remote);
    remoteRow->addWidget(m_url, 1);
    serverLayout->addLayout(remoteRow);

    auto *form = new QFormLayout;
    form->addRow(m_usernameLabel, m_username);
    form->addRow(m_passwordLabel, m_password);
    form->addRow(m_displayNameLabel, m_displayName);
    m_usernameLabel->setBuddy(m_username);
    m_passwordLabel->setBuddy(m_password);
    m_displayNameLabel->setBuddy(m_displayName);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_notice);
    layout->addWidget(m_serverBox);
    layout->addWidget(m_create);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_status);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_local, &QRadioButton::toggled, this, &SignInDialog::updateState);
    connect(m_create, &QCheckBox::toggled, this, &SignInDialog::updateState);
    // Enter submits from any field, whichever button has the default at that moment.
    m_buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    // Never let Enter fall through to "Quit" while "Sign in" is disabled during a request.
    m_buttons->button(QDialogButtonBox::Cancel)->setAutoDefault(false);
    for (QLineEdit *edit : {m_url, m_username, m_password, m_displayName})
        connect(edit, &QLineEdit::returnPressed, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    setTabOrder(m_local, m_remote);
    setTabOrder(m_remote, m_url);
    setTabOrder(m_url, m_create);
    setTabOrder(m_create, m_username);
    setTabOrder(m_username, m_password);
    setTabOrder(m_password, m_displayName);

    retranslateUi();
    updateState();
    m_username->setFocus();
}

void SignInDialog::retranslateUi()
{
    setWindowTitle(tr("Sign in to Nest"));
    m_serverBox->setTitle(tr("Server"));
    m_local->setText(tr("&This computer (works offline)"));
    m_remote->setText(tr("A &Nest server:"));
    m_url->setPlaceholderText(tr("https://nest.example.org"));
    m_create->setText(tr("I am new here: &create an account"));
    m_usernameLabel->setText(tr("&Username:"));
    m_passwordLabel->setText(tr("&Password:"));
    m_displayNameLabel->setText(tr("&Display name:"));
    m_username->setPlaceholderText(tr("3 to 32 of a-z, 0-9 and _"));
    m_password->setPlaceholderText(m_create->isChecked() ? tr("at least 8 characters") : QString());
    m_displayName->setPlaceholderText(tr("optional"));
    m_buttons->button(QDialogButtonBox::Ok)
        ->setText(m_create->isChecked() ? tr("Create account") : tr("Sign in"));
    m_buttons->button(QDialogButtonBox::Cancel)->setText(tr("Quit"));
    m_status->setText(tr("Signing in…"));
}

void SignInDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void SignInDialog::updateState()
{
    m_url->setEnabled(!m_busy && m_remote->isChecked());
    const bool create = m_create->isChecked();
    m_displayNameLabel->setVisible(create);
    m_displayName->setVisible(create);
    for (QWidget *w : std::initializer_list<QWidget *>{m_serverBox, m_create, m_username,
                                                       m_password, m_displayName})
        w->setEnabled(!m_busy);
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_busy);
    m_status->setVisible(m_busy);
    retranslateUi();
}

void SignInDialog::setServerChoice(const ServerChoice &choice)
{
    (choice.isOffline() ? m_local : m_remote)->setChecked(true);
    m_url->setText(choice.remoteUrl.toString());
}

void SignInDialog::setUsername(const QString &username)
{
    m_username->setText(username);
    if (!username.isEmpty())
        m_password->setFocus();
}

void SignInDialog::setCreateAccount(bool create)
{
    m_create->setChecked(create);
}

void SignInDialog::clearPassword()
{
    m_password->clear();
}

void SignInDialog::setNotice(const QString &text)
{
    m_notice->setText(text);
    m_notice->setVisible(!text.isEmpty());
}

void SignInDialog::setBusy(bool busy)
{
    m_busy = busy;
    if (busy)
        m_error->setVisible(false);
    updateState();
}

void SignInDialog::showError(const QString &text)
{
    setBusy(false);
    m_error->setText(text);
    m_error->setVisible(true);
    m_password->setFocus();
    m_password->selectAll();
}

SignInDialog::Request SignInDialog::request() const
{
    Request r;
    r.server.kind =
        m_local->isChecked() ? ServerChoice::Kind::ThisComputer : ServerChoice::Kind::Remote;
    r.server.remoteUrl = ServerChoice::parseRemote(m_url->text());
    r.createAccount = m_create->isChecked();
    r.username = m_username->text().trimmed();
    r.password = m_password->text();
    r.displayName = m_displayName->text().trimmed();
    return r;
}

QString SignInDialog::validate() const
{
    const Request r = request();
    if (!r.server.isOffline() && r.server.remoteUrl.isEmpty())
        return tr("Enter the server's address, for example https://nest.example.org.");
    static const QRegularExpression username(QStringLiteral("^[a-z0-9_]{3,32}$"));
    if (!username.match(r.username).hasMatch())
        return tr("A username has 3 to 32 characters: lowercase letters, digits and _.");
    if (r.password.isEmpty())
        return tr("Enter your password.");
    if (r.createAccount && r.password.size() < 8)
        return tr("Choose a password of at least 8 characters.");
    return {};
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    if (const QString problem = validate(); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    setBusy(true);
    Q_EMIT submitted(request());
}

} // namespace nest::ui
