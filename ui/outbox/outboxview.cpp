#include "outboxview.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace nest::ui {

OutboxView::OutboxView(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_table(new QTableView(this))
    , m_cancel(new QPushButton(this))
    , m_retry(new QPushButton(this))
{
    setObjectName(QStringLiteral("outboxView"));
    m_table->setObjectName(QStringLiteral("outboxTable"));
    m_table->setTabKeyNavigation(false); // arrows move between rows, Tab leaves the table
    m_cancel->setObjectName(QStringLiteral("outboxCancel"));
    m_retry->setObjectName(QStringLiteral("outboxRetry"));
    m_notice->setObjectName(QStringLiteral("outboxNotice"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    m_title->setFont(titleFont);
    // Summaries, reasons and notices carry user and server text.
    for (QLabel *label : {m_title, m_status, m_notice}) {
        label->setTextFormat(Qt::PlainText);
        label->setWordWrap(true);
    }
    m_notice->setFrameShape(QFrame::StyledPanel);
    m_notice->setMargin(8);
    m_notice->setBackgroundRole(QPalette::AlternateBase);
    m_notice->setAutoFillBackground(true);
    m_notice->hide();

    m_table->setModel(&m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::TimeColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::ActionColumn,
                                                      QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::KindColumn,
                                                      QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(OutboxModel::StateColumn,
                                                      QHeaderView::Stretch);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_cancel);
    buttons->addStretch();
    buttons->addWidget(m_retry);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 18, 24, 18);
    layout->addWidget(m_title);
    layout->addWidget(m_status);
    layout->addWidget(m_notice);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(m_cancel, &QPushButton::clicked, this, [this] {
        const QString id = selectedId();
        if (!id.isEmpty())
            Q_EMIT cancelRequested(id);
    });
    connect(m_retry, &QPushButton::clicked, this, &OutboxView::retryRequested);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &OutboxView::updateButtons);
    for (auto signal : {&QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved}) {
        connect(&m_model, signal, this, [this] { retranslateUi(); });
    }
    connect(&m_model, &QAbstractItemModel::modelReset, this, [this] { retranslateUi(); });
    connect(&m_model, &QAbstractItemModel::dataChanged, this, [this] { retranslateUi(); });
    retranslateUi();
}

void OutboxView::setNotice(const QString &notice)
{
    m_noticeText = notice;
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());
}

QString OutboxView::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(OutboxModel::IdRole).toString();
}

void OutboxView::updateButtons()
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    const bool any = !rows.isEmpty();
    const bool refused =
        any && rows.first().data(OutboxModel::StateRole).toInt() == int(OutboxRow::State::Refused);
    m_cancel->setEnabled(any && rows.first().data(OutboxModel::CancellableRole).toBool());
    m_cancel->setText(refused ? tr("&Dismiss") : tr("&Cancel action"));
    m_retry->setEnabled(m_model.waitingCount() > 0);
}

void OutboxView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        Q_EMIT m_model.headerDataChanged(Qt::Horizontal, 0, OutboxModel::ColumnCount - 1);
    }
    QWidget::changeEvent(event);
}

void OutboxView::retranslateUi()
{
    m_title->setText(tr("Outbox"));
    m_table->setAccessibleName(tr("Actions waiting to be sent"));
    const int waiting = m_model.waitingCount();
    const int refused = m_model.refusedCount();
    QString status = waiting == 0
                         ? tr("Nothing is waiting to be sent.")
                         : tr("%n action(s) waiting to be sent, in this order.", nullptr, waiting);
    if (refused > 0)
        status += u' ' + tr("%n action(s) refused by the server.", nullptr, refused);
    m_status->setText(status);
    m_retry->setText(tr("&Retry now"));
    updateButtons();
}

} // namespace nest::ui
