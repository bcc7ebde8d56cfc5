#pragma once

#include <QMetaType>
#include <QString>

namespace nest::client {

//! The outcome of one API call, as the rest of the client reasons about it.
enum class ApiStatus {
    Ok,
    NetworkError,    //!< no answer: refused, reset, DNS, TLS
    Timeout,         //!< no (complete) answer within the call's time limit
    BadRequest,      //!< 400
    Unauthorized,    //!< 401 (still 401 after one refresh, or a call that needs no token)
    Forbidden,       //!< 403
    NotFound,        //!< 404
    Conflict,        //!< 409
    Unprocessable,   //!< 422
    TooManyRequests, //!< 429, see ApiError::retryAfterMs
    ServerError,     //!< 5xx
    InvalidResponse, //!< an answer we cannot use: not JSON, wrong shape, too large, odd status
    Cancelled,       //!< the caller cancelled the call
};

//! What went wrong with a call: our status, the server's code and a message a person can read.
struct ApiError {
    ApiStatus status = ApiStatus::Ok;
    int httpStatus = 0;       //!< 0 when no HTTP answer arrived
    QString code;             //!< the server's error.code, e.g. "username_taken"; empty if none
    QString message;          //!< the server's error.message, or a clear local description
    qint64 retryAfterMs = -1; //!< from Retry-After; -1 when the server sent none

    bool isOk() const { return status == ApiStatus::Ok; }
};

//! Maps an HTTP status of a finished answer to our status (2xx is Ok).
ApiStatus statusForHttp(int httpStatus);

//! A stable name for logs and test output, e.g. "TooManyRequests".
QString statusName(ApiStatus status);

//! A translated sentence for the user, e.g. "Too many attempts. Try again in 30 s."
QString describe(const ApiError &error);

} // namespace nest::client

Q_DECLARE_METATYPE(nest::client::ApiStatus)
Q_DECLARE_METATYPE(nest::client::ApiError)
