#pragma once

#include "fleetjob.h"
#include "reloadsoon.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
class SupportBundle;
} // namespace idlefleet::client

namespace idlefleet::app {

class LocalClient;

/// One car seen by a support engineer: its connectivity and versions now, the policy it runs
/// and every version it confirmed, why it did or did not contribute at a chosen minute, and the
/// redacted support bundle. Times are on the car's clock (its policy's zone).
class DiagnosticsModel : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    Q_MOC_INCLUDE("localclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    /// This computer's own record of the car (its outbox), added to a bundle when open
    /// (AppState.localClient).
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient WRITE setLocalClient NOTIFY
                   localClientChanged)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// The diagnostics arrived at least once for this car.
    Q_PROPERTY(bool loaded READ loaded NOTIFY diagnosticsChanged)
    /// When the diagnostics were fetched (UTC); the age of stale figures.
    Q_PROPERTY(QDateTime lastUpdated READ lastUpdated NOTIFY diagnosticsChanged)
    // Connectivity and versions now (VehicleDiagnostics).
    Q_PROPERTY(bool online READ online NOTIFY diagnosticsChanged)
    Q_PROPERTY(QDateTime lastSeen READ lastSeen NOTIFY diagnosticsChanged)
    /// The last contact on the car's clock, formatted.
    Q_PROPERTY(QString lastSeenText READ lastSeenText NOTIFY diagnosticsChanged)
    /// The car's clock minus the backend's, in milliseconds.
    Q_PROPERTY(int clockSkewMs READ clockSkewMs NOTIFY diagnosticsChanged)
    Q_PROPERTY(QString clockSkewText READ clockSkewText NOTIFY diagnosticsChanged)
    Q_PROPERTY(QString firmwareVersion READ firmwareVersion NOTIFY diagnosticsChanged)
    Q_PROPERTY(QString computeModule READ computeModule NOTIFY diagnosticsChanged)
    /// The policy version the car confirmed and runs.
    Q_PROPERTY(int confirmedPolicyVersion READ confirmedPolicyVersion NOTIFY diagnosticsChanged)
    Q_PROPERTY(int connectionLosses24h READ connectionLosses24h NOTIFY diagnosticsChanged)
    Q_PROPERTY(int jobFailures24h READ jobFailures24h NOTIFY diagnosticsChanged)
    Q_PROPERTY(int keysActive READ keysActive NOTIFY diagnosticsChanged)
    // The current policy (GET policy).
    /// The car's IANA zone, from its policy.
    Q_PROPERTY(QString timeZone READ timeZone NOTIFY policyChanged)
    Q_PROPERTY(int policyVersion READ policyVersion NOTIFY policyChanged)
    /// The policy's main settings on one line, for a person.
    Q_PROPERTY(QString policySummary READ policySummary NOTIFY policyChanged)
    /// Every version the car confirmed, newest first, as {version, appliedAt (UTC),
    /// appliedText (car's clock), keyId (first 8 characters, empty for the factory policy)}.
    Q_PROPERTY(QVariantList policyVersions READ policyVersions NOTIFY policyVersionsChanged)
    // The eligibility trace of one minute.
    Q_PROPERTY(bool traceBusy READ traceBusy NOTIFY traceChanged)
    Q_PROPERTY(QString traceError READ traceError NOTIFY traceChanged)
    /// "At 02:14 it did not contribute because: ...", or empty before the first trace.
    Q_PROPERTY(QString traceSentence READ traceSentence NOTIFY traceChanged)
    /// The trace's reasons as {code, text (the app's words), figures (with the numbers)}.
    Q_PROPERTY(QVariantList traceReasons READ traceReasons NOTIFY traceChanged)
    /// The minute the trace answers for, on the car's clock, formatted.
    Q_PROPERTY(QString traceTimeText READ traceTimeText NOTIFY traceChanged)
    // The support bundle.
    Q_PROPERTY(bool bundleBusy READ bundleBusy NOTIFY bundleChanged)
    /// 0..1 while the bundle is gathered and written.
    Q_PROPERTY(double bundleProgress READ bundleProgress NOTIFY bundleChanged)
    Q_PROPERTY(QString bundleError READ bundleError NOTIFY bundleChanged)
    /// Where the last bundle was saved (a local path), empty before.
    Q_PROPERTY(QString bundleSavedPath READ bundleSavedPath NOTIFY bundleChanged)

public:
    explicit DiagnosticsModel(QObject *parent = nullptr);
    ~DiagnosticsModel() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);
    LocalClient *localClient() const;
    void setLocalClient(LocalClient *local);

    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    bool loading() const { return m_pending > 0 || m_reloadSoon.isActive(); }
    QString errorMessage() const { return m_errorMessage; }
    bool loaded() const { return m_loaded; }
    QDateTime lastUpdated() const { return m_lastUpdated; }
    bool online() const { return m_diagnostics.online(); }
    QDateTime lastSeen() const;
    QString lastSeenText() const;
    int clockSkewMs() const { return int(m_diagnostics.clock_skew_ms()); }
    QString clockSkewText() const;
    QString firmwareVersion() const;
    QString computeModule() const;
    int confirmedPolicyVersion() const { return int(m_diagnostics.policy_version()); }
    int connectionLosses24h() const { return m_diagnostics.connection_losses_24h(); }
    int jobFailures24h() const { return m_diagnostics.job_failures_24h(); }
    int keysActive() const { return m_diagnostics.keys_active(); }
    QString timeZone() const { return m_timeZone; }
    int policyVersion() const { return int(m_policyVersion); }
    QString policySummary() const;
    QVariantList policyVersions() const;
    bool traceBusy() const { return m_traceJob != nullptr; }
    QString traceError() const { return m_traceError; }
    QString traceSentence() const { return m_traceSentence; }
    QVariantList traceReasons() const { return m_traceReasons; }
    QString traceTimeText() const { return m_traceTimeText; }
    bool bundleBusy() const { return m_bundleBusy; }
    double bundleProgress() const { return m_bundleProgress; }
    QString bundleError() const { return m_bundleError; }
    QString bundleSavedPath() const { return m_bundleSavedPath; }

    /// Fetches the diagnostics, the policy and its history again.
    Q_INVOKABLE void reload();
    /// Why the car did or did not contribute in the minute at `at`.
    Q_INVOKABLE void traceAt(const QDateTime &at);
    /// The same for a minute typed on the car's clock ("2026-03-14 02:14"); false (with
    /// traceError set) when the text is not such a time.
    Q_INVOKABLE bool explain(const QString &localText);
    /// Now on the car's clock in the form explain() reads ("2026-03-14 02:14").
    Q_INVOKABLE QString nowLocalText() const;
    /// A file name for the bundle ("idlefleet-support-veh-1-20260314-0214.json").
    Q_INVOKABLE QString suggestedBundleName() const;
    /// Gathers the car's redacted support bundle and writes it to `file` (a local file URL).
    Q_INVOKABLE void makeBundle(const QUrl &file);

Q_SIGNALS:
    void localClientChanged();
    void clientChanged();
    void vehicleIdChanged();
    void loadingChanged();
    void errorMessageChanged();
    void diagnosticsChanged();
    void policyChanged();
    void policyVersionsChanged();
    void traceChanged();
    void bundleChanged();
    /// The bundle was written (`ok`) or not (bundleError says why).
    void bundleFinished(bool ok);

private:
    void track(client::FleetJob *job, std::function<void()> onSuccess);
    void onBundleGathered();
    void finishBundle(const QString &error, const QString &path);
    void retranslate();

    QPointer<client::FleetClient> m_client;
    QPointer<LocalClient> m_local;
    QString m_vehicleId;
    ReloadSoon m_reloadSoon;
    quint64 m_generation = 0; // answers for an older car or fetch are dropped
    int m_pending = 0;
    QString m_errorMessage;
    bool m_loaded = false;
    QDateTime m_lastUpdated;
    v1::VehicleDiagnostics m_diagnostics;
    QString m_timeZone;
    qint64 m_policyVersion = 0;
    v1::Policy m_policy;
    v1::PolicyHistory m_history;

    QPointer<client::TraceJob> m_traceJob;
    v1::EligibilityTrace m_trace;
    bool m_hasTrace = false;
    QString m_traceError;
    QString m_traceSentence;
    QVariantList m_traceReasons;
    QString m_traceTimeText;

    client::SupportBundle *m_bundle = nullptr;
    QPointer<QFutureWatcher<QString>> m_bundleWrite;
    QString m_bundlePath;
    bool m_bundleBusy = false;
    double m_bundleProgress = 0;
    QString m_bundleError;
    QString m_bundleSavedPath;
};

} // namespace idlefleet::app
