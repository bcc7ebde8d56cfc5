#include "communitycontroller.h"

#include "apiclient.h"
#include "communityview.h"
#include "feedapi.h"
#include "feedjson.h"
#include "streamclient.h"
#include "viewcache.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <utility>

namespace nest::desktop {
namespace {
const QLatin1StringView kFeedTopic("feed");

//! A post's or comment's text as the Outbox panel shows it: its start, on one line.
QString communityExcerpt(const QString &text)
{
    QString line = text.simplified();
    if (line.size() > 60)
        line = line.left(59) + u'\u2026';
    return line;
}
} // namespace

CommunityController::CommunityController(client::ApiClient &api, client::StreamClient &stream,
                                         client::Outbox &outbox, ui::CommunityView &view,
                                         QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_view(view)
    , m_actions(outbox)
{
    connect(&m_stream, &client::StreamClient::eventsReceived, this, &CommunityController::onEvents);
    connect(&m_stream, &client::StreamClient::resetRequired, this, [this](const QString &topic) {
        if (m_active && topic == kFeedTopic)
            reload(); // the stream lost feed events: start again from the newest page
    });
    connect(&m_stream, &client::StreamClient::stateChanged, this,
            [this](client::StreamClient::State state) {
                if (m_active && (m_fromCache || m_unreachable)
                    && state == client::StreamClient::State::Live)
                    reload(); // the server is back: fresh posts replace the cached ones
            });
    connect(&m_view, &ui::CommunityView::moreRequested, this, &CommunityController::loadMore);
    connect(&m_view, &ui::CommunityView::postOpened, this, &CommunityController::openPost);
    connect(&m_view, &ui::CommunityView::profileOpened, this, &CommunityController::openProfile);
    connect(&m_view, &ui::CommunityView::postRequested, this, [this](const QString &text) {
        OutboxActions::Handlers handlers;
        handlers.done = [this](const QJsonObject &answer) {
            if (const auto post = client::feedjson::post(answer))
                m_view.postCreated(*post);
            else
                m_view.postQueued({}); // published; the stream brings it
        };
        handlers.refused = [this](const client::ApiError &error) {
            m_view.postRefused(client::describe(error));
        };
        handlers.queued = [this] { m_view.postQueued(OutboxActions::queuedText()); };
        // The composer may hold a new draft by now: the post joins the feed like any other.
        handlers.doneAfterQueue = [this](const QJsonObject &answer) {
            if (const auto post = client::feedjson::post(answer))
                m_view.addIncoming(*post);
            m_view.showMessage(tr("Your queued post was published."));
        };
        handlers.refusedAfterQueue = [this](const client::ApiError &error) {
            m_view.showMessage(tr("Your queued post was refused: %1").arg(client::describe(error)));
        };
        if (!m_actions.submit(client::feedapi::createPostRequest(text),
                              tr("Post \u201c%1\u201d").arg(communityExcerpt(text)),
                              std::move(handlers)))
            m_view.postRefused(tr("Not sent: you are signed out."));
    });
    connect(&m_view, &ui::CommunityView::likeRequested, this,
            [this](const QString &postId, bool liked) {
                OutboxActions::Handlers handlers;
                handlers.done = [this](const QJsonObject &answer) {
                    if (const auto post = client::feedjson::post(answer))
                        m_view.likeConfirmed(*post);
                };
                handlers.refused = [this, postId](const client::ApiError &error) {
                    m_view.likeRefused(postId, client::describe(error));
                };
                handlers.queued = [this] { m_view.showMessage(OutboxActions::queuedText()); };
                if (!m_actions.submit(client::feedapi::likeRequest(postId, liked),
                                      liked ? tr("Like a post") : tr("Unlike a post"),
                                      std::move(handlers)))
                    m_view.likeRefused(postId, tr("Not sent: you are signed out."));
            });
    connect(&m_view, &ui::CommunityView::commentRequested, this,
            [this](const QString &postId, const QString &text) {
                OutboxActions::Handlers handlers;
                handlers.done = [this](const QJsonObject &answer) {
                    if (const auto comment = client::feedjson::comment(answer))
                        m_view.commentAdded(*comment);
                };
                handlers.refused = [this](const client::ApiError &error) {
                    m_view.showMessage(client::describe(error));
                };
                handlers.queued = [this] { m_view.commentQueued(OutboxActions::queuedText()); };
                // The comment box may hold a new draft: the stream shows the comment.
                handlers.doneAfterQueue = [this](const QJsonObject &) {
                    m_view.showMessage(tr("Your queued comment was published."));
                };
                if (!m_actions.submit(client::feedapi::commentRequest(postId, text),
                                      tr("Comment \u201c%1\u201d").arg(communityExcerpt(text)),
                                      std::move(handlers)))
                    m_view.showMessage(tr("Not sent: you are signed out."));
            });
    connect(&m_view, &ui::CommunityView::reportRequested, this,
            [this](const QString &postId, const QString &reason) {
                write(client::feedapi::reportRequest(postId, reason),
                      tr("Report a post: %1").arg(communityExcerpt(reason)),
                      [this](const QJsonObject &) {
                          m_view.showMessage(tr("Thank you: the moderators will look at it."));
                      });
            });
    connect(&m_view, &ui::CommunityView::moreCommentsRequested, this,
            [this](const QString &postId, const QString &cursor) {
                whenOk(client::feedapi::comments(m_api, postId, cursor),
                       [this, postId](const client::ApiJob &job) {
                           const auto page = client::feedapi::commentPageOf(job);
                           m_view.appendComments(postId, page.items, page.nextCursor);
                       });
            });
    connect(&m_view, &ui::CommunityView::unhideRequested, this,
            [this](const QString &postId, const QString &reason) {
                write(client::feedapi::moderateRequest(client::feedapi::ModAction::Unhide, postId,
                                                       reason),
                      tr("Unhide a post: %1").arg(communityExcerpt(reason)),
                      [this](const QJsonObject &answer) {
                          if (const auto post = client::feedjson::post(answer))
                              m_view.applyPost(*post);
                      });
            });
    connect(&m_view, &ui::CommunityView::unsuspendRequested, this,
            [this](const QString &userId, const QString &reason) {
                write(client::feedapi::moderateRequest(client::feedapi::ModAction::Unsuspend,
                                                       userId, reason),
                      tr("Lift a suspension: %1").arg(communityExcerpt(reason)),
                      [this, userId](const QJsonObject &) { openProfile(userId); });
            });
}

void CommunityController::write(const client::WriteRequest &request, const QString &summary,
                                std::function<void(const QJsonObject &)> done)
{
    OutboxActions::Handlers handlers;
    handlers.done = std::move(done);
    handlers.refused = [this](const client::ApiError &error) {
        m_view.showMessage(client::describe(error));
    };
    handlers.queued = [this] { m_view.showMessage(OutboxActions::queuedText()); };
    if (!m_actions.submit(request, summary, std::move(handlers)))
        m_view.showMessage(tr("Not sent: you are signed out."));
}

template<typename Done> void CommunityController::whenOk(client::ApiJob *job, Done done)
{
    const quint64 generation = m_generation;
    connect(job, &client::ApiJob::finished, this, [this, job, generation, done] {
        if (generation != m_generation)
            return;
        if (job->isOk())
            done(*job);
        else
            m_view.showMessage(client::describe(job->error()));
    });
}

void CommunityController::activate(const QString &userId, bool moderator)
{
    m_active = true;
    m_userId = userId;
    m_view.setCurrentUser(userId, moderator);
    reload();
}

void CommunityController::setViewCache(ViewCache *cache)
{
    m_viewCache = cache;
    connect(cache, &ViewCache::ready, this, [this] {
        if (m_active && m_unreachable && !m_loaded)
            showCached(); // signed in while the server was away, and the cache opened since
    });
}

void CommunityController::showCached()
{
    const auto snapshot = m_viewCache ? m_viewCache->load(QStringLiteral("feed")) : std::nullopt;
    if (!snapshot)
        return;
    QList<community::Post> posts;
    for (const QJsonObject &item : snapshot->items) {
        if (const auto post = client::feedjson::post(item))
            posts.append(*post);
    }
    m_fromCache = true;
    m_nextCursor.clear(); // older pages need the server
    m_view.setPosts(posts, false);
    m_view.showMessage(ViewCache::offlineNotice(snapshot->saved));
}

void CommunityController::deactivate()
{
    m_active = false;
    m_actions.forget();
    m_loaded = false;
    m_fromCache = false;
    m_unreachable = false;
    m_early.clear();
    ++m_generation;
}

void CommunityController::reload()
{
    const quint64 generation = ++m_generation;
    m_loaded = false;
    m_early.clear();
    client::ApiJob *job = client::feedapi::posts(m_api);
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->isOk()) {
            m_unreachable = ViewCache::isUnreachable(job->error());
            m_view.showMessage(client::describe(job->error()));
            if (m_unreachable)
                showCached(); // what the user last saw, said to be so
            return;
        }
        const auto page = client::feedapi::postsOf(*job);
        m_nextCursor = page.nextCursor;
        m_loaded = true;
        m_unreachable = false;
        if (std::exchange(m_fromCache, false))
            m_view.showMessage(QString());
        if (m_viewCache)
            m_viewCache->save(QStringLiteral("feed"), job->json().value(u"items").toArray());
        m_view.setPosts(page.items, !page.nextCursor.isEmpty());
        // Events the page already includes change nothing (posts are deduplicated by id).
        const QList<client::StreamEvent> early = std::exchange(m_early, {});
        for (const client::StreamEvent &event : early)
            applyFeedEvent(event);
    });
}

void CommunityController::loadMore()
{
    if (!m_active || m_nextCursor.isEmpty())
        return;
    const quint64 generation = m_generation;
    client::ApiJob *job = client::feedapi::posts(m_api, m_nextCursor);
    connect(job, &client::ApiJob::finished, this, [this, job, generation] {
        if (generation != m_generation)
            return;
        if (!job->isOk()) {
            m_view.appendPosts({}, false);
            m_view.showMessage(client::describe(job->error()));
            return;
        }
        const auto page = client::feedapi::postsOf(*job);
        m_nextCursor = page.nextCursor;
        m_view.appendPosts(page.items, !page.nextCursor.isEmpty());
    });
}

void CommunityController::openPost(const QString &postId)
{
    whenOk(client::feedapi::post(m_api, postId), [this](const client::ApiJob &job) {
        m_view.showPost(client::feedapi::postOf(job), client::feedapi::commentsOf(job),
                        client::feedapi::commentsCursorOf(job));
    });
}

void CommunityController::openProfile(const QString &userId)
{
    whenOk(client::feedapi::profile(m_api, userId), [this, userId](const client::ApiJob &job) {
        const community::Profile profile = client::feedapi::profileOf(job);
        whenOk(client::feedapi::posts(m_api, {}, userId),
               [this, profile](const client::ApiJob &postsJob) {
                   m_view.showProfile(profile, client::feedapi::postsOf(postsJob).items);
               });
    });
}

void CommunityController::onEvents(const QList<client::StreamEvent> &events)
{
    if (!m_active)
        return;
    for (const client::StreamEvent &event : events) {
        if (event.topic != kFeedTopic)
            continue;
        if (m_loaded)
            applyFeedEvent(event);
        else if (m_early.size() < 10'000)
            m_early.append(event);
    }
}

void CommunityController::applyFeedEvent(const client::StreamEvent &event)
{
    const QJsonObject data = QJsonDocument::fromJson(event.data).object(); // a low-rate topic
    const QString kind = event.kind;
    const QString postId = data.value(u"post_id").toString();
    if (kind == QLatin1StringView("post.created")) {
        if (const auto post = client::feedjson::post(data.value(u"post").toObject()))
            m_view.addIncoming(*post);
    } else if (kind == QLatin1StringView("post.updated")) {
        if (const auto post = client::feedjson::post(data.value(u"post").toObject()))
            m_view.applyPost(*post);
    } else if (kind == QLatin1StringView("post.liked")
               || kind == QLatin1StringView("post.unliked")) {
        m_view.applyLikeCount(postId, data.value(u"like_count").toInteger(),
                              data.value(u"user_id").toString() == m_userId,
                              kind == QLatin1StringView("post.liked"));
    } else if (kind == QLatin1StringView("comment.created")) {
        m_view.applyCommentCreated(postId, data.value(u"comment_count").toInteger(),
                                   client::feedjson::comment(data.value(u"comment").toObject()));
    } else if (kind == QLatin1StringView("post.hidden")) {
        m_view.applyHidden(postId, true);
    } else if (kind == QLatin1StringView("post.deleted")) {
        m_view.applyDeleted(postId);
    }
}

} // namespace nest::desktop
