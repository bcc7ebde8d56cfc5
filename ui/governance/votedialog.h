#pragma once

#include "governancetypes.h"

#include <QDialog>

class QAbstractButton;
class QButtonGroup;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QVBoxLayout;

namespace nest::ui {

//! Casting (or changing) a vote: choose (one choice, or several for approval), confirm, then
//! a receipt with the signature once the server has recorded it. The owner signs and sends on
//! castRequested() and answers with showReceipt() or showError().
class VoteDialog final : public QDialog {
    Q_OBJECT
public:
    enum class Step { Choose, Confirm, Sending, Receipt };

    explicit VoteDialog(QWidget *parent = nullptr);

    //! Starts over for `proposal`, with `current` (the user's counted vote) preselected.
    void start(const governance::Proposal &proposal, const QList<int> &current = {});
    void showReceipt(const governance::Vote &vote);
    void showError(const QString &message);

    QString proposalId() const { return m_proposal.id; }
    Step step() const { return m_step; }
    QList<int> chosen() const;
    //! One radio button (single) or check box (approval) per choice, in order.
    QList<QAbstractButton *> choiceButtons() const { return m_choices; }
    QPushButton &nextButton() { return *m_next; }
    QPushButton &confirmButton() { return *m_confirm; }
    QString receiptText() const;
    QString errorText() const;

Q_SIGNALS:
    void castRequested(const QString &proposalId, const QList<int> &choices);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void setStep(Step step);
    void updateButtons();

    governance::Proposal m_proposal;
    Step m_step = Step::Choose;
    QStackedWidget *m_pages;
    QLabel *m_chooseTitle;
    QLabel *m_chooseHint;
    QVBoxLayout *m_choiceLayout;
    QButtonGroup *m_group;
    QList<QAbstractButton *> m_choices;
    QLabel *m_summary;
    QLabel *m_error;
    QLabel *m_sending;
    QLabel *m_receiptTitle;
    QLabel *m_receipt;
    QPlainTextEdit *m_signature;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_confirm;
    QPushButton *m_close;
};

} // namespace nest::ui
