#pragma once

#include "idlefleet/v1/account.pb.h"
#include "idlefleet/v1/diagnostics.pb.h"
#include "idlefleet/v1/earnings.pb.h"
#include "idlefleet/v1/organisation.pb.h"
#include "idlefleet/v1/policy.pb.h"
#include "policy/forecast.h"
#include "vehicle.h"
#include "vehiclekey.h"

#include <QByteArray>
#include <QString>
#include <vector>

namespace idlefleet::client {

/// What GET /v1/info says about the server.
struct ServerInfo
{
    QString serverVersion;
    unsigned apiVersion = 0;
    unsigned minClientApiVersion = 0;
    bool simulated = false;
    QDateTime worldTime;     ///< the world's time when the server answered (invalid: not said)
    double clockSpeed = 1.0; ///< how fast the world's clock runs against the wall clock
};

/// One page of GET /v1/vehicles.
struct VehiclePage
{
    std::vector<Vehicle> vehicles;
    QString nextPageToken;
    int totalCount = 0;
};

/// The policy a car runs, with its version.
struct VehiclePolicy
{
    QString vehicleId;
    qint64 version = 0;
    v1::Policy policy;
};

/// One bucket of a car's status history.
struct HistoryPoint
{
    QDateTime start; // UTC
    int minutes = 0;
    double socPercentAvg = 0;
    double socPercentMin = 0;
    double socPercentMax = 0;
    int contributingMinutes = 0;
    int pluggedInMinutes = 0;
    qint64 computeEnergyWh = 0;
    double chipTempCMax = 0;
};

/// Energy (Wh) and money (integer micros of the response's currency) of a contribution.
struct Amounts
{
    qint64 energyWh = 0;
    qint64 costMicros = 0;
    qint64 grossMicros = 0;
    qint64 ownerMicros = 0;
    qint64 netMicros = 0;
    int contributingMinutes = 0;
    qint64 gridWh = 0;             // of energyWh, drawn while plugged in
    qint64 batteryWh = 0;          // of energyWh, from the car's battery
    qint64 solarWh = 0;            // of energyWh, from the home's solar surplus
    qint64 carbonGrams = 0;        // of the grid energy whose intensity was known
    qint64 carbonUnknownWh = 0;    // grid energy of unknown intensity
    qint64 carbonAvoidedGrams = 0; // the grid's carbon for the solar energy
    qint64 wearMicros = 0;         // the battery's wear on batteryWh

    /// Adds whole amounts (sums of ledger entries are never re-rounded).
    void add(const Amounts &other);
};

/// A job the market handed to a car.
struct JobInfo
{
    QString id;
    QString kind; ///< chat, embedding, transcription, translation, image
    QDateTime start;
    QDateTime end;
    qint64 operations = 0;
    qint64 payMicros = 0;
    bool failed = false;
    bool running = false;
};

/// One stretch of contribution, or one calendar bucket of earnings.
struct AmountsAt
{
    QDateTime start; // UTC
    QDateTime end;   // sessions only
    Amounts amounts;
    bool cutBefore = false;    // sessions: the range cuts off its start
    bool cutAfter = false;     // sessions: the range cuts off its end
    bool running = false;      // sessions: the car is still in it; `end` is as far as it got
    bool partial = false;      // buckets: the range cuts the bucket
    std::vector<JobInfo> jobs; // sessions asked for with their jobs
};

struct EarningsReport
{
    QString currency;
    std::vector<AmountsAt> entries; // sessions, or buckets
    Amounts totals;                 // earnings only
    int shareBasisPoints = 0;       // the owner's share (7,000 = 70%)
};

/// Appends sessions of the range that follows those in `into`: a session cut at the boundary
/// between them becomes one, its amounts summed.
void appendSessions(std::vector<AmountsAt> &into, const std::vector<AmountsAt> &next);

/// A key a car accepts signed commands from.
struct KeyInfo
{
    QString keyId;
    QString label;
    int role = 0; ///< v1::KeyRole: 1 owner, 2 fleet
    QDateTime addedAt;
    QDateTime lastUsedAt; ///< invalid: never used
    bool revoked = false;
    QByteArray publicKey;
};

/// A pairing the car is waiting to have confirmed.
struct PairingInfo
{
    QDateTime expiresAt;
    int triesLeft = 0;
};

/// A support engineer's read-only access to one car, until an instant.
struct GrantInfo
{
    QString grantId;
    QString vehicleId;
    QString vehicleName;
    QString supportEmail;
    QString grantedBy;
    QDateTime createdAt;
    QDateTime expiresAt;
    QDateTime revokedAt; ///< invalid: not revoked
};

/// One use of a support grant.
struct AuditEntryInfo
{
    QDateTime at;
    QString grantId;
    QString supportEmail;
    QString action;
};

/// An organisation's certificate of a fleet manager's key (kept as the serialized message, sent
/// along with each command).
struct CertificateInfo
{
    QByteArray certificate; ///< a serialized v1::KeyCertificate
    QString keyId;
    QString organisationId;
    QDateTime notAfter;
};

/// A fleet manager's key waiting for the organisation's administrator.
struct PendingCertificateInfo
{
    QString keyId;
    QByteArray publicKey; ///< SubjectPublicKeyInfo, DER
    QString label;
    QString managerEmail;
    QDateTime requestedAt;
};

struct PendingCertificates
{
    std::vector<PendingCertificateInfo> requests;
    QString fleetKeyId; ///< the organisation's enrolled fleet key
};

/// What a simulated car's screen shows.
struct CarScreenInfo
{
    QString text;
    QString pairingCode;
};

/// What a car answered to a signed command.
struct CommandOutcome
{
    enum Outcome
    {
        Applied,
        Conflict,
        Rejected
    };
    Outcome outcome = Rejected;
    QString code;    ///< why it was rejected (spec codes: bad_signature, replayed_counter, ...)
    QString message; ///< for a person
    qint64 version = 0;
    v1::Policy currentPolicy; ///< after Applied, or the one that won a Conflict
};

/// One entry of a car's diagnostics timeline.
struct EventInfo
{
    enum Kind
    {
        Unknown,
        ContributionStarted,
        ContributionStopped,
        PluggedIn,
        Unplugged,
        BlockingChanged,
        JobFailed,
        ConnectionLost,
        ConnectionRestored,
        KeyAdded,     ///< detail: the key's id
        KeyRevoked,   ///< detail: the key's id
        PolicyChanged ///< detail: the version the car confirmed
    };
    QDateTime at;
    Kind kind = Unknown;
    QStringList reasons;
    double socPercent = 0;
    QString detail; ///< JobFailed: thermal_throttle or job_timeout
};

/// One frame of the live stream (stream.proto).
struct StreamFrameInfo
{
    enum Kind
    {
        Hello,
        Status,
        Event
    };
    Kind kind = Hello;
    quint64 sequence = 0;
    // hello
    quint64 latestSequence = 0;
    bool resumed = false;
    QDateTime worldTime;
    // status and event
    QString vehicleId;
    VehicleStatus status;
    EventInfo event;
};

/// The signed-in person.
struct Account
{
    QString id;
    QString email;
    QString displayName;
    int role = 0; ///< v1::Role: 1 owner, 2 fleet manager, 3 support
    QString organisationId;
};

/// A signed-in session: a short-lived access token and a one-time refresh token.
struct Session
{
    QByteArray accessToken;
    QDateTime accessExpiresAt;
    QByteArray refreshToken;
    QDateTime refreshExpiresAt;
    Account account;
};

/// An `Error` body the server sent with a failed request.
struct ServerError
{
    QString code;
    QString message;
    QString field;
};

// Decoders of server payloads. Each returns false and names the problem in `problem` when the
// bytes are not a well-formed message of that type; none of them trusts the bytes.
bool decodeServerInfo(const QByteArray &bytes, ServerInfo *info, QString *problem);
bool decodeVehiclePage(const QByteArray &bytes, VehiclePage *page, QString *problem);
bool decodeServerError(const QByteArray &bytes, ServerError *error);
bool decodeSession(const QByteArray &bytes, Session *session, QString *problem);
/// Also validates the policy against the contract (a car must never run an invalid one).
bool decodeVehiclePolicy(const QByteArray &bytes, VehiclePolicy *policy, QString *problem);
bool decodeHistory(const QByteArray &bytes, std::vector<HistoryPoint> *points, QString *problem);
bool decodeSessions(const QByteArray &bytes, EarningsReport *report, QString *problem);
bool decodeKey(const QByteArray &bytes, KeyInfo *key, QString *problem);
bool decodeKeyList(const QByteArray &bytes, std::vector<KeyInfo> *keys, QString *problem);
bool decodePairing(const QByteArray &bytes, PairingInfo *pairing, QString *problem);
bool decodeCarScreen(const QByteArray &bytes, CarScreenInfo *screen, QString *problem);
bool decodeCommandOutcome(const QByteArray &bytes, CommandOutcome *outcome, QString *problem);
/// Everything the backend keeps about the signed-in person (kept as the message itself: it is
/// written out whole, not shown field by field).
bool decodeEvents(const QByteArray &bytes, std::vector<EventInfo> *events, QString *problem);
/// The organisation's summary; counts are checked against the number of cars.
bool decodeOrganisationSummary(const QByteArray &bytes, v1::OrganisationSummary *summary,
                               QString *problem);
/// An eligibility trace; the state and the policy are checked.
bool decodeTrace(const QByteArray &bytes, v1::EligibilityTrace *trace, QString *problem);
/// A car's payouts: currencies as ISO codes, states known, and each month's figures adding up
/// (carried in + net = paid + carried out).
bool decodePayouts(const QByteArray &bytes, v1::PayoutsResponse *payouts, QString *problem);
bool decodeDiagnostics(const QByteArray &bytes, v1::VehicleDiagnostics *diagnostics,
                       QString *problem);
bool decodePolicyHistory(const QByteArray &bytes, v1::PolicyHistory *history, QString *problem);
bool decodeAccountDetails(const QByteArray &bytes, v1::AccountDetails *details, QString *problem);
QByteArray encodeConsent(const QString &termsVersion, bool withdraw = false);
QByteArray encodeDeleteAccount(const QString &password);
/// `certificate`: a serialized KeyCertificate for a fleet manager's key, else empty.
QByteArray encodeSignedCommand(const QByteArray &command, const QByteArray &signature,
                               const QByteArray &certificate = {});
bool decodeGrant(const QByteArray &bytes, GrantInfo *grant, QString *problem);
bool decodeGrantList(const QByteArray &bytes, std::vector<GrantInfo> *grants, QString *problem);
bool decodeAuditLog(const QByteArray &bytes, std::vector<AuditEntryInfo> *entries,
                    QString *problem);
bool decodeCertificate(const QByteArray &bytes, CertificateInfo *certificate, QString *problem);
bool decodePendingCertificates(const QByteArray &bytes, PendingCertificates *pending,
                               QString *problem);
/// The organisation's administrator's side: a certificate of `publicKey` (a manager's key) by
/// the organisation's fleet key, in force until `notAfter`; a serialized v1::KeyCertificate.
QByteArray makeKeyCertificate(const VehicleKeyPair &fleetKey, const QString &organisationId,
                              const QByteArray &publicKey, const QString &label,
                              const QString &managerEmail, const QDateTime &notAfter);
QByteArray encodeGrantRequest(const QString &supportEmail, int hours);
QByteArray encodeCertificateRequest(const QByteArray &publicKey, const QString &label);
QByteArray encodePairingRequest(const QByteArray &publicKey, const QString &label);
QByteArray encodePairingConfirmation(const QByteArray &publicKey, const QString &code);
bool decodeEarnings(const QByteArray &bytes, EarningsReport *report, QString *problem);
/// GET /v1/vehicles/{id}/forecast: intervals in order, inside [from, to).
bool decodeForecast(const QByteArray &bytes, policy::Forecast *forecast, QString *problem);
bool decodeStreamFrame(const QByteArray &bytes, StreamFrameInfo *frame, QString *problem);

// Encoders of request bodies.
QByteArray encodeLogin(const QString &email, const QString &password);
QByteArray encodeRefresh(const QByteArray &refreshToken);

/// The event's name in files and JSON ("key_added"); "unknown" for Unknown.
const char *eventKindName(EventInfo::Kind kind);

} // namespace idlefleet::client
