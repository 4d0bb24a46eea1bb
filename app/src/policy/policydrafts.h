#pragma once

#include "idlefleet/v1/policy.pb.h"

#include <QString>
#include <optional>

namespace idlefleet::app {

/// Edits not applied yet, kept while the app runs when the person leaves the Policy page or
/// another car is shown, so that coming back brings them back: an edit is never lost silently.
struct PolicyDraft
{
    v1::Policy policy;
    qint64 baseVersion = 0; ///< the version the edits were made from
};

namespace policydrafts {

void keep(const QString &vehicleId, const PolicyDraft &draft);
/// The draft of a car, removed from the keeping.
std::optional<PolicyDraft> take(const QString &vehicleId);
void drop(const QString &vehicleId);

} // namespace policydrafts
} // namespace idlefleet::app
