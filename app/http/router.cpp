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

Router::Resolution Router::resolve(HttpRequest &request) const
{
    const auto segments = splitPath(request.path);
    Resolution resolution;
    for (const Route &route : m_routes) {
        if (!matches(route, segments, nullptr))
            continue;
        if (route.method != request.method) {
            if (!resolution.allowed.contains(route.method))
                resolution.allowed.append(route.method);
            continue;
        }
        matches(route, segments, &request.pathParams);
        resolution.route = &route;
        resolution.pattern = route.pattern;
        return resolution;
    }
    return resolution;
}

void Router::run(const Resolution &resolution, const HttpRequest &request,
                 const HttpResponder &responder) const
{
    if (resolution.route) {
        static_cast<const Route *>(resolution.route)->handler(request, responder);
        return;
    }
    if (!resolution.allowed.isEmpty()) {
        responder.send(HttpResponse::error(405, QStringLiteral("method_not_allowed"),
                                           QStringLiteral("method not allowed on this path"))
                           .withHeader("Allow", resolution.allowed.join(", ")));
        return;
    }
    responder.send(
        HttpResponse::error(404, QStringLiteral("not_found"), QStringLiteral("no such endpoint")));
}

Router::Match Router::dispatch(HttpRequest request, const HttpResponder &responder) const
{
    const Resolution resolution = resolve(request);
    run(resolution, request, responder);
    return Match{resolution.route, resolution.pattern};
}

} // namespace nest::http
