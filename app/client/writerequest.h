#pragma once

#include "apiclient.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace nest::client {

//! One state-changing call as plain data: what the Outbox stores and replays, and what the
//! typed *api functions send directly. Built once, so both paths send the same path and body.
struct WriteRequest {
    QString kind; //!< the Outbox's kind: "post", "comment", "like", "bid", "vote"...
    QByteArray method;
    QString path;
    QJsonObject body;
    //! Sent as the body's "signature"; kept apart so the outbox stores it with the entry.
    QString signature;
    //! Empty: a new UUID per call. Set when the key is part of a signed message.
    QString idempotencyKey;
};

//! Sends `request` now with `options` (its key and signature applied; always idempotent).
ApiJob *send(ApiClient &api, const WriteRequest &request, RequestOptions options = {});

} // namespace nest::client
