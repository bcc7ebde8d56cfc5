#pragma once

#include "governancestore.h"
#include "governancetypes.h"

#include <QHash>
#include <QObject>
#include <QTimer>

#include <functional>
#include <vector>

namespace nest::server {

class ParamStore;
class StreamHub;
class UserStore;

struct GovernanceOptions {
    //! Milliseconds since the epoch; tests inject a clock to cross window edges without sleeping.
    std::function<qint64()> clock;
    //! Every account's wallet balance right now (minor units), snapshotted into each new
    //! proposal's weights.
    std::function<QHash<QString, qint64>()> balancesNow;
};

//! DAO governance: validates and stores proposals, verifies and counts signed votes, moves each
//! proposal through pending → active → passed/rejected → executed on time by itself (a timer for
//! the next due transition, and a catch-up pass for whatever fell due while the server was
//! down), executes `set_param` actions through the ParamStore, and publishes on `governance`.
class GovernanceService final : public QObject {
    Q_OBJECT
public:
    enum class Outcome {
        Ok,
        Invalid,       //!< 400 invalid_request
        InvalidAction, //!< 400 invalid_action
        NotFound,      //!< 404
        VotingClosed,  //!< 409 voting_closed
        NoPublicKey,   //!< 403 public_key_required
        NotEligible,   //!< 403 not_eligible
        BadSignature,  //!< 400 bad_signature
        Failed         //!< 500
    };
    struct Result {
        Outcome outcome = Outcome::Ok;
        QString message;
        bool ok() const { return outcome == Outcome::Ok; }
    };
    //! A vote for the demo content: signed by the caller, cast at `ts` whatever the clock says.
    struct SeedVote {
        QString userId;
        QList<int> choices;
        QString signature;
        qint64 ts = 0;
    };
    //! Signs a demo vote once the proposal's id is known.
    using SeedVoteMaker = std::function<SeedVote(const QString &proposalId)>;

    GovernanceService(GovernanceStore &store, UserStore &users, ParamStore &params, StreamHub &hub,
                      GovernanceOptions options = {}, QObject *parent = nullptr);

    //! Creates the tables, catches up on transitions missed while stopped and arms the timer.
    bool open(QString *error);
    qint64 now() const { return m_options.clock(); }

    //! Validates `draft` (title, body, choices, voting, weighting, window, quorum, timelock,
    //! action) and creates it with a snapshot of every account's weight; fills `out`.
    Result create(const QString &authorId, const governance::Proposal &draft,
                  governance::Proposal *out);
    std::optional<governance::Proposal> proposal(const QString &id);
    std::vector<governance::Proposal> list(std::optional<governance::Status> status, int limit,
                                           const std::optional<GovernanceStore::Cursor> &cursor);
    //! Verifies and counts a vote (superseding the voter's earlier one); fills `vote` and the
    //! proposal with its new tally.
    Result vote(const QString &userId, const QString &proposalId, const QList<int> &choices,
                const QString &signature, governance::Vote *vote, governance::Proposal *updated);
    std::vector<governance::Vote> votes(const QString &proposalId, qint64 afterSeq,
                                        int limit) const;

    //! Applies every transition due by now() and re-arms the timer for the next one.
    void runDue();

    //! Demo content: stores `proposal` with its timeline as given (possibly in the past) and
    //! the signed `votes` without window checks, then catches up like open() does.
    bool seed(const QString &authorId, const governance::Proposal &proposal,
              const std::vector<SeedVoteMaker> &votes, QString *error);

private:
    Result validate(const governance::Proposal &draft) const;
    Result insertProposal(const QString &authorId, const governance::Proposal &draft,
                          governance::Proposal *out);
    Result record(const governance::Proposal &proposal, const QString &userId,
                  const QList<int> &choices, const QString &signature, qint64 ts,
                  governance::Vote *vote, governance::Proposal *updated);
    void advance(governance::Proposal proposal, qint64 now);
    void publish(QLatin1StringView kind, const governance::Proposal &proposal,
                 const governance::Vote *vote = nullptr);
    void arm();

    GovernanceStore &m_store;
    UserStore &m_users;
    ParamStore &m_params;
    StreamHub &m_hub;
    GovernanceOptions m_options;
    QTimer m_timer;
    QString m_topic;
};

} // namespace nest::server
