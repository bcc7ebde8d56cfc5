#pragma once

namespace nest::server {

class Api;
class ModerationService;

//! `/api/v1/moderation/...`, for the `moderator` role only.
void addModerationRoutes(Api &api, ModerationService &moderation);

} // namespace nest::server
