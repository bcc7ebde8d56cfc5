#include "governancecontroller.h"

#include "apiclient.h"
#include "apierror.h"
#include "createproposaldialog.h"
#include "governanceapi.h"
#include "governancejson.h"
#include "governancerules.h"
#include "governanceview.h"
#include "proposallistmodel.h"
#include "streamclient.h"
#include "tallyverifier.h"
#include "userkeys.h"
#include "viewcache.h"
#include "votedialog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace nest::desktop {
namespace {
constexpr auto kGovernanceTopic = QLatin1StringView("governance");

//! The server's own sentence for a refusal it explains (voting closed, bad signature, ...).
QString governanceRefusal(const client::ApiError &error)
{
    const bool explained = error.httpStatus == 400 || error.httpStatus == 403
                           || error.httpStatus == 404 || error.httpStatus == 409;
    return explained && !error.message.isEmpty() ? error.message : client::describe(error);
}
} // namespace

GovernanceController::GovernanceController(client::ApiClient &api, client::StreamClient &stream,
                                           client::UserKeys &keys, client::Outbox &outbox,
                                           ui::GovernanceView &view, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_keys(keys)
    , m_view(view)
    , m_actions(outbox)
{
    connect(&m_stream, &client::StreamClient::eventsReceived, this,
            &GovernanceController::onEvents);
    connect(&m_stream, &client::StreamClient::resetRequired, this, [this](const QString &topic) {
        if (m_active && topic == kGovernanceTopic)
            reload(); // events were lost: the list is refetched
    });
    connect(&m_stream, &client::StreamClient::stateChanged, this,
            [this](client::StreamClient::State state) {
                if (m_active && (m_fromCache || m_unreachable)
                    && state == client::StreamClient::State::Live)
                    reload(); // the server is back: fresh proposals replace the cached ones
            });
    connect(&m_view, &ui::GovernanceView::proposalSelected, this,
            &GovernanceController::onSelected);
    connect(&m_view, &ui::GovernanceView::voteRequested, this, &GovernanceController::vote);
    connect(&m_view, &ui::GovernanceView::verifyRequested, this, &GovernanceController::verify);
    connect(&m_view, &ui::GovernanceView::createRequested, this, &GovernanceController::create);
}

void GovernanceController::activate(const QString &userId, bool canVote)
{
    m_active = true;
    m_userId = userId;
    m_view.setCanVote(canVote);
    reload();
}

void GovernanceController::deactivate()
{
    m_active = false;
    m_actions.forget();
    m_userId.clear();
    ++m_generation;
    m_loaded = m_unreachable = m_fromCache = false;
    m_view.setProposals({});
}

void GovernanceController::setViewCache(ViewCache *cache)
{
    m_viewCache = cache;
    connect(cache, &ViewCache::ready, this, [this] {
        if (m_active && m_unreachable && !m_loaded)
            showCached();
    });
}

void GovernanceController::showCached()
{
    const auto snapshot =
        m_viewCache ? m_viewCache->load(QStringLiteral("proposals")) : std::nullopt;
    if (!snapshot)
        return;
    QList<governance::Proposal> proposals;
    for (const QJsonObject &item : snapshot->items) {
        if (const auto p = client::governancejson::proposal(item))
            proposals.append(*p);
    }
    m_fromCache = true;
    m_view.setNotice(ViewCache::offlineNotice(snapshot->saved));
    showProposals(proposals);
}

void GovernanceController::reload()
{
    if (!m_active)
        return;
    const quint64 generation = m_generation;
    client::ApiJob *job = client::governanceapi::proposals(m_api);
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->isOk()) {
            m_unreachable = ViewCache::isUnreachable(job->error());
            m_view.setNotice(
                tr("Could not load the proposals: %1").arg(governanceRefusal(job->error())));
            if (m_unreachable)
                showCached(); // what the user last saw, said to be so
            return;
        }
        m_view.setNotice(QString());
        m_loaded = true;
        m_unreachable = m_fromCache = false;
        if (m_viewCache)
            m_viewCache->save(QStringLiteral("proposals"), job->json().value(u"items").toArray());
        showProposals(client::governanceapi::proposalsOf(*job));
    });
}

void GovernanceController::showProposals(const QList<governance::Proposal> &proposals)
{
    m_view.setProposals(proposals);
    if (!m_view.selectedId().isEmpty() || proposals.isEmpty())
        return;
    // Open on something to vote on.
    QString pick = proposals.first().id;
    for (const governance::Proposal &p : proposals) {
        if (p.status == governance::Status::Active) {
            pick = p.id;
            break;
        }
    }
    m_view.selectProposal(pick);
}

void GovernanceController::onEvents(const QList<client::StreamEvent> &events)
{
    if (!m_active)
        return;
    for (const client::StreamEvent &event : events) {
        if (event.topic != kGovernanceTopic)
            continue;
        const QJsonObject data = QJsonDocument::fromJson(event.data).object();
        if (const auto p = client::governancejson::proposal(data.value(u"proposal").toObject()))
            m_view.upsertProposal(*p);
        if (event.kind == QLatin1StringView("vote.cast")) {
            const auto v = client::governancejson::vote(data.value(u"vote").toObject());
            if (v && v->userId == m_userId)
                m_view.setMyVote(*v); // cast here or on another computer
        }
    }
}

void GovernanceController::onSelected(const QString &proposalId)
{
    if (!m_active || proposalId.isEmpty())
        return;
    // The user's own counted vote, from the log (a vote cast before this session).
    const quint64 generation = m_generation;
    client::governanceapi::fetchVoteLog(
        m_api, proposalId, this,
        [this, generation](std::optional<client::governanceapi::VoteLog> log, const QString &) {
            if (generation != m_generation || !log)
                return;
            for (const governance::Vote &v : std::as_const(log->votes)) {
                if (v.userId == m_userId && !v.superseded)
                    m_view.setMyVote(v);
            }
        });
}

void GovernanceController::vote(const QString &proposalId, const QList<int> &choices)
{
    ui::VoteDialog &dialog = m_view.voteDialog();
    const QString message =
        QString::fromUtf8(governance::voteMessage(proposalId, choices, m_userId));
    const quint64 generation = m_generation;
    m_keys.sign(message, [this, &dialog, proposalId, choices, generation](const QString &signature,
                                                                          const QString &error) {
        if (generation != m_generation)
            return;
        if (signature.isEmpty()) {
            dialog.showError(error);
            return;
        }
        const governance::Proposal *proposal = m_view.model().find(proposalId);
        const QString title = proposal ? proposal->title : proposalId;
        const auto apply = [this](const QJsonObject &answer) -> std::optional<governance::Vote> {
            const auto vote = client::governancejson::vote(answer.value(u"vote").toObject());
            if (const auto p =
                    client::governancejson::proposal(answer.value(u"proposal").toObject()))
                m_view.upsertProposal(*p);
            if (vote)
                m_view.setMyVote(*vote);
            return vote;
        };
        OutboxActions::Handlers handlers;
        handlers.done = [&dialog, apply](const QJsonObject &answer) {
            if (const auto vote = apply(answer))
                dialog.showReceipt(*vote);
        };
        handlers.refused = [&dialog](const client::ApiError &refusal) {
            dialog.showError(governanceRefusal(refusal));
        };
        // The dialog is closed while the vote waits: what happens later shows on the page.
        handlers.queued = [this, &dialog] {
            dialog.hide();
            m_view.setNotice(OutboxActions::queuedText());
        };
        handlers.doneAfterQueue = [this, apply, title](const QJsonObject &answer) {
            apply(answer);
            m_view.setNotice(tr("Your queued vote on \u201c%1\u201d was counted.").arg(title));
        };
        handlers.refusedAfterQueue = [this, title](const client::ApiError &refusal) {
            m_view.setNotice(tr("Your queued vote on \u201c%1\u201d was refused: %2")
                                 .arg(title, governanceRefusal(refusal)));
        };
        if (!m_actions.submit(
                client::governanceapi::castVoteRequest(proposalId, choices, signature),
                tr("Vote on \u201c%1\u201d").arg(title), std::move(handlers)))
            dialog.showError(tr("Not sent: you are signed out."));
    });
}

void GovernanceController::verify(const QString &proposalId)
{
    m_view.setVerifying(proposalId);
    const quint64 generation = m_generation;
    client::governanceapi::fetchVoteLog(
        m_api, proposalId, this,
        [this, proposalId, generation](std::optional<client::governanceapi::VoteLog> log,
                                       const QString &error) {
            if (generation != m_generation)
                return;
            if (!log) {
                m_view.setVerificationError(proposalId, error);
                return;
            }
            m_view.upsertProposal(log->proposal); // the tally the log was compared with
            m_view.setVerification(proposalId, client::verifyVoteLog(log->proposal, log->votes));
        });
}

void GovernanceController::create(const governance::Proposal &draft)
{
    ui::CreateProposalDialog &dialog = m_view.createDialog();
    OutboxActions::Handlers handlers;
    handlers.done = [this, &dialog](const QJsonObject &answer) {
        const auto created = client::governancejson::proposal(answer);
        dialog.accept();
        if (!created)
            return;
        m_view.upsertProposal(*created);
        m_view.selectProposal(created->id);
    };
    handlers.refused = [&dialog](const client::ApiError &error) {
        dialog.showError(governanceRefusal(error));
    };
    handlers.queued = [this, &dialog] {
        dialog.accept();
        m_view.setNotice(OutboxActions::queuedText());
    };
    handlers.doneAfterQueue = [this](const QJsonObject &answer) {
        if (const auto created = client::governancejson::proposal(answer)) {
            m_view.upsertProposal(*created);
            m_view.setNotice(
                tr("Your queued proposal \u201c%1\u201d was created.").arg(created->title));
        }
    };
    handlers.refusedAfterQueue = [this, title = draft.title](const client::ApiError &error) {
        m_view.setNotice(tr("Your queued proposal \u201c%1\u201d was refused: %2")
                             .arg(title, governanceRefusal(error)));
    };
    if (!m_actions.submit(client::governanceapi::createRequest(draft),
                          tr("Propose \u201c%1\u201d").arg(draft.title), std::move(handlers)))
        dialog.showError(tr("Not sent: you are signed out."));
}

} // namespace nest::desktop
