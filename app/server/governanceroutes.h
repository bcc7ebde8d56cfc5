#pragma once

namespace nest::server {

class Api;
class GovernanceService;

//! Registers /api/v1/governance/*: reading for any signed-in user, proposing and voting for
//! voters.
void addGovernanceRoutes(Api &api, GovernanceService &governance);

} // namespace nest::server
