#pragma once

#include "governancetypes.h"
#include "tallyrecount.h"

#include <QWidget>

#include <optional>

class QLabel;
class QProgressBar;
class QPushButton;

namespace nest::ui {

class TallyChart;

//! One proposal: title, modes, body, the live tally chart, turnout against quorum, the
//! timelock countdown and the action (executed or not), the user's own vote, and the outcome
//! of "Verify results". All user text is plain.
class ProposalPage final : public QWidget {
    Q_OBJECT
public:
    explicit ProposalPage(QWidget *parent = nullptr);

    void setProposal(const governance::Proposal &proposal, qint64 nowMs);
    void clear();
    //! Counts the countdowns down.
    void setNow(qint64 nowMs);
    //! The user's counted vote on this proposal, when known.
    void setMyVote(const std::optional<governance::Vote> &vote);
    //! Voting needs the voter role; creating too.
    void setCanVote(bool canVote);
    //! "Verify results" is running / has a result / failed to fetch.
    void setVerifying();
    void setVerification(const governance::RecountResult &result);
    void setVerificationError(const QString &message);

    bool hasProposal() const { return m_proposal.has_value(); }
    const governance::Proposal &proposal() const { return *m_proposal; }
    TallyChart &chart() { return *m_chart; }
    QPushButton &voteButton() { return *m_vote; }
    QPushButton &verifyButton() { return *m_verify; }
    QString verificationText() const;
    QString turnoutText() const;
    QString timeText() const;
    QString actionText() const;

Q_SIGNALS:
    void voteClicked();
    void verifyClicked();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refresh();

    std::optional<governance::Proposal> m_proposal;
    std::optional<governance::Vote> m_myVote;
    std::optional<governance::RecountResult> m_verification;
    QString m_verificationError;
    bool m_verifying = false;
    bool m_canVote = false;
    qint64 m_now = 0;
    QLabel *m_title;
    QLabel *m_meta;
    QLabel *m_time;
    QLabel *m_body;
    TallyChart *m_chart;
    QLabel *m_turnout;
    QProgressBar *m_turnoutBar;
    QLabel *m_action;
    QLabel *m_myVoteLabel;
    QPushButton *m_vote;
    QPushButton *m_verify;
    QLabel *m_verificationLabel;
    QLabel *m_empty;
    QWidget *m_content;
};

} // namespace nest::ui
