#pragma once

#include "communitydata.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QVBoxLayout;

namespace nest::ui {

//! One post in full with its comment thread, a like toggle, "report" and a comment box.
//! Every piece of user text is a plain-text QLabel.
class PostPanel final : public QWidget {
    Q_OBJECT
public:
    explicit PostPanel(QWidget *parent = nullptr);

    //! `moreCursor`: where the rest of the thread starts (empty: it is all there).
    void showPost(const community::Post &post, const QList<community::Comment> &comments,
                  const QString &moreCursor = {});
    //! The next page of the shown post's thread.
    void appendComments(const QString &postId, const QList<community::Comment> &comments,
                        const QString &moreCursor);
    //! Keeps the shown post current (likes, comment count, hidden) without touching the thread.
    void updatePost(const community::Post &post);
    //! Adds a comment to the thread if it belongs to the shown post and is not there yet.
    void addComment(const community::Comment &comment);
    void clearCommentBox();
    //! Moderators get "Unhide…" on a hidden post.
    void setModerator(bool moderator);
    QString postId() const { return m_post.id; }
    const community::Post &post() const { return m_post; }
    int commentCount() const { return int(m_commentIds.size()); }

Q_SIGNALS:
    void likeToggled(const QString &postId, bool liked);
    void commentSubmitted(const QString &postId, const QString &text);
    void reportClicked(const QString &postId);
    void authorClicked(const QString &userId);
    void unhideClicked(const QString &postId);
    void moreCommentsClicked(const QString &postId, const QString &cursor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refreshHeader();

    community::Post m_post;
    QStringList m_commentIds;
    QPushButton *m_author;
    QLabel *m_time;
    QLabel *m_text;
    QLabel *m_hidden;
    QPushButton *m_like;
    QPushButton *m_report;
    QPushButton *m_unhide;
    bool m_moderator = false;
    QLabel *m_commentsTitle;
    QVBoxLayout *m_thread;
    QPushButton *m_moreComments;
    QString m_moreCursor;
    QLineEdit *m_commentBox;
    QPushButton *m_send;
};

} // namespace nest::ui
