#include "reasondialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
constexpr qint64 kHourMs = 3'600'000;
} // namespace

ReasonDialog::ReasonDialog(const QString &title, const QString &prompt, bool askDuration,
                           QWidget *parent)
    : QDialog(parent)
    , m_prompt(new QLabel(prompt, this))
    , m_reason(new QPlainTextEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    m_prompt->setWordWrap(true);
    m_prompt->setTextFormat(Qt::PlainText);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setTabChangesFocus(true);
    m_reason->setPlaceholderText(tr("Reason (required)"));
    m_reason->setAccessibleName(tr("Reason"));
    m_reason->setAccessibleDescription(prompt);
    auto *form = new QFormLayout;
    if (askDuration) {
        m_duration = new QComboBox(this);
        m_duration->setObjectName(QStringLiteral("duration"));
        m_duration->addItem(tr("1 hour"), kHourMs);
        m_duration->addItem(tr("1 day"), 24 * kHourMs);
        m_duration->addItem(tr("7 days"), 7 * 24 * kHourMs);
        m_duration->addItem(tr("30 days"), 30 * 24 * kHourMs);
        m_duration->setCurrentIndex(1);
        form->addRow(tr("Duration:"), m_duration);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_prompt);
    layout->addWidget(m_reason);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QPlainTextEdit::textChanged, this, &ReasonDialog::updateOk);
    updateOk();
    resize(420, sizeHint().height());
}

QString ReasonDialog::reason() const
{
    return m_reason->toPlainText().trimmed();
}

qint64 ReasonDialog::durationMs() const
{
    return m_duration ? m_duration->currentData().toLongLong() : 0;
}

void ReasonDialog::setReason(const QString &reason)
{
    m_reason->setPlainText(reason);
}

void ReasonDialog::setDurationMs(qint64 ms)
{
    if (!m_duration)
        return;
    for (int i = 0; i < m_duration->count(); ++i) {
        if (m_duration->itemData(i).toLongLong() >= ms) {
            m_duration->setCurrentIndex(i);
            return;
        }
    }
}

void ReasonDialog::updateOk()
{
    // Every report and moderation step needs a reason: the log records why.
    const qsizetype chars = reason().size();
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(chars > 0 && chars <= 500);
}

} // namespace nest::ui
