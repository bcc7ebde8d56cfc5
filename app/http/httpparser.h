#pragma once

#include "httprequest.h"

#include <QByteArrayView>

namespace nest::http {

//! The head of a request (request line + headers), parsed and checked, body not yet read.
struct RequestHead {
    HttpRequest request; //!< everything but body and peer
    qint64 contentLength = 0;
    bool keepAlive = true;
    bool expectContinue = false;
    bool webSocketUpgrade = false;
};

struct ParseResult {
    enum class Status { NeedMore, Complete, Error };
    Status status = Status::NeedMore;
    qsizetype headLength = 0; //!< bytes of the head including the blank line (when Complete)
    int errorStatus = 0;      //!< HTTP status to answer with (when Error)
    QString errorCode;
    QString errorMessage;
    RequestHead head;
};

//! Parses a request head from the start of `data`. Pure and allocation-bounded, so that it can
//! be fuzzed; `maxHeadBytes` caps the head (431 past it) and `maxBodyBytes` the body (413).
ParseResult parseRequestHead(QByteArrayView data, qsizetype maxHeadBytes, qint64 maxBodyBytes);

} // namespace nest::http
