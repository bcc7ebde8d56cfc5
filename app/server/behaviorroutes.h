#pragma once

namespace nest::server {

class Api;
class BehaviorService;

//! Registers /api/v1/behavior/* on `api`: ingest (any signed-in user), everything else for
//! analysts.
void addBehaviorRoutes(Api &api, BehaviorService &behavior);

} // namespace nest::server
