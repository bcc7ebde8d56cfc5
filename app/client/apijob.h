#pragma once

#include "apierror.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkReply;

namespace nest::client {

class ApiClient;

//! How one call is made: authentication, retry safety, time limit and response validation.
struct RequestOptions {
    bool requiresAuth = true; //!< send the provider's bearer token; refresh once on a 401
    //! A state-changing call that is safe to repeat: it carries one Idempotency-Key (a UUID
    //! made once per call and reused by every retry) and is retried like a GET.
    bool idempotent = false;
    //! The key to use instead of a fresh UUID, for a caller that must know it beforehand (it is
    //! part of a signed market message) or resumes a call after a restart. Implies idempotent.
    QString idempotencyKey;
    int timeoutMs = 15'000; //!< per attempt
    int maxRetries = 3;     //!< clamped to [0, 3]; only GETs and idempotent calls retry
    //! Sent instead of the provider's token, and never refreshed (logout after local sign-out).
    QString bearerToken;
    //! Checks a 2xx body; a non-empty answer is why it is unusable (-> InvalidResponse).
    std::function<QString(const QJsonObject &)> validate;
};

//! One API call, including its retries; emits finished() exactly once.
//!
//! Lifetime: the job is a child of its ApiClient and deletes itself with deleteLater() right
//! after finished() unless setAutoDelete(false) was called, in which case the caller owns it.
//! finished() is never emitted from inside the call that created the job.
class ApiJob : public QObject {
    Q_OBJECT
public:
    ~ApiJob() override;

    bool isFinished() const { return m_finished; }
    ApiStatus status() const { return m_error.status; }
    bool isOk() const { return m_finished && m_error.status == ApiStatus::Ok; }
    const ApiError &error() const { return m_error; }
    int httpStatus() const { return m_error.httpStatus; }
    //! The answer's JSON object; empty for 204 and for failures.
    QJsonObject json() const { return m_json; }

    QByteArray method() const { return m_method; }
    QString path() const { return m_path; }
    QString idempotencyKey() const { return m_idempotencyKey; }
    //! Requests sent so far: 1 + retries + a possible resend after a token refresh.
    int attempts() const { return m_attempts; }

    bool autoDelete() const { return m_autoDelete; }
    void setAutoDelete(bool autoDelete) { m_autoDelete = autoDelete; }

    //! Stops the call; finished() follows with status Cancelled unless it already finished.
    void cancel();

Q_SIGNALS:
    void finished();

private:
    friend class ApiClient;
    ApiJob(ApiClient *client, QByteArray method, QString path, QByteArray body,
           RequestOptions options);

    void sendAttempt();
    void onReadyRead();
    void onMetaDataChanged();
    void onReplyFinished();
    void onDeadline();
    void handleHttpAnswer(int httpStatus, QNetworkReply *reply);
    void handleUnauthorized();
    bool canRetry() const;
    //! Retries after `retryAfterMs` (or a backoff delay when negative); false if it may not.
    bool retryLater(qint64 retryAfterMs);
    void finishWith(ApiStatus status, int httpStatus, const QString &code, const QString &message,
                    qint64 retryAfterMs = -1);
    void finishOk(int httpStatus, const QJsonObject &json);
    void finish();
    void dropReply();

    QPointer<ApiClient> m_client;
    QByteArray m_method;
    QString m_path;
    QByteArray m_body;
    RequestOptions m_options;
    QString m_idempotencyKey;

    QNetworkReply *m_reply = nullptr;
    QByteArray m_answer;
    QTimer m_deadline;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QString m_sentToken;
    ApiError m_error;
    QJsonObject m_json;
    int m_attempts = 0;
    int m_retries = 0;
    bool m_authRetried = false;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_cancelled = false;
    bool m_finished = false;
    bool m_autoDelete = true;
};

} // namespace nest::client
