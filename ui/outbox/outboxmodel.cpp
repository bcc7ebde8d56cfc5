#include "outboxmodel.h"

#include <QDateTime>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

#include <algorithm>

namespace nest::ui {

OutboxModel::OutboxModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OutboxModel::setRows(std::vector<OutboxRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int OutboxModel::indexOf(const QString &id) const
{
    const auto it = std::find_if(m_rows.begin(), m_rows.end(),
                                 [&id](const OutboxRow &row) { return row.id == id; });
    return it == m_rows.end() ? -1 : int(it - m_rows.begin());
}

void OutboxModel::upsert(const OutboxRow &row)
{
    const int at = indexOf(row.id);
    if (at >= 0) {
        m_rows[size_t(at)] = row;
        Q_EMIT dataChanged(index(at, 0), index(at, ColumnCount - 1));
        return;
    }
    const int end = int(m_rows.size());
    beginInsertRows({}, end, end);
    m_rows.push_back(row);
    endInsertRows();
}

void OutboxModel::remove(const QString &id)
{
    const int at = indexOf(id);
    if (at < 0)
        return;
    beginRemoveRows({}, at, at);
    m_rows.erase(m_rows.begin() + at);
    endRemoveRows();
}

const OutboxRow *OutboxModel::rowById(const QString &id) const
{
    const int at = indexOf(id);
    return at < 0 ? nullptr : &m_rows[size_t(at)];
}

int OutboxModel::waitingCount() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const OutboxRow &row) {
        return row.state != OutboxRow::State::Refused;
    }));
}

int OutboxModel::refusedCount() const
{
    return int(m_rows.size()) - waitingCount();
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString OutboxModel::kindName(const QString &kind)
{
    if (kind == QLatin1StringView("post"))
        return tr("Post");
    if (kind == QLatin1StringView("comment"))
        return tr("Comment");
    if (kind == QLatin1StringView("like"))
        return tr("Like");
    if (kind == QLatin1StringView("bid"))
        return tr("Bid");
    if (kind == QLatin1StringView("offer"))
        return tr("Offer");
    if (kind == QLatin1StringView("buy"))
        return tr("Purchase");
    if (kind == QLatin1StringView("vote"))
        return tr("Vote");
    if (kind == QLatin1StringView("moderation"))
        return tr("Moderation");
    if (kind == QLatin1StringView("report"))
        return tr("Report");
    if (kind == QLatin1StringView("listing"))
        return tr("Listing");
    if (kind == QLatin1StringView("accept"))
        return tr("Accept offer");
    if (kind == QLatin1StringView("cancel"))
        return tr("Cancel listing");
    if (kind == QLatin1StringView("proposal"))
        return tr("Proposal");
    return kind;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxRow &row = m_rows[size_t(index.row())];
    switch (role) {
    case IdRole:
        return row.id;
    case StateRole:
        return int(row.state);
    case CancellableRole:
        return row.state != OutboxRow::State::Sending;
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(row.createdMs),
                                      QLocale::ShortFormat);
        case ActionColumn:
            return row.summary;
        case KindColumn:
            return kindName(row.kind);
        case StateColumn:
            switch (row.state) {
            case OutboxRow::State::Pending:
                return row.attempts > 0
                           ? tr("Waiting (%n attempt(s) so far)", nullptr, row.attempts)
                           : tr("Waiting");
            case OutboxRow::State::Sending:
                return tr("Sending…");
            case OutboxRow::State::Refused:
                return tr("Refused: %1").arg(row.reason);
            }
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && row.state == OutboxRow::State::Refused)
            return row.reason;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == StateColumn && row.state == OutboxRow::State::Refused)
            return QGuiApplication::palette().brush(QPalette::Active, QPalette::Link);
        return {};
    default:
        return {};
    }
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case ActionColumn:
        return tr("Action");
    case KindColumn:
        return tr("Kind");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace nest::ui
