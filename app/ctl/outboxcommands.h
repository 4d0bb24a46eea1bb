#pragma once

#include <QString>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::ctl {

/// What a signed change asks of the car.
struct ChangeRequest
{
    enum Kind
    {
        SetPolicy,
        Pause,
        Resume,
        Snooze
    };
    Kind kind = SetPolicy;
    QString vehicleId;
    QString policyFile; ///< SetPolicy
    QString until;      ///< Snooze: an RFC 3339 instant
    bool noWait = false;
    bool json = false;
};

/// `policy set VEHICLE FILE`, `pause VEHICLE`, `resume VEHICLE`, `snooze VEHICLE --until T`:
/// written to this home's outbox first, signed with this home's key when sent, and (unless
/// --no-wait) waited for until the car answers.
int changeCommand(client::FleetClient &fleet, const ChangeRequest &request);
/// `outbox`: this home's queued and answered changes, newest first.
int outboxCommand(bool json);
/// Delivers changes queued earlier (before any other command talks to the server). Quiet on
/// stdout; says on stderr what each delivered change came to.
void flushOutbox(client::FleetClient &fleet);

} // namespace idlefleet::ctl
