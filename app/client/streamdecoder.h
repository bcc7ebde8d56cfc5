#pragma once

#include "streamevent.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

namespace nest::client {

//! Decodes one server → client stream frame (raw UTF-8 JSON) into typed messages with simdjson.
//! Strict: a frame is either decoded whole or refused with a reason, never half-applied.
class StreamDecoder {
public:
    //! What decode() made of one frame.
    struct Result {
        std::optional<StreamMessage> message; //!< empty when the frame was refused
        QString error;                        //!< why it was refused
        QString type; //!< the frame's `type` when it could be read (also for refused frames)
        bool ok() const { return message.has_value(); }
    };

    //! Larger frames are refused unread (the socket caps them too; this keeps the parser bounded).
    static constexpr qsizetype kDefaultMaxBytes = 2 * 1024 * 1024;
    //! Nesting allowed inside `data`/`user`; far beyond any contract payload.
    static constexpr int kMaxDepth = 32;
    //! The server sends at most 500 per batch; a little slack for other servers.
    static constexpr qsizetype kMaxBatchEvents = 10'000;
    //! Seq, ts and head must be exact in a double too (JSON interop), so a hostile peer cannot
    //! push our resume point out of reach.
    static constexpr qint64 kMaxInteger = (qint64(1) << 53) - 1;
    static constexpr qsizetype kMaxTopicBytes = 64;

    explicit StreamDecoder(qsizetype maxBytes = kDefaultMaxBytes);
    ~StreamDecoder();
    StreamDecoder(const StreamDecoder &) = delete;
    StreamDecoder &operator=(const StreamDecoder &) = delete;

    //! Parses in place when `frame` has simdjson's padding spare in its capacity, else copies
    //! once into a reused padded buffer.
    Result decode(const QByteArray &frame);
    //! Always copies into the reused padded buffer (a view says nothing about what follows it).
    Result decode(QByteArrayView frame);

    qsizetype maxBytes() const { return m_maxBytes; }

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    qsizetype m_maxBytes;
};

} // namespace nest::client
