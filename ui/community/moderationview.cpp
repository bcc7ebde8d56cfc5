#include "moderationview.h"

#include "bidi.h"
#include "moderationlogmodel.h"
#include "reasondialog.h"
#include "reportqueuemodel.h"

#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <optional>

namespace nest::ui {
namespace {
QTableView *moderationTable(QWidget *parent, const char *name)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QLatin1StringView(name));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setWordWrap(false);
    table->setTabKeyNavigation(false); // arrows move between rows, Tab leaves the table
    table->verticalHeader()->hide();
    table->horizontalHeader()->setHighlightSections(false);
    return table;
}
} // namespace

ModerationView::ModerationView(QWidget *parent)
    : QWidget(parent)
    , m_queue(new ReportQueueModel(this))
    , m_sorted(new QSortFilterProxyModel(this))
    , m_log(new ModerationLogModel(this))
    , m_queueTitle(new QLabel(this))
    , m_queueTable(moderationTable(this, "reportQueue"))
    , m_hide(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_suspend(new QPushButton(this))
    , m_dismiss(new QPushButton(this))
    , m_refresh(new QPushButton(this))
    , m_logTitle(new QLabel(this))
    , m_logTable(moderationTable(this, "moderationLog"))
    , m_verify(new QPushButton(this))
    , m_exportCsv(new QPushButton(this))
    , m_exportJson(new QPushButton(this))
    , m_verifyResult(new QLabel(this))
    , m_message(new QLabel(this))
{
    setObjectName(QStringLiteral("moderationView"));
    m_sorted->setSourceModel(m_queue);
    m_sorted->setSortRole(ReportQueueModel::SortRole);
    m_queueTable->setModel(m_sorted);
    m_queueTable->setSortingEnabled(true);
    m_queueTable->sortByColumn(ReportQueueModel::AgeColumn, Qt::DescendingOrder); // oldest first
    m_queueTable->horizontalHeader()->setSectionResizeMode(ReportQueueModel::PostColumn,
                                                           QHeaderView::Stretch);
    m_logTable->setModel(m_log);
    m_logTable->horizontalHeader()->setSectionResizeMode(ModerationLogModel::ReasonColumn,
                                                         QHeaderView::Stretch);
    for (int column : {int(ModerationLogModel::SeqColumn), int(ModerationLogModel::TimeColumn),
                       int(ModerationLogModel::ActionColumn)})
        m_logTable->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setTextFormat(Qt::PlainText);
    m_verifyResult->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("moderationMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);
    QFont bold = m_queueTitle->font();
    bold.setBold(true);
    m_queueTitle->setFont(bold);
    m_logTitle->setFont(bold);

    // One key each (see eventFilter) or a click; both act on the selected report and always
    // ask for a reason first.
    const std::pair<QPushButton *, Action> buttons[] = {
        {m_hide, Action::Hide},
        {m_delete, Action::Delete},
        {m_suspend, Action::Suspend},
        {m_dismiss, Action::Dismiss},
    };
    for (const auto &[button, action] : buttons)
        connect(button, &QPushButton::clicked, this, [this, a = action] { requestAction(a); });
    m_queueTable->installEventFilter(this);
    m_hide->setObjectName(QStringLiteral("hideButton"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_suspend->setObjectName(QStringLiteral("suspendButton"));
    m_dismiss->setObjectName(QStringLiteral("dismissButton"));
    m_verify->setObjectName(QStringLiteral("verifyButton"));

    auto *queueBar = new QHBoxLayout;
    queueBar->addWidget(m_queueTitle);
    queueBar->addStretch();
    for (QPushButton *b : {m_hide, m_delete, m_suspend, m_dismiss, m_refresh})
        queueBar->addWidget(b);
    auto *queueBox = new QWidget(this);
    auto *queueLayout = new QVBoxLayout(queueBox);
    queueLayout->setContentsMargins(0, 0, 0, 0);
    queueLayout->addLayout(queueBar);
    queueLayout->addWidget(m_queueTable, 1);

    auto *logBar = new QHBoxLayout;
    logBar->addWidget(m_logTitle);
    logBar->addStretch();
    for (QPushButton *b : {m_verify, m_exportCsv, m_exportJson})
        logBar->addWidget(b);
    auto *logBox = new QWidget(this);
    auto *logLayout = new QVBoxLayout(logBox);
    logLayout->setContentsMargins(0, 0, 0, 0);
    logLayout->addLayout(logBar);
    logLayout->addWidget(m_verifyResult);
    logLayout->addWidget(m_logTable, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(queueBox);
    splitter->addWidget(logBox);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_message);

    connect(m_refresh, &QPushButton::clicked, this, &ModerationView::refreshRequested);
    connect(m_verify, &QPushButton::clicked, this, &ModerationView::verifyRequested);
    connect(m_exportCsv, &QPushButton::clicked, this, [this] { askExport(QStringLiteral("csv")); });
    connect(m_exportJson, &QPushButton::clicked, this,
            [this] { askExport(QStringLiteral("json")); });
    connect(m_queueTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ModerationView::updateButtons);
    // The oldest report is selected once there is one, so that a single key acts on it.
    const auto selectFirst = [this] {
        if (!m_queueTable->currentIndex().isValid() && m_sorted->rowCount() > 0)
            m_queueTable->selectRow(0);
        updateButtons();
    };
    connect(m_sorted, &QAbstractItemModel::modelReset, this, selectFirst);
    connect(m_sorted, &QAbstractItemModel::rowsInserted, this, selectFirst);
    connect(m_sorted, &QAbstractItemModel::rowsRemoved, this, &ModerationView::updateButtons);
    retranslateUi();
    updateButtons();
}

bool ModerationView::eventFilter(QObject *watched, QEvent *event)
{
    // Plain keys while the queue has focus: nothing on this page takes text input there, and
    // a window-wide shortcut would fire from the log table too.
    if (watched == m_queueTable && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->modifiers() & ~Qt::KeypadModifier)
            return QWidget::eventFilter(watched, event);
        std::optional<Action> action;
        switch (key->key()) {
        case Qt::Key_H:
            action = Action::Hide;
            break;
        case Qt::Key_Delete:
            action = Action::Delete;
            break;
        case Qt::Key_S:
            action = Action::Suspend;
            break;
        case Qt::Key_D:
            action = Action::Dismiss;
            break;
        default:
            break;
        }
        if (action) {
            requestAction(*action);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ModerationView::requestAction(Action action)
{
    const QModelIndex current = m_queueTable->currentIndex();
    if (!current.isValid())
        return;
    const QModelIndex source = m_sorted->mapToSource(current);
    const community::Report &report = m_queue->reportAt(source.row());
    QString target;
    QString title;
    QString prompt;
    switch (action) {
    case Action::Hide:
        target = report.postId;
        title = tr("Hide post");
        prompt = tr("Hide this post from everyone but its author and moderators. Why?");
        break;
    case Action::Delete:
        target = report.postId;
        title = tr("Delete post");
        prompt = tr("Delete this post for everyone. Why?");
        break;
    case Action::Suspend:
        target = report.post ? report.post->author.id : QString();
        title = tr("Suspend author");
        prompt =
            withHandle(tr("Suspend @%1: they can read but not post, comment, like or report. Why?"),
                       1, report.post ? report.post->author.username : QString());
        break;
    case Action::Dismiss:
        target = report.id;
        title = tr("Dismiss report");
        prompt = tr("Close this report without acting on the post. Why?");
        break;
    }
    if (target.isEmpty())
        return;
    auto *dialog = new ReasonDialog(title, prompt, action == Action::Suspend, this);
    connect(dialog, &QDialog::accepted, this, [this, dialog, action, target] {
        Q_EMIT actionRequested(action, target, dialog->reason(), dialog->durationMs());
    });
    dialog->open();
}

void ModerationView::setVerifyResult(qint64 checked, qint64 brokenSeq, const QString &problem)
{
    m_checked = checked;
    m_brokenSeq = brokenSeq;
    m_problem = problem;
    m_log->setBrokenSeq(brokenSeq);
    if (brokenSeq > 0) {
        for (int row = 0; row < m_log->rowCount(); ++row) {
            if (m_log->entries().at(row).seq == brokenSeq)
                m_logTable->scrollTo(m_log->index(row, 0));
        }
    }
    retranslateUi();
}

QString ModerationView::verifyText() const
{
    return m_verifyResult->text();
}

void ModerationView::showMessage(const QString &message)
{
    m_message->setText(message);
}

QString ModerationView::messageText() const
{
    return m_message->text();
}

bool ModerationView::exportLog(const QString &format, const QString &path)
{
    QSaveFile file(path);
    const QByteArray bytes = format == QLatin1StringView("csv") ? m_log->toCsv() : m_log->toJson();
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showMessage(tr("Could not write %1: %2").arg(path, file.errorString()));
        return false;
    }
    showMessage(tr("Exported %Ln log entries to %1.", nullptr, m_log->rowCount()).arg(path));
    return true;
}

void ModerationView::askExport(const QString &format)
{
    const QString filter =
        format == QLatin1StringView("csv") ? tr("CSV files (*.csv)") : tr("JSON files (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export moderation log"),
                                                      u"moderation-log."_qs + format, filter);
    if (!path.isEmpty())
        exportLog(format, path);
}

void ModerationView::updateButtons()
{
    const bool selected =
        m_queueTable->currentIndex().isValid() && m_queueTable->selectionModel()->hasSelection();
    for (QPushButton *b : {m_hide, m_delete, m_suspend, m_dismiss})
        b->setEnabled(selected);
}

void ModerationView::retranslateUi()
{
    m_queueTitle->setText(tr("Open reports"));
    m_queueTable->setAccessibleName(m_queueTitle->text());
    m_hide->setText(tr("Hide (H)"));
    m_delete->setText(tr("Delete (Del)"));
    m_suspend->setText(tr("Suspend author (S)"));
    m_dismiss->setText(tr("Dismiss (D)"));
    m_refresh->setText(tr("Refresh"));
    m_logTitle->setText(tr("Moderation log"));
    m_logTable->setAccessibleName(m_logTitle->text());
    m_verify->setText(tr("Verify chain"));
    m_exportCsv->setText(tr("Export CSV…"));
    m_exportJson->setText(tr("Export JSON…"));
    if (m_checked < 0)
        m_verifyResult->setText(tr("Each entry is hash-chained to the one before it: "
                                   "\"Verify chain\" recomputes every hash."));
    else if (m_brokenSeq == 0)
        m_verifyResult->setText(
            m_checked == 1 ? tr("Chain intact: 1 entry verified.")
                           : tr("Chain intact: %Ln entries verified.", nullptr, int(m_checked)));
    else
        m_verifyResult->setText(
            tr("Chain broken at entry #%1: %2").arg(QLocale().toString(m_brokenSeq), m_problem));
}

void ModerationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace nest::ui
