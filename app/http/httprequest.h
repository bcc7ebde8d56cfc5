#pragma once

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QString>
#include <QUrlQuery>

namespace nest::http {

//! One parsed HTTP request: method, decoded path, query, headers (names lower-case) and body.
struct HttpRequest {
    QByteArray method;
    QByteArray target; //!< as sent, e.g. "/api/v1/x?limit=5"
    QString path;      //!< percent-decoded path component
    QUrlQuery query;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;
    bool http10 = false;
    //! Router-filled: values of `{name}` segments of the matched pattern.
    QHash<QString, QString> pathParams;

    //! The first header with this (lower-case) name, or an empty array.
    QByteArray header(QByteArrayView lowerName) const;
    bool hasHeader(QByteArrayView lowerName) const;
    QString queryValue(const QString &key) const
    {
        return query.queryItemValue(key, QUrl::FullyDecoded);
    }
    QString param(const QString &name) const { return pathParams.value(name); }
};

} // namespace nest::http
