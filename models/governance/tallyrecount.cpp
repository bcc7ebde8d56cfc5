#include "tallyrecount.h"

#include "governancerules.h"

#include <QHash>

namespace nest::governance {

RecountResult recount(const Proposal &proposal, const QList<Vote> &log, const SignatureCheck &check)
{
    RecountResult out;
    out.tally = QList<qint64>(proposal.choices.size(), 0);
    out.checkedVotes = int(log.size());
    const auto addIssue = [&out](VoteIssue::Kind kind, const Vote &vote, const QString &detail) {
        out.issues.append(VoteIssue{kind, vote.seq, vote.userId, detail});
    };

    // The last vote of each voter is the one that counts; every earlier one is superseded.
    QHash<QString, qsizetype> lastOf;
    for (qsizetype i = 0; i < log.size(); ++i)
        lastOf.insert(log.at(i).userId, i);

    for (qsizetype i = 0; i < log.size(); ++i) {
        const Vote &vote = log.at(i);
        bool valid = true;
        const QByteArray message = voteMessage(proposal.id, vote.choices, vote.userId);
        if (!check(vote.publicKey, message, vote.signature)) {
            addIssue(VoteIssue::Kind::BadSignature, vote,
                     QStringLiteral("signature does not verify over ")
                         + QString::fromUtf8(message));
            valid = false;
        }
        if (const QString why =
                validateBallot(proposal.voting, int(proposal.choices.size()), vote.choices);
            !why.isEmpty()) {
            addIssue(VoteIssue::Kind::BadBallot, vote, why);
            valid = false;
        }
        const qint64 expected = weightFor(proposal.weighting, vote.balance);
        if (vote.weight != expected) {
            addIssue(VoteIssue::Kind::WrongWeight, vote,
                     QStringLiteral("weight %1 where %2 weighting of balance %3 gives %4")
                         .arg(vote.weight)
                         .arg(weightingName(proposal.weighting))
                         .arg(vote.balance)
                         .arg(expected));
        }
        const bool last = lastOf.value(vote.userId) == i;
        if (vote.superseded == last) {
            addIssue(VoteIssue::Kind::WrongSuperseded, vote,
                     last ? QStringLiteral("the voter's last vote is marked superseded")
                          : QStringLiteral("a later vote of this voter exists but this one is "
                                           "not marked superseded"));
        }
        if (last && valid) {
            applyVote(out.tally, out.turnout, vote.choices, expected, 1);
            ++out.countedVotes;
        }
    }

    out.tallyMatches = out.tally == proposal.tally && out.turnout == proposal.turnout;
    out.outcome = decide(out.tally, out.turnout, proposal.quorum, proposal.action.has_value());
    switch (proposal.status) {
    case Status::Pending:
    case Status::Active:
        out.outcomeMatches = true;
        break;
    case Status::Passed:
    case Status::Executed:
        out.outcomeMatches = out.outcome.passed;
        break;
    case Status::Rejected:
        out.outcomeMatches = !out.outcome.passed;
        break;
    }
    return out;
}

} // namespace nest::governance
