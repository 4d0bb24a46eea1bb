#pragma once

#include "dataexport.h"
#include "fleetjob.h"

#include <QObject>
#include <QStringList>
#include <QUrl>
#include <functional>
#include <vector>

namespace idlefleet::client {

class PinnedTransport;

/// The typed entry point to the fleet API. Every call returns a job the caller owns. It keeps
/// the signed-in session and refreshes it silently when the access token expires.
class FleetClient : public QObject
{
    Q_OBJECT
public:
    explicit FleetClient(QObject *parent = nullptr);
    /// Cancels the calls it owns (made with itself as their owner) while its connection is
    /// still there: one cancelled after would report its end to a connection already gone.
    ~FleetClient() override;

    /// The backend to talk to and the pins of the keys it may show.
    void setEndpoint(const QUrl &baseUrl, const QStringList &pins);
    QUrl baseUrl() const;
    QStringList pins() const;

    /// Signs in; on success the session is kept and used by every later call.
    [[nodiscard]] SessionJob *login(const QString &email, const QString &password,
                                    QObject *owner = nullptr);
    /// Ends the session on the server and forgets it here.
    [[nodiscard]] EmptyJob *logout(QObject *owner = nullptr);
    /// Uses a session kept from before (a refresh token from the keychain or a file).
    void setSession(const Session &session);
    const Session &session() const { return m_session; }
    bool signedIn() const { return !m_session.refreshToken.isEmpty(); }
    bool canRefresh() const { return !m_session.refreshToken.isEmpty(); }
    /// Gets a new access token with the refresh token; concurrent callers share one refresh.
    /// `done(true)` once the session is fresh, `done(false)` if it has ended.
    void refreshSession(QObject *context, std::function<void(bool)> done);

    [[nodiscard]] ServerInfoJob *fetchServerInfo(QObject *owner = nullptr);
    [[nodiscard]] ListVehiclesJob *listVehicles(int pageSize = 100, const QString &pageToken = {},
                                                QObject *owner = nullptr);
    /// Server-side search, filter and sort (see vehicle.proto); empty fields do not filter.
    struct VehicleQuery
    {
        QString search;
        QString group;
        QString state;  ///< contributing, not_contributing, driving, plugged_in, unplugged
        QString reason; ///< a blocking reason code
        QString sort;   ///< name, soc, group or id; "-" in front for descending
        QString id;     ///< this car only (exactly its id)
    };
    [[nodiscard]] ListVehiclesJob *listVehicles(const VehicleQuery &query, int pageSize,
                                                const QString &pageToken = {},
                                                QObject *owner = nullptr);
    enum class Resolution
    {
        Minute,
        Hour,
        Day
    };
    /// Status history over [from, to) (minute: at most 31 days; hour: 400; day: 20 years).
    [[nodiscard]] HistoryJob *fetchHistory(const QString &vehicleId, const QDateTime &from,
                                           const QDateTime &to, Resolution resolution,
                                           QObject *owner = nullptr);
    /// Contributions that start in [from, to) (at most 92 days).
    /// Sessions that overlap [from, to) (local hour starts of the car), each whole with its
    /// amounts inside the range; `withJobs` adds the jobs each served.
    [[nodiscard]] EarningsJob *fetchSessions(const QString &vehicleId, const QDateTime &from,
                                             const QDateTime &to, QObject *owner = nullptr,
                                             bool withJobs = false);
    enum class Period
    {
        Day,
        Week,
        Month,
        Hour ///< at most 31 days per call
    };
    /// Earnings in hours or the car's local days, weeks or months over [from, to).
    [[nodiscard]] EarningsJob *fetchEarnings(const QString &vehicleId, const QDateTime &from,
                                             const QDateTime &to, Period by,
                                             QObject *owner = nullptr);
    // Keys and pairing.
    /// Asks the car to show a one-time code for this public key (SPKI DER).
    [[nodiscard]] PairingJob *startPairing(const QString &vehicleId, const QByteArray &publicKey,
                                           const QString &label, QObject *owner = nullptr);
    /// Confirms with the code read from the car's screen; the result is the added key.
    [[nodiscard]] KeyJob *confirmPairing(const QString &vehicleId, const QByteArray &publicKey,
                                         const QString &code, QObject *owner = nullptr);
    [[nodiscard]] KeyListJob *listKeys(const QString &vehicleId, QObject *owner = nullptr);
    [[nodiscard]] KeyJob *revokeKey(const QString &vehicleId, const QString &keyId,
                                    QObject *owner = nullptr);
    /// Simulated worlds only: what the car's screen shows.
    [[nodiscard]] CarScreenJob *carScreen(const QString &vehicleId, QObject *owner = nullptr);

    /// Relays a signed command to the car; the car's answer is the result. A fleet manager's
    /// key sends its organisation's certificate along (CertificateInfo::certificate).
    [[nodiscard]] CommandJob *sendCommand(const QString &vehicleId, const QByteArray &command,
                                          const QByteArray &signature, QObject *owner = nullptr,
                                          const QByteArray &certificate = {});

    // Support grants: read-only diagnostics of one car for a support engineer, until an instant.
    [[nodiscard]] GrantJob *grantSupport(const QString &vehicleId, const QString &supportEmail,
                                         int hours, QObject *owner = nullptr);
    [[nodiscard]] GrantListJob *listGrants(const QString &vehicleId, QObject *owner = nullptr);
    /// The grants the signed-in person issued (owner, manager) or holds (support).
    [[nodiscard]] GrantListJob *listMyGrants(QObject *owner = nullptr);
    [[nodiscard]] GrantJob *revokeGrant(const QString &grantId, QObject *owner = nullptr);
    /// Every use of support grants on the car, newest first.
    [[nodiscard]] AuditLogJob *fetchAudit(const QString &vehicleId, QObject *owner = nullptr);

    // Fleet managers: the organisation certifies this client's key for all its cars.
    [[nodiscard]] CertificateJob *certifyKey(const QByteArray &publicKey, const QString &label,
                                             QObject *owner = nullptr);
    [[nodiscard]] EmptyJob *revokeCertificate(const QString &keyId, QObject *owner = nullptr);
    /// The organisation's administrator's side: the keys waiting for a certificate, and a
    /// certificate made with the fleet key (makeKeyCertificate) handed to the backend to relay.
    [[nodiscard]] PendingCertificatesJob *pendingCertificates(QObject *owner = nullptr);
    [[nodiscard]] EmptyJob *uploadCertificate(const QString &keyId, const QByteArray &certificate,
                                              QObject *owner = nullptr);

    /// The diagnostics timeline over [from, to) (at most 31 days).
    [[nodiscard]] EventsJob *fetchEvents(const QString &vehicleId, const QDateTime &from,
                                         const QDateTime &to, QObject *owner = nullptr);

    // The signed-in person's data rights.
    [[nodiscard]] AccountJob *fetchAccount(QObject *owner = nullptr);
    /// Agrees to (or, with `withdraw`, withdraws from) a version of the participation terms.
    [[nodiscard]] AccountJob *recordConsent(const QString &termsVersion, bool withdraw = false,
                                            QObject *owner = nullptr);
    /// Everything the backend keeps about the person, read whole into memory.
    [[nodiscard]] DataExportJob *exportMyData(QObject *owner = nullptr);
    /// The same, written to `path` as JSON (readable by the user alone) as it arrives, with
    /// progress; the file appears only when the export is complete.
    [[nodiscard]] ExportFileJob *exportMyDataTo(const QString &path, QObject *owner = nullptr);
    /// Deletes the account and everything kept about it and its cars; the session ends.
    [[nodiscard]] EmptyJob *deleteAccount(const QString &password, QObject *owner = nullptr);

    /// What the car's policy lets it contribute over the next `days` (1..14), from the car's
    /// habits, its charge now and the market's expected prices.
    [[nodiscard]] ForecastJob *fetchForecast(const QString &vehicleId, int days,
                                             QObject *owner = nullptr);
    [[nodiscard]] VehiclePolicyJob *fetchPolicy(const QString &vehicleId, QObject *owner = nullptr);

    // Diagnostics (the owner, the organisation's managers, support with a grant).
    /// Every version of the car's policy it confirmed, newest first.
    /// Every settled month's payout of a car, oldest first.
    [[nodiscard]] PayoutsJob *fetchPayouts(const QString &vehicleId, QObject *owner = nullptr);
    [[nodiscard]] PolicyHistoryJob *fetchPolicyHistory(const QString &vehicleId,
                                                       QObject *owner = nullptr);
    /// Why the car did or did not contribute in the minute at `at`.
    [[nodiscard]] TraceJob *fetchTrace(const QString &vehicleId, const QDateTime &at,
                                       QObject *owner = nullptr);
    /// Connectivity, clock skew and versions now.
    [[nodiscard]] DiagnosticsJob *fetchDiagnostics(const QString &vehicleId,
                                                   QObject *owner = nullptr);
    /// Fleet managers: the organisation now, and its totals per currency over [from, to).
    [[nodiscard]] OrganisationSummaryJob *
    fetchOrganisationSummary(const QDateTime &from, const QDateTime &to, QObject *owner = nullptr);
    /// Fleet managers: puts cars of the organisation into a group (empty: none). Setting the
    /// same group again changes nothing, so the call may be retried.
    [[nodiscard]] EmptyJob *setGroup(const QStringList &vehicleIds, const QString &group,
                                     QObject *owner = nullptr);
    /// Simulated worlds: puts the car's telematics unit to sleep for `minutes` (0 wakes it).
    [[nodiscard]] DiagnosticsJob *simulateSleep(const QString &vehicleId, int minutes,
                                                QObject *owner = nullptr);

Q_SIGNALS:
    /// The session changed: signed in, refreshed (new tokens to keep), or ended.
    void sessionChanged();

private:
    void adoptSession(const Session &session);

    PinnedTransport *m_transport;
    Session m_session;
    quint64 m_sessionGeneration = 0; // bumped by sign-in and sign-out: stale refreshes are dropped
    SessionJob *m_refreshing = nullptr;
    std::vector<std::pair<QPointer<QObject>, std::function<void(bool)>>> m_waitingForRefresh;
};

} // namespace idlefleet::client
