#pragma once

#include "dashboarddata.h"

#include <QJsonObject>
#include <QTimer>
#include <QWidget>

#include <array>
#include <optional>

class QGridLayout;
class QLabel;
class QLineEdit;
class QListView;

namespace nest::ui {

class PersonalityLearnerView;
class PersonalityRadar;
class PersonalityResultsModel;
class PersonalityTrend;

//! The dashboard's personality view: user search, the selected user's traits as a radar with the
//! cohort average and as trends over time, and the continuous learner's state. Widgets only: the
//! owner answers its signals with data.
class PersonalityPanel final : public QWidget {
    Q_OBJECT
public:
    //! Quiet time after the last keystroke before a search is requested.
    static constexpr int kSearchDebounceMs = 250;

    explicit PersonalityPanel(QWidget *parent = nullptr);
    ~PersonalityPanel() override;

    void setSearchResults(const QList<UserSummary> &users);
    //! The selected user's latest estimate and history (GET .../users/{id}/traits).
    void setUserTraits(const TraitHistory &history);
    void setCohortAverage(const analytics::TraitVector &average);
    //! A `behavior.traits` update: moves the radar and extends the trend when it is about the
    //! selected user; other users only refresh their row in the results.
    void updateLive(const UserSummary &user);
    void setModelState(const ModelState &state);

    QString selectedUserId() const { return m_user.id; }
    //! {user_id, name, traits, confidence, samples, cohort_average?, history:[{ts, traits}]};
    //! empty when no user is selected.
    QJsonObject selectedUserJson() const;
    bool exportRadarPng(const QString &path) const;
    bool exportTrendPng(const QString &path) const;

    PersonalityRadar *radar() const { return m_radar; }
    PersonalityTrend *trend() const { return m_trend; }
    PersonalityLearnerView *learner() const { return m_learner; }
    PersonalityResultsModel *resultsModel() const { return m_results; }

Q_SIGNALS:
    void searchRequested(const QString &query);
    void userSelected(const QString &userId);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void flushSearch(bool force);
    void onCurrentRowChanged(const QModelIndex &current);
    void showUser(const UserSummary &user);
    void updateUserText();
    void appendHistory(qint64 ts, const analytics::TraitVector &traits);

    QLineEdit *m_search;
    QListView *m_list;
    PersonalityResultsModel *m_results;
    QLabel *m_name;
    QLabel *m_details;
    QGridLayout *m_table;
    QLabel *m_userRow;
    QLabel *m_cohortRow;
    std::array<QLabel *, analytics::kTraits> m_traitHeaders{};
    std::array<QLabel *, analytics::kTraits> m_userValues{};
    std::array<QLabel *, analytics::kTraits> m_cohortValues{};
    PersonalityRadar *m_radar;
    PersonalityTrend *m_trend;
    PersonalityLearnerView *m_learner;
    QTimer m_debounce;
    QString m_lastQuery;
    bool m_hasUser = false;
    UserSummary m_user;
    QList<std::pair<qint64, analytics::TraitVector>> m_history;
    std::optional<analytics::TraitVector> m_cohort;
};

} // namespace nest::ui
