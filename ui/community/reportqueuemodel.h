#pragma once

#include "communitydata.h"

#include <QAbstractTableModel>

namespace nest::ui {

//! The moderators' queue of open reports. Sorting (by age, by report count) is a
//! QSortFilterProxyModel's job: SortRole gives comparable values.
class ReportQueueModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { PostColumn, AuthorColumn, CountColumn, AgeColumn, ReasonColumn, ColumnCount };
    enum Roles {
        ReportIdRole = Qt::UserRole,
        PostIdRole,
        AuthorIdRole,
        SortRole,
    };

    explicit ReportQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setReports(const QList<community::Report> &reports);
    //! Adds or replaces (by id); a resolved report leaves the queue.
    void upsert(const community::Report &report);
    void removeReport(const QString &reportId);
    //! Reports on a post that are no longer open (hidden, deleted).
    void removeReportsOfPost(const QString &postId);
    const community::Report &reportAt(int row) const { return m_reports.at(row); }
    //! Injected clock for the age column (tests).
    void setNow(qint64 nowMs);

private:
    void recount(bool notify = true);

    QList<community::Report> m_reports;
    qint64 m_now = 0;
};

} // namespace nest::ui
