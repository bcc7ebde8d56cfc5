#include "writerequest.h"

namespace nest::client {

ApiJob *send(ApiClient &api, const WriteRequest &request, RequestOptions options)
{
    QJsonObject body = request.body;
    if (!request.signature.isEmpty())
        body.insert(QStringLiteral("signature"), request.signature);
    options.idempotent = true; // every write carries one key for all of its attempts
    if (!request.idempotencyKey.isEmpty())
        options.idempotencyKey = request.idempotencyKey;
    return api.send(request.method, request.path, body, options);
}

} // namespace nest::client
