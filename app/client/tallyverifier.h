#pragma once

#include "tallyrecount.h"

namespace nest::client {

//! "Verify results": recounts a proposal's vote log on this computer, checking every Ed25519
//! signature with libsodium (strict base64url, exact key and signature sizes), every weight
//! against the proposal's weighting, and the result against the server's tally and status.
//! (Which key a user holds is the server's word: a vote log cannot prove it, and a user who
//! voted from another computer signed with another key.)
governance::RecountResult verifyVoteLog(const governance::Proposal &proposal,
                                        const QList<governance::Vote> &log);

//! Ed25519 over `message` with base64url key and signature; false for anything malformed.
bool verifyEd25519(const QString &publicKey, const QByteArray &message, const QString &signature);

} // namespace nest::client
