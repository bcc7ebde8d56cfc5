#pragma once

// Small helpers shared by the client tests: bounded waits on jobs and on the secret store, and
// readable QCOMPARE output for ApiStatus.
#include "apiclient.h"
#include "authprovider.h"
#include "secretstore.h"

#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace nest::client {
inline char *toString(ApiStatus status)
{
    return qstrdup(statusName(status).toLatin1().constData());
}
} // namespace nest::client

namespace nest::test {

//! Waits for the job (bounded) and takes ownership of it.
inline std::unique_ptr<client::ApiJob> await(client::ApiJob *job, int timeoutMs = 15'000)
{
    job->setAutoDelete(false);
    if (!job->isFinished()) {
        QSignalSpy spy(job, &client::ApiJob::finished);
        spy.wait(timeoutMs);
    }
    return std::unique_ptr<client::ApiJob>(job);
}

//! Options for calls to servers that know no tokens.
inline client::RequestOptions anonymous(int maxRetries = 3, int timeoutMs = 15'000,
                                        bool idempotent = false)
{
    client::RequestOptions options;
    options.requiresAuth = false;
    options.maxRetries = maxRetries;
    options.timeoutMs = timeoutMs;
    options.idempotent = idempotent;
    return options;
}

//! A provider with a fixed token; a refresh swaps in `next` (when set) and counts.
struct FixedAuth : client::AuthProvider {
    QString token;
    QString next;
    int refreshes = 0;
    QString accessToken() const override { return token; }
    void refreshAccessToken(std::function<void(bool)> done) override
    {
        ++refreshes;
        if (!next.isEmpty())
            token = next;
        done(!next.isEmpty());
    }
};

//! The result of a store read, waited for (bounded).
struct ReadResult {
    bool called = false;
    std::optional<QByteArray> secret;
    QString error;
};

inline ReadResult readSecret(client::SecretStore &store, const client::SecretKey &key)
{
    ReadResult result;
    store.read(key, [&result](std::optional<QByteArray> secret, const QString &error) {
        result = {true, std::move(secret), error};
    });
    if (!QTest::qWaitFor([&result] { return result.called; }, 15'000))
        qWarning("secret store did not answer within 15 s");
    return result;
}

inline std::optional<QByteArray> readSync(client::SecretStore &store, const client::SecretKey &key)
{
    return readSecret(store, key).secret;
}

} // namespace nest::test
