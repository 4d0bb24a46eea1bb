#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
class FleetJob;
} // namespace idlefleet::client

namespace idlefleet::app {

class LocalClient;
class VehicleListModel;

/// The first steps with a car: the participation consent (recorded by the backend with the
/// version of the terms) and pairing this computer's key with the car through the code the car
/// shows on its screen. Every failure comes back as a sentence a person can act on.
class OnboardingController : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    Q_MOC_INCLUDE("localclient.h")
    Q_MOC_INCLUDE("vehiclelistmodel.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    /// This installation's key and outbox: the session's (AppState.localClient), handed in by
    /// its page; replaced when the app enters or leaves demo mode.
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient WRITE setLocalClient NOTIFY
                   localClientChanged REQUIRED)
    /// The cars a withdrawal of consent pauses (AppState.vehicles).
    Q_PROPERTY(idlefleet::app::VehicleListModel *vehicles READ vehicles WRITE setVehicles NOTIFY
                   vehiclesChanged)
    /// The backend is the demo world's, whose cars show their pairing code to the app.
    Q_PROPERTY(bool demo READ demo WRITE setDemo NOTIFY demoChanged)
    Q_PROPERTY(QString termsVersion READ termsVersion CONSTANT)
    Q_PROPERTY(bool consentGiven READ consentGiven NOTIFY consentChanged)
    Q_PROPERTY(QDateTime consentAt READ consentAt NOTIFY consentChanged)
    Q_PROPERTY(bool consentBusy READ consentBusy NOTIFY consentChanged)
    Q_PROPERTY(QString consentError READ consentError NOTIFY consentChanged)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(PairingState pairingState READ pairingState NOTIFY pairingChanged)
    Q_PROPERTY(QString pairingError READ pairingError NOTIFY pairingChanged)
    Q_PROPERTY(int triesLeft READ triesLeft NOTIFY pairingChanged)
    Q_PROPERTY(QDateTime codeExpiresAt READ codeExpiresAt NOTIFY pairingChanged)
    /// Demo mode only: what the simulated car's screen shows, so a newcomer can pair.
    Q_PROPERTY(QString demoCode READ demoCode NOTIFY pairingChanged)
    /// This computer's key is paired with the car (checked from the car's key list).
    Q_PROPERTY(bool paired READ paired NOTIFY pairingChanged)
    Q_PROPERTY(QString keyLabel READ keyLabel CONSTANT)

public:
    enum PairingState
    {
        Idle,       ///< nothing asked yet
        Checking,   ///< reading the car's keys
        Starting,   ///< asking the car to show a code
        EnterCode,  ///< the car shows a code; waiting for the person
        Confirming, ///< the code is on its way
        Paired,     ///< done
        Failed,     ///< pairingError says why; start again
    };
    Q_ENUM(PairingState)

    explicit OnboardingController(QObject *parent = nullptr);

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);
    LocalClient *localClient() const;
    void setLocalClient(LocalClient *local);
    VehicleListModel *vehicles() const;
    void setVehicles(VehicleListModel *vehicles);
    bool demo() const { return m_demo; }
    void setDemo(bool demo);

    static QString termsVersion() { return QStringLiteral("2026-11"); }
    bool consentGiven() const { return m_consentGiven; }
    QDateTime consentAt() const { return m_consentAt; }
    bool consentBusy() const { return m_consentBusy; }
    QString consentError() const { return m_consentError; }
    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    PairingState pairingState() const { return m_state; }
    QString pairingError() const { return m_pairingError; }
    int triesLeft() const { return m_triesLeft; }
    QDateTime codeExpiresAt() const { return m_codeExpiresAt; }
    QString demoCode() const { return m_demoCode; }
    bool paired() const { return m_state == Paired; }
    static QString keyLabel();

    /// Reads whether consent is given (GET /v1/account).
    Q_INVOKABLE void loadConsent();
    Q_INVOKABLE void giveConsent();
    /// Withdraws consent and pauses every car the person owns until they agree again.
    Q_INVOKABLE void withdrawConsent();
    /// Reads the car's keys: is this computer paired already?
    Q_INVOKABLE void checkPaired();
    Q_INVOKABLE void startPairing();
    Q_INVOKABLE void confirmCode(const QString &code);

    /// A pairing failure (a server error code or a connection problem) in plain words.
    static QString describePairingError(const client::FleetJob &job, int triesLeft);

Q_SIGNALS:
    void clientChanged();
    void localClientChanged();
    void vehiclesChanged();
    void demoChanged();
    void consentChanged();
    void vehicleIdChanged();
    void pairingChanged();

private:
    void setPairing(PairingState state, const QString &error = {});
    void setConsentError(const QString &error);
    void readDemoScreen();
    /// Both clients are handed in.
    bool ready() const;

    QPointer<client::FleetClient> m_client;
    QPointer<LocalClient> m_local;
    QPointer<VehicleListModel> m_vehicles;
    bool m_demo = false;
    bool m_consentGiven = false;
    QDateTime m_consentAt;
    bool m_consentBusy = false;
    QString m_consentError;
    QString m_vehicleId;
    PairingState m_state = Idle;
    QString m_pairingError;
    int m_triesLeft = 0;
    QDateTime m_codeExpiresAt;
    QString m_demoCode;
};

} // namespace idlefleet::app
