#pragma once

#include "governancetypes.h"

#include <QDialog>

class QComboBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace nest::ui {

//! Writing a proposal: title, body, choices (one per line), voting, weighting, window, quorum,
//! timelock and an action picked from the known ones. Checked before anything is sent; the
//! owner creates it on submitted() and answers with accept() or showError().
class CreateProposalDialog final : public QDialog {
    Q_OBJECT
public:
    //! The actions the server knows (ParamStore keys), offered by name.
    enum class ActionChoice { None, MarketFee, AlertThreshold };

    explicit CreateProposalDialog(QWidget *parent = nullptr);

    //! Clears the form for a new proposal starting at `nowMs`.
    void reset(qint64 nowMs);
    //! The proposal as filled in (no validation).
    governance::Proposal draft() const;
    //! Empty when the draft may be sent, else the first problem, in words.
    QString validate(qint64 nowMs) const;
    void showError(const QString &message);
    void setBusy(bool busy);

    QLineEdit &titleEdit() { return *m_title; }
    QPlainTextEdit &bodyEdit() { return *m_body; }
    QPlainTextEdit &choicesEdit() { return *m_choices; }
    QComboBox &votingBox() { return *m_voting; }
    QComboBox &weightingBox() { return *m_weighting; }
    QDateTimeEdit &startsEdit() { return *m_starts; }
    QDateTimeEdit &endsEdit() { return *m_ends; }
    QLineEdit &quorumEdit() { return *m_quorum; }
    QSpinBox &timelockHoursBox() { return *m_timelock; }
    QComboBox &actionBox() { return *m_action; }
    QDoubleSpinBox &actionValueBox() { return *m_value; }
    QPushButton &submitButton() { return *m_submit; }
    QString errorText() const;

Q_SIGNALS:
    void submitted(const governance::Proposal &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateActionValue();
    void submit();

    QLineEdit *m_title;
    QPlainTextEdit *m_body;
    QPlainTextEdit *m_choices;
    QComboBox *m_voting;
    QComboBox *m_weighting;
    QDateTimeEdit *m_starts;
    QDateTimeEdit *m_ends;
    QLineEdit *m_quorum;
    QSpinBox *m_timelock;
    QComboBox *m_action;
    QDoubleSpinBox *m_value;
    QLabel *m_error;
    QLabel *m_hint;
    QPushButton *m_submit;
    QPushButton *m_cancel;
    QFormLayout *m_form;
    QList<QLabel *> m_labels; //!< the form's labels, in row order
    int m_shownAction = -1;   //!< the action whose value field is set up
};

} // namespace nest::ui
