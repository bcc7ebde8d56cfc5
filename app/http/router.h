#pragma once

#include "httpconnection.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace nest::http {

//! Maps (method, path pattern) to handlers. Patterns are literal segments and `{name}`
//! placeholders ("/api/v1/users/{id}/roles"). Unknown paths get 404, a known path with another
//! method gets 405 with `Allow`, both as the contract's JSON error body.
class Router {
public:
    struct Match {
        const void *route = nullptr; //!< opaque identity of the matched route, null on none
        QString pattern;             //!< the route's pattern (a low-cardinality metrics label)
    };

    void add(QByteArray method, const QString &pattern, RequestHandler handler);
    //! Routes `request` (filling its pathParams) and runs the handler or answers 404/405.
    Match dispatch(HttpRequest request, const HttpResponder &responder) const;
    //! The pattern a request would match, without running anything ("" when none).
    QString patternFor(const HttpRequest &request) const;

private:
    struct Route {
        QByteArray method;
        QString pattern;
        QStringList segments;
        RequestHandler handler;
    };
    static bool matches(const Route &route, const QList<QStringView> &segments,
                        QHash<QString, QString> *params);

    QList<Route> m_routes;
};

} // namespace nest::http
