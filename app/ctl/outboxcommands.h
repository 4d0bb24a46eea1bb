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
/// `fleet apply TEMPLATE.json (--group G | --vehicles ID,...)`: one policy for many of the
/// organisation's cars, signed with this home's organisation-certified key, with each car's
/// result (applied, pending while it sleeps, conflict, rejected with the reason) as a table,
/// JSON or CSV. Cars asleep keep their change queued; later commands deliver it.
struct FleetApplyRequest
{
    QString templateFile;
    QString group;
    QString vehicles; ///< comma-separated ids
    int waitSeconds = 60;
    bool json = false;
    bool csv = false;
};
int fleetApplyCommand(client::FleetClient &fleet, const FleetApplyRequest &request);

/// `support-bundle VEHICLE --output FILE`: the car's redacted diagnostics bundle, with this
/// home's changes for the car and their errors.
int supportBundleCommand(client::FleetClient &fleet, const QString &vehicleId,
                         const QString &output);

/// `outbox`: this home's queued and answered changes, newest first.
int outboxCommand(bool json);
/// Delivers changes queued earlier (before any other command talks to the server). Quiet on
/// stdout; says on stderr what each delivered change came to.
void flushOutbox(client::FleetClient &fleet);

} // namespace idlefleet::ctl
