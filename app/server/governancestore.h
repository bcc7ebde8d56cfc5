#pragma once

#include "governancetypes.h"

#include <QHash>

#include <optional>
#include <vector>

namespace nest::server {

class Database;

//! Governance persistence: proposals, the weight snapshot taken at each proposal's creation,
//! and the append-only vote log (`governance_*` tables).
class GovernanceStore {
public:
    //! A voter's entry in a proposal's snapshot.
    struct Eligibility {
        qint64 balance = 0;
        qint64 weight = 0;
    };
    //! Where a page of proposals ends: the last (created_at, id) handed out.
    struct Cursor {
        qint64 createdAt = 0;
        QString id;
    };

    explicit GovernanceStore(Database &db)
        : m_db(db)
    {}
    bool migrate(QString *error);

    //! Inserts a proposal and its snapshot in one transaction.
    bool insert(const governance::Proposal &proposal, const QHash<QString, Eligibility> &snapshot);
    std::optional<governance::Proposal> find(const QString &id) const;
    //! Newest first, optionally of one status, after `cursor`.
    std::vector<governance::Proposal> list(std::optional<governance::Status> status, int limit,
                                           const std::optional<Cursor> &cursor) const;
    std::optional<Eligibility> eligibility(const QString &proposalId, const QString &userId) const;
    //! The voter's counted (not superseded) vote, if any.
    std::optional<governance::Vote> currentVote(const QString &proposalId,
                                                const QString &userId) const;
    //! In one transaction: marks the voter's earlier vote superseded, appends `vote` (its `seq`
    //! is set) and stores the proposal's new tally and turnout.
    bool castVote(governance::Vote *vote, const governance::Proposal &updated);
    //! The vote log in order, after `afterSeq`.
    std::vector<governance::Vote> votes(const QString &proposalId, qint64 afterSeq,
                                        int limit) const;
    //! Stores status, winner and the execution's outcome.
    bool updateState(const governance::Proposal &proposal);

    //! Proposals with a transition due at or before `now`, earliest due first.
    std::vector<governance::Proposal> due(qint64 now) const;
    //! When the next transition is due; nullopt when none is pending.
    std::optional<qint64> nextDue() const;

private:
    Database &m_db;
};

} // namespace nest::server
