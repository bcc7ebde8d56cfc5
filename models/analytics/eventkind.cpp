#include "eventkind.h"

#include <array>

namespace nest::analytics {

namespace {
constexpr std::array<QLatin1StringView, kEventKinds> kEventKindNames = {
    QLatin1StringView("page_view"), QLatin1StringView("click"), QLatin1StringView("scroll"),
    QLatin1StringView("dwell"),     QLatin1StringView("key"),   QLatin1StringView("search"),
    QLatin1StringView("purchase"),  QLatin1StringView("post"),  QLatin1StringView("like"),
    QLatin1StringView("vote")};
} // namespace

QLatin1StringView eventKindName(EventKind kind)
{
    const auto index = static_cast<std::size_t>(kind);
    return index < kEventKindNames.size() ? kEventKindNames[index] : QLatin1StringView();
}

std::optional<EventKind> parseEventKind(QStringView name)
{
    for (std::size_t i = 0; i < kEventKindNames.size(); ++i) {
        if (name == kEventKindNames[i])
            return static_cast<EventKind>(i);
    }
    return std::nullopt;
}

} // namespace nest::analytics
