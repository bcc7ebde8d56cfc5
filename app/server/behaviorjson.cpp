#include "behaviorjson.h"

#include <QJsonValue>

#include <cmath>

namespace nest::server {
namespace {
using analytics::EventKind;
using analytics::kEventKinds;
using analytics::kTraits;
using analytics::TraitVector;
} // namespace

QJsonObject trackedEventToJson(const TrackedEvent &event)
{
    return QJsonObject{
        {QStringLiteral("user_id"), event.userId},
        {QStringLiteral("session_id"), event.sessionId},
        {QStringLiteral("kind"), QString(analytics::eventKindName(event.kind))},
        {QStringLiteral("ts"), event.ts},
        {QStringLiteral("props"), event.props},
    };
}

std::optional<TrackedEvent> parseTrackedEvent(const QJsonValue &value, qint64 nowMs, QString *error)
{
    using namespace behaviorlimits;
    if (!value.isObject()) {
        *error = QStringLiteral("must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    const auto id = [&](QLatin1StringView key, QString *out) {
        const QJsonValue v = o.value(key);
        if (!v.isString() || v.toString().isEmpty() || v.toString().size() > kMaxIdChars) {
            *error = QStringLiteral("%1 is required and must be a string of 1 to %2 characters")
                         .arg(key)
                         .arg(kMaxIdChars);
            return false;
        }
        *out = v.toString();
        return true;
    };
    TrackedEvent event;
    if (!id(QLatin1StringView("user_id"), &event.userId)
        || !id(QLatin1StringView("session_id"), &event.sessionId))
        return std::nullopt;

    const QJsonValue kind = o.value(QLatin1StringView("kind"));
    const auto parsedKind =
        kind.isString() ? analytics::parseEventKind(kind.toString()) : std::nullopt;
    if (!parsedKind) {
        *error = QStringLiteral("kind must be one of page_view, click, scroll, dwell, key, search, "
                                "purchase, post, like, vote");
        return std::nullopt;
    }
    event.kind = *parsedKind;

    const QJsonValue ts = o.value(QLatin1StringView("ts"));
    const double t = ts.toDouble(-1);
    if (!ts.isDouble() || std::floor(t) != t || t < 0 || t > double(nowMs + kMaxFutureSkewMs)) {
        *error = QStringLiteral("ts is required: an integer number of milliseconds since the "
                                "epoch, at most 24 h ahead of the server clock");
        return std::nullopt;
    }
    event.ts = qint64(t);

    const QJsonValue props = o.value(QLatin1StringView("props"));
    if (props.isObject()) {
        event.props = props.toObject();
    } else if (!props.isUndefined() && !props.isNull()) {
        *error = QStringLiteral("props must be an object");
        return std::nullopt;
    }
    return event;
}

QJsonObject traitsToJson(const TraitVector &traits)
{
    QJsonObject out;
    for (int i = 0; i < kTraits; ++i)
        out.insert(analytics::traitName(i), traits[std::size_t(i)]);
    return out;
}

std::optional<TraitVector> traitsFromJson(const QJsonValue &value, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("traits is required and must be an object");
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    TraitVector traits{};
    for (int i = 0; i < kTraits; ++i) {
        const QLatin1StringView name = analytics::traitName(i);
        const QJsonValue v = o.value(name);
        const double d = v.toDouble(-1);
        if (!v.isDouble() || !(d >= 0 && d <= 1)) {
            *error =
                QStringLiteral("traits.%1 is required and must be a number in [0, 1]").arg(name);
            return std::nullopt;
        }
        traits[std::size_t(i)] = d;
    }
    return traits;
}

QJsonObject countsToJson(const std::array<double, kEventKinds> &perSecond)
{
    QJsonObject out;
    for (int k = 0; k < kEventKinds; ++k)
        out.insert(analytics::eventKindName(EventKind(k)), perSecond[std::size_t(k)]);
    return out;
}

} // namespace nest::server
