#pragma once

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>

#include <variant>

namespace nest::client {

//! One published event as the stream delivered it; `data` stays raw JSON for the topic's model.
struct StreamEvent {
    qint64 seq = 0; //!< server-wide, strictly increasing
    qint64 ts = 0;  //!< publish time, ms since the epoch
    QString topic;
    QString kind;    //!< `data.kind` when present (a string), empty otherwise
    QByteArray data; //!< the `data` object as raw, validated UTF-8 JSON
};

//! `ready`: the stream accepted our token.
struct StreamReady {
    QByteArray userJson; //!< the §3 user object, raw JSON
    qint64 head = 0;     //!< newest published seq when we connected (0 if none)
};

//! One `event`, or a whole `batch` in increasing seq.
struct StreamEvents {
    QList<StreamEvent> events;
};

//! `reset`: the server no longer retains what we asked for; refetch the topic over REST.
struct StreamReset {
    QString topic;
    qint64 head = 0;
};

//! `error`: the server refused one of our messages.
struct StreamError {
    QString code;
    QString message;
};

//! A decoded server → client message.
using StreamMessage = std::variant<StreamReady, StreamEvents, StreamReset, StreamError>;

} // namespace nest::client

// Its members are all relocatable, so batches grow by memcpy instead of element-wise moves.
Q_DECLARE_TYPEINFO(nest::client::StreamEvent, Q_RELOCATABLE_TYPE);
Q_DECLARE_METATYPE(nest::client::StreamEvent)
