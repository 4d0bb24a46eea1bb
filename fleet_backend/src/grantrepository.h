#pragma once

#include "storerecords.h"

#include <QString>
#include <optional>
#include <vector>

namespace idlefleet::backend {

class Store;

/// Support grants and their audit (grantrepository.cpp): a support engineer's read-only access
/// to one car's diagnostics until an instant, and every use of it.
class GrantRepository
{
public:
    explicit GrantRepository(Store &store);

    bool insertGrant(const GrantRecord &grant);
    std::optional<GrantRecord> grant(const QString &grantId) const;
    std::vector<GrantRecord> grantsOfVehicle(const QString &vehicleId) const;
    /// Grants on the cars whose `owner` column is `owner` (a person's email or an organisation).
    std::vector<GrantRecord> grantsOnCarsOf(const QString &owner) const;
    std::vector<GrantRecord> grantsHeldBy(const QString &supportAccountId) const;
    bool revokeGrant(const QString &grantId, qint64 whenMs);
    bool appendAudit(const AuditRecord &entry);
    /// The newest `limit` uses of grants on a car, newest first.
    std::vector<AuditRecord> auditOf(const QString &vehicleId, int limit) const;

private:
    Store &m_store;
};

} // namespace idlefleet::backend
