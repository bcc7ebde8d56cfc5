#include "listingsfilter.h"

#include "listingsmodel.h"

namespace nest::ui {

ListingsFilter::ListingsFilter(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    // Live rows move when their sort key changes (a new bid), keeping the selection.
    setDynamicSortFilter(true);
}

void ListingsFilter::setSourceModel(QAbstractItemModel *model)
{
    m_listings = qobject_cast<ListingsModel *>(model);
    Q_ASSERT(m_listings || !model);
    QSortFilterProxyModel::setSourceModel(model);
}

void ListingsFilter::setCollection(const QString &collection)
{
    if (collection == m_collection)
        return;
    m_collection = collection;
    invalidateRowsFilter();
}

void ListingsFilter::setKind(std::optional<market::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateRowsFilter();
}

void ListingsFilter::setStatus(std::optional<market::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    invalidateRowsFilter();
}

void ListingsFilter::setPriceRange(std::optional<qint64> min, std::optional<qint64> max)
{
    if (min == m_min && max == m_max)
        return;
    m_min = min;
    m_max = max;
    invalidateRowsFilter();
}

void ListingsFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    invalidateRowsFilter();
}

bool ListingsFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (!m_listings)
        return true;
    const market::Listing &l = m_listings->at(sourceRow);
    if (m_status && l.status != *m_status)
        return false;
    if (m_kind && l.kind != *m_kind)
        return false;
    if (!m_collection.isEmpty() && l.collection != m_collection)
        return false;
    if (m_min || m_max) {
        const qint64 price = l.priceAt(m_listings->serverNow());
        if ((m_min && price < *m_min) || (m_max && price > *m_max))
            return false;
    }
    if (!m_text.isEmpty() && !l.name.contains(m_text, Qt::CaseInsensitive)
        && !l.collection.contains(m_text, Qt::CaseInsensitive)
        && !l.description.contains(m_text, Qt::CaseInsensitive))
        return false;
    return true;
}

bool ListingsFilter::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_listings)
        return QSortFilterProxyModel::lessThan(left, right);
    const market::Listing &a = m_listings->at(left.row());
    const market::Listing &b = m_listings->at(right.row());
    const qint64 now = m_listings->serverNow();
    const auto byId = [&] { return a.id < b.id; }; // a total order: stable across updates
    switch (ListingsModel::Column(left.column())) {
    case ListingsModel::NameColumn: {
        const int c = a.name.compare(b.name, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byId();
    }
    case ListingsModel::CollectionColumn: {
        const int c = a.collection.compare(b.collection, Qt::CaseInsensitive);
        return c != 0 ? c < 0 : byId();
    }
    case ListingsModel::KindColumn:
        return a.kind != b.kind ? a.kind < b.kind : byId();
    case ListingsModel::PriceColumn: {
        const qint64 pa = a.priceAt(now), pb = b.priceAt(now);
        return pa != pb ? pa < pb : byId();
    }
    case ListingsModel::BidsColumn:
        return a.bidCount != b.bidCount ? a.bidCount < b.bidCount : byId();
    case ListingsModel::EndsColumn: {
        // Listings without an end sort after every auction.
        const qint64 ea = a.endsAt.value_or(std::numeric_limits<qint64>::max());
        const qint64 eb = b.endsAt.value_or(std::numeric_limits<qint64>::max());
        return ea != eb ? ea < eb : byId();
    }
    case ListingsModel::StatusColumn:
        return a.status != b.status ? a.status < b.status : byId();
    case ListingsModel::ColumnCount:
        break;
    }
    return byId();
}

} // namespace nest::ui
