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
} // namespace

CommunityController::CommunityController(client::ApiClient &api, client::StreamClient &stream,
                                         ui::CommunityView &view, QObject *parent)
    : QObject(parent)
    , m_api(api)
    , m_stream(stream)
    , m_view(view)
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
        client::ApiJob *job = client::feedapi::createPost(m_api, text);
        const quint64 generation = m_generation;
        connect(job, &client::ApiJob::finished, this, [this, job, generation] {
            if (generation != m_generation)
                return;
            if (job->isOk())
                m_view.postCreated(client::feedapi::postOf(*job));
            else
                m_view.postRefused(client::describe(job->error()));
        });
    });
    connect(&m_view, &ui::CommunityView::likeRequested, this,
            [this](const QString &postId, bool liked) {
                client::ApiJob *job = client::feedapi::setLiked(m_api, postId, liked);
                const quint64 generation = m_generation;
                connect(job, &client::ApiJob::finished, this, [this, job, generation, postId] {
                    if (generation != m_generation)
                        return;
                    if (job->isOk())
                        m_view.likeConfirmed(client::feedapi::postOf(*job));
                    else
                        m_view.likeRefused(postId, client::describe(job->error()));
                });
            });
    connect(&m_view, &ui::CommunityView::commentRequested, this,
            [this](const QString &postId, const QString &text) {
                whenOk(client::feedapi::comment(m_api, postId, text),
                       [this](const client::ApiJob &job) {
                           m_view.commentAdded(client::feedapi::commentOf(job));
                       });
            });
    connect(&m_view, &ui::CommunityView::reportRequested, this,
            [this](const QString &postId, const QString &reason) {
                whenOk(client::feedapi::report(m_api, postId, reason),
                       [this](const client::ApiJob &) {
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
                whenOk(client::feedapi::moderate(m_api, client::feedapi::ModAction::Unhide, postId,
                                                 reason),
                       [this](const client::ApiJob &job) {
                           if (const auto post = client::feedjson::post(job.json()))
                               m_view.applyPost(*post);
                       });
            });
    connect(&m_view, &ui::CommunityView::unsuspendRequested, this,
            [this](const QString &userId, const QString &reason) {
                whenOk(client::feedapi::moderate(m_api, client::feedapi::ModAction::Unsuspend,
                                                 userId, reason),
                       [this, userId](const client::ApiJob &) { openProfile(userId); });
            });
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
