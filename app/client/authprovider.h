#pragma once

#include <QString>

#include <functional>

namespace nest::client {

//! Where ApiClient gets bearer tokens from, and whom it asks for a new one after a 401.
class AuthProvider {
public:
    virtual ~AuthProvider() = default;

    //! The current access token; empty when signed out.
    virtual QString accessToken() const = 0;
    //! Obtains a new access token and calls `done` once (possibly synchronously when no refresh
    //! is possible). Implementations coalesce concurrent requests into one refresh.
    virtual void refreshAccessToken(std::function<void(bool ok)> done) = 0;

protected:
    AuthProvider() = default;
    AuthProvider(const AuthProvider &) = default;
    AuthProvider &operator=(const AuthProvider &) = default;
};

} // namespace nest::client
