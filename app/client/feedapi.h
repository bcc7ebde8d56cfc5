#pragma once

#include "apiclient.h"
#include "communitydata.h"
#include "writerequest.h"

namespace nest::client {

//! Typed calls for the feed, profiles and moderation (api-contract.md "Feed and community").
//! An ok job's body has been checked, so the *Of() readers always yield a value.
namespace feedapi {

//! GET /feed/posts?author&cursor&limit -> a page of posts, newest first.
ApiJob *posts(ApiClient &api, const QString &cursor = {}, const QString &authorId = {},
              int limit = 50);
//! POST /feed/posts {text} -> the post.
ApiJob *createPost(ApiClient &api, const QString &text);
//! GET /feed/posts/{id} -> the post with its first comments.
ApiJob *post(ApiClient &api, const QString &id);
//! GET /feed/posts/{id}/comments?cursor -> the next page of the thread, oldest first.
ApiJob *comments(ApiClient &api, const QString &postId, const QString &cursor);
//! POST /feed/posts/{id}/comments {text} -> the comment.
ApiJob *comment(ApiClient &api, const QString &postId, const QString &text);
//! PUT or DELETE /feed/posts/{id}/like -> the post.
ApiJob *setLiked(ApiClient &api, const QString &postId, bool liked);
//! POST /feed/posts/{id}/reports {reason} -> the report.
ApiJob *report(ApiClient &api, const QString &postId, const QString &reason);
//! GET /users/{id} -> the public profile.
ApiJob *profile(ApiClient &api, const QString &userId);

//! GET /moderation/reports?status -> a page of reports with their posts.
ApiJob *reports(ApiClient &api, const QString &status, const QString &cursor = {});
//! A moderator's action on a post, a user or a report; each carries a reason.
enum class ModAction { Hide, Unhide, Delete, Suspend, Unsuspend, Dismiss };
//! `untilMs` is used by Suspend only.
ApiJob *moderate(ApiClient &api, ModAction action, const QString &targetId, const QString &reason,
                 qint64 untilMs = 0);
//! GET /moderation/log?cursor -> a page of log entries, oldest first.
ApiJob *log(ApiClient &api, const QString &cursor = {}, int limit = 200);

//! The writes above as data, for the Outbox (kinds "post", "comment", "like", "report",
//! "moderation").
WriteRequest createPostRequest(const QString &text);
WriteRequest commentRequest(const QString &postId, const QString &text);
WriteRequest likeRequest(const QString &postId, bool liked);
WriteRequest reportRequest(const QString &postId, const QString &reason);
WriteRequest moderateRequest(ModAction action, const QString &targetId, const QString &reason,
                             qint64 untilMs = 0);

community::Page<community::Post> postsOf(const ApiJob &job);
community::Post postOf(const ApiJob &job);
//! The comments of a post detail (GET /feed/posts/{id}).
QList<community::Comment> commentsOf(const ApiJob &job);
//! `comments_next_cursor` of a post detail: where the rest of its thread starts (empty: none).
QString commentsCursorOf(const ApiJob &job);
community::Page<community::Comment> commentPageOf(const ApiJob &job);
community::Comment commentOf(const ApiJob &job);
community::Profile profileOf(const ApiJob &job);
community::Page<community::Report> reportsOf(const ApiJob &job);
community::Page<community::LogEntry> logOf(const ApiJob &job);

} // namespace feedapi
} // namespace nest::client
