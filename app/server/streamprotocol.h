#pragma once

#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace nest::server {

//! A well-formed message from a stream client.
struct ClientMessage {
    enum class Type { Auth, Subscribe, Unsubscribe };
    Type type = Type::Auth;
    QString token;               //!< Auth
    QStringList topics;          //!< Subscribe, Unsubscribe
    std::optional<qint64> since; //!< Subscribe
};

//! Why a client message was refused (sent back as a `bad_message` error).
struct ClientMessageError {
    QString reason;
};

//! Decodes one client frame (UTF-8 JSON, text or binary). Pure, so that it can be fuzzed: it
//! checks encoding, shape and field types, not whether topics exist or may be read.
std::variant<ClientMessage, ClientMessageError> decodeClientMessage(QByteArrayView utf8);

} // namespace nest::server
