#pragma once

#include <QStyledItemDelegate>

namespace nest::ui {

//! Draws a FeedModel row as a card: author, time, the text (always plain, elided after a few
//! lines: the full text is in the post panel), likes, comments and a "hidden" mark.
class PostDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! "5 min ago", "3 h ago", or the date, in the user's locale.
    static QString relativeTime(qint64 ms, qint64 nowMs);
    //! At most this many characters of a post are drawn in the list.
    static constexpr int kPreviewChars = 360;
};

} // namespace nest::ui
