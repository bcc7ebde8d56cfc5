#include "listingsfilter.h"

#include "listingsmodel.h"

#include <algorithm>

namespace nest::ui {

ListingsFilter::ListingsFilter(QObject *parent)
    : QAbstractProxyModel(parent)
{}

void ListingsFilter::setSourceModel(QAbstractItemModel *model)
{
    if (sourceModel())
        disconnect(sourceModel(), nullptr, this, nullptr);
    beginResetModel();
    m_listings = qobject_cast<ListingsModel *>(model);
    Q_ASSERT(m_listings || !model);
    QAbstractProxyModel::setSourceModel(model);
    if (m_listings) {
        connect(m_listings, &QAbstractItemModel::dataChanged, this, &ListingsFilter::onDataChanged);
        connect(m_listings, &QAbstractItemModel::rowsInserted, this,
                &ListingsFilter::onRowsInserted);
        connect(m_listings, &ListingsModel::updatesApplied, this, &ListingsFilter::applyPending);
        connect(m_listings, &QAbstractItemModel::modelAboutToBeReset, this,
                &ListingsFilter::beginResetModel);
        connect(m_listings, &QAbstractItemModel::modelReset, this, [this] {
            m_rows.clear();
            m_position.clear();
            m_pending.clear();
            m_isPending.clear();
            rebuild();
            endResetModel();
        });
        connect(m_listings, &QAbstractItemModel::layoutChanged, this, [this] {
            beginResetModel(); // ListingsModel does not reorder; be safe if it ever does
            rebuild();
            endResetModel();
        });
    }
    m_rows.clear();
    m_position.clear();
    rebuild();
    endResetModel();
}

bool ListingsFilter::less(const market::Listing &a, const market::Listing &b, int column,
                          qint64 now)
{
    const auto byId = [&] { return a.id < b.id; };
    switch (ListingsModel::Column(column)) {
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

bool ListingsFilter::rowLess(int a, int b) const
{
    if (m_sortColumn < 0)
        return a < b;
    const qint64 now = m_listings->serverNow();
    return m_sortOrder == Qt::DescendingOrder
               ? less(m_listings->at(b), m_listings->at(a), m_sortColumn, now)
               : less(m_listings->at(a), m_listings->at(b), m_sortColumn, now);
}

bool ListingsFilter::accepts(const market::Listing &l) const
{
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

void ListingsFilter::beginLayout()
{
    Q_EMIT layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    m_layoutFrom = persistentIndexList();
    m_layoutSources.clear();
    m_layoutSources.reserve(std::size_t(m_layoutFrom.size()));
    for (const QModelIndex &i : std::as_const(m_layoutFrom))
        m_layoutSources.push_back(i.row() < int(m_rows.size()) ? m_rows[std::size_t(i.row())] : -1);
}

void ListingsFilter::endLayout()
{
    QModelIndexList to;
    to.reserve(m_layoutFrom.size());
    for (qsizetype i = 0; i < m_layoutFrom.size(); ++i) {
        const int source = m_layoutSources[std::size_t(i)];
        const int row =
            source >= 0 && source < int(m_position.size()) ? m_position[std::size_t(source)] : -1;
        to.append(row < 0 ? QModelIndex() : createIndex(row, m_layoutFrom[i].column()));
    }
    changePersistentIndexList(m_layoutFrom, to);
    m_layoutFrom.clear();
    m_layoutSources.clear();
    Q_EMIT layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void ListingsFilter::rebuild()
{
    const int n = m_listings ? m_listings->rowCount() : 0;
    std::vector<int> rows;
    rows.reserve(std::size_t(n));
    for (int r = 0; r < n; ++r) {
        if (accepts(m_listings->at(r)))
            rows.push_back(r);
    }
    if (m_sortColumn >= 0)
        std::sort(rows.begin(), rows.end(), [this](int a, int b) { return rowLess(a, b); });
    m_rows = std::move(rows);
    m_position.assign(std::size_t(n), -1);
    for (std::size_t p = 0; p < m_rows.size(); ++p)
        m_position[std::size_t(m_rows[p])] = int(p);
    m_pending.clear();
    m_isPending.assign(std::size_t(n), 0);
}

void ListingsFilter::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight,
                                   const QList<int> &roles)
{
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r) {
        const int p = m_position[std::size_t(r)];
        if (p >= 0)
            Q_EMIT dataChanged(index(p, topLeft.column()), index(p, bottomRight.column()), roles);
        if (!m_isPending[std::size_t(r)]) {
            m_isPending[std::size_t(r)] = 1;
            m_pending.push_back(r);
        }
    }
}

void ListingsFilter::onRowsInserted(const QModelIndex &, int first, int last)
{
    // ListingsModel only appends: new rows wait, hidden, for the end of the batch.
    m_position.resize(std::size_t(last) + 1, -1);
    m_isPending.resize(std::size_t(last) + 1, 0);
    for (int r = first; r <= last; ++r) {
        m_isPending[std::size_t(r)] = 1;
        m_pending.push_back(r);
    }
}

void ListingsFilter::applyPending()
{
    if (m_pending.empty())
        return;
    beginLayout();
    // Out with every pending row: copy the spans between their old positions.
    std::vector<int> gone;
    gone.reserve(m_pending.size());
    for (int r : m_pending) {
        if (const int p = m_position[std::size_t(r)]; p >= 0)
            gone.push_back(p);
    }
    std::sort(gone.begin(), gone.end());
    std::vector<int> kept;
    kept.reserve(m_rows.size());
    std::size_t from = 0;
    for (int p : gone) {
        kept.insert(kept.end(), m_rows.begin() + std::ptrdiff_t(from), m_rows.begin() + p);
        from = std::size_t(p) + 1;
    }
    kept.insert(kept.end(), m_rows.begin() + std::ptrdiff_t(from), m_rows.end());
    // In again, those that pass the filters, each at its place found by binary search: the
    // comparisons are O(k log n), the copying one pass.
    std::vector<int> back;
    back.reserve(m_pending.size());
    for (int r : m_pending) {
        m_isPending[std::size_t(r)] = 0;
        if (accepts(m_listings->at(r)))
            back.push_back(r);
    }
    m_pending.clear();
    const auto cmp = [this](int a, int b) { return rowLess(a, b); };
    std::sort(back.begin(), back.end(), cmp);
    m_rows.clear();
    m_rows.reserve(kept.size() + back.size());
    auto next = kept.begin();
    for (int r : back) {
        const auto at = std::upper_bound(next, kept.end(), r, cmp);
        m_rows.insert(m_rows.end(), next, at);
        m_rows.push_back(r);
        next = at;
    }
    m_rows.insert(m_rows.end(), next, kept.end());
    std::fill(m_position.begin(), m_position.end(), -1);
    for (std::size_t p = 0; p < m_rows.size(); ++p)
        m_position[std::size_t(m_rows[p])] = int(p);
    endLayout();
}

void ListingsFilter::sort(int column, Qt::SortOrder order)
{
    if (column == m_sortColumn && order == m_sortOrder)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    beginLayout();
    rebuild();
    endLayout();
}

void ListingsFilter::setCollection(const QString &collection)
{
    if (collection == m_collection)
        return;
    m_collection = collection;
    beginLayout();
    rebuild();
    endLayout();
}

void ListingsFilter::setKind(std::optional<market::Kind> kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    beginLayout();
    rebuild();
    endLayout();
}

void ListingsFilter::setStatus(std::optional<market::Status> status)
{
    if (status == m_status)
        return;
    m_status = status;
    beginLayout();
    rebuild();
    endLayout();
}

void ListingsFilter::setPriceRange(std::optional<qint64> min, std::optional<qint64> max)
{
    if (min == m_min && max == m_max)
        return;
    m_min = min;
    m_max = max;
    beginLayout();
    rebuild();
    endLayout();
}

void ListingsFilter::setSearchText(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed == m_text)
        return;
    m_text = trimmed;
    beginLayout();
    rebuild();
    endLayout();
}

QModelIndex ListingsFilter::mapToSource(const QModelIndex &proxyIndex) const
{
    if (!proxyIndex.isValid() || !m_listings || proxyIndex.row() >= int(m_rows.size()))
        return {};
    return m_listings->index(m_rows[std::size_t(proxyIndex.row())], proxyIndex.column());
}

QModelIndex ListingsFilter::mapFromSource(const QModelIndex &sourceIndex) const
{
    if (!sourceIndex.isValid() || sourceIndex.row() >= int(m_position.size()))
        return {};
    const int p = m_position[std::size_t(sourceIndex.row())];
    return p < 0 ? QModelIndex() : createIndex(p, sourceIndex.column());
}

QModelIndex ListingsFilter::index(int row, int column, const QModelIndex &parent) const
{
    if (parent.isValid() || row < 0 || column < 0 || row >= int(m_rows.size())
        || column >= ListingsModel::ColumnCount)
        return {};
    return createIndex(row, column);
}

QModelIndex ListingsFilter::parent(const QModelIndex &) const
{
    return {};
}

QModelIndex ListingsFilter::sibling(int row, int column, const QModelIndex &) const
{
    return index(row, column);
}

int ListingsFilter::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListingsFilter::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ListingsModel::ColumnCount;
}

bool ListingsFilter::hasChildren(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_rows.empty();
}

} // namespace nest::ui
