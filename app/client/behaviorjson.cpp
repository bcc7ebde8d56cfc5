#include "behaviorjson.h"

#include <QJsonArray>

namespace nest::client::behaviorjson {

std::optional<analytics::TraitVector> traits(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    const QJsonObject object = value.toObject();
    analytics::TraitVector out{};
    for (int i = 0; i < analytics::kTraits; ++i) {
        const QJsonValue v = object.value(analytics::traitName(i));
        if (!v.isDouble())
            return std::nullopt;
        out[size_t(i)] = v.toDouble();
    }
    return out;
}

std::optional<analytics::RatePoint> ratePoint(const QJsonObject &json)
{
    const QJsonValue rates = json.value(u"events_per_s");
    if (!json.value(u"ts").isDouble() || !rates.isObject())
        return std::nullopt;
    analytics::RatePoint point;
    point.ts = json.value(u"ts").toInteger();
    const QJsonObject perKind = rates.toObject();
    for (int k = 0; k < analytics::kEventKinds; ++k) {
        const auto kind = static_cast<analytics::EventKind>(k);
        point.perKind[size_t(k)] = perKind.value(analytics::eventKindName(kind)).toDouble(0);
    }
    point.activeUsers = json.value(u"active_users").toInt(0);
    return point;
}

std::optional<analytics::UserSummary> userSummary(const QJsonObject &json)
{
    const QJsonValue id = json.value(u"user_id");
    const auto t = traits(json.value(u"traits"));
    if (!id.isString() || !t)
        return std::nullopt;
    analytics::UserSummary user;
    user.id = id.toString();
    user.name = json.value(u"display_name").toString(user.id);
    user.traits = *t;
    user.confidence = json.value(u"confidence").toDouble(0);
    user.samples = quint64(json.value(u"samples").toInteger(0));
    return user;
}

std::optional<analytics::TraitHistory> traitHistory(const QJsonObject &json)
{
    const auto user = userSummary(json);
    if (!user || !json.value(u"history").isArray())
        return std::nullopt;
    analytics::TraitHistory history;
    history.user = *user;
    for (const QJsonValue entry : json.value(u"history").toArray()) {
        const auto t = traits(entry.toObject().value(u"traits"));
        if (!t || !entry.toObject().value(u"ts").isDouble())
            return std::nullopt;
        history.history.append({entry.toObject().value(u"ts").toInteger(), *t});
    }
    return history;
}

std::optional<analytics::ModelState> modelState(const QJsonObject &json)
{
    if (!json.value(u"version").isDouble() || !json.value(u"loss").isDouble())
        return std::nullopt;
    analytics::ModelState state;
    state.version = quint64(json.value(u"version").toInteger());
    state.samplesSeen = quint64(json.value(u"samples_seen").toInteger());
    state.labeledSamples = quint64(json.value(u"labeled_samples").toInteger());
    state.loss = json.value(u"loss").toDouble();
    state.updatedAt = json.value(u"updated_at").toInteger(0);
    return state;
}

std::optional<analytics::AlertMark> alert(const QJsonObject &json, qint64 ts)
{
    if (!json.value(u"id").isString() || !json.value(u"message").isString())
        return std::nullopt;
    analytics::AlertMark mark;
    mark.id = json.value(u"id").toString();
    mark.ts = ts;
    mark.severity = json.value(u"severity").toString();
    mark.metric = json.value(u"metric").toString();
    mark.value = json.value(u"value").toDouble();
    mark.expected = json.value(u"expected").toDouble();
    mark.message = json.value(u"message").toString();
    return mark;
}

} // namespace nest::client::behaviorjson
