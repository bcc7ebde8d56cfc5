#pragma once

#include <QString>

struct HttpBenchResult {
    qint64 requests = 0;
    qint64 errors = 0;
    double seconds = 0;
    double p50Ms = 0;
    double p99Ms = 0;
    double perSecond() const { return seconds > 0 ? double(requests) / seconds : 0; }
};

//! Runs `concurrency` request loops for `seconds`: logins, or GET /api/v1/me with a token.
HttpBenchResult benchLogins(const QString &baseUrl, int concurrency, double seconds);
HttpBenchResult benchAuthenticatedGets(const QString &baseUrl, int concurrency, double seconds);
//! Registers `username` and returns an access token (empty on failure).
QString signUp(const QString &baseUrl, const QString &username);
