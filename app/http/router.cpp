#include "router.h"

namespace nest::http {
namespace {
QList<QStringView> splitPath(QStringView path)
{
    QList<QStringView> out;
    for (QStringView part : path.tokenize(u'/', Qt::SkipEmptyParts))
        out.append(part);
    return out;
}
} // namespace

void Router::add(QByteArray method, const QString &pattern, RequestHandler handler)
{
    m_routes.append(Route{std::move(method), pattern, pattern.split(u'/', Qt::SkipEmptyParts),
                          std::move(handler)});
}

bool Router::matches(const Route &route, const QList<QStringView> &segments,
                     QHash<QString, QString> *params)
{
    if (route.segments.size() != segments.size())
        return false;
    for (qsizetype i = 0; i < segments.size(); ++i) {
        const QString &want = route.segments.at(i);
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (params)
                params->insert(want.mid(1, want.size() - 2), segments.at(i).toString());
        } else if (want != segments.at(i)) {
            return false;
        }
    }
    return true;
}

QString Router::patternFor(const HttpRequest &request) const
{
    const auto segments = splitPath(request.path);
    for (const Route &route : m_routes) {
        if (route.method == request.method && matches(route, segments, nullptr))
            return route.pattern;
    }
    return {};
}

Router::Match Router::dispatch(HttpRequest request, const HttpResponder &responder) const
{
    const auto segments = splitPath(request.path);
    QByteArrayList allowed;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        if (route.method != request.method) {
            if (!allowed.contains(route.method))
                allowed.append(route.method);
            continue;
        }
        matches(route, segments, &request.pathParams);
        route.handler(request, responder);
        return Match{&route, route.pattern};
    }
    if (!allowed.isEmpty()) {
        responder.send(HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("method not allowed on this path"))
                           .withHeader("Allow", allowed.join(", ")));
        return {};
    }
    responder.send(
        HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")));
    return {};
}

} // namespace nest::http
