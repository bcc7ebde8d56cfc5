#pragma once

#include <QStyledItemDelegate>

namespace nest::ui {

//! Draws a FeedModel row as a card: author, time, the text (always plain, at most
//! kPreviewLines lines, elided: the full text is in the post panel), likes, comments and a
//! "hidden" mark. Every card has the same height, so a list of 100,000 posts lays out in O(1)
//! (QListView::setUniformItemSizes) instead of measuring every post's text.
class PostDelegate final : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    //! "5 min ago", "3 h ago", or the date, in the user's locale.
    static QString relativeTime(qint64 ms, qint64 nowMs);
    static constexpr int kPreviewLines = 3;
    //! The first `maxLines` lines of `text` wrapped at `width`, the last one elided when the
    //! text goes on.
    static QStringList previewLines(const QString &text, const QFont &font, int width,
                                    int maxLines = kPreviewLines);
};

} // namespace nest::ui
