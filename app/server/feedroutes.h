#pragma once

namespace nest::server {

class Api;
class FeedService;

//! `/api/v1/feed/...` and `/api/v1/users/{id}` (api-contract.md "Feed and community").
void addFeedRoutes(Api &api, FeedService &feed);

} // namespace nest::server
