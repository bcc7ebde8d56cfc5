#include "createproposaldialog.h"

#include "governancerules.h"

#include <QComboBox>
#include <QDateTime>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QVBoxLayout>

namespace nest::ui {
namespace {
constexpr qint64 kGovHourMs = 3'600'000;
constexpr qint64 kGovDefaultWindowMs = 3 * 24 * kGovHourMs;

//! The value of a run of decimal digits of any script (the validator lets only those in).
qint64 govDigitsValue(QStringView text)
{
    qint64 value = 0;
    for (const QChar c : text) {
        if (const int digit = c.digitValue(); digit >= 0)
            value = value * 10 + digit;
    }
    return value;
}

QStringList govChoiceLines(const QString &text)
{
    QStringList out;
    for (const QString &line : text.split(u'\n')) {
        if (!line.trimmed().isEmpty())
            out << line.trimmed();
    }
    return out;
}
} // namespace

CreateProposalDialog::CreateProposalDialog(QWidget *parent)
    : QDialog(parent)
    , m_title(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_choices(new QPlainTextEdit(this))
    , m_voting(new QComboBox(this))
    , m_weighting(new QComboBox(this))
    , m_starts(new QDateTimeEdit(this))
    , m_ends(new QDateTimeEdit(this))
    , m_quorum(new QLineEdit(this))
    , m_timelock(new QSpinBox(this))
    , m_action(new QComboBox(this))
    , m_value(new QDoubleSpinBox(this))
    , m_error(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_submit(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_form(new QFormLayout)
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(520);
    m_title->setMaxLength(int(governance::limits::kMaxTitleChars));
    m_body->setTabChangesFocus(true);
    m_body->setMaximumHeight(110);
    m_choices->setTabChangesFocus(true);
    m_choices->setMaximumHeight(110);
    m_starts->setCalendarPopup(true);
    m_ends->setCalendarPopup(true);
    // Digits of any script: the field shows the language's own (Arabic-Indic in Arabic).
    m_quorum->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{1,15}"),
                           QRegularExpression::UseUnicodePropertiesOption),
        this));
    m_timelock->setRange(0, int(governance::limits::kMaxTimelockMs / kGovHourMs));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    QFont bold = m_error->font();
    bold.setBold(true);
    m_error->setFont(bold);
    m_hint->setTextFormat(Qt::PlainText);
    m_hint->setWordWrap(true);
    for (int i = 0; i < 2; ++i)
        m_voting->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_weighting->addItem(QString());
    for (int i = 0; i < 3; ++i)
        m_action->addItem(QString());
    auto *actionRow = new QHBoxLayout;
    actionRow->addWidget(m_action, 1);
    actionRow->addWidget(m_value);
    const QList<QWidget *> fields{m_title,  m_body, m_choices, m_voting,  m_weighting,
                                  m_starts, m_ends, m_quorum,  m_timelock};
    for (QWidget *field : fields) {
        auto *label = new QLabel(this);
        label->setTextFormat(Qt::PlainText);
        label->setBuddy(field);
        m_labels << label;
        m_form->addRow(label, field);
    }
    auto *actionLabel = new QLabel(this);
    actionLabel->setTextFormat(Qt::PlainText);
    actionLabel->setBuddy(m_action);
    m_labels << actionLabel;
    m_form->addRow(actionLabel, actionRow);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_cancel);
    buttons->addWidget(m_submit);
    m_submit->setDefault(true);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(m_form);
    layout->addWidget(m_hint);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    connect(m_action, &QComboBox::currentIndexChanged, this,
            &CreateProposalDialog::updateActionValue);
    connect(m_submit, &QPushButton::clicked, this, &CreateProposalDialog::submit);
    connect(m_cancel, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
    reset(QDateTime::currentMSecsSinceEpoch());
}

void CreateProposalDialog::reset(qint64 nowMs)
{
    m_title->clear();
    m_body->clear();
    m_choices->setPlainText(tr("Yes") + u'\n' + tr("No"));
    m_voting->setCurrentIndex(0);
    m_weighting->setCurrentIndex(0);
    m_starts->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs));
    m_ends->setDateTime(QDateTime::fromMSecsSinceEpoch(nowMs + kGovDefaultWindowMs));
    m_quorum->setText(locale().toString(1));
    m_timelock->setValue(0);
    m_action->setCurrentIndex(0);
    m_shownAction = -1;
    m_error->clear();
    m_error->hide();
    setBusy(false);
    updateActionValue();
}

governance::Proposal CreateProposalDialog::draft() const
{
    governance::Proposal p;
    p.title = m_title->text().trimmed();
    p.body = m_body->toPlainText();
    p.choices = govChoiceLines(m_choices->toPlainText());
    p.voting = governance::Voting(m_voting->currentIndex());
    p.weighting = governance::Weighting(m_weighting->currentIndex());
    p.startsAt = m_starts->dateTime().toMSecsSinceEpoch();
    p.endsAt = m_ends->dateTime().toMSecsSinceEpoch();
    p.quorum = govDigitsValue(m_quorum->text());
    p.timelockMs = qint64(m_timelock->value()) * kGovHourMs;
    switch (ActionChoice(m_action->currentIndex())) {
    case ActionChoice::None:
        break;
    case ActionChoice::MarketFee: // shown in percent, stored in basis points
        p.action = governance::Action{QString(governance::Action::SetParam),
                                      QStringLiteral("market.fee_bps"),
                                      double(qRound(m_value->value() * 100.0))};
        break;
    case ActionChoice::AlertThreshold:
        p.action = governance::Action{QString(governance::Action::SetParam),
                                      QStringLiteral("alerts.z_threshold"), m_value->value()};
        break;
    }
    return p;
}

QString CreateProposalDialog::validate(qint64 nowMs) const
{
    namespace lim = governance::limits;
    const governance::Proposal p = draft();
    if (p.title.isEmpty())
        return tr("Give the proposal a title.");
    if (p.body.size() > lim::kMaxBodyChars)
        return tr("The description is too long (at most %1 characters).").arg(lim::kMaxBodyChars);
    if (p.choices.size() < lim::kMinChoices || p.choices.size() > lim::kMaxChoices)
        return tr("Write 2 to 10 choices, one per line.");
    for (const QString &choice : p.choices) {
        if (choice.size() > lim::kMaxChoiceChars)
            return tr("A choice is too long (at most %1 characters).").arg(lim::kMaxChoiceChars);
    }
    if (QStringList unique = p.choices; unique.removeDuplicates() > 0)
        return tr("Each choice must be different.");
    if (p.endsAt <= p.startsAt)
        return tr("Voting must close after it opens.");
    if (p.endsAt <= nowMs)
        return tr("Voting must close in the future.");
    if (p.endsAt - p.startsAt > lim::kMaxWindowMs)
        return tr("Voting may stay open for at most 366 days.");
    if (m_quorum->text().isEmpty())
        return tr("Set a quorum: the total weight that must vote (0 for none).");
    return {};
}

void CreateProposalDialog::showError(const QString &message)
{
    setBusy(false);
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString CreateProposalDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

void CreateProposalDialog::setBusy(bool busy)
{
    m_submit->setEnabled(!busy);
    m_submit->setText(busy ? tr("Creating…") : tr("Create proposal"));
}

void CreateProposalDialog::submit()
{
    const QString problem = validate(QDateTime::currentMSecsSinceEpoch());
    if (!problem.isEmpty()) {
        showError(problem);
        return;
    }
    showError(QString());
    setBusy(true);
    Q_EMIT submitted(draft());
}

void CreateProposalDialog::updateActionValue()
{
    // A language change comes through here too: keep what the user typed then.
    const bool changed = m_action->currentIndex() != m_shownAction;
    m_shownAction = m_action->currentIndex();
    // The bounds are the server's (ParamStore); it checks again.
    switch (ActionChoice(m_action->currentIndex())) {
    case ActionChoice::None:
        m_value->setEnabled(false);
        m_value->setSuffix(QString());
        break;
    case ActionChoice::MarketFee:
        m_value->setEnabled(true);
        m_value->setDecimals(2);
        m_value->setRange(0, 100);
        m_value->setSingleStep(0.25);
        m_value->setSuffix(QStringLiteral(" %"));
        if (changed)
            m_value->setValue(2.5);
        break;
    case ActionChoice::AlertThreshold:
        m_value->setEnabled(true);
        m_value->setDecimals(1);
        m_value->setRange(2, 50);
        m_value->setSingleStep(0.5);
        m_value->setSuffix(QStringLiteral(" σ"));
        if (changed)
            m_value->setValue(6);
        break;
    }
    m_hint->setText(m_action->currentIndex() == 0
                        ? tr("Without an action the result is advisory.")
                        : tr("The first choice enacts the action: it runs when that choice "
                             "wins, after the timelock."));
}

void CreateProposalDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void CreateProposalDialog::retranslateUi()
{
    setWindowTitle(tr("New proposal"));
    const QStringList labels{
        tr("Title"),         tr("Description"),     tr("Choices (one per line)"),
        tr("Voting"),        tr("Weighting"),       tr("Voting opens"),
        tr("Voting closes"), tr("Quorum (weight)"), tr("Timelock (hours)"),
        tr("Action")};
    for (int i = 0; i < labels.size() && i < m_labels.size(); ++i)
        m_labels.at(i)->setText(labels.at(i));
    m_voting->setItemText(0, tr("Single choice"));
    m_voting->setItemText(1, tr("Approval (several choices)"));
    m_weighting->setItemText(0, tr("Equal: one voter, one vote"));
    m_weighting->setItemText(1, tr("Balance at creation"));
    m_weighting->setItemText(2, tr("Square root of balance (quadratic)"));
    m_action->setItemText(0, tr("None"));
    m_action->setItemText(1, tr("Set the marketplace fee"));
    m_action->setItemText(2, tr("Set the alert threshold"));
    m_cancel->setText(tr("Cancel"));
    setBusy(!m_submit->isEnabled());
    updateActionValue();
}

} // namespace nest::ui
