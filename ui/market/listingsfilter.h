#pragma once

#include "marketdata.h"

#include <QAbstractProxyModel>

#include <optional>
#include <vector>

namespace nest::ui {

class ListingsModel;

//! The Marketplace's filters (collection, kind, price range, status, search text) and sorting
//! over a ListingsModel, kept up to date incrementally.
//!
//! Why not QSortFilterProxyModel: with a sort column it re-sorts each changed row on its own,
//! each time with O(rows) bookkeeping and a layout change, which costs tens of milliseconds per
//! 100 updates on 100,000 rows (docs/performance.md). Here the rows a stream batch changed are
//! only marked; at the end of the batch (ListingsModel::updatesApplied) they are taken out,
//! re-filtered and merged back in order in one pass, announced as one layout change that keeps
//! persistent indexes (the view's selection and current row) on their listings.
class ListingsFilter final : public QAbstractProxyModel {
    Q_OBJECT
public:
    explicit ListingsFilter(QObject *parent = nullptr);

    //! Must be a ListingsModel.
    void setSourceModel(QAbstractItemModel *model) override;

    void setCollection(const QString &collection); //!< empty: every collection
    void setKind(std::optional<market::Kind> kind);
    void setStatus(std::optional<market::Status> status);
    void setPriceRange(std::optional<qint64> min, std::optional<qint64> max);
    void setSearchText(const QString &text);
    QString collection() const { return m_collection; }
    std::optional<market::Status> status() const { return m_status; }

    //! Sorts by a ListingsModel::Column; -1 keeps the model's order.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    QModelIndex mapToSource(const QModelIndex &proxyIndex) const override;
    QModelIndex mapFromSource(const QModelIndex &sourceIndex) const override;
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QModelIndex sibling(int row, int column, const QModelIndex &idx) const override;

    //! Whether a listing passes the filters (at the model's server time).
    bool accepts(const market::Listing &listing) const;
    //! The table's order for `column` (ties by id, so the order is total and stable).
    static bool less(const market::Listing &a, const market::Listing &b, int column, qint64 now);

private:
    void rebuild(); //!< full filter and sort, as one layout change
    void applyPending();
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                       const QList<int> &roles);
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void beginLayout();
    void endLayout();
    bool rowLess(int a, int b) const;

    const ListingsModel *m_listings = nullptr;
    std::vector<int> m_rows;     //!< proxy row -> source row
    std::vector<int> m_position; //!< source row -> proxy row, -1 when filtered out or pending
    std::vector<int> m_pending;  //!< source rows changed or added since the last batch end
    std::vector<char> m_isPending;
    QModelIndexList m_layoutFrom;
    std::vector<int> m_layoutSources; //!< source rows of m_layoutFrom during a layout change
    int m_sortColumn = -1;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_collection;
    std::optional<market::Kind> m_kind;
    std::optional<market::Status> m_status;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
    QString m_text;
};

} // namespace nest::ui
