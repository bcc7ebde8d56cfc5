#include "shortcutsdialog.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace nest::ui {

ShortcutsDialog::ShortcutsDialog(QWidget *parent)
    : QDialog(parent)
    , m_intro(new QLabel(this))
    , m_table(new QTableWidget(this))
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    m_intro->setWordWrap(true);
    m_table->setColumnCount(2);
    m_table->setTabKeyNavigation(false); // arrows move between rows, Tab leaves the table
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);
    resize(520, 420);
    retranslateUi();
}

void ShortcutsDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void ShortcutsDialog::retranslateUi()
{
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table->setAccessibleName(windowTitle());
    m_intro->setText(tr("Every control can also be reached with Tab and Shift+Tab; Space or "
                        "Enter activates it."));
    m_table->setHorizontalHeaderLabels({tr("Keys"), tr("Action")});
    const QList<std::pair<QKeySequence, QString>> rows{
        {QKeySequence(Qt::CTRL | Qt::Key_1), tr("Go to the first view in the sidebar")},
        {QKeySequence(Qt::CTRL | Qt::Key_2), tr("Go to the second view")},
        {QKeySequence(Qt::CTRL | Qt::Key_3), tr("Go to the third view")},
        {QKeySequence(Qt::CTRL | Qt::Key_4), tr("Go to the fourth view")},
        {QKeySequence(Qt::CTRL | Qt::Key_5), tr("Go to the fifth view")},
        {QKeySequence(QKeySequence::Find), tr("Search in the current view")},
        {QKeySequence(QKeySequence::Refresh), tr("Reconnect to the server now")},
        {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T), tr("Switch between light and dark")},
        {QKeySequence(QKeySequence::HelpContents), tr("Show this list")},
        {QKeySequence(QKeySequence::Quit), tr("Quit")},
    };
    m_table->setRowCount(int(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        // Key names are shown as the platform writes them, always left to right.
        auto *keys = new QTableWidgetItem(rows[i].first.toString(QKeySequence::NativeText));
        m_table->setItem(i, 0, keys);
        m_table->setItem(i, 1, new QTableWidgetItem(rows[i].second));
    }
    m_table->resizeColumnToContents(0);
}

} // namespace nest::ui
