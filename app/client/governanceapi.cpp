#include "governanceapi.h"

#include "apierror.h"
#include "governancejson.h"

#include <QJsonArray>
#include <QPointer>
#include <QUrl>
#include <QUrlQuery>

#include <memory>

namespace nest::client::governanceapi {
namespace {
QString govProposalPath(const QString &id)
{
    return u"/api/v1/governance/proposals/"_qs + QString::fromLatin1(QUrl::toPercentEncoding(id));
}

QString govCheckProposal(const QJsonValue &value)
{
    return governancejson::proposal(value.toObject()) ? QString()
                                                      : QStringLiteral("malformed proposal");
}

template<typename Read> QString govCheckItems(const QJsonObject &json, Read read)
{
    const QJsonValue items = json.value(u"items");
    if (!items.isArray())
        return QStringLiteral("missing array 'items'");
    int i = 0;
    for (const QJsonValue item : items.toArray()) {
        if (!read(item.toObject()))
            return QStringLiteral("items[%1] is malformed").arg(i);
        ++i;
    }
    return {};
}

RequestOptions govChecked(std::function<QString(const QJsonObject &)> validate)
{
    RequestOptions options;
    options.validate = std::move(validate);
    return options;
}

QString govPageQuery(int limit, const QString &cursor)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    if (!cursor.isEmpty())
        query.addQueryItem(QStringLiteral("cursor"), cursor);
    return query.toString(QUrl::FullyEncoded);
}
} // namespace

ApiJob *proposals(ApiClient &api, std::optional<governance::Status> status, int limit,
                  const QString &cursor)
{
    QString query = govPageQuery(limit, cursor);
    if (status)
        query += u"&status="_qs + governance::statusName(*status);
    return api.get(u"/api/v1/governance/proposals?"_qs + query,
                   govChecked([](const QJsonObject &json) {
                       return govCheckItems(json, [](const QJsonObject &o) {
                           return governancejson::proposal(o).has_value();
                       });
                   }));
}

ApiJob *proposal(ApiClient &api, const QString &id)
{
    return api.get(govProposalPath(id),
                   govChecked([](const QJsonObject &json) { return govCheckProposal(json); }));
}

WriteRequest createRequest(const governance::Proposal &draft)
{
    return {QStringLiteral("proposal"),   "POST", u"/api/v1/governance/proposals"_qs,
            governancejson::draft(draft), {},     {}};
}

WriteRequest castVoteRequest(const QString &proposalId, const QList<int> &choices,
                             const QString &signature)
{
    QJsonArray indexes;
    for (const int c : choices)
        indexes.append(c);
    // The signature covers the choices, not the key: the outbox makes the key.
    return {QStringLiteral("vote"),
            "POST",
            govProposalPath(proposalId) + u"/votes"_qs,
            QJsonObject{{QStringLiteral("choices"), indexes}},
            signature,
            {}};
}

ApiJob *create(ApiClient &api, const governance::Proposal &draft)
{
    return send(api, createRequest(draft),
                govChecked([](const QJsonObject &json) { return govCheckProposal(json); }));
}

ApiJob *castVote(ApiClient &api, const QString &proposalId, const QList<int> &choices,
                 const QString &signature)
{
    return send(api, castVoteRequest(proposalId, choices, signature),
                govChecked([](const QJsonObject &json) {
                    if (!governancejson::vote(json.value(u"vote").toObject()))
                        return QStringLiteral("malformed vote");
                    return govCheckProposal(json.value(u"proposal"));
                }));
}

ApiJob *votes(ApiClient &api, const QString &proposalId, const QString &cursor, int limit)
{
    return api.get(
        govProposalPath(proposalId) + u"/votes?"_qs + govPageQuery(limit, cursor),
        govChecked([](const QJsonObject &json) {
            if (const QString why = govCheckItems(
                    json, [](const QJsonObject &o) { return governancejson::vote(o).has_value(); });
                !why.isEmpty())
                return why;
            return govCheckProposal(json.value(u"proposal"));
        }));
}

QList<governance::Proposal> proposalsOf(const ApiJob &job)
{
    QList<governance::Proposal> out;
    for (const QJsonValue item : job.json().value(u"items").toArray())
        out.append(*governancejson::proposal(item.toObject()));
    return out;
}

QString nextCursorOf(const ApiJob &job)
{
    return job.json().value(u"next_cursor").toString();
}

governance::Proposal proposalOf(const ApiJob &job)
{
    const QJsonObject json = job.json();
    const QJsonValue inner = json.value(u"proposal");
    return *governancejson::proposal(inner.isObject() ? inner.toObject() : json);
}

governance::Vote voteOf(const ApiJob &job)
{
    return *governancejson::vote(job.json().value(u"vote").toObject());
}

QList<governance::Vote> votePageOf(const ApiJob &job)
{
    QList<governance::Vote> out;
    for (const QJsonValue item : job.json().value(u"items").toArray())
        out.append(*governancejson::vote(item.toObject()));
    return out;
}

void fetchVoteLog(ApiClient &api, const QString &proposalId, QObject *context,
                  std::function<void(std::optional<VoteLog>, const QString &error)> done)
{
    // One state shared by the page requests; each page asks for the next until the last.
    struct State {
        ApiClient *api = nullptr;
        QString proposalId;
        QPointer<QObject> context;
        std::function<void(std::optional<VoteLog>, const QString &)> done;
        VoteLog log;
        int pages = 0;
    };
    constexpr int kMaxPages = 10'000; // 2 million votes: far beyond any real proposal
    auto state = std::make_shared<State>(State{&api, proposalId, context, std::move(done), {}, 0});
    // The pending page's connection holds the fetch function; no cycle, nothing left behind.
    auto fetch = std::make_shared<std::function<void(const QString &)>>();
    *fetch = [state, weak = std::weak_ptr(fetch)](const QString &cursor) {
        ApiJob *job = votes(*state->api, state->proposalId, cursor);
        QObject::connect(job, &ApiJob::finished, state->context, [state, job, self = weak.lock()] {
            if (!job->isOk()) {
                state->done(std::nullopt, describe(job->error()));
                return;
            }
            state->log.votes.append(votePageOf(*job));
            const QString next = nextCursorOf(*job);
            if (next.isEmpty() || ++state->pages >= kMaxPages) {
                state->log.proposal = proposalOf(*job);
                state->done(std::move(state->log), QString());
                return;
            }
            (*self)(next);
        });
    };
    (*fetch)(QString());
}

} // namespace nest::client::governanceapi
