#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace nest::governance {

enum class Voting : quint8 { Single, Approval };
enum class Weighting : quint8 { Equal, Balance, Quadratic };
enum class Status : quint8 { Pending, Active, Passed, Rejected, Executed };

QLatin1StringView votingName(Voting voting);
QLatin1StringView weightingName(Weighting weighting);
QLatin1StringView statusName(Status status);
std::optional<Voting> parseVoting(QStringView name);
std::optional<Weighting> parseWeighting(QStringView name);
std::optional<Status> parseStatus(QStringView name);

//! What passing a proposal executes. Only `set_param` exists.
struct Action {
    static constexpr QLatin1StringView SetParam{"set_param"};
    QString type;
    QString key;
    double value = 0;
    bool operator==(const Action &) const = default;
};

//! A proposal as the contract describes it, plus the fields this server adds.
struct Proposal {
    QString id;
    QString authorId;
    QString title;
    QString body;
    QStringList choices;
    Voting voting = Voting::Single;
    Weighting weighting = Weighting::Equal;
    qint64 startsAt = 0;
    qint64 endsAt = 0;
    qint64 quorum = 0;
    qint64 timelockMs = 0;
    std::optional<Action> action;
    Status status = Status::Pending;
    QList<qint64> tally; //!< weight per choice index, one entry per choice
    qint64 turnout = 0;  //!< total weight of the counted (not superseded) votes
    qint64 createdAt = 0;
    qint64 eligibleWeight = 0; //!< total weight of every account in the snapshot
    int winner = -1;           //!< set once closed: the choice with strictly the most weight
    qint64 executedAt = 0;
    QString executionError;

    qint64 executeAfter() const { return endsAt + timelockMs; }
    bool isOpenAt(qint64 now) const { return startsAt <= now && now < endsAt; }
};

//! One entry of a proposal's vote log.
struct Vote {
    qint64 seq = 0; //!< order in the log (server-wide, increasing)
    QString proposalId;
    QString userId;
    QString publicKey; //!< base64url, as registered when the vote was cast
    QList<int> choices;
    qint64 weight = 0;
    qint64 balance = 0; //!< the voter's balance in the snapshot the weight comes from
    QString signature;  //!< base64url
    qint64 ts = 0;
    bool superseded = false;
};

} // namespace nest::governance
