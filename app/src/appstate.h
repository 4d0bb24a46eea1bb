#pragma once

#include "navigation.h"
#include "vehiclelistmodel.h"

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqml.h>

class QQmlEngine;
class QJSEngine;

namespace idlefleet::client {
class FleetClient;
class LiveStreamClient;
class ListVehiclesJob;
} // namespace idlefleet::client

namespace idlefleet::app {

class DemoBackend;
class LocalClient;
class PauseActions;
class Preferences;

/// Names the fleet client's type to QML (AppState.fleetClient, the models' `client`), which
/// hands it on and never makes one.
struct FleetClientForeign
{
    Q_GADGET
    QML_FOREIGN(idlefleet::client::FleetClient)
    QML_ANONYMOUS
};

/// What the whole app is doing: which backend it talks to, whether it is ready, and the
/// models the pages show. One instance, owned by main().
class AppState : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    QML_SINGLETON
    Q_PROPERTY(Phase phase READ phase NOTIFY phaseChanged)
    Q_PROPERTY(QString statusMessage READ statusMessage NOTIFY phaseChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY phaseChanged)
    Q_PROPERTY(bool demoMode READ demoMode NOTIFY accountChanged)
    Q_PROPERTY(bool signInBusy READ signInBusy NOTIFY signInChanged)
    /// Why the last sign-in failed, for the form; empty otherwise.
    Q_PROPERTY(QString signInError READ signInError NOTIFY signInChanged)
    Q_PROPERTY(QString serverUrl READ serverUrl NOTIFY serverUrlChanged)
    Q_PROPERTY(QString version READ version CONSTANT)
    Q_PROPERTY(QString accountName READ accountName NOTIFY accountChanged)
    Q_PROPERTY(QString accountEmail READ accountEmail NOTIFY accountChanged)
    /// owner, fleet or support: what the signed-in person may see and do.
    Q_PROPERTY(QString accountRole READ accountRole NOTIFY accountChanged)
    /// The car the Policy, Earnings and Access pages are about.
    Q_PROPERTY(QString selectedVehicleId READ selectedVehicleId WRITE setSelectedVehicleId NOTIFY
                   selectedVehicleChanged)
    /// The cars a fleet manager selected in the vehicle table (for a bulk policy).
    Q_PROPERTY(QStringList fleetSelection READ fleetSelection WRITE setFleetSelection NOTIFY
                   fleetSelectionChanged)
    /// Why the cars could not be kept on this computer for offline use (empty when they were).
    Q_PROPERTY(QString storeError READ storeError NOTIFY storeErrorChanged)
    Q_PROPERTY(idlefleet::app::VehicleListModel *vehicles READ vehicles CONSTANT)
    /// The session's clients, which pages hand to their models (`client: AppState.fleetClient`).
    Q_MOC_INCLUDE("fleetclient.h")
    Q_MOC_INCLUDE("localclient.h")
    Q_PROPERTY(idlefleet::client::FleetClient *fleetClient READ fleetClient CONSTANT)
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient NOTIFY localClientChanged)

public:
    enum Phase
    {
        Starting,   ///< starting or finding the demo backend
        Connecting, ///< checking the backend's API version and loading the first data
        Ready,      ///< data is shown and kept fresh
        Failed,     ///< nothing to show; errorMessage says why
    };
    Q_ENUM(Phase)

    /// `demoAccount` is owner, fleet or support: whom demo mode signs in as. The cars' texts
    /// follow `preferences`' language; `navigation` offers the pages of the role signed in.
    AppState(Preferences &preferences, Navigation &navigation, bool demoMode,
             const QString &demoDataDir, const QString &demoAccount = QStringLiteral("owner"),
             QObject *parent = nullptr);
    ~AppState() override;

    static AppState *create(QQmlEngine *, QJSEngine *);
    /// The one instance, for the app's other C++ types (null before main() made it).
    static AppState *instance();

    void start();

    Phase phase() const { return m_phase; }
    QString statusMessage() const { return m_statusMessage; }
    QString errorMessage() const { return m_errorMessage; }
    bool demoMode() const { return m_demoMode; }
    QString serverUrl() const;
    QString version() const;
    QString accountName() const;
    QString accountEmail() const;
    QString accountRole() const;
    VehicleListModel *vehicles() { return &m_vehicles; }
    QString selectedVehicleId() const { return m_selectedVehicleId; }
    void setSelectedVehicleId(const QString &id);
    QString storeError() const { return m_storeError; }
    QStringList fleetSelection() const { return m_fleetSelection; }
    void setFleetSelection(const QStringList &ids)
    {
        if (ids == m_fleetSelection)
            return;
        m_fleetSelection = ids;
        Q_EMIT fleetSelectionChanged();
    }

    client::FleetClient *fleetClient() { return m_client; }
    /// The key, store and outbox of this installation (open once signed in).
    LocalClient *localClient() { return m_local; }
    /// Pausing and resuming cars, each followed to the car.
    PauseActions *pauses() { return m_pauses; }

    /// The world's time now: what "now" means for the cars (a test may pin the world far from
    /// the wall clock's today).
    Q_INVOKABLE QDateTime worldNow() const;
    /// In demo mode, a new demo world starts at this instant (RFC 3339; empty: now).
    void setDemoWorldStart(const QString &instant);
    /// Opens one car on `page` (a fleet manager's drill-down from the table, support's car).
    Q_INVOKABLE void openVehicle(const QString &vehicleId, idlefleet::app::Navigation::Page page);

    Q_INVOKABLE void retry();
    /// Signs in to a fleet backend with an account of one's own; on success the app leaves
    /// demo mode and remembers the server, its pin and the session (the refresh token in the
    /// keychain, never the password).
    Q_INVOKABLE void signIn(const QString &server, const QString &pin, const QString &email,
                            const QString &password);
    /// Forgets the account on this computer and goes back to demo mode.
    Q_INVOKABLE void signOut();
    bool signInBusy() const { return m_signInBusy; }
    QString signInError() const { return m_signInError; }
    /// An account signed in before, which `idlefleet` without --demo opens.
    static bool hasStoredAccount();
    Q_INVOKABLE void refresh();

    static constexpr int RefreshIntervalMs = 5000;
    /// With the live stream open, polling is only a safety net.
    static constexpr int StreamingRefreshIntervalMs = 30000;
    static constexpr qint64 StoreVehiclesIntervalMs = 60000;

Q_SIGNALS:
    void phaseChanged();
    void serverUrlChanged();
    void accountChanged();
    void signInChanged();
    /// The local client was replaced (demo mode left or entered): its key and outbox differ.
    void localClientChanged();
    void fleetSelectionChanged();
    void selectedVehicleChanged();
    void storeErrorChanged();

private:
    void setPhase(Phase phase, const QString &statusMessage, const QString &errorMessage = {});
    void onBackendReady();
    void checkServer(bool mayLaunch);
    void signInToDemo();
    void openLocalClient();
    /// Shows the cars as last stored, marked stale with `why`; false when none are stored.
    bool showStoredVehicles(const QString &why);
    /// Keeps `vehicles` for the next start without a network; a failure is shown, never dropped.
    void storeVehicles(const std::vector<Vehicle> &vehicles, const QDateTime &now);
    void restoreSession();
    void saveSession();
    void enterAccount(bool demo);

    struct DemoAccount
    {
        QString email;
        QString password;
    };
    static DemoAccount demoAccount(const QString &which);

    Navigation &m_navigation;
    bool m_demoMode;
    QString m_demoAccount;
    DemoBackend *m_backend;
    client::FleetClient *m_client;
    LocalClient *m_local;
    PauseActions *m_pauses;
    client::LiveStreamClient *m_stream;
    bool m_streaming = false;
    VehicleListModel m_vehicles;
    QTimer m_refreshTimer;
    QPointer<client::ListVehiclesJob> m_pendingList;
    Phase m_phase = Starting;
    QString m_statusMessage;
    QString m_errorMessage;
    QStringList m_fleetSelection;
    QString m_selectedVehicleId;
    QString m_storeError;
    bool m_signInBusy = false;
    QString m_signInError;
};

} // namespace idlefleet::app
