#pragma once

#include <QLatin1StringView>
#include <QStringView>

#include <optional>

namespace nest::analytics {

//! The kinds of behavior events a client reports; the order is the feature order.
enum class EventKind : quint8 {
    PageView,
    Click,
    Scroll,
    Dwell,
    Key,
    Search,
    Purchase,
    Post,
    Like,
    Vote
};
inline constexpr int kEventKinds = 10;

//! The wire name (`page_view`, `click`, ...).
QLatin1StringView eventKindName(EventKind kind);
//! The kind for a wire name; nullopt for anything else (names are case-sensitive).
std::optional<EventKind> parseEventKind(QStringView name);

} // namespace nest::analytics
