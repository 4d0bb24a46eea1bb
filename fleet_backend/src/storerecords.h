#pragma once

// The records the store keeps, as its repositories read and write them: accounts, sessions,
// status history, keys, grants and their audit, organisations, reports and policy versions.

#include "idlefleet/v1/policy.pb.h"

#include <QByteArray>
#include <QString>

namespace idlefleet::backend {

/// A person who signs in.
struct AccountRecord
{
    QString id;
    QString email;
    QString displayName;
    int role = 0; // v1::Role
    QString organisationId;
    QByteArray password; // makePasswordRecord()
};

/// A signed-in session: both tokens are kept only as digests.
struct SessionRecord
{
    QByteArray accessDigest;
    QByteArray refreshDigest;
    QString accountId;
    qint64 accessExpiresMs = 0;
    qint64 refreshExpiresMs = 0;
    QString family; ///< the sign-in it descends from, through refreshes
};

/// One bucket of status history as the store keeps it (integers: centi-percent, deci-degrees).
struct HistoryBucket
{
    qint64 start = 0; // UTC seconds
    int minutes = 0;
    qint64 socCentiSum = 0;
    int socCentiMin = 0;
    int socCentiMax = 0;
    int contributingMinutes = 0;
    int pluggedMinutes = 0;
    qint64 computeWattMinutes = 0;
    int chipDeciMax = 0;
    qint64 priceWattMinutes = 0; // price x watts over contributing minutes: cost x 60,000
    qint64 grossRateMinutes = 0; // gross micros per hour over contributing minutes: gross x 60
};

/// A key a car accepts signed commands from.
struct KeyRecord
{
    QString vehicleId;
    QString keyId;
    QByteArray publicKey; // SPKI DER
    QString label;
    int role = 1; // v1::KeyRole
    qint64 addedMs = 0;
    qint64 lastUsedMs = 0; // 0: never
    bool revoked = false;
    quint64 lastCounter = 0;
    qint64 revokedMs = 0; // 0: not revoked, or revoked before the time was kept
};

/// A support engineer's read-only access to one car's diagnostics, until an instant.
struct GrantRecord
{
    QString id;
    QString vehicleId;
    QString supportAccountId;
    QString grantedBy; // email
    qint64 createdMs = 0;
    qint64 expiresMs = 0;
    qint64 revokedMs = 0; // 0: not revoked

    bool activeAt(qint64 ms) const { return revokedMs == 0 && ms < expiresMs; }
};

/// One use of a support grant.
struct AuditRecord
{
    QString grantId;
    QString vehicleId;
    QString accountId;
    qint64 atMs = 0;
    QString action;
};

/// A fleet manager's key waiting for the organisation's administrator to certify it.
struct PendingCertificateRecord
{
    QString keyId;
    QByteArray publicKey;
    QString label;
    QString managerEmail;
    qint64 requestedMs = 0;
};

/// An organisation's fleet key (the public half; its cars enrol it when they join).
struct OrganisationRecord
{
    QString id;
    QString fleetKeyId;
    QByteArray fleetPublicKey; // SPKI DER
};

/// What a car's telematics unit last reported (integers: centi-percent, deci-degrees).
struct ReportRecord
{
    QString vehicleId;
    qint64 observedMs = 0;
    int socCenti = 0;
    bool pluggedIn = false;
    bool driving = false;
    int chipDeci = 0;
    int computeWatts = 0;
    qint64 energyTodayWh = 0;
    qint64 receivedMs = 0;
};

/// A status report as it came, to be kept if the credential it came with is the car's
/// (`deviceDigest`, the digest of that credential) and it is newer than the one kept.
struct IncomingReport
{
    QByteArray deviceDigest;
    ReportRecord record;
};

/// What became of an IncomingReport.
struct ReportOutcome
{
    enum Result
    {
        Kept,
        UnknownDevice, ///< no car has that credential
        OtherVehicle,  ///< the credential is another car's: `deviceVehicle`
        OutOfOrder,    ///< a report as new or newer is kept already
        NotKept,       ///< the database failed: nothing of the group was kept
    };
    Result result = NotKept;
    QString deviceVehicle;
};

/// One version of a car's policy as the car confirmed it.
struct PolicyRevisionRecord
{
    qint64 version = 0;
    qint64 appliedMs = 0;
    QString keyId;
    v1::Policy policy;
};

} // namespace idlefleet::backend
