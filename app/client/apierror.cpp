#include "apierror.h"

#include <QCoreApplication>

namespace nest::client {

ApiStatus statusForHttp(int httpStatus)
{
    if (httpStatus >= 200 && httpStatus < 300)
        return ApiStatus::Ok;
    switch (httpStatus) {
    case 400:
        return ApiStatus::BadRequest;
    case 401:
        return ApiStatus::Unauthorized;
    case 403:
        return ApiStatus::Forbidden;
    case 404:
        return ApiStatus::NotFound;
    case 409:
        return ApiStatus::Conflict;
    case 422:
        return ApiStatus::Unprocessable;
    case 429:
        return ApiStatus::TooManyRequests;
    default:
        break;
    }
    if (httpStatus >= 500 && httpStatus < 600)
        return ApiStatus::ServerError;
    // 1xx/3xx as a final answer, or an unexpected 4xx such as 413: a caller cannot act on it
    // more specifically than "the answer was not what the contract promises".
    return httpStatus >= 400 && httpStatus < 500 ? ApiStatus::BadRequest
                                                 : ApiStatus::InvalidResponse;
}

QString statusName(ApiStatus status)
{
    switch (status) {
    case ApiStatus::Ok:
        return QStringLiteral("Ok");
    case ApiStatus::NetworkError:
        return QStringLiteral("NetworkError");
    case ApiStatus::Timeout:
        return QStringLiteral("Timeout");
    case ApiStatus::BadRequest:
        return QStringLiteral("BadRequest");
    case ApiStatus::Unauthorized:
        return QStringLiteral("Unauthorized");
    case ApiStatus::Forbidden:
        return QStringLiteral("Forbidden");
    case ApiStatus::NotFound:
        return QStringLiteral("NotFound");
    case ApiStatus::Conflict:
        return QStringLiteral("Conflict");
    case ApiStatus::Unprocessable:
        return QStringLiteral("Unprocessable");
    case ApiStatus::TooManyRequests:
        return QStringLiteral("TooManyRequests");
    case ApiStatus::ServerError:
        return QStringLiteral("ServerError");
    case ApiStatus::InvalidResponse:
        return QStringLiteral("InvalidResponse");
    case ApiStatus::Cancelled:
        return QStringLiteral("Cancelled");
    }
    return QStringLiteral("Unknown");
}

QString describe(const ApiError &error)
{
    // Spelled out as QCoreApplication::translate("ApiError", ...) so that lupdate finds every
    // string under one context.
    // The server's message is written for people and names the offending field, so it wins
    // for the statuses where the user can fix the input.
    const bool serverSpoke = !error.message.isEmpty() && error.httpStatus != 0;
    switch (error.status) {
    case ApiStatus::Ok:
        return QCoreApplication::translate("ApiError", "Done.");
    case ApiStatus::NetworkError:
        return QCoreApplication::translate(
            "ApiError", "Cannot reach the server. Check the connection and try again.");
    case ApiStatus::Timeout:
        return QCoreApplication::translate("ApiError",
                                           "The server did not answer in time. Try again.");
    case ApiStatus::BadRequest:
    case ApiStatus::Conflict:
    case ApiStatus::Unprocessable:
        return serverSpoke
                   ? error.message
                   : QCoreApplication::translate("ApiError", "The server refused the request.");
    case ApiStatus::Unauthorized:
        if (error.code == QLatin1StringView("invalid_credentials"))
            return QCoreApplication::translate("ApiError", "Wrong username or password.");
        return QCoreApplication::translate(
            "ApiError", "You are not signed in, or your session ended. Sign in again.");
    case ApiStatus::Forbidden:
        return QCoreApplication::translate("ApiError", "Your account is not allowed to do this.");
    case ApiStatus::NotFound:
        return QCoreApplication::translate("ApiError", "Not found. It may have been removed.");
    case ApiStatus::TooManyRequests:
        if (error.retryAfterMs > 0) {
            const qint64 seconds = (error.retryAfterMs + 999) / 1000;
            return QCoreApplication::translate("ApiError", "Too many attempts. Try again in %Ln s.",
                                               nullptr, int(seconds));
        }
        return QCoreApplication::translate("ApiError",
                                           "Too many attempts. Wait a moment and try again.");
    case ApiStatus::ServerError:
        return QCoreApplication::translate("ApiError",
                                           "The server ran into a problem. Try again later.");
    case ApiStatus::InvalidResponse:
        return QCoreApplication::translate("ApiError",
                                           "The server sent an answer this app cannot read.");
    case ApiStatus::Cancelled:
        return QCoreApplication::translate("ApiError", "Cancelled.");
    }
    return QCoreApplication::translate("ApiError", "Something went wrong.");
}

} // namespace nest::client
