#include "proposalpage.h"

#include "bidi.h"
#include "governanceformat.h"
#include "tallychart.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace nest::ui {
namespace fmt = governanceformat;

namespace {
QLabel *govPlainLabel(QWidget *parent, bool wrap = true)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(wrap);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}
} // namespace

ProposalPage::ProposalPage(QWidget *parent)
    : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);
    m_empty = govPlainLabel(this);
    m_empty->setAlignment(Qt::AlignCenter);
    outer->addWidget(m_empty);
    m_content = new QWidget(this);
    outer->addWidget(m_content);
    auto *layout = new QVBoxLayout(m_content);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title = govPlainLabel(m_content);
    m_title->setProperty("userData", true); // the proposal's own words
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_meta = govPlainLabel(m_content);
    m_time = govPlainLabel(m_content);
    QFont strong = m_time->font();
    strong.setBold(true);
    m_time->setFont(strong);
    m_body = govPlainLabel(m_content);
    m_body->setProperty("userData", true);
    m_chart = new TallyChart(m_content);
    m_turnout = govPlainLabel(m_content);
    m_turnoutBar = new QProgressBar(m_content);
    m_turnoutBar->setTextVisible(false);
    m_turnoutBar->setMaximumHeight(10);
    m_action = govPlainLabel(m_content);
    m_myVoteLabel = govPlainLabel(m_content);
    m_vote = new QPushButton(m_content);
    m_verify = new QPushButton(m_content);
    m_verificationLabel = govPlainLabel(m_content);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_vote);
    buttons->addWidget(m_verify);
    buttons->addStretch();
    layout->addWidget(m_title);
    layout->addWidget(m_meta);
    layout->addWidget(m_time);
    layout->addWidget(m_body);
    layout->addWidget(m_chart, 1);
    layout->addWidget(m_turnout);
    layout->addWidget(m_turnoutBar);
    layout->addWidget(m_action);
    layout->addWidget(m_myVoteLabel);
    layout->addLayout(buttons);
    layout->addWidget(m_verificationLabel);
    connect(m_vote, &QPushButton::clicked, this, &ProposalPage::voteClicked);
    connect(m_verify, &QPushButton::clicked, this, &ProposalPage::verifyClicked);
    retranslateUi();
}

void ProposalPage::setProposal(const governance::Proposal &proposal, qint64 nowMs)
{
    const bool other = !m_proposal || m_proposal->id != proposal.id;
    if (other) {
        m_myVote.reset();
        m_verification.reset();
        m_verificationError.clear();
        m_verifying = false;
    } else if (m_verification
               && (proposal.tally != m_proposal->tally || proposal.status != m_proposal->status)) {
        m_verification.reset(); // the result was for an earlier tally
    }
    m_proposal = proposal;
    m_now = nowMs;
    refresh();
}

void ProposalPage::clear()
{
    m_proposal.reset();
    m_myVote.reset();
    m_verification.reset();
    refresh();
}

void ProposalPage::setNow(qint64 nowMs)
{
    m_now = nowMs;
    if (m_proposal)
        m_time->setText(timeText());
}

void ProposalPage::setMyVote(const std::optional<governance::Vote> &vote)
{
    m_myVote = vote;
    refresh();
}

void ProposalPage::setCanVote(bool canVote)
{
    m_canVote = canVote;
    refresh();
}

void ProposalPage::setVerifying()
{
    m_verifying = true;
    m_verification.reset();
    m_verificationError.clear();
    refresh();
}

void ProposalPage::setVerification(const governance::RecountResult &result)
{
    m_verifying = false;
    m_verification = result;
    m_verificationError.clear();
    refresh();
}

void ProposalPage::setVerificationError(const QString &message)
{
    m_verifying = false;
    m_verification.reset();
    m_verificationError = message;
    refresh();
}

QString ProposalPage::timeText() const
{
    if (!m_proposal)
        return {};
    const governance::Proposal &p = *m_proposal;
    QString line = fmt::timeLine(p, m_now);
    if (p.status == governance::Status::Active && p.action && p.timelockMs > 0)
        line = tr("%1 · then a %2 timelock").arg(line, fmt::duration(p.timelockMs));
    return line;
}

QString ProposalPage::turnoutText() const
{
    if (!m_proposal)
        return {};
    const governance::Proposal &p = *m_proposal;
    const QString turnout =
        tr("Turnout %1 of a quorum of %2").arg(fmt::number(p.turnout), fmt::number(p.quorum));
    if (p.eligibleWeight <= 0)
        return turnout;
    return tr("%1 (%2% of all eligible weight)")
        .arg(turnout,
             QLocale().toString(100.0 * double(p.turnout) / double(p.eligibleWeight), 'f', 1));
}

QString ProposalPage::actionText() const
{
    if (!m_proposal || !m_proposal->action)
        return tr("No action: the result is advisory.");
    const governance::Proposal &p = *m_proposal;
    const QString what = fmt::actionText(*p.action);
    switch (p.status) {
    case governance::Status::Executed:
        return tr("Executed %1: %2.").arg(fmt::dateTime(p.executedAt), what);
    case governance::Status::Rejected:
        return tr("Not executed: %1.").arg(what);
    case governance::Status::Passed:
        if (!p.executionError.isEmpty())
            return tr("Execution failed: %1 (%2)").arg(what, p.executionError);
        return tr("%1 at %2, in %3 (timelock).")
            .arg(what, fmt::dateTime(p.executeAfter()), fmt::duration(p.executeAfter() - m_now));
    case governance::Status::Pending:
    case governance::Status::Active:
        break;
    }
    return tr("If “%1” wins: %2, %3 after voting ends.")
        .arg(isolated(p.choices.value(0)), what, fmt::duration(p.timelockMs));
}

QString ProposalPage::verificationText() const
{
    if (m_verifying)
        return tr("Verifying: fetching the vote log and checking every signature…");
    if (!m_verificationError.isEmpty())
        return tr("Could not verify: %1").arg(m_verificationError);
    if (!m_verification)
        return {};
    const governance::RecountResult &r = *m_verification;
    if (r.ok())
        return tr("Verified on this computer: %1 signatures checked, %2 votes counted; the "
                  "recount matches the server's tally (turnout %3)%4.")
            .arg(fmt::number(r.checkedVotes), fmt::number(r.countedVotes), fmt::number(r.turnout),
                 m_proposal && m_proposal->status != governance::Status::Active
                         && m_proposal->status != governance::Status::Pending
                     ? tr(" and its result")
                     : QString());
    QStringList lines{tr("The result does NOT verify.")};
    for (const governance::VoteIssue &issue : r.issues) {
        QString why;
        switch (issue.kind) {
        case governance::VoteIssue::Kind::BadSignature:
            why = tr("its signature does not verify");
            break;
        case governance::VoteIssue::Kind::WrongWeight:
            why = tr("its weight is not what the weighting gives");
            break;
        case governance::VoteIssue::Kind::BadBallot:
            why = tr("its choices are not allowed");
            break;
        case governance::VoteIssue::Kind::WrongSuperseded:
            why = tr("its superseded mark is wrong");
            break;
        }
        lines << tr("Vote #%1 by %2: %3.").arg(issue.seq).arg(issue.userId, why);
    }
    if (!r.tallyMatches) {
        QStringList counts;
        for (const qint64 v : r.tally)
            counts << fmt::number(v);
        lines << tr("Recounted tally %1 (turnout %2) differs from the server's.")
                     .arg(counts.join(QStringLiteral(" / ")), fmt::number(r.turnout));
    }
    if (!r.outcomeMatches)
        lines << tr("The recount does not give the server's result.");
    return lines.join(u'\n');
}

void ProposalPage::refresh()
{
    m_empty->setVisible(!m_proposal);
    m_content->setVisible(m_proposal.has_value());
    if (!m_proposal)
        return;
    const governance::Proposal &p = *m_proposal;
    m_title->setText(p.title);
    m_meta->setText(tr("%1 · %2, %3 · %4 choices · voting %5 – %6")
                        .arg(fmt::statusName(p.status), fmt::votingName(p.voting),
                             fmt::weightingName(p.weighting), fmt::number(p.choices.size()),
                             fmt::dateTime(p.startsAt), fmt::dateTime(p.endsAt)));
    m_time->setText(timeText());
    m_body->setText(p.body);
    m_body->setVisible(!p.body.isEmpty());
    m_chart->setTally(p.choices, p.tally);
    const bool closed =
        p.status != governance::Status::Pending && p.status != governance::Status::Active;
    m_chart->setHighlighted(closed ? p.winner : -1);
    m_turnout->setText(turnoutText());
    // The bar fills at the quorum; past it, it stays full.
    m_turnoutBar->setRange(0, 1000);
    m_turnoutBar->setValue(
        p.quorum <= 0 ? 1000 : int(std::min<qint64>(1000, p.turnout * 1000 / p.quorum)));
    m_action->setText(actionText());
    if (m_myVote) {
        QStringList chosen;
        for (const int c : m_myVote->choices)
            chosen << isolated(p.choices.value(c));
        m_myVoteLabel->setText(tr("Your vote: %1 (weight %2), signed %3…")
                                   .arg(chosen.join(QStringLiteral(", ")),
                                        fmt::number(m_myVote->weight),
                                        m_myVote->signature.left(16)));
    }
    m_myVoteLabel->setVisible(m_myVote.has_value());
    const bool open = p.status == governance::Status::Active;
    m_vote->setVisible(m_canVote && open);
    m_vote->setText(m_myVote ? tr("Change vote…") : tr("Vote…"));
    m_verify->setEnabled(!m_verifying);
    m_verificationLabel->setText(verificationText());
    m_verificationLabel->setVisible(!m_verificationLabel->text().isEmpty());
    QFont font = m_verificationLabel->font();
    font.setBold(m_verification && !m_verification->ok()); // a failure must not read as routine
    m_verificationLabel->setFont(font);
}

void ProposalPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ProposalPage::retranslateUi()
{
    m_empty->setText(tr("Pick a proposal to see its choices and tally."));
    m_verify->setText(tr("Verify results"));
    m_verify->setToolTip(tr("Fetch the vote log, check every signature on this computer and "
                            "recount with the proposal's weighting"));
    refresh();
}

} // namespace nest::ui
