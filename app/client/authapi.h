#pragma once

#include "apiclient.h"
#include "user.h"

namespace nest::client {

//! Typed calls for the auth and profile endpoints (api-contract.md "Auth", protocol.md §3).
//! Each returns a started ApiJob whose 2xx body has already been checked for the right shape,
//! so userOf()/tokenPairOf() on an ok job always yield a valid value.
namespace authapi {

//! POST /auth/register -> 201 {"user":{...}}. Idempotent: retried with one key.
ApiJob *registerAccount(ApiClient &api, const QString &username, const QString &password,
                        const QString &displayName = {});
//! POST /auth/login -> token pair. Never retried (a 429 carries retryAfterMs).
ApiJob *login(ApiClient &api, const QString &username, const QString &password);
//! POST /auth/refresh -> token pair. Never retried: a lost answer would spend the token, and a
//! blind resend would then look like reuse and revoke the login.
ApiJob *refresh(ApiClient &api, const QString &refreshToken);
//! POST /auth/logout -> 204. With `accessToken` set it is used as is (no refresh on 401).
ApiJob *logout(ApiClient &api, const QString &refreshToken, const QString &accessToken = {});
//! GET /me -> user.
ApiJob *me(ApiClient &api);
//! PATCH /me -> user.
ApiJob *updateMe(ApiClient &api, const ProfileUpdate &update);
//! PUT /me/public-key -> user. `publicKey` is Ed25519, base64url without padding.
ApiJob *setPublicKey(ApiClient &api, const QString &publicKey);

//! The user of an ok register/me/updateMe/setPublicKey/login/refresh job.
User userOf(const ApiJob &job);
//! The pair of an ok login/refresh job.
TokenPair tokenPairOf(const ApiJob &job);

} // namespace authapi
} // namespace nest::client
