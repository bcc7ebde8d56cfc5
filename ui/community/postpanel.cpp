#include "postpanel.h"

#include "bidi.h"
#include "postdelegate.h"

#include <QDateTime>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
QLabel *plainLabel(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText); // user text: `<b>` stays four characters
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setText(text);
    return label;
}

QString nameOf(const community::Author &a)
{
    return a.displayName.isEmpty() ? a.username : a.displayName;
}
} // namespace

PostPanel::PostPanel(QWidget *parent)
    : QWidget(parent)
    , m_author(new QPushButton(this))
    , m_time(new QLabel(this))
    , m_text(plainLabel({}, this))
    , m_hidden(new QLabel(this))
    , m_like(new QPushButton(this))
    , m_report(new QPushButton(this))
    , m_unhide(new QPushButton(this))
    , m_commentsTitle(new QLabel(this))
    , m_thread(new QVBoxLayout)
    , m_moreComments(new QPushButton(this))
    , m_commentBox(new QLineEdit(this))
    , m_send(new QPushButton(this))
{
    m_author->setObjectName(QStringLiteral("postAuthor"));
    m_author->setFlat(true);
    m_text->setObjectName(QStringLiteral("postText"));
    QFont big = m_text->font();
    big.setPointSizeF(big.pointSizeF() * 1.15);
    m_text->setFont(big);
    m_hidden->setObjectName(QStringLiteral("postHidden"));
    m_hidden->setTextFormat(Qt::PlainText);
    m_hidden->setWordWrap(true);
    m_like->setObjectName(QStringLiteral("likeButton"));
    m_like->setCheckable(true);
    m_report->setObjectName(QStringLiteral("reportButton"));
    m_unhide->setObjectName(QStringLiteral("unhideButton"));
    m_commentBox->setObjectName(QStringLiteral("commentBox"));
    m_commentBox->setMaxLength(2000);
    m_send->setObjectName(QStringLiteral("sendComment"));

    auto *header = new QHBoxLayout;
    header->addWidget(m_author);
    header->addStretch();
    header->addWidget(m_time);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_like);
    actions->addWidget(m_report);
    actions->addWidget(m_unhide);
    actions->addStretch();

    auto *threadWidget = new QWidget;
    auto *threadOuter = new QVBoxLayout(threadWidget);
    threadOuter->addLayout(m_thread);
    threadOuter->addWidget(m_moreComments, 0, Qt::AlignLeading);
    threadOuter->addStretch();
    m_moreComments->setObjectName(QStringLiteral("moreComments"));
    m_moreComments->setVisible(false);
    auto *scroll = new QScrollArea(this);
    scroll->setFocusPolicy(Qt::NoFocus); // no Tab stop of its own: it follows the focus inside
    scroll->setWidgetResizable(true);
    scroll->setWidget(threadWidget);
    scroll->setFrameShape(QFrame::NoFrame);

    auto *compose = new QHBoxLayout;
    compose->addWidget(m_commentBox, 1);
    compose->addWidget(m_send);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_text);
    layout->addWidget(m_hidden);
    layout->addLayout(actions);
    layout->addWidget(m_commentsTitle);
    layout->addWidget(scroll, 1);
    layout->addLayout(compose);

    connect(m_like, &QPushButton::clicked, this, [this](bool checked) {
        if (!m_post.id.isEmpty())
            Q_EMIT likeToggled(m_post.id, checked);
    });
    connect(m_report, &QPushButton::clicked, this, [this] {
        if (!m_post.id.isEmpty())
            Q_EMIT reportClicked(m_post.id);
    });
    connect(m_moreComments, &QPushButton::clicked, this, [this] {
        if (!m_moreCursor.isEmpty()) {
            m_moreComments->setEnabled(false); // until the page arrives
            Q_EMIT moreCommentsClicked(m_post.id, m_moreCursor);
        }
    });
    connect(m_unhide, &QPushButton::clicked, this, [this] {
        if (!m_post.id.isEmpty())
            Q_EMIT unhideClicked(m_post.id);
    });
    connect(m_author, &QPushButton::clicked, this, [this] {
        if (!m_post.author.id.isEmpty())
            Q_EMIT authorClicked(m_post.author.id);
    });
    const auto submit = [this] {
        const QString text = m_commentBox->text();
        if (!m_post.id.isEmpty() && !text.trimmed().isEmpty())
            Q_EMIT commentSubmitted(m_post.id, text);
    };
    connect(m_send, &QPushButton::clicked, this, submit);
    connect(m_commentBox, &QLineEdit::returnPressed, this, submit);
    retranslateUi();
}

void PostPanel::showPost(const community::Post &post, const QList<community::Comment> &comments,
                         const QString &moreCursor)
{
    m_post = post;
    m_commentIds.clear();
    while (QLayoutItem *item = m_thread->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_text->setText(post.text);
    for (const community::Comment &c : comments)
        addComment(c);
    m_moreCursor = moreCursor;
    m_moreComments->setVisible(!moreCursor.isEmpty());
    m_moreComments->setEnabled(true);
    refreshHeader();
}

void PostPanel::appendComments(const QString &postId, const QList<community::Comment> &comments,
                               const QString &moreCursor)
{
    if (postId != m_post.id)
        return;
    for (const community::Comment &c : comments)
        addComment(c);
    m_moreCursor = moreCursor;
    m_moreComments->setVisible(!moreCursor.isEmpty());
    m_moreComments->setEnabled(true);
}

void PostPanel::updatePost(const community::Post &post)
{
    if (post.id != m_post.id)
        return;
    m_post = post;
    m_text->setText(post.text);
    refreshHeader();
}

void PostPanel::addComment(const community::Comment &comment)
{
    if (comment.postId != m_post.id || m_commentIds.contains(comment.id))
        return;
    m_commentIds.append(comment.id);
    auto *box = new QWidget;
    box->setObjectName(QStringLiteral("comment"));
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 4, 0, 4);
    auto *who =
        plainLabel(tr("%1 · %2").arg(isolated(nameOf(comment.author)),
                                     PostDelegate::relativeTime(
                                         comment.createdAt, QDateTime::currentMSecsSinceEpoch())),
                   box);
    QFont bold = who->font();
    bold.setBold(true);
    who->setFont(bold);
    auto *text = plainLabel(comment.text, box);
    text->setObjectName(QStringLiteral("commentText"));
    layout->addWidget(who);
    layout->addWidget(text);
    m_thread->addWidget(box);
    m_post.commentCount = std::max<qint64>(m_post.commentCount, m_commentIds.size());
    refreshHeader();
}

void PostPanel::setModerator(bool moderator)
{
    m_moderator = moderator;
    refreshHeader();
}

void PostPanel::clearCommentBox()
{
    m_commentBox->clear();
}

void PostPanel::refreshHeader()
{
    m_author->setText(
        withHandle(tr("%1 (@%2)"), 2, m_post.author.username).arg(isolated(nameOf(m_post.author))));
    m_time->setText(
        QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_post.createdAt), QLocale::ShortFormat));
    m_like->setChecked(m_post.likedByMe);
    m_like->setText(m_post.likedByMe ? tr("Liked (%1)").arg(QLocale().toString(m_post.likeCount))
                                     : tr("Like (%1)").arg(QLocale().toString(m_post.likeCount)));
    m_hidden->setVisible(m_post.hidden);
    m_unhide->setVisible(m_moderator && m_post.hidden);
    m_hidden->setText(m_post.hiddenReason.isEmpty()
                          ? tr("Hidden by a moderator: only you and moderators see it.")
                          : tr("Hidden by a moderator: %1").arg(isolated(m_post.hiddenReason)));
    m_commentsTitle->setText(tr("Comments (%1)").arg(QLocale().toString(m_post.commentCount)));
}

void PostPanel::retranslateUi()
{
    m_report->setText(tr("Report…"));
    m_unhide->setText(tr("Unhide…"));
    m_moreComments->setText(tr("Show more comments"));
    m_commentBox->setPlaceholderText(tr("Write a comment"));
    m_commentBox->setAccessibleName(tr("Comment"));
    m_send->setText(tr("Comment"));
    refreshHeader();
}

void PostPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nest::ui
