#pragma once

#include "marketdata.h"

#include <QSortFilterProxyModel>

#include <optional>

namespace nest::ui {

class ListingsModel;

//! The Marketplace's filters (collection, kind, price range, status, search text) and sorting,
//! read straight from the ListingsModel's cached rows (no QVariant round trips on 100k rows).
class ListingsFilter final : public QSortFilterProxyModel {
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

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    const ListingsModel *m_listings = nullptr;
    QString m_collection;
    std::optional<market::Kind> m_kind;
    std::optional<market::Status> m_status;
    std::optional<qint64> m_min;
    std::optional<qint64> m_max;
    QString m_text;
};

} // namespace nest::ui
