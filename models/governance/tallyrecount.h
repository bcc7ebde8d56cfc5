#pragma once

#include "governancerules.h"
#include "governancetypes.h"

#include <QByteArray>

#include <functional>

namespace nest::governance {

//! Why one vote of a log does not hold up.
struct VoteIssue {
    enum class Kind : quint8 {
        BadSignature,   //!< the signature does not verify with the vote's public key
        WrongWeight,    //!< the weight is not what the weighting gives for the vote's balance
        BadBallot,      //!< choices the proposal does not allow
        WrongSuperseded //!< the `superseded` flag disagrees with the order of the log
    };
    Kind kind = Kind::BadSignature;
    qint64 seq = 0;
    QString userId;
    QString detail; //!< for logs; views describe `kind` in their own words
};

//! What recounting a vote log found.
struct RecountResult {
    QList<qint64> tally; //!< recounted from the votes that hold up
    qint64 turnout = 0;
    int checkedVotes = 0; //!< every vote of the log, its signature checked
    int countedVotes = 0; //!< the voters' last votes that hold up
    QList<VoteIssue> issues;
    bool tallyMatches = false;   //!< the server's tally and turnout equal the recount
    bool outcomeMatches = false; //!< a closed proposal's status fits the recount (always true
                                 //!< while voting is open)
    Outcome outcome;             //!< what the recount decides

    bool ok() const { return issues.isEmpty() && tallyMatches && outcomeMatches; }
};

//! Checks an Ed25519 signature: public key and signature in base64url, the message raw.
using SignatureCheck = std::function<bool(const QString &publicKey, const QByteArray &message,
                                          const QString &signature)>;

//! Recounts `log` (a proposal's whole vote log, in log order) independently of the server:
//! checks every signature with `check`, every ballot and weight, takes each voter's last vote,
//! and compares the result with the proposal's tally, turnout and status. A vote that fails a
//! check is not counted.
RecountResult recount(const Proposal &proposal, const QList<Vote> &log,
                      const SignatureCheck &check);

} // namespace nest::governance
