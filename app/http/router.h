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

    //! Where a request goes: its route (null for 404/405) and the methods its path allows.
    struct Resolution {
        const void *route = nullptr;
        QString pattern; //!< a low-cardinality label: the route's pattern, or "" when none
        QByteArrayList allowed;
    };

    void add(QByteArray method, const QString &pattern, RequestHandler handler);
    //! Finds the route of `request` once, filling its pathParams.
    Resolution resolve(HttpRequest &request) const;
    //! Runs the resolved route's handler, or answers 404/405 (with Allow) as JSON.
    void run(const Resolution &resolution, const HttpRequest &request,
             const HttpResponder &responder) const;
    //! resolve() then run().
    Match dispatch(HttpRequest request, const HttpResponder &responder) const;

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
