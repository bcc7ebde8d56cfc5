#include "topics.h"

#include <array>

namespace nest::topics {
namespace {
struct TopicRule {
    QLatin1StringView name;
    Roles readers; //!< empty: any signed-in user
};

const std::array<TopicRule, 8> kTopics{{
    {QLatin1StringView("behavior.event"), Roles(Role::Analyst)},
    {QLatin1StringView("behavior.metrics"), Roles(Role::Analyst)},
    {QLatin1StringView("behavior.traits"), Roles(Role::Analyst)},
    {QLatin1StringView("alerts"), Roles(Role::Analyst) | Role::Moderator},
    {QLatin1StringView("market"), {}},
    {QLatin1StringView("feed"), {}},
    {QLatin1StringView("moderation"), Roles(Role::Moderator)},
    {QLatin1StringView("governance"), {}},
}};

const TopicRule *find(QStringView topic)
{
    for (const auto &rule : kTopics) {
        if (topic == rule.name)
            return &rule;
    }
    return nullptr;
}
} // namespace

QStringList all()
{
    QStringList out;
    for (const auto &rule : kTopics)
        out << rule.name;
    return out;
}

bool isKnown(QStringView topic)
{
    return find(topic) != nullptr;
}

bool mayRead(QStringView topic, Roles roles)
{
    const TopicRule *rule = find(topic);
    if (!rule)
        return false;
    return !rule->readers || (rule->readers & roles);
}

} // namespace nest::topics
