#pragma once

#include "http/server.h"
#include "routecontext.h"

namespace idlefleet::backend {

class OrganisationAuthority;

/// What an organisation's fleet managers do for all its cars: the summary of what they do now
/// and earned, their groups, and the certificates of the managers' keys.
class OrganisationRoutes
{
public:
    OrganisationRoutes(RouteContext &context, OrganisationAuthority &organisations)
        : m_context(context)
        , m_organisations(organisations)
    {}

    void addTo(http::Server &server);

private:
    /// What the organisation's cars do now (from memory), with its hours (read off the loop).
    http::Response summary(const http::Request &request, const AccountRecord &account);
    http::Response setGroup(const http::Request &request, const AccountRecord &account);

    RouteContext &m_context;
    OrganisationAuthority &m_organisations;
};

} // namespace idlefleet::backend
