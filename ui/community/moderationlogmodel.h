#pragma once

#include "communitydata.h"

#include <QAbstractTableModel>
#include <QHash>

namespace nest::ui {

//! The moderation log, oldest first, with the row where a chain check found a break marked.
class ModerationLogModel final : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        ModeratorColumn,
        ActionColumn,
        TargetColumn,
        ReasonColumn,
        HashColumn,
        ColumnCount
    };
    enum Roles { SeqRole = Qt::UserRole, BrokenRole };

    explicit ModerationLogModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    void setEntries(const QList<community::LogEntry> &entries);
    const QList<community::LogEntry> &entries() const { return m_entries; }
    //! Usernames for the moderator column (ids without one show as ids).
    void setUserNames(const QHash<QString, QString> &names);
    //! Marks the entry with that seq as where the chain breaks (0: none).
    void setBrokenSeq(qint64 seq);
    qint64 brokenSeq() const { return m_brokenSeq; }

    //! The log as CSV (RFC 4180, a header row, every field quoted where needed).
    QByteArray toCsv() const;
    //! The log as a JSON array of the entries exactly as the server gave them.
    QByteArray toJson() const;

private:
    QList<community::LogEntry> m_entries;
    qint64 m_brokenSeq = 0;
    QHash<QString, QString> m_names;
};

} // namespace nest::ui
