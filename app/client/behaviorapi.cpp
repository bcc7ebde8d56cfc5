#include "behaviorapi.h"

#include "behaviorjson.h"

#include <QJsonArray>
#include <QUrlQuery>

namespace nest::client::behaviorapi {
namespace {
//! Checks every element of `json[key]` with `read`; the message names the first bad one.
template<typename Read> QString checkArray(const QJsonObject &json, QStringView key, Read read)
{
    const QJsonValue items = json.value(key);
    if (!items.isArray())
        return QStringLiteral("missing array '%1'").arg(key);
    int i = 0;
    for (const QJsonValue item : items.toArray()) {
        if (!read(item.toObject()))
            return QStringLiteral("%1[%2] is malformed").arg(key).arg(i);
        ++i;
    }
    return {};
}

RequestOptions checked(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.validate = std::move(validate);
    return options;
}
} // namespace

ApiJob *metrics(ApiClient &api, qint64 fromMs, qint64 toMs, qint64 stepMs)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("from"), QString::number(fromMs));
    query.addQueryItem(QStringLiteral("to"), QString::number(toMs));
    query.addQueryItem(QStringLiteral("step_ms"), QString::number(stepMs));
    return api.get(u"/api/v1/behavior/metrics?"_qs + query.toString(QUrl::FullyEncoded),
                   checked([](const QJsonObject &json) {
                       return checkArray(json, u"points", behaviorjson::ratePoint);
                   }));
}

ApiJob *users(ApiClient &api, const QString &queryText, int limit)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("q"), queryText);
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return api.get(u"/api/v1/behavior/users?"_qs + query.toString(QUrl::FullyEncoded),
                   checked([](const QJsonObject &json) {
                       return checkArray(json, u"items", behaviorjson::userSummary);
                   }));
}

ApiJob *userTraits(ApiClient &api, const QString &userId)
{
    return api.get(u"/api/v1/behavior/users/"_qs
                       + QString::fromLatin1(QUrl::toPercentEncoding(userId)) + u"/traits"_qs,
                   checked([](const QJsonObject &json) {
                       return behaviorjson::traitHistory(json) ? QString()
                                                               : QStringLiteral("bad traits");
                   }));
}

ApiJob *model(ApiClient &api)
{
    return api.get(u"/api/v1/behavior/model"_qs, checked([](const QJsonObject &json) {
                       return behaviorjson::modelState(json) ? QString()
                                                             : QStringLiteral("bad model state");
                   }));
}

QList<analytics::RatePoint> ratePointsOf(const ApiJob &job)
{
    QList<analytics::RatePoint> out;
    for (const QJsonValue item : job.json().value(u"points").toArray())
        out.append(*behaviorjson::ratePoint(item.toObject()));
    return out;
}

QList<analytics::UserSummary> usersOf(const ApiJob &job)
{
    QList<analytics::UserSummary> out;
    for (const QJsonValue item : job.json().value(u"items").toArray())
        out.append(*behaviorjson::userSummary(item.toObject()));
    return out;
}

analytics::TraitHistory traitHistoryOf(const ApiJob &job)
{
    return *behaviorjson::traitHistory(job.json());
}

analytics::ModelState modelStateOf(const ApiJob &job)
{
    return *behaviorjson::modelState(job.json());
}

} // namespace nest::client::behaviorapi
