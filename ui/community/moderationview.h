#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace nest::ui {

class ModerationLogModel;
class ReportQueueModel;

//! The moderators' page: the open-report queue (sortable by age and report count) with
//! one-key actions that each ask for a reason, and the moderation log with "verify chain"
//! and CSV/JSON export. It speaks no HTTP: the controller answers its signals.
class ModerationView final : public QWidget {
    Q_OBJECT
public:
    enum class Action { Hide, Delete, Suspend, Dismiss };
    Q_ENUM(Action)

    explicit ModerationView(QWidget *parent = nullptr);

    ReportQueueModel *queue() const { return m_queue; }
    ModerationLogModel *log() const { return m_log; }
    QTableView *queueTable() const { return m_queueTable; }
    QTableView *logTable() const { return m_logTable; }
    QSortFilterProxyModel *sortedQueue() const { return m_sorted; }

    //! Starts `action` on the selected report: asks for a reason (and a duration to suspend).
    void requestAction(Action action);
    //! The chain check's answer: `brokenSeq` 0 when intact.
    void setVerifyResult(qint64 checked, qint64 brokenSeq, const QString &problem);
    QString verifyText() const;
    void showMessage(const QString &message);
    QString messageText() const;
    //! Writes the log as "csv" or "json" to `path`; false (and a message) on failure.
    bool exportLog(const QString &format, const QString &path);

Q_SIGNALS:
    //! `targetId` is the post (hide, delete), the author (suspend) or the report (dismiss).
    void actionRequested(nest::ui::ModerationView::Action action, const QString &targetId,
                         const QString &reason, qint64 durationMs);
    void refreshRequested();
    void verifyRequested();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    void askExport(const QString &format);

    ReportQueueModel *m_queue;
    QSortFilterProxyModel *m_sorted;
    ModerationLogModel *m_log;
    QLabel *m_queueTitle;
    QTableView *m_queueTable;
    QPushButton *m_hide;
    QPushButton *m_delete;
    QPushButton *m_suspend;
    QPushButton *m_dismiss;
    QPushButton *m_refresh;
    QLabel *m_logTitle;
    QTableView *m_logTable;
    QPushButton *m_verify;
    QPushButton *m_exportCsv;
    QPushButton *m_exportJson;
    QLabel *m_verifyResult;
    QLabel *m_message;
    qint64 m_checked = -1;
    qint64 m_brokenSeq = 0;
    QString m_problem;
};

} // namespace nest::ui
