#pragma once

#include "dashboarddata.h"

#include <QAbstractListModel>

namespace nest::ui {

//! The users a personality search returned, one row each, for a QListView.
class PersonalityResultsModel final : public QAbstractListModel {
    Q_OBJECT
public:
    enum Roles {
        UserIdRole = Qt::UserRole,
        NameRole,
        ConfidenceRole,
        SamplesRole,
    };
    Q_ENUM(Roles)

    explicit PersonalityResultsModel(QObject *parent = nullptr);

    void setUsers(const QList<UserSummary> &users);
    //! Updates the row of `user.id` in place (a live estimate); false when it is not listed.
    bool updateUser(const UserSummary &user);
    const UserSummary &userAt(int row) const { return m_users.at(row); }
    //! Row of `userId`, or -1.
    int rowOf(const QString &userId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    QList<UserSummary> m_users;
};

} // namespace nest::ui
