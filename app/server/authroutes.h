#pragma once

namespace nest::server {

class Api;
class AuthService;
class UserStore;

//! Registers /api/v1/auth/*, /api/v1/me* and /api/v1/admin/users/* on `api`.
void addAuthRoutes(Api &api, AuthService &auth, UserStore &users);

} // namespace nest::server
