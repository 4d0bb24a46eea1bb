#pragma once

#include "http/server.h"
#include "routecontext.h"

namespace idlefleet::v1 {
class AccountDetails;
} // namespace idlefleet::v1

namespace idlefleet::backend {

/// The signed-in person's sessions and own data: signing in and out, the password, the
/// account's details and consents, the account's deletion.
class AccountRoutes
{
public:
    explicit AccountRoutes(RouteContext &context)
        : m_context(context)
    {}

    void addTo(http::Server &server);
    /// The account's details and consents, from `store` (any thread's own connection).
    static void fillAccountDetails(const Store &store, v1::AccountDetails *out,
                                   const AccountRecord &account);

private:
    http::Response accountDetails(const http::Request &request, const AccountRecord &account);
    http::Response recordConsent(const http::Request &request, const AccountRecord &account);
    http::Response deleteAccount(const http::Request &request, const AccountRecord &account);

    RouteContext &m_context;
};

} // namespace idlefleet::backend
