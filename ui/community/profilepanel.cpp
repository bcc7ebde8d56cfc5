#include "profilepanel.h"

#include "bidi.h"
#include "feedmodel.h"
#include "postdelegate.h"

#include <QDateTime>
#include <QEvent>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
QLabel *profileLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1StringView(name));
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ProfilePanel::ProfilePanel(QWidget *parent)
    : QWidget(parent)
    , m_name(profileLabel(this, "profileName"))
    , m_handle(profileLabel(this, "profileHandle"))
    , m_bio(profileLabel(this, "profileBio"))
    , m_facts(profileLabel(this, "profileFacts"))
    , m_suspension(profileLabel(this, "profileSuspension"))
    , m_unsuspend(new QPushButton(this))
    , m_postsTitle(new QLabel(this))
    , m_posts(new FeedModel(this))
    , m_list(new QListView(this))
{
    QFont big = m_name->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_name->setFont(big);
    m_suspension->setForegroundRole(QPalette::Link);
    m_unsuspend->setObjectName(QStringLiteral("unsuspendButton"));
    m_list->setObjectName(QStringLiteral("profilePosts"));
    m_list->setModel(m_posts);
    m_list->setItemDelegate(new PostDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true); // equal cards: O(1) layout however long the feed
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_name);
    layout->addWidget(m_handle);
    layout->addWidget(m_bio);
    layout->addWidget(m_facts);
    layout->addWidget(m_suspension);
    layout->addWidget(m_unsuspend, 0, Qt::AlignLeading);
    layout->addWidget(m_postsTitle);
    layout->addWidget(m_list, 1);
    connect(m_unsuspend, &QPushButton::clicked, this, [this] {
        if (!m_profile.id.isEmpty())
            Q_EMIT unsuspendClicked(m_profile.id);
    });
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT postSelected(index.data(FeedModel::IdRole).toString());
    });
    retranslateUi();
}

void ProfilePanel::showProfile(const community::Profile &profile,
                               const QList<community::Post> &posts)
{
    m_profile = profile;
    m_posts->setPosts(posts);
    retranslateUi();
}

void ProfilePanel::setModerator(bool moderator)
{
    m_moderator = moderator;
    retranslateUi();
}

void ProfilePanel::retranslateUi()
{
    const QLocale locale;
    m_name->setText(m_profile.displayName.isEmpty() ? m_profile.username : m_profile.displayName);
    m_handle->setText(m_profile.username.isEmpty() ? QString() : u'@' + m_profile.username);
    m_bio->setText(m_profile.bio);
    m_bio->setVisible(!m_profile.bio.isEmpty());
    m_facts->setText(
        m_profile.id.isEmpty()
            ? QString()
            : (m_profile.postCount == 1
                   ? tr("Joined %1 · 1 post")
                   : tr("Joined %1 · %Ln posts", nullptr, int(m_profile.postCount)))
                  .arg(locale.toString(QDateTime::fromMSecsSinceEpoch(m_profile.createdAt).date(),
                                       QLocale::LongFormat)));
    const bool suspended = m_moderator && m_profile.suspendedUntil > 0;
    m_suspension->setVisible(suspended);
    m_unsuspend->setVisible(suspended);
    m_unsuspend->setText(tr("Lift suspension…"));
    if (suspended) {
        const QString until = locale.toString(
            QDateTime::fromMSecsSinceEpoch(m_profile.suspendedUntil), QLocale::ShortFormat);
        m_suspension->setText(
            m_profile.suspensionReason.isEmpty()
                ? tr("Suspended until %1").arg(until)
                : tr("Suspended until %1: %2").arg(until, isolated(m_profile.suspensionReason)));
    }
    m_postsTitle->setText(tr("Posts"));
    m_list->setAccessibleName(m_postsTitle->text());
}

void ProfilePanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nest::ui
