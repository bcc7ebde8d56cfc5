#include "proposallistmodel.h"

#include "governanceformat.h"

#include <QLocale>

namespace nest::ui {

ProposalListModel::ProposalListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ProposalListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ProposalListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ProposalListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const governance::Proposal &p = m_items.at(index.row());
    if (role == IdRole)
        return p.id;
    if (role == StatusRole)
        return int(p.status);
    if (role == Qt::ToolTipRole && index.column() == TitleColumn)
        return p.title;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case TitleColumn:
        return p.title;
    case StatusColumn:
        return governanceformat::statusName(p.status);
    case WhenColumn:
        return governanceformat::timeLine(p, m_now);
    case TurnoutColumn:
        if (p.quorum <= 0)
            return governanceformat::number(p.turnout);
        return tr("%1%").arg(
            QLocale().toString(100.0 * double(p.turnout) / double(p.quorum), 'f', 0));
    }
    return {};
}

QVariant ProposalListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TitleColumn:
        return tr("Proposal");
    case StatusColumn:
        return tr("Status");
    case WhenColumn:
        return tr("When");
    case TurnoutColumn:
        return tr("Of quorum");
    }
    return {};
}

void ProposalListModel::setProposals(const QList<governance::Proposal> &proposals)
{
    beginResetModel();
    m_items = proposals;
    endResetModel();
}

void ProposalListModel::upsert(const governance::Proposal &proposal)
{
    const int row = rowOf(proposal.id);
    if (row >= 0) {
        m_items[row] = proposal;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    beginInsertRows({}, 0, 0);
    m_items.prepend(proposal);
    endInsertRows();
}

void ProposalListModel::setNow(qint64 nowMs)
{
    m_now = nowMs;
    if (!m_items.isEmpty())
        Q_EMIT dataChanged(index(0, WhenColumn), index(int(m_items.size()) - 1, WhenColumn),
                           {Qt::DisplayRole});
}

const governance::Proposal *ProposalListModel::find(const QString &id) const
{
    const int row = rowOf(id);
    return row >= 0 ? &m_items.at(row) : nullptr;
}

int ProposalListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).id == id)
            return i;
    }
    return -1;
}

} // namespace nest::ui
