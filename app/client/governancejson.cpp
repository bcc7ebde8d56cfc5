#include "governancejson.h"

#include <QJsonArray>

#include <cmath>

namespace nest::client::governancejson {
namespace {
bool govJsonIsInteger(const QJsonValue &v)
{
    const double d = v.toDouble();
    return v.isDouble() && std::floor(d) == d && std::fabs(d) <= 9007199254740991.0;
}

std::optional<governance::Action> govJsonAction(const QJsonValue &value, bool *ok)
{
    *ok = true;
    if (value.isNull() || value.isUndefined())
        return std::nullopt;
    const QJsonObject o = value.toObject();
    if (!value.isObject() || !o.value(u"type").isString() || !o.value(u"key").isString()
        || !o.value(u"value").isDouble()) {
        *ok = false;
        return std::nullopt;
    }
    return governance::Action{o.value(u"type").toString(), o.value(u"key").toString(),
                              o.value(u"value").toDouble()};
}
} // namespace

std::optional<governance::Proposal> proposal(const QJsonObject &json)
{
    governance::Proposal p;
    const QJsonValue choices = json.value(u"choices");
    const QJsonValue tally = json.value(u"tally");
    const auto voting = governance::parseVoting(json.value(u"voting").toString());
    const auto weighting = governance::parseWeighting(json.value(u"weighting").toString());
    const auto status = governance::parseStatus(json.value(u"status").toString());
    if (!json.value(u"id").isString() || !json.value(u"title").isString() || !choices.isArray()
        || !tally.isObject() || !voting || !weighting || !status)
        return std::nullopt;
    for (const QLatin1StringView key :
         {QLatin1StringView("starts_at"), QLatin1StringView("ends_at"), QLatin1StringView("quorum"),
          QLatin1StringView("timelock_ms"), QLatin1StringView("turnout")}) {
        if (!govJsonIsInteger(json.value(key)))
            return std::nullopt;
    }
    p.id = json.value(u"id").toString();
    p.authorId = json.value(u"author_id").toString();
    p.title = json.value(u"title").toString();
    p.body = json.value(u"body").toString();
    for (const QJsonValue c : choices.toArray()) {
        if (!c.isString())
            return std::nullopt;
        p.choices << c.toString();
    }
    p.voting = *voting;
    p.weighting = *weighting;
    p.status = *status;
    p.startsAt = json.value(u"starts_at").toInteger();
    p.endsAt = json.value(u"ends_at").toInteger();
    p.quorum = json.value(u"quorum").toInteger();
    p.timelockMs = json.value(u"timelock_ms").toInteger();
    p.turnout = json.value(u"turnout").toInteger();
    bool actionOk = false;
    p.action = govJsonAction(json.value(u"action"), &actionOk);
    if (!actionOk)
        return std::nullopt;
    // Keys are choice indexes; a choice nobody chose may be left out.
    p.tally = QList<qint64>(p.choices.size(), 0);
    const QJsonObject t = tally.toObject();
    for (auto it = t.begin(); it != t.end(); ++it) {
        bool ok = false;
        const int index = it.key().toInt(&ok);
        if (!ok || index < 0 || index >= p.choices.size() || !govJsonIsInteger(it.value()))
            return std::nullopt;
        p.tally[index] = it.value().toInteger();
    }
    p.createdAt = json.value(u"created_at").toInteger();
    p.eligibleWeight = json.value(u"eligible_weight").toInteger();
    p.winner = json.value(u"winner").isDouble() ? json.value(u"winner").toInt() : -1;
    p.executedAt = json.value(u"executed_at").toInteger();
    p.executionError = json.value(u"execution_error").toString();
    return p;
}

std::optional<governance::Vote> vote(const QJsonObject &json)
{
    const QJsonValue choices = json.value(u"choices");
    if (!json.value(u"user_id").isString() || !json.value(u"public_key").isString()
        || !json.value(u"signature").isString() || !choices.isArray()
        || !govJsonIsInteger(json.value(u"weight")) || !json.value(u"superseded").isBool())
        return std::nullopt;
    governance::Vote v;
    v.seq = json.value(u"seq").toInteger();
    v.proposalId = json.value(u"proposal_id").toString();
    v.userId = json.value(u"user_id").toString();
    v.publicKey = json.value(u"public_key").toString();
    for (const QJsonValue c : choices.toArray()) {
        if (!govJsonIsInteger(c))
            return std::nullopt;
        v.choices << c.toInt();
    }
    v.weight = json.value(u"weight").toInteger();
    v.balance = json.value(u"balance").toInteger();
    v.signature = json.value(u"signature").toString();
    v.ts = json.value(u"ts").toInteger();
    v.superseded = json.value(u"superseded").toBool();
    return v;
}

QJsonObject draft(const governance::Proposal &d)
{
    QJsonObject out{
        {QStringLiteral("title"), d.title},
        {QStringLiteral("body"), d.body},
        {QStringLiteral("choices"), QJsonArray::fromStringList(d.choices)},
        {QStringLiteral("voting"), QString(governance::votingName(d.voting))},
        {QStringLiteral("weighting"), QString(governance::weightingName(d.weighting))},
        {QStringLiteral("starts_at"), d.startsAt},
        {QStringLiteral("ends_at"), d.endsAt},
        {QStringLiteral("quorum"), d.quorum},
        {QStringLiteral("timelock_ms"), d.timelockMs},
    };
    if (d.action)
        out.insert(QStringLiteral("action"),
                   QJsonObject{{QStringLiteral("type"), d.action->type},
                               {QStringLiteral("key"), d.action->key},
                               {QStringLiteral("value"), d.action->value}});
    return out;
}

} // namespace nest::client::governancejson
