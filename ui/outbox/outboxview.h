#pragma once

#include "outboxmodel.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace nest::ui {

//! The Outbox panel: actions waiting for the server (with cancel), refused ones with the
//! server's reason (with dismiss), and what the outbox last had to say (stalled, lost).
class OutboxView final : public QWidget {
    Q_OBJECT
public:
    explicit OutboxView(QWidget *parent = nullptr);

    OutboxModel &model() { return m_model; }
    QTableView *table() const { return m_table; }
    //! A sentence shown above the list ("No connection: retrying in 8 s", what was lost...);
    //! empty hides it.
    void setNotice(const QString &notice);
    QString notice() const { return m_noticeText; }
    QString selectedId() const;

Q_SIGNALS:
    //! Cancel a waiting action or dismiss a refused one.
    void cancelRequested(const QString &id);
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();

    OutboxModel m_model;
    QString m_noticeText;
    QLabel *m_title;
    QLabel *m_status;
    QLabel *m_notice;
    QTableView *m_table;
    QPushButton *m_cancel;
    QPushButton *m_retry;
};

} // namespace nest::ui
