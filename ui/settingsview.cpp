#include "settingsview.h"

#include "rolenames.h"

#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
QLabel *valueLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // names and URLs are user text
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

QLabel *heading(QWidget *parent, qreal scale)
{
    auto *label = new QLabel(parent);
    QFont f = label->font();
    f.setBold(true);
    f.setPointSizeF(f.pointSizeF() * scale);
    label->setFont(f);
    return label;
}
} // namespace

SettingsView::SettingsView(QWidget *parent)
    : QWidget(parent)
    , m_title(heading(this, 1.5))
    , m_accountHeading(heading(this, 1.1))
    , m_userLabel(new QLabel(this))
    , m_user(valueLabel(this))
    , m_rolesLabel(new QLabel(this))
    , m_roles(valueLabel(this))
    , m_connectionHeading(heading(this, 1.1))
    , m_serverLabel(new QLabel(this))
    , m_server(valueLabel(this))
    , m_dataLabel(new QLabel(this))
    , m_data(valueLabel(this))
    , m_secretsLabel(new QLabel(this))
    , m_secrets(valueLabel(this))
    , m_signOut(new QPushButton(this))
{
    setObjectName(QStringLiteral("settingsView"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_user->setObjectName(QStringLiteral("signedInUser"));

    // One form for both sections, so that their value columns line up.
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_signOut);
    signOutRow->addStretch();
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->addRow(m_accountHeading);
    form->addRow(m_userLabel, m_user);
    form->addRow(m_rolesLabel, m_roles);
    form->addRow(QString(), signOutRow);
    form->addItem(new QSpacerItem(0, 12));
    form->addRow(m_connectionHeading);
    form->addRow(m_serverLabel, m_server);
    form->addRow(m_dataLabel, m_data);
    form->addRow(m_secretsLabel, m_secrets);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addLayout(form);
    m_sections = new QVBoxLayout;
    m_sections->setSpacing(12);
    layout->addSpacing(12);
    layout->addLayout(m_sections);
    layout->addStretch();

    connect(m_signOut, &QPushButton::clicked, this, &SettingsView::signOutRequested);
    retranslateUi();
}

void SettingsView::setInfo(const Info &info)
{
    m_info = info;
    retranslateUi();
}

void SettingsView::addSection(QWidget *section)
{
    section->setParent(this);
    m_sections->addWidget(section);
}

void SettingsView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsView::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_accountHeading->setText(tr("Account"));
    m_userLabel->setText(tr("Signed in as:"));
    m_user->setText(m_info.username.isEmpty()
                        ? tr("Not signed in")
                        : tr("%1 (%2)").arg(m_info.displayName, m_info.username));
    m_rolesLabel->setText(tr("Roles:"));
    m_roles->setText(displayRoleList(m_info.roles));
    m_signOut->setText(tr("Sign &out"));
    m_connectionHeading->setText(tr("Connection"));
    m_serverLabel->setText(tr("Server:"));
    m_server->setText(m_info.serverName);
    m_dataLabel->setText(tr("Local data:"));
    m_data->setText(m_info.dataLocation);
    m_dataLabel->setVisible(!m_info.dataLocation.isEmpty());
    m_data->setVisible(!m_info.dataLocation.isEmpty());
    m_secretsLabel->setText(tr("Sign-in secrets:"));
    // The store words its own explanation (it knows what failed); it is shown as it is.
    m_secrets->setText(m_info.keychainPersistent ? tr("Kept in the system keychain.")
                                                 : m_info.keychainMessage);
}

} // namespace nest::ui
