#pragma once

#include "communitydata.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;

namespace nest::ui {

class FeedModel;
class PostPanel;
class ProfilePanel;

//! The Community view: compose box, the feed with infinite scroll and an "N new posts" bar,
//! and a side panel with a post's thread or an author's profile. It speaks no HTTP: the
//! controller answers its signals and feeds it what the server and the stream say.
class CommunityView final : public QWidget {
    Q_OBJECT
public:
    static constexpr int kMaxPostChars = 2000;

    explicit CommunityView(QWidget *parent = nullptr);

    void setCurrentUser(const QString &userId, bool moderator);
    FeedModel *feed() const { return m_feed; }
    PostPanel *postPanel() const { return m_postPanel; }
    ProfilePanel *profilePanel() const { return m_profilePanel; }
    QListView *feedList() const { return m_list; }

    // The feed, page by page.
    void setPosts(const QList<community::Post> &posts, bool hasMore);
    void appendPosts(const QList<community::Post> &posts, bool hasMore);
    //! A post from the stream: held under "N new posts" so that the reading position stays.
    void addIncoming(const community::Post &post);
    int pendingCount() const { return int(m_pending.size()); }
    //! Puts the held posts on top and scrolls there (the "N new posts" bar does this).
    void showNewPosts();

    // Answers to this view's requests.
    void postCreated(const community::Post &post);
    void postRefused(const QString &message);
    //! The post waits in the outbox: the composer is free again and `message` says so.
    void postQueued(const QString &message);
    void showPost(const community::Post &post, const QList<community::Comment> &comments,
                  const QString &moreCommentsCursor = {});
    void appendComments(const QString &postId, const QList<community::Comment> &comments,
                        const QString &moreCommentsCursor);
    void showProfile(const community::Profile &profile, const QList<community::Post> &posts);
    void commentAdded(const community::Comment &comment);
    //! The comment waits in the outbox: the comment box is free again.
    void commentQueued(const QString &message);
    void likeConfirmed(const community::Post &post);
    //! The server refused a like toggle: the optimistic change is rolled back.
    void likeRefused(const QString &postId, const QString &message);
    void showMessage(const QString &message);

    // Changes from the stream.
    void applyPost(const community::Post &post);
    void applyLikeCount(const QString &postId, qint64 likeCount, bool mine, bool liked);
    void applyCommentCreated(const QString &postId, qint64 commentCount,
                             const std::optional<community::Comment> &comment);
    void applyHidden(const QString &postId, bool hidden);
    void applyDeleted(const QString &postId);

    QString composeText() const;
    void setComposeText(const QString &text);
    QString messageText() const;

Q_SIGNALS:
    void postRequested(const QString &text);
    void moreRequested();
    void postOpened(const QString &postId);
    void profileOpened(const QString &userId);
    void likeRequested(const QString &postId, bool liked);
    void commentRequested(const QString &postId, const QString &text);
    void moreCommentsRequested(const QString &postId, const QString &cursor);
    void reportRequested(const QString &postId, const QString &reason);
    //! Moderators only: the post panel's "Unhide…" and the profile's "Lift suspension…".
    void unhideRequested(const QString &postId, const QString &reason);
    void unsuspendRequested(const QString &userId, const QString &reason);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct LikeState {
        bool liked = false;
        qint64 count = 0;
        int inFlight = 0;
    };
    void retranslateUi();
    void updateCount();
    void updateNewPostsBar();
    void maybeLoadMore();
    void toggleLike(const QString &postId, bool liked);
    void setLikeEverywhere(const QString &postId, bool liked, qint64 count);
    void askReport(const QString &postId);
    void askReason(const QString &title, const QString &prompt,
                   std::function<void(const QString &)> done);
    void forget(const QString &postId);
    //! Applies a change to a post held under "N new posts" (it is not in the model yet).
    void updatePending(const QString &postId, const std::function<void(community::Post &)> &change);

    QString m_userId;
    bool m_moderator = false;
    bool m_hasMore = false;
    bool m_loadingMore = false;
    QList<community::Post> m_pending;  //!< newest first
    QHash<QString, LikeState> m_likes; //!< before the first unconfirmed toggle
    FeedModel *m_feed;
    QPlainTextEdit *m_compose;
    QLabel *m_count;
    QPushButton *m_post;
    QPushButton *m_newPosts;
    QListView *m_list;
    QStackedWidget *m_side;
    QLabel *m_placeholder;
    PostPanel *m_postPanel;
    ProfilePanel *m_profilePanel;
    QLabel *m_message;
};

} // namespace nest::ui
