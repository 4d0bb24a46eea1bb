#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

namespace idlefleet {

/// What a car last reported, as the app and the store see it (decoded from the wire).
struct VehicleStatus
{
    QDateTime observedAt; // UTC, world time
    double socPercent = 0;
    bool pluggedIn = false;
    bool driving = false;
    bool contributing = false;
    double chipTempC = 0;
    int computePowerWatts = 0;
    qint64 energyTodayWh = 0;
    bool online = false;
    QDateTime lastSeen;                 // UTC, world time the car last reached the backend
    QStringList blockingReasons;        // policy reason codes, in the contract's order
    qint64 marketRateMicrosPerHour = 0; // what an hour would earn the owner now
    QString currency;
};

/// One car the signed-in person may see.
struct Vehicle
{
    QString id;
    QString name;
    QString model;
    QString timeZone; // IANA id
    qint64 batteryCapacityWh = 0;
    QString group;           // an organisation's depot or team
    int floorSocPercent = 0; // the policy's battery floor
    qint64 policyVersion = 0;
    VehicleStatus status;
};

} // namespace idlefleet
