#include "governancejson.h"

#include "jsonbody.h"

#include <QJsonArray>

#include <cmath>

namespace nest::server {
namespace {
using governance::Proposal;

QJsonValue govOptionalTime(qint64 ms)
{
    return ms > 0 ? QJsonValue(ms) : QJsonValue();
}

QJsonValue govActionToJson(const std::optional<governance::Action> &action)
{
    if (!action)
        return QJsonValue();
    return QJsonObject{{QStringLiteral("type"), action->type},
                       {QStringLiteral("key"), action->key},
                       {QStringLiteral("value"), action->value}};
}

bool govIsInteger(const QJsonValue &v)
{
    const double d = v.toDouble();
    return v.isDouble() && std::floor(d) == d && std::fabs(d) <= 9007199254740991.0;
}
} // namespace

QJsonObject proposalToJson(const Proposal &p)
{
    QJsonObject tally;
    for (qsizetype i = 0; i < p.tally.size(); ++i)
        tally.insert(QString::number(i), p.tally.at(i));
    return QJsonObject{
        {QStringLiteral("id"), p.id},
        {QStringLiteral("author_id"), p.authorId},
        {QStringLiteral("title"), p.title},
        {QStringLiteral("body"), p.body},
        {QStringLiteral("choices"), QJsonArray::fromStringList(p.choices)},
        {QStringLiteral("voting"), QString(governance::votingName(p.voting))},
        {QStringLiteral("weighting"), QString(governance::weightingName(p.weighting))},
        {QStringLiteral("starts_at"), p.startsAt},
        {QStringLiteral("ends_at"), p.endsAt},
        {QStringLiteral("quorum"), p.quorum},
        {QStringLiteral("timelock_ms"), p.timelockMs},
        {QStringLiteral("execute_after"), p.executeAfter()},
        {QStringLiteral("action"), govActionToJson(p.action)},
        {QStringLiteral("status"), QString(governance::statusName(p.status))},
        {QStringLiteral("tally"), tally},
        {QStringLiteral("turnout"), p.turnout},
        {QStringLiteral("created_at"), p.createdAt},
        {QStringLiteral("eligible_weight"), p.eligibleWeight},
        {QStringLiteral("winner"), p.winner >= 0 ? QJsonValue(p.winner) : QJsonValue()},
        {QStringLiteral("executed_at"), govOptionalTime(p.executedAt)},
        {QStringLiteral("execution_error"),
         p.executionError.isEmpty() ? QJsonValue() : QJsonValue(p.executionError)},
    };
}

QJsonObject voteToJson(const governance::Vote &v)
{
    QJsonArray choices;
    for (const int c : v.choices)
        choices.append(c);
    return QJsonObject{
        {QStringLiteral("seq"), v.seq},         {QStringLiteral("proposal_id"), v.proposalId},
        {QStringLiteral("user_id"), v.userId},  {QStringLiteral("public_key"), v.publicKey},
        {QStringLiteral("choices"), choices},   {QStringLiteral("weight"), v.weight},
        {QStringLiteral("balance"), v.balance}, {QStringLiteral("signature"), v.signature},
        {QStringLiteral("ts"), v.ts},           {QStringLiteral("superseded"), v.superseded},
    };
}

std::optional<Proposal> parseProposalDraft(const QJsonObject &body, qint64 now, QString *problem)
{
    JsonReader r(body);
    Proposal p;
    p.title = r.requiredString(QLatin1StringView("title"));
    p.body = r.optionalString(QLatin1StringView("body")).value_or(QString());
    p.choices = r.requiredStringList(QLatin1StringView("choices"));
    const QString voting = r.requiredString(QLatin1StringView("voting"));
    const QString weighting = r.requiredString(QLatin1StringView("weighting"));
    p.startsAt = r.optionalInteger(QLatin1StringView("starts_at")).value_or(now);
    p.endsAt = r.requiredInteger(QLatin1StringView("ends_at"));
    p.quorum = r.requiredInteger(QLatin1StringView("quorum"));
    p.timelockMs = r.optionalInteger(QLatin1StringView("timelock_ms")).value_or(0);
    if (r.ok()) {
        if (const auto v = governance::parseVoting(voting))
            p.voting = *v;
        else
            r.fail(QStringLiteral("voting must be single or approval"));
        if (const auto w = governance::parseWeighting(weighting))
            p.weighting = *w;
        else
            r.fail(QStringLiteral("weighting must be equal, balance or quadratic"));
    }
    const QJsonValue action = body.value(QLatin1StringView("action"));
    if (r.ok() && !action.isUndefined() && !action.isNull()) {
        const QJsonObject o = action.toObject();
        const QJsonValue type = o.value(QLatin1StringView("type"));
        const QJsonValue key = o.value(QLatin1StringView("key"));
        const QJsonValue value = o.value(QLatin1StringView("value"));
        if (!action.isObject() || !type.isString())
            r.fail(QStringLiteral("action must be an object with a string 'type'"));
        else if (!key.isString() || !value.isDouble())
            r.fail(QStringLiteral("a set_param action needs a string 'key' and a number 'value'"));
        else
            p.action = governance::Action{type.toString(), key.toString(), value.toDouble()};
    }
    if (!r.ok()) {
        *problem = r.error();
        return std::nullopt;
    }
    return p;
}

std::optional<QList<int>> parseBallot(const QJsonValue &value, QString *problem)
{
    if (!value.isArray()) {
        *problem = QStringLiteral("field 'choices' is required and must be an array of indexes");
        return std::nullopt;
    }
    QList<int> out;
    for (const QJsonValue v : value.toArray()) {
        if (!govIsInteger(v) || std::fabs(v.toDouble()) > 1000) {
            *problem = QStringLiteral("field 'choices' must be an array of choice indexes");
            return std::nullopt;
        }
        out << v.toInt();
    }
    return out;
}

} // namespace nest::server
