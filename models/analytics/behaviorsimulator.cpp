#include "behaviorsimulator.h"

#include <QJsonValue>
#include <queue>

#include <algorithm>
#include <cmath>
#include <numbers>
#include <numeric>

namespace nest::analytics {

namespace {

constexpr double kSimMsPerMinute = 60000.0;

struct SimKindRow {
    double base;
    std::array<double, kTraits> loadings;
};

// analytics-model.md, "Generative model": base rate per active minute and M[k][O, C, E, A, N].
constexpr std::array<SimKindRow, kEventKinds> kSimTable = {{
    {2.0, {0.6, 0.0, 0.2, 0.0, 0.0}},   // page_view
    {6.0, {0.2, -0.2, 0.6, 0.0, 0.3}},  // click
    {4.0, {0.0, -0.5, 0.2, 0.0, 0.5}},  // scroll
    {2.0, {0.5, 0.6, -0.3, 0.0, -0.2}}, // dwell
    {10.0, {0.3, 0.4, 0.0, 0.0, 0.0}},  // key
    {0.5, {0.7, 0.3, 0.0, 0.0, 0.0}},   // search
    {0.05, {0.0, -0.3, 0.3, 0.0, 0.6}}, // purchase
    {0.1, {0.3, 0.0, 0.8, 0.2, 0.0}},   // post
    {0.6, {0.0, 0.0, 0.4, 0.8, 0.0}},   // like
    {0.05, {0.0, 0.5, 0.0, 0.4, -0.3}}, // vote
}};

// SplitMix64 (Steele, Lea & Flood 2014): decorrelates nearby seeds before they reach a
// generator, and hashes an event's identity into its props.
quint64 simSplitMix(quint64 x)
{
    x += 0x9e3779b97f4a7c15ULL;
    x = (x ^ (x >> 30)) * 0xbf58476d1ce4e5b9ULL;
    x = (x ^ (x >> 27)) * 0x94d049bb133111ebULL;
    return x ^ (x >> 31);
}

double simUnit(quint64 bits)
{
    return (static_cast<double>(bits >> 11) + 0.5) * (1.0 / 9007199254740992.0);
}

double simExponentialMs(std::mt19937_64 &rng, double meanMinutes)
{
    return std::exponential_distribution<double>(1.0 / (meanMinutes * kSimMsPerMinute))(rng);
}

} // namespace

double BehaviorSimulator::baseRate(EventKind kind)
{
    return kSimTable[static_cast<std::size_t>(kind)].base;
}

double BehaviorSimulator::loading(EventKind kind, int trait)
{
    return kSimTable[static_cast<std::size_t>(kind)].loadings[static_cast<std::size_t>(trait)];
}

BehaviorSimulator::BehaviorSimulator(Config config)
    : m_config(config)
{
    const int n = std::max(config.users, 0);
    m_users.resize(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        User &u = m_users[static_cast<std::size_t>(i)];
        u.rng.seed(simSplitMix(config.seed * 0x100000001b3ULL + static_cast<quint64>(i)));
        std::gamma_distribution<double> gamma(2.0, 1.0);
        for (double &t : u.traits) {
            const double a = gamma(u.rng);
            const double b = gamma(u.rng);
            t = a / (a + b); // Beta(2, 2)
        }
        std::normal_distribution<double> idiosyncrasy(0.0, kIdiosyncrasySd);
        double cumulative = 0;
        for (std::size_t k = 0; k < kSimTable.size(); ++k) {
            double exponent = idiosyncrasy(u.rng);
            for (std::size_t j = 0; j < u.traits.size(); ++j)
                exponent += kSimTable[k].loadings[j] * (u.traits[j] - 0.5);
            cumulative += kSimTable[k].base * std::exp(exponent);
            u.cumulativeRate[k] = cumulative;
        }
        u.totalRate = cumulative;
        // A renewal process with equal mean on and off times is active half of the time; by
        // memorylessness, a fair coin and a fresh exponential remainder start it stationary.
        if (std::bernoulli_distribution(0.5)(u.rng)) {
            startSession(u, 0);
        } else {
            u.idleEnd = simExponentialMs(u.rng, kMeanIdleMinutes);
        }
    }
    // Exactly round(share * users) labeled users, chosen by a seeded shuffle.
    std::vector<int> order(static_cast<std::size_t>(n));
    std::iota(order.begin(), order.end(), 0);
    std::mt19937_64 pick(simSplitMix(config.seed ^ 0x6c6162656c6c6564ULL));
    std::shuffle(order.begin(), order.end(), pick);
    const auto labeled = static_cast<std::size_t>(
        std::llround(std::clamp(config.labeledShare, 0.0, 1.0) * static_cast<double>(n)));
    for (std::size_t i = 0; i < labeled && i < order.size(); ++i)
        m_users[static_cast<std::size_t>(order[i])].labeled = true;
}

double BehaviorSimulator::sessionEnd(const User &u) const
{
    return std::min(u.drawnEnd, u.sessionStart + (m_capMs - u.activeDone));
}

double BehaviorSimulator::nextTime(const User &u) const
{
    if (u.parked)
        return kNever;
    return u.active ? std::min(u.nextEvent, sessionEnd(u)) : u.idleEnd;
}

void BehaviorSimulator::startSession(User &u, double at)
{
    ++u.session;
    u.active = true;
    u.sessionStart = at;
    u.drawnEnd = at + simExponentialMs(u.rng, kMeanSessionMinutes);
    u.nextEvent = at + std::exponential_distribution<double>(u.totalRate / kSimMsPerMinute)(u.rng);
}

quint64 BehaviorSimulator::run(double until, const Sink &sink)
{
    using Entry = std::pair<double, int>;
    std::priority_queue<Entry, std::vector<Entry>, std::greater<>> queue;
    for (std::size_t i = 0; i < m_users.size(); ++i) {
        const double t = nextTime(m_users[i]);
        if (t < until)
            queue.emplace(t, static_cast<int>(i));
    }
    quint64 emitted = 0;
    while (!queue.empty()) {
        const auto [t, index] = queue.top();
        queue.pop();
        User &u = m_users[static_cast<std::size_t>(index)];
        if (u.active) {
            const double end = sessionEnd(u);
            if (u.nextEvent < end) {
                const double pickAt = std::uniform_real_distribution<double>(0, u.totalRate)(u.rng);
                const auto k = static_cast<std::size_t>(
                    std::upper_bound(u.cumulativeRate.begin(), u.cumulativeRate.end(), pickAt)
                    - u.cumulativeRate.begin());
                SimEvent e;
                e.user = index;
                e.session = u.session;
                e.kind = static_cast<EventKind>(std::min<std::size_t>(k, kEventKinds - 1));
                e.tsMs = m_config.startMs + static_cast<qint64>(std::floor(t));
                ++emitted;
                if (sink)
                    sink(e);
                u.nextEvent =
                    t + std::exponential_distribution<double>(u.totalRate / kSimMsPerMinute)(u.rng);
            } else {
                u.active = false;
                u.activeDone += end - u.sessionStart;
                if (u.activeDone >= m_capMs - 1e-6)
                    u.parked = true;
                else
                    u.idleEnd = end + simExponentialMs(u.rng, kMeanIdleMinutes);
            }
        } else {
            startSession(u, t);
        }
        if (!std::isfinite(until))
            m_clock = std::max(m_clock, t); // an open-ended run moves the clock as it goes
        const double next = nextTime(u);
        if (next < until)
            queue.emplace(next, index);
    }
    return emitted;
}

void BehaviorSimulator::advance(qint64 simulatedMs, const Sink &sink)
{
    if (simulatedMs <= 0)
        return;
    m_capMs = kNever;
    for (User &u : m_users) {
        if (!u.parked)
            continue;
        u.parked = false;
        if (std::bernoulli_distribution(0.5)(u.rng))
            startSession(u, m_clock);
        else
            u.idleEnd = m_clock + simExponentialMs(u.rng, kMeanIdleMinutes);
    }
    const double until = m_clock + static_cast<double>(simulatedMs);
    run(until, sink);
    m_clock = until;
}

quint64 BehaviorSimulator::runUntilActiveMinutes(double minutes, const Sink &sink)
{
    m_capMs = std::max(minutes, 0.0) * kSimMsPerMinute;
    for (User &u : m_users) {
        if (u.parked && u.activeDone < m_capMs - 1e-6) {
            u.parked = false;
            startSession(u, m_clock);
        }
    }
    return run(kNever, sink);
}

qint64 BehaviorSimulator::now() const
{
    return m_config.startMs + static_cast<qint64>(std::floor(m_clock));
}

QString BehaviorSimulator::userId(int user) const
{
    return QStringLiteral("sim_%1").arg(user + 1, 4, 10, QLatin1Char('0'));
}

QString BehaviorSimulator::sessionId(int user, quint32 session) const
{
    return userId(user) + QStringLiteral("_s") + QString::number(session);
}

QString BehaviorSimulator::displayName(int user) const
{
    static constexpr std::array<const char *, 16> first = {
        "Ada",  "Ben",   "Chloe", "Dario", "Elif", "Farid", "Grace", "Hugo",
        "Ines", "Jonas", "Kaito", "Lena",  "Mira", "Noah",  "Olga",  "Priya"};
    static constexpr std::array<const char *, 16> last = {
        "Almeida", "Berg", "Costa", "Dubois", "Eriksen", "Fischer", "Garcia", "Haas",
        "Ivanova", "Jung", "Kowal", "Larsen", "Moreau",  "Novak",   "Okafor", "Petrov"};
    const auto h = simSplitMix(static_cast<quint64>(user) ^ 0x6e616d6573ULL);
    return QLatin1StringView(first[h % first.size()]) + QLatin1Char(' ')
           + QLatin1StringView(last[(h >> 8) % last.size()]) + QLatin1Char(' ')
           + QString::number(user + 1);
}

const TraitVector &BehaviorSimulator::trueTraits(int user) const
{
    return m_users.at(static_cast<std::size_t>(user)).traits;
}

double BehaviorSimulator::rate(int user, EventKind kind) const
{
    const User &u = m_users.at(static_cast<std::size_t>(user));
    const auto k = static_cast<std::size_t>(kind);
    return u.cumulativeRate[k] - (k == 0 ? 0.0 : u.cumulativeRate[k - 1]);
}

double BehaviorSimulator::activeMinutes(int user) const
{
    const User &u = m_users.at(static_cast<std::size_t>(user));
    double ms = u.activeDone;
    if (u.active)
        ms += std::max(0.0, std::min(m_clock, sessionEnd(u)) - u.sessionStart);
    return ms / kSimMsPerMinute;
}

bool BehaviorSimulator::isActive(int user) const
{
    const User &u = m_users.at(static_cast<std::size_t>(user));
    return u.active && !u.parked;
}

bool BehaviorSimulator::isLabeled(int user) const
{
    return m_users.at(static_cast<std::size_t>(user)).labeled;
}

TraitVector BehaviorSimulator::questionnaire(int user) const
{
    // A stream of its own per user, so that asking does not disturb the traffic.
    std::mt19937_64 rng(
        simSplitMix(m_config.seed ^ (0x717565ULL << 32) ^ static_cast<quint64>(user)));
    std::normal_distribution<double> noise(0.0, kLabelNoiseSd);
    TraitVector answer = trueTraits(user);
    for (double &t : answer)
        t = std::clamp(t + noise(rng), 0.0, 1.0);
    return answer;
}

QJsonObject BehaviorSimulator::props(const SimEvent &event) const
{
    quint64 h = simSplitMix(m_config.seed ^ static_cast<quint64>(event.tsMs));
    h = simSplitMix(h ^ (static_cast<quint64>(event.user) << 20) ^ event.session);
    h = simSplitMix(h ^ static_cast<quint64>(event.kind));
    const double u1 = simUnit(h);
    const double u2 = simUnit(simSplitMix(h));
    const double z =
        std::sqrt(-2.0 * std::log(u1)) * std::cos(2.0 * std::numbers::pi * u2); // Box-Muller
    QJsonObject props;
    switch (event.kind) {
    case EventKind::Dwell:
        props.insert(QLatin1StringView("duration_ms"),
                     std::llround(std::exp(std::log(8000.0) + 0.8 * z)));
        break;
    case EventKind::Scroll:
        props.insert(QLatin1StringView("velocity"),
                     std::round(std::exp(std::log(900.0) + 0.5 * z)));
        break;
    case EventKind::PageView:
        // Squaring a uniform skews traffic towards the first pages, like real navigation.
        props.insert(
            QLatin1StringView("page"),
            QString(QStringLiteral("/p/") + QString::number(1 + static_cast<int>(40 * u1 * u1))));
        break;
    case EventKind::Purchase:
        props.insert(QLatin1StringView("amount"),
                     std::round(std::exp(std::log(30.0) + 0.9 * z) * 100.0) / 100.0);
        break;
    default:
        break;
    }
    return props;
}

} // namespace nest::analytics
