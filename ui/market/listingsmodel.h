#pragma once

#include "marketdata.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QLocale>

namespace nest::ui {

//! Every listing the client knows, one row each, in arrival order (the proxy sorts).
//!
//! Stream updates replace a row in place (dataChanged) or append one, so a view's selection and
//! scroll position survive. The countdown and the Dutch price depend on the server clock, which
//! the model holds (setServerNow) without signalling: the view repaints once a second.
class ListingsModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        CollectionColumn,
        KindColumn,
        PriceColumn,
        BidsColumn,
        EndsColumn,
        StatusColumn,
        ColumnCount
    };
    enum Roles {
        ListingIdRole = Qt::UserRole,
        KindRole,   //!< market::Kind as int
        StatusRole, //!< market::Status as int
        PriceRole,  //!< qint64 minor units at the server's now
        EndsAtRole, //!< qint64 ms, 0 for none
        CollectionRole,
        MineRole, //!< bool: the signed-in user sells it or leads it
    };
    Q_ENUM(Roles)

    explicit ListingsModel(QObject *parent = nullptr);

    void setConfig(const market::Config &config);
    const market::Config &config() const { return m_config; }
    void setCurrentUser(const QString &userId);
    void setServerNow(qint64 ms) { m_serverNow = ms; }
    qint64 serverNow() const { return m_serverNow; }

    void setListings(const QList<market::Listing> &listings);
    //! Replaces the row with the same id, or appends it.
    void upsert(const market::Listing &listing);
    //! Many updates at once: in-place rows are signalled as one changed span per run, new rows
    //! as one insertion.
    void upsertMany(const QList<market::Listing> &listings);
    void clear();

    const market::Listing &at(int row) const { return m_rows.at(row); }
    int rowOf(const QString &listingId) const { return m_index.value(listingId, -1); }
    QStringList collections() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

Q_SIGNALS:
    //! The end of an upsert or a batch: a proxy re-positions the rows it changed at once.
    void updatesApplied();

public:
    //! "2 h 05 min", "4 min 09 s", "ended": the time left as the user reads it.
    static QString countdownText(qint64 msLeft);
    static QString kindText(market::Kind kind);
    static QString statusText(market::Status status);

private:
    QList<market::Listing> m_rows;
    QHash<QString, int> m_index;
    market::Config m_config;
    QString m_userId;
    qint64 m_serverNow = 0;
    QLocale m_locale;
};

} // namespace nest::ui
