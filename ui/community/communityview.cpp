#include "communityview.h"

#include "feedmodel.h"
#include "postdelegate.h"
#include "postpanel.h"
#include "profilepanel.h"
#include "reasondialog.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
constexpr int kLoadMoreMarginPx = 300;
} // namespace

CommunityView::CommunityView(QWidget *parent)
    : QWidget(parent)
    , m_feed(new FeedModel(this))
    , m_compose(new QPlainTextEdit(this))
    , m_count(new QLabel(this))
    , m_post(new QPushButton(this))
    , m_newPosts(new QPushButton(this))
    , m_list(new QListView(this))
    , m_side(new QStackedWidget(this))
    , m_placeholder(new QLabel(this))
    , m_postPanel(new PostPanel(this))
    , m_profilePanel(new ProfilePanel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("communityView"));
    m_compose->setObjectName(QStringLiteral("compose"));
    m_compose->setTabChangesFocus(true);
    m_compose->setFixedHeight(m_compose->fontMetrics().height() * 4);
    m_count->setObjectName(QStringLiteral("composeCount"));
    m_post->setObjectName(QStringLiteral("postButton"));
    m_newPosts->setObjectName(QStringLiteral("newPosts"));
    m_newPosts->setVisible(false);
    m_list->setObjectName(QStringLiteral("feedList"));
    m_list->setModel(m_feed);
    m_list->setItemDelegate(new PostDelegate(m_list));
    m_list->setResizeMode(QListView::Adjust);
    m_list->setUniformItemSizes(true); // equal cards: O(1) layout however long the feed
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("communityMessage"));
    m_message->setTextFormat(Qt::PlainText); // server messages may quote user text
    m_message->setWordWrap(true);
    m_side->addWidget(m_placeholder);
    m_side->addWidget(m_postPanel);
    m_side->addWidget(m_profilePanel);

    auto *composeRow = new QHBoxLayout;
    composeRow->addWidget(m_compose, 1);
    auto *composeSide = new QVBoxLayout;
    composeSide->addWidget(m_count);
    composeSide->addStretch();
    composeSide->addWidget(m_post);
    composeRow->addLayout(composeSide);

    auto *feedColumn = new QWidget(this);
    auto *feedLayout = new QVBoxLayout(feedColumn);
    feedLayout->setContentsMargins(0, 0, 0, 0);
    feedLayout->addLayout(composeRow);
    feedLayout->addWidget(m_newPosts);
    feedLayout->addWidget(m_list, 1);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(feedColumn);
    splitter->addWidget(m_side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_compose, &QPlainTextEdit::textChanged, this, &CommunityView::updateCount);
    connect(m_post, &QPushButton::clicked, this, [this] {
        const QString text = composeText();
        if (!text.trimmed().isEmpty() && text.toUcs4().size() <= kMaxPostChars) {
            m_post->setEnabled(false); // until the server answers
            Q_EMIT postRequested(text);
        }
    });
    connect(m_newPosts, &QPushButton::clicked, this, &CommunityView::showNewPosts);
    connect(m_list->verticalScrollBar(), &QScrollBar::valueChanged, this,
            &CommunityView::maybeLoadMore);
    connect(m_list->verticalScrollBar(), &QScrollBar::rangeChanged, this,
            &CommunityView::maybeLoadMore);
    connect(m_list, &QListView::clicked, this, [this](const QModelIndex &index) {
        Q_EMIT postOpened(index.data(FeedModel::IdRole).toString());
    });
    connect(m_list, &QListView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT postOpened(index.data(FeedModel::IdRole).toString());
    });
    connect(m_postPanel, &PostPanel::likeToggled, this, &CommunityView::toggleLike);
    connect(m_postPanel, &PostPanel::commentSubmitted, this, &CommunityView::commentRequested);
    connect(m_postPanel, &PostPanel::moreCommentsClicked, this,
            &CommunityView::moreCommentsRequested);
    connect(m_postPanel, &PostPanel::reportClicked, this, &CommunityView::askReport);
    connect(m_postPanel, &PostPanel::authorClicked, this, &CommunityView::profileOpened);
    connect(m_profilePanel, &ProfilePanel::postSelected, this, &CommunityView::postOpened);
    connect(m_postPanel, &PostPanel::unhideClicked, this, [this](const QString &postId) {
        askReason(
            tr("Unhide post"), tr("Show this post to everyone again. Why?"),
            [this, postId](const QString &reason) { Q_EMIT unhideRequested(postId, reason); });
    });
    connect(m_profilePanel, &ProfilePanel::unsuspendClicked, this, [this](const QString &userId) {
        askReason(
            tr("Lift suspension"), tr("Let this member post again now. Why?"),
            [this, userId](const QString &reason) { Q_EMIT unsuspendRequested(userId, reason); });
    });
    retranslateUi();
    updateCount();
}

void CommunityView::setCurrentUser(const QString &userId, bool moderator)
{
    m_userId = userId;
    m_moderator = moderator;
    m_profilePanel->setModerator(moderator);
    m_postPanel->setModerator(moderator);
}

void CommunityView::setPosts(const QList<community::Post> &posts, bool hasMore)
{
    m_pending.clear();
    m_likes.clear();
    m_feed->setPosts(posts);
    m_hasMore = hasMore;
    m_loadingMore = false;
    updateNewPostsBar();
    // The next page is asked for by the scroll bar's rangeChanged once the rows are laid out.
}

void CommunityView::appendPosts(const QList<community::Post> &posts, bool hasMore)
{
    m_feed->appendPosts(posts);
    m_hasMore = hasMore;
    m_loadingMore = false;
}

void CommunityView::maybeLoadMore()
{
    if (!m_hasMore || m_loadingMore)
        return;
    const QScrollBar *bar = m_list->verticalScrollBar();
    if (bar->maximum() - bar->value() > kLoadMoreMarginPx)
        return;
    m_loadingMore = true;
    Q_EMIT moreRequested();
}

void CommunityView::addIncoming(const community::Post &post)
{
    if (m_feed->rowOf(post.id) >= 0
        || std::any_of(m_pending.cbegin(), m_pending.cend(),
                       [&](const community::Post &p) { return p.id == post.id; }))
        return;
    m_pending.prepend(post);
    updateNewPostsBar();
}

void CommunityView::showNewPosts()
{
    m_feed->prependPosts(m_pending);
    m_pending.clear();
    updateNewPostsBar();
    m_list->scrollToTop();
}

void CommunityView::updateNewPostsBar()
{
    m_newPosts->setVisible(!m_pending.isEmpty());
    const int n = int(m_pending.size());
    m_newPosts->setText(n == 1 ? tr("1 new post") : tr("%Ln new posts", nullptr, n));
}

void CommunityView::postCreated(const community::Post &post)
{
    forget(post.id); // the stream may have delivered it first
    m_feed->prependPosts({post});
    m_compose->clear();
    m_post->setEnabled(true);
    updateCount();
    m_list->scrollToTop();
    m_message->clear();
}

void CommunityView::postRefused(const QString &message)
{
    m_post->setEnabled(true);
    updateCount();
    showMessage(message);
}

void CommunityView::postQueued(const QString &message)
{
    m_compose->clear();
    m_post->setEnabled(true);
    updateCount();
    showMessage(message);
}

void CommunityView::showPost(const community::Post &post, const QList<community::Comment> &comments,
                             const QString &moreCommentsCursor)
{
    m_postPanel->showPost(post, comments, moreCommentsCursor);
    m_side->setCurrentWidget(m_postPanel);
    m_feed->updatePost(post);
}

void CommunityView::appendComments(const QString &postId, const QList<community::Comment> &comments,
                                   const QString &moreCommentsCursor)
{
    m_postPanel->appendComments(postId, comments, moreCommentsCursor);
}

void CommunityView::showProfile(const community::Profile &profile,
                                const QList<community::Post> &posts)
{
    m_profilePanel->showProfile(profile, posts);
    m_side->setCurrentWidget(m_profilePanel);
}

void CommunityView::commentAdded(const community::Comment &comment)
{
    m_postPanel->addComment(comment);
    m_postPanel->clearCommentBox();
    if (const community::Post *p = m_feed->post(comment.postId))
        m_feed->setCommentCount(
            comment.postId, std::max<qint64>(p->commentCount, m_postPanel->post().commentCount));
}

void CommunityView::commentQueued(const QString &message)
{
    m_postPanel->clearCommentBox();
    showMessage(message);
}

void CommunityView::setLikeEverywhere(const QString &postId, bool liked, qint64 count)
{
    m_feed->setLike(postId, liked, count);
    m_profilePanel->posts()->setLike(postId, liked, count);
    if (m_postPanel->postId() == postId) {
        community::Post p = m_postPanel->post();
        p.likedByMe = liked;
        p.likeCount = count;
        m_postPanel->updatePost(p);
    }
}

void CommunityView::toggleLike(const QString &postId, bool liked)
{
    const community::Post *listed = m_feed->post(postId);
    const community::Post &shown = m_postPanel->post();
    const bool wasLiked = listed ? listed->likedByMe : shown.likedByMe;
    const qint64 count = listed ? listed->likeCount : shown.likeCount;
    LikeState &state = m_likes[postId];
    if (state.inFlight == 0)
        state = {wasLiked, count, 0};
    ++state.inFlight;
    // Optimistic: the heart changes now; likeRefused() puts it back.
    if (wasLiked != liked)
        setLikeEverywhere(postId, liked, std::max<qint64>(0, count + (liked ? 1 : -1)));
    Q_EMIT likeRequested(postId, liked);
}

void CommunityView::likeConfirmed(const community::Post &post)
{
    auto it = m_likes.find(post.id);
    if (it != m_likes.end() && --it->inFlight > 0)
        return; // a later toggle is on its way: its answer decides
    m_likes.remove(post.id);
    setLikeEverywhere(post.id, post.likedByMe, post.likeCount);
}

void CommunityView::likeRefused(const QString &postId, const QString &message)
{
    const auto it = m_likes.constFind(postId);
    if (it != m_likes.cend()) {
        setLikeEverywhere(postId, it->liked, it->count);
        m_likes.remove(postId);
    }
    showMessage(message);
}

void CommunityView::askReport(const QString &postId)
{
    askReason(tr("Report post"), tr("Why should moderators look at this post?"),
              [this, postId](const QString &reason) { Q_EMIT reportRequested(postId, reason); });
}

void CommunityView::askReason(const QString &title, const QString &prompt,
                              std::function<void(const QString &)> done)
{
    auto *dialog = new ReasonDialog(title, prompt, false, this);
    connect(dialog, &QDialog::accepted, this, [dialog, done] { done(dialog->reason()); });
    dialog->open();
}

void CommunityView::showMessage(const QString &message)
{
    m_message->setText(message);
}

void CommunityView::updatePending(const QString &postId,
                                  const std::function<void(community::Post &)> &change)
{
    for (community::Post &p : m_pending) {
        if (p.id == postId)
            change(p);
    }
}

void CommunityView::applyPost(const community::Post &post)
{
    updatePending(post.id, [&post](community::Post &p) { p = post; });
    // The stream's copy knows nothing of this viewer's like: keep ours.
    community::Post merged = post;
    if (const community::Post *mine = m_feed->post(post.id))
        merged.likedByMe = mine->likedByMe;
    m_feed->updatePost(merged);
    m_profilePanel->posts()->updatePost(merged);
    m_postPanel->updatePost(merged);
}

void CommunityView::applyLikeCount(const QString &postId, qint64 likeCount, bool mine, bool liked)
{
    if (m_likes.contains(postId))
        return; // our own toggle is in flight; its answer sets the count
    updatePending(postId, [=](community::Post &p) {
        p.likeCount = likeCount;
        if (mine)
            p.likedByMe = liked;
    });
    const community::Post *listed = m_feed->post(postId);
    const bool likedByMe = mine ? liked : (listed ? listed->likedByMe : false);
    m_feed->setLike(postId, likedByMe, likeCount);
    m_profilePanel->posts()->setLike(postId, likedByMe, likeCount);
    if (m_postPanel->postId() == postId) {
        community::Post p = m_postPanel->post();
        p.likeCount = likeCount;
        if (mine)
            p.likedByMe = liked;
        m_postPanel->updatePost(p);
    }
}

void CommunityView::applyCommentCreated(const QString &postId, qint64 commentCount,
                                        const std::optional<community::Comment> &comment)
{
    m_feed->setCommentCount(postId, commentCount);
    m_profilePanel->posts()->setCommentCount(postId, commentCount);
    updatePending(postId, [commentCount](community::Post &p) { p.commentCount = commentCount; });
    if (comment)
        m_postPanel->addComment(*comment);
}

void CommunityView::applyHidden(const QString &postId, bool hidden)
{
    if (m_moderator) {
        updatePending(postId, [hidden](community::Post &p) { p.hidden = hidden; });
        m_feed->setHidden(postId, hidden);
        m_profilePanel->posts()->setHidden(postId, hidden);
        if (m_postPanel->postId() == postId) {
            community::Post p = m_postPanel->post();
            p.hidden = hidden;
            m_postPanel->updatePost(p);
        }
        return;
    }
    // Its author still sees it (marked); everyone else loses it.
    const community::Post *listed = m_feed->post(postId);
    if (listed && listed->author.id == m_userId) {
        m_feed->setHidden(postId, hidden);
        return;
    }
    const bool ownPending = std::any_of(m_pending.cbegin(), m_pending.cend(), [&](const auto &p) {
        return p.id == postId && p.author.id == m_userId;
    });
    if (ownPending) {
        updatePending(postId, [hidden](community::Post &p) { p.hidden = hidden; });
        return;
    }
    if (hidden)
        forget(postId);
}

void CommunityView::applyDeleted(const QString &postId)
{
    forget(postId);
}

void CommunityView::forget(const QString &postId)
{
    m_feed->removePost(postId);
    m_profilePanel->posts()->removePost(postId);
    m_pending.erase(std::remove_if(m_pending.begin(), m_pending.end(),
                                   [&](const community::Post &p) { return p.id == postId; }),
                    m_pending.end());
    updateNewPostsBar();
    if (m_postPanel->postId() == postId && m_side->currentWidget() == m_postPanel) {
        m_placeholder->setText(tr("This post is no longer available."));
        m_side->setCurrentWidget(m_placeholder);
    }
}

QString CommunityView::composeText() const
{
    return m_compose->toPlainText();
}

void CommunityView::setComposeText(const QString &text)
{
    m_compose->setPlainText(text);
}

QString CommunityView::messageText() const
{
    return m_message->text();
}

void CommunityView::updateCount()
{
    const qsizetype chars = composeText().toUcs4().size();
    const QLocale locale;
    m_count->setText(
        tr("%1 / %2").arg(locale.toString(qint64(chars)), locale.toString(kMaxPostChars)));
    const bool over = chars > kMaxPostChars;
    m_count->setForegroundRole(over ? QPalette::Link : QPalette::WindowText);
    m_count->setToolTip(over ? tr("Posts are at most %1 characters.").arg(kMaxPostChars)
                             : QString());
    m_post->setEnabled(!composeText().trimmed().isEmpty() && !over);
}

void CommunityView::retranslateUi()
{
    m_compose->setPlaceholderText(tr("Share something with the community"));
    m_compose->setAccessibleName(tr("New post"));
    m_list->setAccessibleName(tr("Posts"));
    m_post->setText(tr("Post"));
    m_placeholder->setText(tr("Select a post to read its comments."));
    updateNewPostsBar();
    updateCount();
}

void CommunityView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nest::ui
