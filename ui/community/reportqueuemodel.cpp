#include "reportqueuemodel.h"

#include "postdelegate.h"

#include <QDateTime>
#include <QHash>
#include <QLocale>

namespace nest::ui {

ReportQueueModel::ReportQueueModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ReportQueueModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_reports.size());
}

int ReportQueueModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ReportQueueModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const community::Report &r = m_reports.at(index.row());
    switch (role) {
    case ReportIdRole:
        return r.id;
    case PostIdRole:
        return r.postId;
    case AuthorIdRole:
        return r.post ? r.post->author.id : QString();
    case SortRole:
        switch (index.column()) {
        case CountColumn:
            return r.reportCount;
        case AgeColumn:
            return -r.createdAt; // ascending = youngest first; descending = oldest first
        default:
            break;
        }
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case PostColumn:
            // One line of the post; the text stays plain (a table never renders markup).
            return r.post ? r.post->text.simplified().left(140) : tr("(deleted)");
        case AuthorColumn:
            return r.post ? u'@' + r.post->author.username : QString();
        case CountColumn:
            return QLocale().toString(r.reportCount);
        case AgeColumn:
            return PostDelegate::relativeTime(r.createdAt,
                                              m_now ? m_now : QDateTime::currentMSecsSinceEpoch());
        case ReasonColumn:
            return r.reason;
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return r.post ? r.post->text : QString();
    case Qt::TextAlignmentRole:
        return index.column() == CountColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
                                             : QVariant();
    default:
        return {};
    }
}

QVariant ReportQueueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case PostColumn:
        return tr("Post");
    case AuthorColumn:
        return tr("Author");
    case CountColumn:
        return tr("Reports");
    case AgeColumn:
        return tr("Age");
    case ReasonColumn:
        return tr("Reason");
    default:
        return {};
    }
}

void ReportQueueModel::setReports(const QList<community::Report> &reports)
{
    beginResetModel();
    m_reports.clear();
    for (const community::Report &r : reports)
        if (r.status == QLatin1StringView("open"))
            m_reports.append(r);
    recount(false);
    endResetModel();
}

void ReportQueueModel::upsert(const community::Report &report)
{
    if (report.status != QLatin1StringView("open")) {
        removeReport(report.id);
        return;
    }
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == report.id) {
            community::Report merged = report;
            if (!merged.post)
                merged.post = m_reports.at(row).post;
            m_reports[row] = merged;
            recount();
            return;
        }
    }
    community::Report added = report;
    if (!added.post) {
        for (const community::Report &r : std::as_const(m_reports))
            if (r.postId == report.postId && r.post)
                added.post = r.post;
    }
    beginInsertRows({}, int(m_reports.size()), int(m_reports.size()));
    m_reports.append(added);
    endInsertRows();
    recount();
}

void ReportQueueModel::removeReport(const QString &reportId)
{
    for (int row = 0; row < m_reports.size(); ++row) {
        if (m_reports.at(row).id == reportId) {
            beginRemoveRows({}, row, row);
            m_reports.removeAt(row);
            endRemoveRows();
            recount();
            return;
        }
    }
}

void ReportQueueModel::removeReportsOfPost(const QString &postId)
{
    for (int row = int(m_reports.size()) - 1; row >= 0; --row) {
        if (m_reports.at(row).postId == postId) {
            beginRemoveRows({}, row, row);
            m_reports.removeAt(row);
            endRemoveRows();
        }
    }
    recount();
}

void ReportQueueModel::setNow(qint64 nowMs)
{
    m_now = nowMs;
    if (!m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, AgeColumn), index(rowCount() - 1, AgeColumn));
}

void ReportQueueModel::recount(bool notify)
{
    // The count column is open reports per post, whatever the server said when it was fetched.
    QHash<QString, qint64> counts;
    for (const community::Report &r : std::as_const(m_reports))
        ++counts[r.postId];
    for (community::Report &r : m_reports)
        r.reportCount = counts.value(r.postId);
    if (notify && !m_reports.isEmpty())
        Q_EMIT dataChanged(index(0, CountColumn), index(rowCount() - 1, CountColumn));
}

} // namespace nest::ui
