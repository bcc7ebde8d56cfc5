#include "moderationlogmodel.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QPalette>

namespace nest::ui {
namespace {
QByteArray csvField(const QString &value)
{
    // Verbatim (no spreadsheet-formula escaping): an audit export must match the log.
    QByteArray bytes = value.toUtf8();
    if (bytes.contains(',') || bytes.contains('"') || bytes.contains('\n')
        || bytes.contains('\r')) {
        bytes.replace("\"", "\"\"");
        return '"' + bytes + '"';
    }
    return bytes;
}
} // namespace

ModerationLogModel::ModerationLogModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

int ModerationLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ModerationLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ModerationLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const community::LogEntry &e = m_entries.at(index.row());
    const bool broken = m_brokenSeq != 0 && e.seq == m_brokenSeq;
    switch (role) {
    case SeqRole:
        return e.seq;
    case BrokenRole:
        return broken;
    case Qt::ForegroundRole:
        return broken ? QVariant(QPalette().brush(QPalette::Link)) : QVariant();
    case Qt::ToolTipRole:
        if (index.column() == ModeratorColumn)
            return e.moderatorId;
        return index.column() == HashColumn ? e.hash : QVariant();
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeqColumn:
            return QLocale().toString(e.seq);
        case TimeColumn:
            return QLocale().toString(QDateTime::fromMSecsSinceEpoch(e.ts), QLocale::ShortFormat);
        case ModeratorColumn:
            return m_names.contains(e.moderatorId) ? u'@' + m_names.value(e.moderatorId)
                                                   : e.moderatorId;
        case ActionColumn:
            return e.action;
        case TargetColumn:
            return QStringLiteral("%1 %2").arg(e.targetType, e.targetId);
        case ReasonColumn:
            return e.reason;
        case HashColumn:
            return broken ? tr("%1… (chain breaks here)").arg(e.hash.left(12))
                          : QString(e.hash.left(12) + QChar(0x2026));
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant ModerationLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("#");
    case TimeColumn:
        return tr("Time");
    case ModeratorColumn:
        return tr("Moderator");
    case ActionColumn:
        return tr("Action");
    case TargetColumn:
        return tr("Target");
    case ReasonColumn:
        return tr("Reason");
    case HashColumn:
        return tr("Hash");
    default:
        return {};
    }
}

void ModerationLogModel::setEntries(const QList<community::LogEntry> &entries)
{
    beginResetModel();
    m_entries = entries;
    m_brokenSeq = 0;
    endResetModel();
}

void ModerationLogModel::setUserNames(const QHash<QString, QString> &names)
{
    m_names = names;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, ModeratorColumn), index(rowCount() - 1, ModeratorColumn));
}

void ModerationLogModel::setBrokenSeq(qint64 seq)
{
    m_brokenSeq = seq;
    if (!m_entries.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QByteArray ModerationLogModel::toCsv() const
{
    QByteArray out = "seq,ts,moderator_id,action,target_type,target_id,reason,prev_hash,hash\r\n";
    for (const community::LogEntry &e : m_entries) {
        const QList<QByteArray> fields{
            QByteArray::number(e.seq), QByteArray::number(e.ts), csvField(e.moderatorId),
            csvField(e.action),        csvField(e.targetType),   csvField(e.targetId),
            csvField(e.reason),        csvField(e.prevHash),     csvField(e.hash)};
        out += fields.join(',') + "\r\n";
    }
    return out;
}

QByteArray ModerationLogModel::toJson() const
{
    QJsonArray array;
    for (const community::LogEntry &e : m_entries)
        array.append(e.json);
    return QJsonDocument(array).toJson(QJsonDocument::Indented);
}

} // namespace nest::ui
