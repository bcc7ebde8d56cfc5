#pragma once

#include <QByteArray>
#include <QByteArrayView>

#include <optional>

//! Base64url without padding (RFC 4648 §5, RFC 7515 §2), as used in JWS and JWK.
namespace nest::security::base64url {

QByteArray encode(QByteArrayView bytes);

//! Strict decoding: only the URL-safe alphabet, no '=' padding, no whitespace, no length that is
//! 1 mod 4, and the unused low bits of the last character must be zero, so that every byte string
//! has exactly one accepted encoding.
std::optional<QByteArray> decode(QByteArrayView text);

} // namespace nest::security::base64url
