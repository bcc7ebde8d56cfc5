#include "apijob.h"

#include "apiclient.h"
#include "authprovider.h"
#include "backoff.h"
#include "clientlogging.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QUuid>

#include <algorithm>

namespace nest::client {

namespace {

// Retry-After is delta-seconds or an HTTP-date (RFC 9110 §10.2.3); -1 when absent or unreadable.
qint64 parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool ok = false;
    const qint64 seconds = trimmed.toLongLong(&ok);
    if (ok)
        return seconds < 0 ? -1 : std::min<qint64>(seconds, 86'400) * 1000;
    const QDateTime when = QDateTime::fromString(QString::fromLatin1(trimmed), Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    return std::max<qint64>(0, QDateTime::currentDateTimeUtc().msecsTo(when));
}

bool isSafeMethod(const QByteArray &method)
{
    return method == "GET";
}

} // namespace

ApiJob::ApiJob(ApiClient *client, QByteArray method, QString path, QByteArray body,
               RequestOptions options)
    : QObject(client)
    , m_client(client)
    , m_method(std::move(method))
    , m_path(std::move(path))
    , m_body(std::move(body))
    , m_options(std::move(options))
{
    m_options.maxRetries = std::clamp(m_options.maxRetries, 0, ApiClient::MaxRetries);
    m_options.timeoutMs = std::max(1, m_options.timeoutMs);
    if (!m_options.idempotencyKey.isEmpty())
        m_idempotencyKey = m_options.idempotencyKey;
    else if (m_options.idempotent)
        m_idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_deadline.setSingleShot(true);
    m_retryTimer.setSingleShot(true);
    connect(&m_deadline, &QTimer::timeout, this, &ApiJob::onDeadline);
    connect(&m_retryTimer, &QTimer::timeout, this, &ApiJob::sendAttempt);
    m_elapsed.start();
}

ApiJob::~ApiJob()
{
    dropReply();
}

void ApiJob::dropReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    reply->disconnect(this);
    reply->abort();
    reply->deleteLater();
}

void ApiJob::sendAttempt()
{
    if (m_finished || !m_client)
        return;
    QNetworkRequest request(m_client->urlFor(m_path));
    request.setRawHeader("Accept", "application/json");
    if (!m_body.isNull())
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
    if (!m_idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", m_idempotencyKey.toLatin1());
    if (m_options.requiresAuth) {
        AuthProvider *auth = m_client->authProvider();
        m_sentToken = !m_options.bearerToken.isEmpty() ? m_options.bearerToken
                      : auth                           ? auth->accessToken()
                                                       : QString();
        if (!m_sentToken.isEmpty())
            request.setRawHeader("Authorization", "Bearer " + m_sentToken.toLatin1());
    }
    // The API never redirects; following one could carry the bearer token to another host.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    // Inactivity limit inside QNAM, plus our own deadline for the whole attempt: a server that
    // trickles bytes would otherwise never time out.
    request.setTransferTimeout(m_options.timeoutMs);

    m_answer.clear();
    m_timedOut = false;
    ++m_attempts;
    m_reply = m_client->networkAccessManager().sendCustomRequest(request, m_method, m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiJob::onReadyRead);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &ApiJob::onMetaDataChanged);
    connect(m_reply, &QNetworkReply::finished, this, &ApiJob::onReplyFinished);
    m_deadline.start(m_options.timeoutMs);
}

void ApiJob::onMetaDataChanged()
{
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > ApiClient::MaxResponseBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void ApiJob::onReadyRead()
{
    m_answer += m_reply->readAll();
    if (m_answer.size() > ApiClient::MaxResponseBytes) {
        m_tooLarge = true;
        m_answer.clear();
        m_reply->abort();
    }
}

void ApiJob::onDeadline()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void ApiJob::onReplyFinished()
{
    QNetworkReply *reply = std::exchange(m_reply, nullptr);
    if (!reply)
        return;
    reply->disconnect(this);
    reply->deleteLater();
    m_deadline.stop();
    if (!m_tooLarge && reply->isOpen())
        m_answer += reply->readAll();

    if (m_cancelled)
        return finishWith(ApiStatus::Cancelled, 0, {}, tr("The call was cancelled."));
    if (m_tooLarge) {
        return finishWith(ApiStatus::InvalidResponse, 0, {},
                          tr("The server's answer is larger than %1 MiB.")
                              .arg(ApiClient::MaxResponseBytes / (1024 * 1024)));
    }
    const int httpStatus = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // Our deadline may fire after the headers arrived: the body is then cut, not malformed.
    if (httpStatus != 0 && !m_timedOut)
        return handleHttpAnswer(httpStatus, reply);

    // No HTTP answer. QNAM reports its own transfer timeout as OperationCanceledError.
    const QNetworkReply::NetworkError netError = reply->error();
    const bool timedOut = m_timedOut || netError == QNetworkReply::TimeoutError
                          || netError == QNetworkReply::OperationCanceledError;
    const ApiStatus status = timedOut ? ApiStatus::Timeout : ApiStatus::NetworkError;
    qCInfo(lcNet) << m_method << m_path << "failed:" << statusName(status) << reply->errorString();
    if (retryLater(-1))
        return;
    finishWith(status, 0, {},
               timedOut ? tr("No answer within %1 s.").arg(m_options.timeoutMs / 1000.0)
                        : reply->errorString());
}

void ApiJob::handleHttpAnswer(int httpStatus, QNetworkReply *reply)
{
    const ApiStatus status = statusForHttp(httpStatus);
    if (status == ApiStatus::Ok) {
        if (httpStatus == 204 || m_answer.trimmed().isEmpty())
            return finishOk(httpStatus, {});
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(m_answer, &parseError);
        if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
            const QString why =
                parseError.error != QJsonParseError::NoError
                    ? tr("%1 at byte %2").arg(parseError.errorString()).arg(parseError.offset)
                    : tr("not a JSON object");
            qCWarning(lcNet) << m_method << m_path << "unreadable answer:" << why;
            return finishWith(ApiStatus::InvalidResponse, httpStatus, {},
                              tr("The server's answer is not valid JSON (%1).").arg(why));
        }
        const QJsonObject json = doc.object();
        if (m_options.validate) {
            const QString why = m_options.validate(json);
            if (!why.isEmpty()) {
                qCWarning(lcNet) << m_method << m_path << "unexpected answer:" << why;
                return finishWith(ApiStatus::InvalidResponse, httpStatus, {},
                                  tr("The server's answer is incomplete (%1).").arg(why));
            }
        }
        return finishOk(httpStatus, json);
    }

    // Error bodies are {"error":{"code","message"}}; anything else (a proxy's HTML page) still
    // keeps its HTTP status, with a local message.
    const QJsonObject error = QJsonDocument::fromJson(m_answer).object().value(u"error").toObject();
    const QString code = error.value(u"code").toString();
    QString message = error.value(u"message").toString();
    if (message.isEmpty())
        message = tr("The server answered HTTP %1.").arg(httpStatus);
    const qint64 retryAfter = parseRetryAfter(reply->rawHeader("Retry-After"));
    qCInfo(lcNet) << m_method << m_path << "->" << httpStatus << code;

    if (status == ApiStatus::Unauthorized && m_options.requiresAuth
        && m_options.bearerToken.isEmpty() && !m_authRetried && m_client
        && m_client->authProvider()) {
        m_error = {status, httpStatus, code, message, retryAfter};
        return handleUnauthorized();
    }
    // 503 and 429 say "later"; 409 idempotency_in_progress says the first attempt is still
    // running, and the contract asks for a retry with the same key.
    const bool transient =
        httpStatus == 503 || httpStatus == 429
        || (httpStatus == 409 && code == QLatin1StringView("idempotency_in_progress"));
    if (transient && retryLater(retryAfter))
        return;
    finishWith(status, httpStatus, code, message, retryAfter);
}

void ApiJob::handleUnauthorized()
{
    m_authRetried = true;
    AuthProvider *auth = m_client->authProvider();
    const QString current = auth->accessToken();
    if (!current.isEmpty() && current != m_sentToken) {
        // Another call refreshed while this one was in flight: no need for a second refresh.
        return sendAttempt();
    }
    QPointer<ApiJob> self(this);
    auth->refreshAccessToken([self](bool ok) {
        if (!self || self->m_finished)
            return;
        if (ok)
            return self->sendAttempt();
        const ApiError e = self->m_error;
        self->finishWith(e.status, e.httpStatus, e.code, e.message, e.retryAfterMs);
    });
}

bool ApiJob::canRetry() const
{
    return !m_cancelled && m_retries < m_options.maxRetries
           && (isSafeMethod(m_method) || !m_idempotencyKey.isEmpty());
}

bool ApiJob::retryLater(qint64 retryAfterMs)
{
    if (!canRetry() || retryAfterMs > ApiClient::MaxRetryAfterMs)
        return false;
    const int delay =
        retryAfterMs >= 0
            ? int(retryAfterMs)
            : backoff::delayMs(m_retries, QRandomGenerator::global()->generateDouble());
    ++m_retries;
    qCInfo(lcNet) << "retrying" << m_method << m_path << "in" << delay << "ms, retry" << m_retries
                  << "of" << m_options.maxRetries;
    m_retryTimer.start(delay);
    return true;
}

void ApiJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_retryTimer.stop();
    if (m_reply) {
        m_reply->abort(); // finishes through onReplyFinished
        return;
    }
    finishWith(ApiStatus::Cancelled, 0, {}, tr("The call was cancelled."));
}

void ApiJob::finishWith(ApiStatus status, int httpStatus, const QString &code,
                        const QString &message, qint64 retryAfterMs)
{
    m_error = {status, httpStatus, code, message, retryAfterMs};
    m_json = {};
    finish();
}

void ApiJob::finishOk(int httpStatus, const QJsonObject &json)
{
    m_error = {ApiStatus::Ok, httpStatus, {}, {}, -1};
    m_json = json;
    finish();
}

void ApiJob::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_deadline.stop();
    m_retryTimer.stop();
    m_answer.clear();
    qCDebug(lcNet) << m_method << m_path << "finished" << statusName(m_error.status) << "after"
                   << m_attempts << "attempt(s)," << m_elapsed.elapsed() << "ms";
    Q_EMIT finished();
    if (m_autoDelete)
        deleteLater();
}

} // namespace nest::client
