#pragma once

#include "simulator.h"
#include "storerecords.h"

#include <QString>
#include <QStringList>
#include <vector>

namespace idlefleet::backend {

class Store;

/// The policy each car runs and every version of it the car confirmed, and the groups an
/// organisation puts its cars in (policyrepository.cpp).
class PolicyRepository
{
public:
    explicit PolicyRepository(Store &store);

    /// Keeps the policy a car runs, with its version, and adds it to the car's policy history
    /// (signed by `keyId`; empty for the policy the car came with).
    bool savePolicy(const QString &vehicleId, qint64 version, const v1::Policy &policy,
                    const QString &keyId = {}, qint64 appliedMs = 0);
    /// Puts cars into a group (empty: none), in one transaction.
    bool setGroup(const QStringList &vehicleIds, const QString &group, QString *error);
    /// The newest `limit` versions of a car's policy, newest first.
    std::vector<PolicyRevisionRecord> policyHistory(const QString &vehicleId, int limit) const;
    /// The policies of many cars (those with a version) in one transaction.
    bool savePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error);

private:
    friend class WorldRepository; // a new world's policies, in the world's transaction

    bool writePolicies(const std::vector<SimulatedVehicle> &vehicles, QString *error);

    Store &m_store;
};

} // namespace idlefleet::backend
