#pragma once

#include <QAbstractTableModel>
#include <QString>

#include <vector>

namespace nest::ui {

//! One row of the Outbox panel (a plain copy of what the controller knows).
struct OutboxRow {
    enum class State { Pending, Sending, Refused };
    QString id;
    QString kind;    //!< "post", "bid", "vote"...
    QString summary; //!< what the user did
    qint64 createdMs = 0;
    State state = State::Pending;
    QString reason; //!< the server's reason for a refusal
    int attempts = 0;
};

//! The outbox rows in replay order: time, action, kind, state (with a refusal's reason).
class OutboxModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, ActionColumn, KindColumn, StateColumn, ColumnCount };
    enum Roles { IdRole = Qt::UserRole, StateRole, CancellableRole };

    explicit OutboxModel(QObject *parent = nullptr);

    void setRows(std::vector<OutboxRow> rows);
    //! Adds or replaces the row with the same id (a new one goes last: replay order).
    void upsert(const OutboxRow &row);
    void remove(const QString &id);
    const OutboxRow *rowById(const QString &id) const;
    int waitingCount() const;
    int refusedCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    static QString kindName(const QString &kind);

private:
    int indexOf(const QString &id) const;

    std::vector<OutboxRow> m_rows;
};

} // namespace nest::ui
