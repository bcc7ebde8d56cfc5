#include "traits.h"

namespace nest::analytics {

QLatin1StringView traitName(int index)
{
    static constexpr std::array<QLatin1StringView, kTraits> names = {
        QLatin1StringView("openness"), QLatin1StringView("conscientiousness"),
        QLatin1StringView("extraversion"), QLatin1StringView("agreeableness"),
        QLatin1StringView("neuroticism")};
    return index >= 0 && index < kTraits ? names[static_cast<std::size_t>(index)]
                                         : QLatin1StringView();
}

} // namespace nest::analytics
