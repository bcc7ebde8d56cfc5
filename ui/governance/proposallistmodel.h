#pragma once

#include "governancetypes.h"

#include <QAbstractTableModel>

namespace nest::ui {

//! The proposals the view lists, newest first: title, status, what happens next and when,
//! turnout against quorum. data() reads the cached proposals and the cached "now" only.
class ProposalListModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TitleColumn, StatusColumn, WhenColumn, TurnoutColumn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole, //!< QString
        StatusRole,            //!< int(governance::Status)
    };

    explicit ProposalListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    void setProposals(const QList<governance::Proposal> &proposals);
    //! Replaces the proposal with the same id, or adds it first (a new one is the newest).
    void upsert(const governance::Proposal &proposal);
    //! The time the "when" column counts from; refreshes that column.
    void setNow(qint64 nowMs);
    const governance::Proposal *find(const QString &id) const;
    int rowOf(const QString &id) const;
    const governance::Proposal &at(int row) const { return m_items.at(row); }

private:
    QList<governance::Proposal> m_items;
    qint64 m_now = 0;
};

} // namespace nest::ui
