#include "votedialog.h"

#include "bidi.h"
#include "governanceformat.h"
#include "governancerules.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QEvent>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace nest::ui {
namespace fmt = governanceformat;

namespace {
QLabel *govPlain(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    return label;
}
} // namespace

VoteDialog::VoteDialog(QWidget *parent)
    : QDialog(parent)
    , m_pages(new QStackedWidget(this))
    , m_group(new QButtonGroup(this))
{
    setWindowModality(Qt::WindowModal);
    setMinimumWidth(420);
    // Choose.
    auto *choose = new QWidget(m_pages);
    auto *chooseLayout = new QVBoxLayout(choose);
    m_chooseTitle = govPlain(choose);
    QFont bold = m_chooseTitle->font();
    bold.setBold(true);
    m_chooseTitle->setFont(bold);
    m_chooseHint = govPlain(choose);
    m_choiceLayout = new QVBoxLayout;
    chooseLayout->addWidget(m_chooseTitle);
    chooseLayout->addWidget(m_chooseHint);
    chooseLayout->addLayout(m_choiceLayout);
    chooseLayout->addStretch();
    // Confirm.
    auto *confirm = new QWidget(m_pages);
    auto *confirmLayout = new QVBoxLayout(confirm);
    m_summary = govPlain(confirm);
    m_error = govPlain(confirm);
    QFont errorFont = m_error->font();
    errorFont.setBold(true);
    m_error->setFont(errorFont);
    confirmLayout->addWidget(m_summary);
    confirmLayout->addWidget(m_error);
    confirmLayout->addStretch();
    // Sending.
    m_sending = govPlain(m_pages);
    m_sending->setAlignment(Qt::AlignCenter);
    // Receipt.
    auto *receipt = new QWidget(m_pages);
    auto *receiptLayout = new QVBoxLayout(receipt);
    m_receiptTitle = govPlain(receipt);
    m_receiptTitle->setFont(bold);
    m_receipt = govPlain(receipt);
    m_receipt->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_signature = new QPlainTextEdit(receipt);
    m_signature->setReadOnly(true);
    m_signature->setTabChangesFocus(true);
    m_signature->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_signature->setMaximumHeight(80);
    receiptLayout->addWidget(m_receiptTitle);
    receiptLayout->addWidget(m_receipt);
    receiptLayout->addWidget(m_signature);
    receiptLayout->addStretch();
    m_pages->addWidget(choose);
    m_pages->addWidget(confirm);
    m_pages->addWidget(m_sending);
    m_pages->addWidget(receipt);

    m_back = new QPushButton(this);
    m_next = new QPushButton(this);
    m_confirm = new QPushButton(this);
    m_close = new QPushButton(this);
    m_next->setDefault(true);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_back);
    buttons->addWidget(m_next);
    buttons->addWidget(m_confirm);
    buttons->addWidget(m_close);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_pages, 1);
    layout->addLayout(buttons);

    connect(m_back, &QPushButton::clicked, this, [this] { setStep(Step::Choose); });
    connect(m_next, &QPushButton::clicked, this, [this] {
        if (!chosen().isEmpty())
            setStep(Step::Confirm);
    });
    connect(m_confirm, &QPushButton::clicked, this, [this] {
        const QList<int> choices = chosen();
        if (m_step != Step::Confirm || choices.isEmpty())
            return;
        setStep(Step::Sending);
        Q_EMIT castRequested(m_proposal.id, choices);
    });
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    retranslateUi();
}

void VoteDialog::start(const governance::Proposal &proposal, const QList<int> &current)
{
    m_proposal = proposal;
    for (QAbstractButton *button : std::as_const(m_choices)) {
        m_group->removeButton(button);
        delete button;
    }
    m_choices.clear();
    const bool approval = proposal.voting == governance::Voting::Approval;
    m_group->setExclusive(!approval);
    for (int i = 0; i < proposal.choices.size(); ++i) {
        QAbstractButton *button = approval ? static_cast<QAbstractButton *>(new QCheckBox)
                                           : static_cast<QAbstractButton *>(new QRadioButton);
        // Plain text for a button: only '&' means something (a mnemonic), so it is doubled.
        button->setText(QString(proposal.choices.at(i)).replace(u'&', QStringLiteral("&&")));
        button->setChecked(current.contains(i));
        m_group->addButton(button, i);
        m_choiceLayout->addWidget(button);
        m_choices << button;
        connect(button, &QAbstractButton::toggled, this, &VoteDialog::updateButtons);
    }
    m_error->clear();
    setStep(Step::Choose);
    retranslateUi();
}

QList<int> VoteDialog::chosen() const
{
    QList<int> out;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i)->isChecked())
            out << i;
    }
    return out;
}

void VoteDialog::showReceipt(const governance::Vote &vote)
{
    QStringList names;
    for (const int c : vote.choices)
        names << isolated(m_proposal.choices.value(c));
    m_receipt->setText(tr("Proposal: %1\nYour choice: %2\nWeight: %3\nRecorded: %4 (vote #%5)\n"
                          "Signed with your key %6 over:\n%7")
                           .arg(isolated(m_proposal.title), names.join(QStringLiteral(", ")),
                                fmt::number(vote.weight), fmt::dateTime(vote.ts),
                                QString::number(vote.seq), vote.publicKey,
                                QString::fromUtf8(governance::voteMessage(
                                    m_proposal.id, vote.choices, vote.userId))));
    m_signature->setPlainText(vote.signature);
    setStep(Step::Receipt);
}

void VoteDialog::showError(const QString &message)
{
    m_error->setText(message);
    setStep(Step::Confirm);
}

QString VoteDialog::receiptText() const
{
    return m_receipt->text() + u'\n' + m_signature->toPlainText();
}

QString VoteDialog::errorText() const
{
    return m_error->text();
}

void VoteDialog::setStep(Step step)
{
    m_step = step;
    m_pages->setCurrentIndex(int(step));
    if (step == Step::Confirm) {
        QStringList names;
        for (const int c : chosen())
            names << isolated(m_proposal.choices.value(c));
        m_summary->setText(
            tr("You vote for: %1\n\nThe app signs this vote with your key from the keychain. "
               "While voting is open you can change it; the log keeps both votes, the earlier "
               "one marked superseded.")
                .arg(names.join(QStringLiteral(", "))));
    }
    updateButtons();
}

void VoteDialog::updateButtons()
{
    m_back->setVisible(m_step == Step::Confirm);
    m_next->setVisible(m_step == Step::Choose);
    m_next->setEnabled(!chosen().isEmpty());
    m_confirm->setVisible(m_step == Step::Confirm);
    m_close->setText(m_step == Step::Receipt ? tr("Close") : tr("Cancel"));
    m_close->setEnabled(m_step != Step::Sending);
}

void VoteDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

void VoteDialog::retranslateUi()
{
    setWindowTitle(tr("Vote"));
    m_signature->setAccessibleName(tr("Signature"));
    m_chooseTitle->setText(m_proposal.title);
    m_chooseHint->setText(m_proposal.voting == governance::Voting::Approval
                              ? tr("Approve every choice you support.")
                              : tr("Pick one choice."));
    m_sending->setText(tr("Signing and sending your vote…"));
    m_receiptTitle->setText(tr("Your vote is recorded."));
    m_back->setText(tr("Back"));
    m_next->setText(tr("Next"));
    m_confirm->setText(tr("Sign and vote"));
    updateButtons();
}

} // namespace nest::ui
