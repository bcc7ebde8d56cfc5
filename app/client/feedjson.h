#pragma once

#include "communitydata.h"

#include <QJsonObject>

#include <optional>

namespace nest::client {

//! Readers for the feed's and moderation's JSON (REST answers and `feed`/`moderation` stream
//! data). Each returns nullopt when a required field is missing or has the wrong type.
namespace feedjson {

std::optional<community::Post> post(const QJsonObject &json);
std::optional<community::Comment> comment(const QJsonObject &json);
std::optional<community::Profile> profile(const QJsonObject &json);
std::optional<community::Report> report(const QJsonObject &json);
std::optional<community::LogEntry> logEntry(const QJsonObject &json);
//! `{"items":[...],"next_cursor":C|null}` read with `item`; nullopt if any item is malformed.
template<typename T, typename Read>
std::optional<community::Page<T>> page(const QJsonObject &json, Read read)
{
    const QJsonValue items = json.value(QLatin1StringView("items"));
    const QJsonValue next = json.value(QLatin1StringView("next_cursor"));
    if (!items.isArray() || !(next.isNull() || next.isString()))
        return std::nullopt;
    community::Page<T> out;
    for (const QJsonValue item : items.toArray()) {
        auto value = read(item.toObject());
        if (!value)
            return std::nullopt;
        out.items.append(std::move(*value));
    }
    out.nextCursor = next.toString();
    return out;
}

} // namespace feedjson
} // namespace nest::client
