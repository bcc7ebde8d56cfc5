#include "personalityresultsmodel.h"

#include "bidi.h"

#include <QLocale>

namespace nest::ui {

PersonalityResultsModel::PersonalityResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void PersonalityResultsModel::setUsers(const QList<UserSummary> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

bool PersonalityResultsModel::updateUser(const UserSummary &user)
{
    const int row = rowOf(user.id);
    if (row < 0)
        return false;
    // A stream update carries no name: keep the one the search returned.
    const QString name = m_users[row].name;
    m_users[row] = user;
    if (m_users[row].name.isEmpty())
        m_users[row].name = name;
    const QModelIndex changed = index(row);
    Q_EMIT dataChanged(changed, changed);
    return true;
}

int PersonalityResultsModel::rowOf(const QString &userId) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == userId)
            return row;
    }
    return -1;
}

int PersonalityResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

QVariant PersonalityResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const UserSummary &user = m_users.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        // The default delegate paints plain text, so a name with markup shows as typed.
        if (user.name.isEmpty() || user.name == user.id)
            return user.id;
        return tr("%1 (%2)", "user name (user id)").arg(isolated(user.name), isolated(user.id));
    case Qt::AccessibleTextRole:
        return tr("%1, confidence %2%")
            .arg(isolated(user.name.isEmpty() ? user.id : user.name),
                 QLocale().toString(user.confidence * 100, 'f', 0));
    case UserIdRole:
        return user.id;
    case NameRole:
        return user.name;
    case ConfidenceRole:
        return user.confidence;
    case SamplesRole:
        return user.samples;
    default:
        return {};
    }
}

QHash<int, QByteArray> PersonalityResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UserIdRole, QByteArrayLiteral("userId"));
    names.insert(NameRole, QByteArrayLiteral("name"));
    names.insert(ConfidenceRole, QByteArrayLiteral("confidence"));
    names.insert(SamplesRole, QByteArrayLiteral("samples"));
    return names;
}

} // namespace nest::ui
