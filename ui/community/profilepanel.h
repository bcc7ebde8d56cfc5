#pragma once

#include "communitydata.h"

#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace nest::ui {

class FeedModel;

//! An author's profile: name, bio, join date, post count, their posts, and (for moderators
//! only) a suspension in force.
class ProfilePanel final : public QWidget {
    Q_OBJECT
public:
    explicit ProfilePanel(QWidget *parent = nullptr);

    void showProfile(const community::Profile &profile, const QList<community::Post> &posts);
    void setModerator(bool moderator);
    QString userId() const { return m_profile.id; }
    FeedModel *posts() const { return m_posts; }

Q_SIGNALS:
    void postSelected(const QString &postId);
    void unsuspendClicked(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    community::Profile m_profile;
    bool m_moderator = false;
    QLabel *m_name;
    QLabel *m_handle;
    QLabel *m_bio;
    QLabel *m_facts;
    QLabel *m_suspension;
    QPushButton *m_unsuspend;
    QLabel *m_postsTitle;
    FeedModel *m_posts;
    QListView *m_list;
};

} // namespace nest::ui
