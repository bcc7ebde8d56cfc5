#pragma once

#include "governancetypes.h"

#include <QByteArray>

namespace nest::governance {

//! Limits on what a proposal holds, shared by the server's validation and the client's form.
namespace limits {
inline constexpr int kMinChoices = 2;
inline constexpr int kMaxChoices = 10;
inline constexpr qsizetype kMaxTitleChars = 200;
inline constexpr qsizetype kMaxBodyChars = 10'000;
inline constexpr qsizetype kMaxChoiceChars = 200;
inline constexpr qint64 kMaxWindowMs = 366LL * 24 * 3600 * 1000;
inline constexpr qint64 kMaxTimelockMs = 30LL * 24 * 3600 * 1000;
} // namespace limits

//! floor(sqrt(n)) computed exactly in integers; 0 for n <= 0.
qint64 integerSqrt(qint64 n);

//! A voter's weight for a balance (minor units) as of the proposal's creation: 1 (equal), the
//! balance, or floor(sqrt(balance)) (quadratic). Integers on both sides, so a recount is exact.
qint64 weightFor(Weighting weighting, qint64 balance);

//! The UTF-8 bytes a vote's signature covers:
//! `nest-vote:v1:{proposal_id}:{indexes joined by ","}:{user_id}`.
QByteArray voteMessage(const QString &proposalId, const QList<int> &choices, const QString &userId);

//! Empty when `choices` is a valid ballot for the proposal, else why not: single voting takes
//! exactly one index, approval one or more; indexes lie in [0, choiceCount) and are strictly
//! increasing (one canonical message per ballot).
QString validateBallot(Voting voting, int choiceCount, const QList<int> &choices);

//! Adds (`sign` = 1) or removes (`sign` = -1) a counted vote: every chosen index gets the
//! voter's full weight (approval included) and the turnout the weight once.
void applyVote(QList<qint64> &tally, qint64 &turnout, const QList<int> &choices, qint64 weight,
               int sign);

struct Outcome {
    bool passed = false;
    int winner = -1; //!< the choice with strictly the most weight; -1 on a tie
};

//! The result at `ends_at`: passed when turnout >= quorum and one choice has strictly the most
//! weight (a tie rejects); with an action, only a win of choice 0 (the one that enacts it) passes.
Outcome decide(const QList<qint64> &tally, qint64 turnout, qint64 quorum, bool hasAction);

} // namespace nest::governance
