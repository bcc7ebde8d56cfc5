#include "postdelegate.h"

#include "feedmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>

namespace nest::ui {
namespace {
constexpr int kMargin = 10;
constexpr int kGap = 4;
constexpr int kTextFlags = Qt::TextWordWrap | Qt::TextExpandTabs;

QString previewOf(const QString &text)
{
    return text.size() > PostDelegate::kPreviewChars
               ? text.left(PostDelegate::kPreviewChars).trimmed() + QChar(0x2026)
               : text;
}

QFont boldOf(QFont font)
{
    font.setBold(true);
    return font;
}

QString footerOf(const QModelIndex &index)
{
    const int likes = int(index.data(FeedModel::LikeCountRole).toLongLong());
    const int comments = int(index.data(FeedModel::CommentCountRole).toLongLong());
    const auto tr = [](const char *text, int n) {
        return QCoreApplication::translate("nest::ui::PostDelegate", text, nullptr, n);
    };
    QString footer = (likes == 1 ? tr("1 like", 1) : tr("%Ln likes", likes)) + u" · "
                     + (comments == 1 ? tr("1 comment", 1) : tr("%Ln comments", comments));
    if (index.data(FeedModel::LikedByMeRole).toBool())
        footer = QCoreApplication::translate("nest::ui::PostDelegate", "Liked · %1").arg(footer);
    if (index.data(FeedModel::HiddenRole).toBool())
        footer = QCoreApplication::translate("nest::ui::PostDelegate", "Hidden · %1").arg(footer);
    return footer;
}
} // namespace

QString PostDelegate::relativeTime(qint64 ms, qint64 nowMs)
{
    const qint64 minutes = std::max<qint64>(0, (nowMs - ms) / 60'000);
    if (minutes < 1)
        return QCoreApplication::translate("nest::ui::PostDelegate", "just now");
    if (minutes < 60)
        return QCoreApplication::translate("nest::ui::PostDelegate", "%n min ago", nullptr,
                                           int(minutes));
    if (minutes < 24 * 60)
        return QCoreApplication::translate("nest::ui::PostDelegate", "%n h ago", nullptr,
                                           int(minutes / 60));
    return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // The list lays rows out at its own width (QListView::Adjust relayouts on resize).
    const int full = option.widget ? option.widget->width() - 24 : option.rect.width();
    const int width = std::max(120, full - 2 * kMargin);
    const QFontMetrics fm(option.font);
    const QRect text = fm.boundingRect(QRect(0, 0, width, 100'000), kTextFlags,
                                       previewOf(index.data(FeedModel::TextRole).toString()));
    return {full, 2 * kMargin + 2 * fm.height() + 2 * kGap + text.height() + 1};
}

void PostDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                         const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear(); // the card below draws the text, always as plain text
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    painter->save();
    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette &pal = option.palette;
    const QColor textColor = pal.color(selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dim = textColor;
    dim.setAlphaF(0.65f);
    const QRect r = option.rect.adjusted(kMargin, kMargin, -kMargin, -kMargin);
    const QFontMetrics fm(option.font);
    const bool rtl = option.direction == Qt::RightToLeft;
    const int lead = rtl ? Qt::AlignRight : Qt::AlignLeft;
    const int trail = rtl ? Qt::AlignLeft : Qt::AlignRight;

    // Author and time.
    painter->setFont(boldOf(option.font));
    painter->setPen(textColor);
    const QString name = index.data(FeedModel::AuthorNameRole).toString();
    const QString handle = u'@' + index.data(FeedModel::AuthorUsernameRole).toString();
    const QRect header(r.left(), r.top(), r.width(), fm.height());
    painter->drawText(header, lead | Qt::AlignVCenter | Qt::TextSingleLine,
                      fm.elidedText(name, Qt::ElideRight, r.width() / 2));
    painter->setFont(option.font);
    painter->setPen(dim);
    const int nameWidth =
        QFontMetrics(boldOf(option.font))
            .horizontalAdvance(fm.elidedText(name, Qt::ElideRight, r.width() / 2));
    const QRect handleRect =
        rtl ? header.adjusted(0, 0, -(nameWidth + 8), 0) : header.adjusted(nameWidth + 8, 0, 0, 0);
    painter->drawText(handleRect, lead | Qt::AlignVCenter | Qt::TextSingleLine, handle);
    painter->drawText(header, trail | Qt::AlignVCenter | Qt::TextSingleLine,
                      relativeTime(index.data(FeedModel::CreatedAtRole).toLongLong(),
                                   QDateTime::currentMSecsSinceEpoch()));

    // The text: QPainter::drawText never interprets markup.
    painter->setPen(textColor);
    const QRect body(r.left(), header.bottom() + 1 + kGap, r.width(),
                     r.bottom() - header.bottom() - 2 * kGap - fm.height());
    painter->drawText(body, lead | Qt::AlignTop | kTextFlags,
                      previewOf(index.data(FeedModel::TextRole).toString()));

    // Footer.
    painter->setPen(index.data(FeedModel::HiddenRole).toBool() ? pal.color(QPalette::Link) : dim);
    const QRect footer(r.left(), r.bottom() - fm.height(), r.width(), fm.height());
    painter->drawText(footer, lead | Qt::AlignVCenter | Qt::TextSingleLine, footerOf(index));
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace nest::ui
