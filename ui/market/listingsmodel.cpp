#include "listingsmodel.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>

#include <algorithm>

namespace nest::ui {

ListingsModel::ListingsModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void ListingsModel::setConfig(const market::Config &config)
{
    m_config = config;
    if (!m_rows.isEmpty()) {
        Q_EMIT dataChanged(index(0, PriceColumn), index(int(m_rows.size()) - 1, PriceColumn));
        Q_EMIT updatesApplied();
    }
}

void ListingsModel::setCurrentUser(const QString &userId)
{
    m_userId = userId;
}

void ListingsModel::setListings(const QList<market::Listing> &listings)
{
    beginResetModel();
    m_rows = listings;
    m_index.clear();
    m_index.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].id, i);
    endResetModel();
}

void ListingsModel::upsert(const market::Listing &listing)
{
    const int row = rowOf(listing.id);
    if (row >= 0) {
        m_rows[row] = listing;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        Q_EMIT updatesApplied();
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(listing);
    m_index.insert(listing.id, at);
    endInsertRows();
    Q_EMIT updatesApplied();
}

void ListingsModel::upsertMany(const QList<market::Listing> &listings)
{
    QList<int> changed;
    QList<const market::Listing *> added;
    QSet<QString> addedIds;
    changed.reserve(listings.size());
    for (const market::Listing &l : listings) {
        const int row = rowOf(l.id);
        if (row >= 0) {
            m_rows[row] = l;
            changed.append(row);
        } else if (!addedIds.contains(l.id)) {
            addedIds.insert(l.id);
            added.append(&l);
        } else {
            // A second update of a row added in this batch: the later one wins.
            for (auto &p : added) {
                if (p->id == l.id)
                    p = &l;
            }
        }
    }
    std::sort(changed.begin(), changed.end());
    for (qsizetype i = 0; i < changed.size();) {
        qsizetype j = i;
        while (j + 1 < changed.size() && changed[j + 1] <= changed[j] + 1)
            ++j;
        Q_EMIT dataChanged(index(changed[i], 0), index(changed[j], ColumnCount - 1));
        i = j + 1;
    }
    if (added.isEmpty()) {
        Q_EMIT updatesApplied();
        return;
    }
    const int first = int(m_rows.size());
    beginInsertRows({}, first, first + int(added.size()) - 1);
    for (const market::Listing *l : added) {
        m_index.insert(l->id, int(m_rows.size()));
        m_rows.append(*l);
    }
    endInsertRows();
    Q_EMIT updatesApplied();
}

void ListingsModel::clear()
{
    setListings({});
}

void ListingsModel::retranslate()
{
    m_locale = QLocale(); // prices in the new language's digits and separators too
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
    Q_EMIT updatesApplied();
}

QStringList ListingsModel::collections() const
{
    QSet<QString> seen;
    for (const market::Listing &l : m_rows)
        seen.insert(l.collection);
    QStringList out(seen.cbegin(), seen.cend());
    out.sort(Qt::CaseInsensitive);
    return out;
}

int ListingsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ListingsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ListingsModel::countdownText(qint64 msLeft)
{
    if (msLeft <= 0)
        return tr("ended");
    const qint64 s = (msLeft + 999) / 1000;
    // The language's digits, like every other number in the table (Arabic-Indic in Arabic).
    const QLocale locale;
    const auto number = [&locale](qint64 n) { return locale.toString(n); };
    const auto twoDigits = [&locale](qint64 n) {
        return n < 10 ? locale.zeroDigit() + locale.toString(n) : locale.toString(n);
    };
    if (s >= 86'400)
        return tr("%1 d %2 h").arg(number(s / 86'400), number((s % 86'400) / 3600));
    if (s >= 3600)
        return tr("%1 h %2 min").arg(number(s / 3600), twoDigits((s % 3600) / 60));
    return tr("%1 min %2 s").arg(number(s / 60), twoDigits(s % 60));
}

QString ListingsModel::kindText(market::Kind kind)
{
    switch (kind) {
    case market::Kind::Fixed:
        return tr("Fixed price");
    case market::Kind::English:
        return tr("Auction");
    case market::Kind::Dutch:
        return tr("Dutch auction");
    }
    return {};
}

QString ListingsModel::statusText(market::Status status)
{
    switch (status) {
    case market::Status::Active:
        return tr("Active");
    case market::Status::Sold:
        return tr("Sold");
    case market::Status::Cancelled:
        return tr("Cancelled");
    case market::Status::Expired:
        return tr("Ended unsold");
    }
    return {};
}

QVariant ListingsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const market::Listing &l = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case NameColumn:
            return l.name;
        case CollectionColumn:
            return l.collection;
        case KindColumn:
            return kindText(l.kind);
        case PriceColumn:
            return market::formatMoney(l.priceAt(m_serverNow), m_config, m_locale);
        case BidsColumn:
            return l.kind == market::Kind::English ? QVariant(l.bidCount) : QVariant();
        case EndsColumn:
            if (!l.endsAt)
                return QString();
            return l.status == market::Status::Active ? countdownText(*l.endsAt - m_serverNow)
                                                      : QString();
        case StatusColumn:
            return statusText(l.status);
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PriceColumn || index.column() == BidsColumn)
            return QVariant::fromValue(Qt::AlignTrailing | Qt::AlignVCenter);
        return {};
    case Qt::ToolTipRole:
        return index.column() == NameColumn ? QVariant(l.description) : QVariant();
    case ListingIdRole:
        return l.id;
    case KindRole:
        return int(l.kind);
    case StatusRole:
        return int(l.status);
    case PriceRole:
        return l.priceAt(m_serverNow);
    case EndsAtRole:
        return l.endsAt.value_or(0);
    case CollectionRole:
        return l.collection;
    case MineRole:
        return !m_userId.isEmpty() && (l.sellerId == m_userId || l.highBidderId == m_userId);
    default:
        return {};
    }
}

QVariant ListingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case NameColumn:
        return tr("Item");
    case CollectionColumn:
        return tr("Collection");
    case KindColumn:
        return tr("Kind");
    case PriceColumn:
        return tr("Price");
    case BidsColumn:
        return tr("Bids");
    case EndsColumn:
        return tr("Ends in");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

QHash<int, QByteArray> ListingsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(ListingIdRole, "listingId");
    names.insert(KindRole, "kind");
    names.insert(StatusRole, "status");
    names.insert(PriceRole, "price");
    names.insert(EndsAtRole, "endsAt");
    names.insert(CollectionRole, "collection");
    names.insert(MineRole, "mine");
    return names;
}

} // namespace nest::ui
