#pragma once

#include "apijob.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

class QNetworkAccessManager;

namespace nest::client {

class AuthProvider;

//! Makes calls to one Nest server's REST API over a QNetworkAccessManager it is given.
class ApiClient : public QObject {
    Q_OBJECT
public:
    //! Answers larger than this are refused (InvalidResponse) without being buffered further.
    static constexpr qint64 MaxResponseBytes = 16LL * 1024 * 1024;
    //! A Retry-After longer than this is not waited for; the caller gets the 429/503 instead.
    static constexpr qint64 MaxRetryAfterMs = 60'000;
    static constexpr int MaxRetries = 3;

    explicit ApiClient(QNetworkAccessManager &nam, const QUrl &baseUrl = {},
                       QObject *parent = nullptr);
    ~ApiClient() override;

    QUrl baseUrl() const { return m_baseUrl; }
    //! `identity` names the server for secrets and settings when its URL is not stable (the
    //! embedded server listens on a new port each run); empty: the URL's origin.
    void setBaseUrl(const QUrl &baseUrl, const QString &identity = {});
    //! "scheme://host:port" of the base URL, or the identity given with it: the namespace for
    //! this server's secrets.
    QString serverOrigin() const;
    //! The full URL for "/api/v1/..." (an optional "?query" is kept).
    QUrl urlFor(const QString &pathAndQuery) const;

    //! Not owned; the provider must outlive the client or unset itself.
    void setAuthProvider(AuthProvider *provider) { m_auth = provider; }
    AuthProvider *authProvider() const { return m_auth; }
    QNetworkAccessManager &networkAccessManager() const { return m_nam; }

    ApiJob *get(const QString &pathAndQuery, RequestOptions options = {});
    //! POST/PUT/PATCH/DELETE with a JSON body (a null object sends no body).
    ApiJob *send(const QByteArray &method, const QString &pathAndQuery, const QJsonObject &body,
                 RequestOptions options = {});

private:
    ApiJob *start(const QByteArray &method, const QString &pathAndQuery, QByteArray body,
                  RequestOptions options);

    QNetworkAccessManager &m_nam;
    QUrl m_baseUrl;
    QString m_identity;
    AuthProvider *m_auth = nullptr;
};

} // namespace nest::client
