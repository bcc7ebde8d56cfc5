#include "settingsview.h"

#include "bidi.h"
#include "rolenames.h"

#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
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
    , m_securityHeading(heading(this, 1.1))
    , m_cacheKeyLabel(new QLabel(this))
    , m_cacheKey(valueLabel(this))
    , m_cacheCreatedLabel(new QLabel(this))
    , m_cacheCreated(valueLabel(this))
    , m_rotate(new QPushButton(this))
    , m_rotation(new QProgressBar(this))
    , m_cacheStatus(valueLabel(this))
{
    setObjectName(QStringLiteral("settingsView"));
    m_signOut->setObjectName(QStringLiteral("signOut"));
    m_user->setObjectName(QStringLiteral("signedInUser"));

    // One grid for both sections, so that their value columns line up. A grid, not a
    // QFormLayout: the form gave wrapping values the height of their size hint rather than of
    // their width (a gap above the cache status, the second line clipped at 150% text).
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addWidget(m_signOut);
    signOutRow->addStretch();
    auto *rotateRow = new QHBoxLayout;
    rotateRow->addWidget(m_rotate);
    rotateRow->addWidget(m_rotation, 1);
    rotateRow->addStretch(); // keeps the button its natural width while no progress is shown
    auto *form = new QGridLayout;
    form->setColumnStretch(1, 1);
    int row = 0;
    const auto addHeading = [form, &row](QLabel *label) {
        if (row > 0)
            form->setRowMinimumHeight(row++, 12);
        form->addWidget(label, row++, 0, 1, 2);
    };
    const auto addField = [form, &row](QLabel *label, QWidget *value) {
        if (label) {
            form->addWidget(label, row, 0, Qt::AlignLeading | Qt::AlignTop);
            label->setBuddy(value); // a screen reader names the value after its label
        }
        form->addWidget(value, row++, 1);
    };
    addHeading(m_accountHeading);
    addField(m_userLabel, m_user);
    addField(m_rolesLabel, m_roles);
    form->addLayout(signOutRow, row++, 1);
    addHeading(m_connectionHeading);
    addField(m_serverLabel, m_server);
    addField(m_dataLabel, m_data);
    addField(m_secretsLabel, m_secrets);
    addHeading(m_securityHeading);
    addField(m_cacheKeyLabel, m_cacheKey);
    addField(m_cacheCreatedLabel, m_cacheCreated);
    form->addLayout(rotateRow, row++, 1);
    addField(nullptr, m_cacheStatus);

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

    m_rotate->setObjectName(QStringLiteral("rotateCacheKey"));
    m_rotation->setObjectName(QStringLiteral("cacheRotationProgress"));
    m_cacheKey->setObjectName(QStringLiteral("cacheKeyId"));
    m_cacheKey->setProperty("userData", true); // an id, the same in every language
    m_cacheStatus->setObjectName(QStringLiteral("cacheStatus"));
    m_rotation->setTextVisible(true);
    connect(m_signOut, &QPushButton::clicked, this, &SettingsView::signOutRequested);
    connect(m_rotate, &QPushButton::clicked, this, &SettingsView::rotateCacheKeyRequested);
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

void SettingsView::setCacheKeyInfo(const CacheKeyInfo &info)
{
    m_cache = info;
    retranslateUi();
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
    m_user->setText(m_info.username.isEmpty() ? tr("Not signed in")
                                              : tr("%1 (%2)").arg(isolated(m_info.displayName),
                                                                  isolated(m_info.username)));
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
    // Worded here, not by the store, so that it follows the language; the system's reason for
    // the failure is in the log.
    m_secrets->setText(m_info.keychainPersistent
                           ? tr("Kept in the system keychain.")
                           : tr("No system keychain is available. You stay signed in until Nest "
                                "Desktop quits, and will have to sign in again next time. Nothing "
                                "is saved to disk."));

    m_securityHeading->setText(tr("Security"));
    m_cacheKeyLabel->setText(tr("Local cache key:"));
    m_cacheCreatedLabel->setText(tr("Created:"));
    m_rotate->setText(tr("&Rotate now"));
    m_rotate->setToolTip(tr("Make a new key for the encrypted local cache, re-encrypt what is "
                            "cached with it and remove the old key from the keychain. This also "
                            "happens every 30 days."));
    m_rotate->setEnabled(m_cache.available && !m_cache.rotating);
    const QLocale locale;
    if (!m_cache.available) {
        m_cacheKey->setText(tr("Not open (sign in first)"));
        m_cacheCreated->clear();
    } else {
        m_cacheKey->setText(m_cache.keyId);
        m_cacheCreated->setText(locale.toString(QDateTime::fromMSecsSinceEpoch(m_cache.createdMs),
                                                QLocale::LongFormat));
    }
    m_rotation->setVisible(m_cache.rotating);
    m_rotation->setRange(0, int(std::max<qint64>(1, m_cache.rotationTotal)));
    m_rotation->setValue(
        int(std::min(m_cache.rotationDone, std::max<qint64>(1, m_cache.rotationTotal))));
    m_rotation->setFormat(
        tr("Re-encrypting: %1 of %2 records")
            .arg(locale.toString(m_cache.rotationDone), locale.toString(m_cache.rotationTotal)));
    QString status;
    if (m_cache.available) {
        status = m_info.keychainPersistent
                     ? tr("Cached data is encrypted on this computer; its key is kept only in "
                          "the system keychain.")
                     : tr("Cached data is encrypted on this computer. With no system keychain "
                          "its key lives in memory only, so the cache starts empty at every "
                          "start.");
    }
    if (!m_cache.notice.isEmpty())
        status = m_cache.notice;
    m_cacheStatus->setText(status);
    m_cacheStatus->setVisible(!status.isEmpty());
}

} // namespace nest::ui
