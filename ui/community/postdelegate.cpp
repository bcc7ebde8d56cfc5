#include "postdelegate.h"

#include "feedmodel.h"

#include <QApplication>
#include <QDateTime>
#include <QLocale>
#include <QPainter>
#include <QTextLayout>

namespace nest::ui {
namespace {
constexpr int kMargin = 10;
constexpr int kGap = 4;

//! One line at the leading edge of the layout (right in RTL), ordered by the text's own
//! direction: an English post in an Arabic UI keeps its full stop at the end.
void drawLine(QPainter *painter, const QRect &rect, const QString &text, bool rtlLayout,
              bool trailing = false)
{
    QTextOption option;
    option.setWrapMode(QTextOption::NoWrap);
    option.setTextDirection(text.isRightToLeft() ? Qt::RightToLeft : Qt::LeftToRight);
    const bool right = rtlLayout != trailing;
    option.setAlignment((right ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignAbsolute
                        | Qt::AlignVCenter);
    painter->drawText(QRectF(rect), text, option);
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
    // Plural forms come from the translation (Arabic has six), digits from the locale.
    QString footer =
        QCoreApplication::translate("nest::ui::PostDelegate", "%Ln like(s)", nullptr, likes)
        + u" · "
        + QCoreApplication::translate("nest::ui::PostDelegate", "%Ln comment(s)", nullptr,
                                      comments);
    if (index.data(FeedModel::LikedByMeRole).toBool())
        footer = QCoreApplication::translate("nest::ui::PostDelegate", "Liked · %1").arg(footer);
    if (index.data(FeedModel::HiddenRole).toBool())
        footer = QCoreApplication::translate("nest::ui::PostDelegate", "Hidden · %1").arg(footer);
    return footer;
}
} // namespace

QString PostDelegate::relativeTime(qint64 ms, qint64 nowMs)
{
    const int minutes = int(std::clamp<qint64>((nowMs - ms) / 60'000, 0, 1'000'000));
    const int hours = minutes / 60;
    if (hours >= 24)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(ms).date(), QLocale::ShortFormat);
    if (hours >= 1)
        return QCoreApplication::translate("nest::ui::PostDelegate", "%Ln h ago", nullptr, hours);
    if (minutes >= 1)
        return QCoreApplication::translate("nest::ui::PostDelegate", "%Ln min ago", nullptr,
                                           minutes);
    return QCoreApplication::translate("nest::ui::PostDelegate", "just now");
}

QStringList PostDelegate::previewLines(const QString &text, const QFont &font, int width,
                                       int maxLines)
{
    // Paragraphs become spaces: a card is a preview, the thread shows the real line breaks.
    const QString flat = text.simplified();
    QTextLayout layout(flat, font);
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    layout.setTextOption(option);
    QStringList lines;
    layout.beginLayout();
    for (;;) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        if (lines.size() == maxLines - 1) {
            const QString rest = flat.mid(line.textStart());
            lines << QFontMetrics(font).elidedText(rest, Qt::ElideRight, width);
            break;
        }
        lines << flat.mid(line.textStart(), line.textLength()).trimmed();
    }
    layout.endLayout();
    return lines;
}

QSize PostDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    Q_UNUSED(index)
    const QFontMetrics fm(option.font);
    // Cards span the list (QListView::Adjust relayouts when it is resized).
    const int full = option.widget ? option.widget->width() - 24 : option.rect.width();
    return {std::max(200, full), 2 * kMargin + (2 + kPreviewLines) * fm.height() + 2 * kGap + 1};
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

    // Author and time.
    painter->setFont(boldOf(option.font));
    painter->setPen(textColor);
    const QString name = index.data(FeedModel::AuthorNameRole).toString();
    const QString handle = u'@' + index.data(FeedModel::AuthorUsernameRole).toString();
    const QRect header(r.left(), r.top(), r.width(), fm.height());
    drawLine(painter, header, fm.elidedText(name, Qt::ElideRight, r.width() / 2), rtl);
    painter->setFont(option.font);
    painter->setPen(dim);
    const int nameWidth =
        QFontMetrics(boldOf(option.font))
            .horizontalAdvance(fm.elidedText(name, Qt::ElideRight, r.width() / 2));
    const QRect handleRect =
        rtl ? header.adjusted(0, 0, -(nameWidth + 8), 0) : header.adjusted(nameWidth + 8, 0, 0, 0);
    drawLine(painter, handleRect, handle, rtl);
    drawLine(painter, header,
             relativeTime(index.data(FeedModel::CreatedAtRole).toLongLong(),
                          QDateTime::currentMSecsSinceEpoch()),
             rtl, true);

    // The text: QPainter::drawText never interprets markup.
    painter->setPen(textColor);
    const QStringList lines =
        previewLines(index.data(FeedModel::TextRole).toString(), option.font, r.width());
    int y = header.bottom() + 1 + kGap;
    for (const QString &line : lines) {
        drawLine(painter, QRect(r.left(), y, r.width(), fm.height()), line, rtl);
        y += fm.height();
    }

    // Footer.
    painter->setPen(index.data(FeedModel::HiddenRole).toBool() ? pal.color(QPalette::Link) : dim);
    const QRect footer(r.left(), r.bottom() - fm.height(), r.width(), fm.height());
    drawLine(painter, footer, footerOf(index), rtl);
    painter->setPen(pal.color(QPalette::Mid));
    painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
    painter->restore();
}

} // namespace nest::ui
