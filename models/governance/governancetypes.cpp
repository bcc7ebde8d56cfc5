#include "governancetypes.h"

#include <array>
#include <utility>

namespace nest::governance {
namespace {
constexpr std::array kVotingNames{QLatin1StringView("single"), QLatin1StringView("approval")};
constexpr std::array kWeightingNames{QLatin1StringView("equal"), QLatin1StringView("balance"),
                                     QLatin1StringView("quadratic")};
constexpr std::array kStatusNames{QLatin1StringView("pending"), QLatin1StringView("active"),
                                  QLatin1StringView("passed"), QLatin1StringView("rejected"),
                                  QLatin1StringView("executed")};

template<typename Enum, std::size_t N>
std::optional<Enum> parseName(const std::array<QLatin1StringView, N> &names, QStringView name)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (name == names[i])
            return Enum(i);
    }
    return std::nullopt;
}
} // namespace

QLatin1StringView votingName(Voting voting)
{
    return kVotingNames.at(std::size_t(voting));
}

QLatin1StringView weightingName(Weighting weighting)
{
    return kWeightingNames.at(std::size_t(weighting));
}

QLatin1StringView statusName(Status status)
{
    return kStatusNames.at(std::size_t(status));
}

std::optional<Voting> parseVoting(QStringView name)
{
    return parseName<Voting>(kVotingNames, name);
}

std::optional<Weighting> parseWeighting(QStringView name)
{
    return parseName<Weighting>(kWeightingNames, name);
}

std::optional<Status> parseStatus(QStringView name)
{
    return parseName<Status>(kStatusNames, name);
}

} // namespace nest::governance
