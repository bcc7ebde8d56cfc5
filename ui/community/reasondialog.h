#pragma once

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;

namespace nest::ui {

//! Asks for the reason of a report or a moderator's action (and, to suspend, for how long).
//! Opened with open(): never blocks, so views stay testable; accepted() carries the answer.
class ReasonDialog final : public QDialog {
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &prompt, bool askDuration,
                 QWidget *parent = nullptr);

    QString reason() const;
    //! The chosen suspension length; 0 without a duration.
    qint64 durationMs() const;
    void setReason(const QString &reason);
    //! Picks the duration closest to `ms` (tests).
    void setDurationMs(qint64 ms);

private:
    void updateOk();

    QLabel *m_prompt;
    QPlainTextEdit *m_reason;
    QComboBox *m_duration = nullptr;
    QDialogButtonBox *m_buttons;
};

} // namespace nest::ui
