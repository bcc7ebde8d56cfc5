#include "apiclient.h"

#include "clientlogging.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>

namespace nest::client {

ApiClient::ApiClient(QNetworkAccessManager &nam, const QUrl &baseUrl, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    setBaseUrl(baseUrl);
}

ApiClient::~ApiClient() = default;

void ApiClient::setBaseUrl(const QUrl &baseUrl, const QString &identity)
{
    m_identity = identity;
    // A base URL carries no query, fragment or credentials: they would leak into every call.
    m_baseUrl = baseUrl.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo
                                 | QUrl::StripTrailingSlash);
}

QString ApiClient::serverOrigin() const
{
    if (!m_identity.isEmpty())
        return m_identity;
    return m_baseUrl
        .adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment
                  | QUrl::RemoveUserInfo)
        .toString(QUrl::FullyEncoded);
}

QUrl ApiClient::urlFor(const QString &pathAndQuery) const
{
    QUrl url = m_baseUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(m_baseUrl.path() + (q < 0 ? pathAndQuery : pathAndQuery.left(q)));
    if (q >= 0)
        url.setQuery(pathAndQuery.mid(q + 1));
    return url;
}

ApiJob *ApiClient::get(const QString &pathAndQuery, RequestOptions options)
{
    return start(QByteArrayLiteral("GET"), pathAndQuery, {}, std::move(options));
}

ApiJob *ApiClient::send(const QByteArray &method, const QString &pathAndQuery,
                        const QJsonObject &body, RequestOptions options)
{
    // Serialized once: a retry must send the very bytes the Idempotency-Key was first used with,
    // since the server compares a hash of the raw body.
    QByteArray bytes;
    if (!body.isEmpty() || method != "DELETE")
        bytes = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return start(method, pathAndQuery, std::move(bytes), std::move(options));
}

ApiJob *ApiClient::start(const QByteArray &method, const QString &pathAndQuery, QByteArray body,
                         RequestOptions options)
{
    auto *job = new ApiJob(this, method, pathAndQuery, std::move(body), std::move(options));
    qCDebug(lcNet) << "call" << method << pathAndQuery;
    job->sendAttempt();
    return job;
}

} // namespace nest::client
