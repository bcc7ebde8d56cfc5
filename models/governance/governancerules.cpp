#include "governancerules.h"

#include <cmath>

namespace nest::governance {

qint64 integerSqrt(qint64 n)
{
    if (n <= 0)
        return 0;
    // The double estimate is off by at most one for any qint64; correct it in integers.
    auto r = qint64(std::sqrt(double(n)));
    while (r > 0 && r > n / r) // r * r > n, without overflow
        --r;
    while ((r + 1) <= n / (r + 1))
        ++r;
    return r;
}

qint64 weightFor(Weighting weighting, qint64 balance)
{
    switch (weighting) {
    case Weighting::Equal:
        return 1;
    case Weighting::Balance:
        return std::max<qint64>(balance, 0);
    case Weighting::Quadratic:
        return integerSqrt(balance);
    }
    return 0;
}

QByteArray voteMessage(const QString &proposalId, const QList<int> &choices, const QString &userId)
{
    QByteArray indexes;
    for (int i = 0; i < choices.size(); ++i) {
        if (i > 0)
            indexes += ',';
        indexes += QByteArray::number(choices.at(i));
    }
    return "nest-vote:v1:" + proposalId.toUtf8() + ':' + indexes + ':' + userId.toUtf8();
}

QString validateBallot(Voting voting, int choiceCount, const QList<int> &choices)
{
    if (choices.isEmpty())
        return QStringLiteral("choose at least one choice");
    if (voting == Voting::Single && choices.size() != 1)
        return QStringLiteral("a single-choice vote has exactly one index");
    for (int i = 0; i < choices.size(); ++i) {
        if (choices.at(i) < 0 || choices.at(i) >= choiceCount)
            return QStringLiteral("choice %1 does not exist").arg(choices.at(i));
        if (i > 0 && choices.at(i) <= choices.at(i - 1))
            return QStringLiteral("choices must be distinct and in increasing order");
    }
    return {};
}

void applyVote(QList<qint64> &tally, qint64 &turnout, const QList<int> &choices, qint64 weight,
               int sign)
{
    for (const int index : choices) {
        if (index >= 0 && index < tally.size())
            tally[index] += sign * weight;
    }
    turnout += sign * weight;
}

Outcome decide(const QList<qint64> &tally, qint64 turnout, qint64 quorum, bool hasAction)
{
    Outcome out;
    qint64 best = -1;
    for (int i = 0; i < tally.size(); ++i) {
        if (tally.at(i) > best) {
            best = tally.at(i);
            out.winner = i;
        } else if (tally.at(i) == best) {
            out.winner = -1;
        }
    }
    out.passed = turnout >= quorum && out.winner >= 0 && (!hasAction || out.winner == 0);
    return out;
}

} // namespace nest::governance
