#pragma once

#include "governancetypes.h"
#include "tallyrecount.h"

#include <QTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nest::ui {

class CreateProposalDialog;
class ProposalListModel;
class ProposalPage;
class VoteDialog;

//! The Governance view: proposals filtered by status with what happens next and when, the
//! selected proposal's page, and the vote and create-proposal dialogs. Widgets only: the
//! owner (GovernanceController) feeds it and acts on its signals.
class GovernanceView final : public QWidget {
    Q_OBJECT
public:
    explicit GovernanceView(QWidget *parent = nullptr);

    void setProposals(const QList<governance::Proposal> &proposals);
    //! A proposal created, voted on or moved on (from the stream or an answer).
    void upsertProposal(const governance::Proposal &proposal);
    void selectProposal(const QString &id);
    QString selectedId() const { return m_selected; }
    //! The signed-in user's counted vote on a proposal (kept per proposal).
    void setMyVote(const governance::Vote &vote);
    void setCanVote(bool canVote);
    void setVerifying(const QString &proposalId);
    void setVerification(const QString &proposalId, const governance::RecountResult &result);
    void setVerificationError(const QString &proposalId, const QString &message);
    //! A sentence under the list (loading failed, ...); empty hides it.
    void setNotice(const QString &notice);
    QString notice() const;

    ProposalListModel &model() { return *m_model; }
    QTableView &list() { return *m_list; }
    QComboBox &statusFilter() { return *m_filter; }
    ProposalPage &page() { return *m_page; }
    VoteDialog &voteDialog() { return *m_voteDialog; }
    CreateProposalDialog &createDialog() { return *m_createDialog; }
    QPushButton &newProposalButton() { return *m_new; }

Q_SIGNALS:
    //! The page now shows this proposal (empty: none).
    void proposalSelected(const QString &proposalId);
    void voteRequested(const QString &proposalId, const QList<int> &choices);
    void verifyRequested(const QString &proposalId);
    void createRequested(const governance::Proposal &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void tick();
    void onCurrentChanged();
    void openVoteDialog();

    ProposalListModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QComboBox *m_filter;
    QPushButton *m_new;
    QLabel *m_notice;
    QTableView *m_list;
    ProposalPage *m_page;
    VoteDialog *m_voteDialog;
    CreateProposalDialog *m_createDialog;
    QTimer m_clock;
    QString m_selected;
    QHash<QString, governance::Vote> m_myVotes;
    bool m_canVote = false;
};

} // namespace nest::ui
