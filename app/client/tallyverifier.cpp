#include "tallyverifier.h"

#include "base64url.h"
#include "ed25519.h"

namespace nest::client {

bool verifyEd25519(const QString &publicKey, const QByteArray &message, const QString &signature)
{
    const auto key = security::base64url::decode(publicKey.toLatin1());
    const auto sig = security::base64url::decode(signature.toLatin1());
    return key && sig && key->size() == security::ed25519::PublicKeyBytes
           && sig->size() == security::ed25519::SignatureBytes
           && security::ed25519::verify(*key, message, *sig);
}

governance::RecountResult verifyVoteLog(const governance::Proposal &proposal,
                                        const QList<governance::Vote> &log)
{
    return governance::recount(proposal, log, verifyEd25519);
}

} // namespace nest::client
