#include "onboarding.h"

#include "fleetclient.h"
#include "localclient.h"
#include "pauseactions.h"
#include "vehiclelistmodel.h"

#include <QHostInfo>

namespace idlefleet::app {

using client::FleetJob;

OnboardingController::OnboardingController(QObject *parent)
    : QObject(parent)
{}

client::FleetClient *OnboardingController::client() const
{
    return m_client;
}

void OnboardingController::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    const bool replaced = m_client != nullptr;
    m_client = client;
    Q_EMIT clientChanged();
    // What the other backend said about pairing is not this one's answer (a first client is
    // asked from the page once everything is set).
    if (replaced)
        checkPaired();
}

LocalClient *OnboardingController::localClient() const
{
    return m_local;
}

void OnboardingController::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    const bool replaced = m_local != nullptr;
    m_local = local;
    Q_EMIT localClientChanged();
    // Another key: whether it is paired is asked again.
    if (replaced) {
        m_demoCode.clear();
        setPairing(Idle);
        checkPaired();
    }
}

VehicleListModel *OnboardingController::vehicles() const
{
    return m_vehicles;
}

void OnboardingController::setVehicles(VehicleListModel *vehicles)
{
    if (m_vehicles == vehicles)
        return;
    m_vehicles = vehicles;
    Q_EMIT vehiclesChanged();
}

void OnboardingController::setDemo(bool demo)
{
    if (m_demo == demo)
        return;
    m_demo = demo;
    Q_EMIT demoChanged();
}

bool OnboardingController::ready() const
{
    return m_client && m_local;
}

QString OnboardingController::keyLabel()
{
    return tr("Idlefleet on %1").arg(QHostInfo::localHostName());
}

void OnboardingController::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    m_demoCode.clear();
    Q_EMIT vehicleIdChanged();
    setPairing(Idle);
}

void OnboardingController::setConsentError(const QString &error)
{
    m_consentError = error;
    Q_EMIT consentChanged();
}

void OnboardingController::setPairing(PairingState state, const QString &error)
{
    m_state = state;
    m_pairingError = error;
    Q_EMIT pairingChanged();
}

void OnboardingController::loadConsent()
{
    if (!m_client)
        return setConsentError(tr("Not connected to the fleet backend."));
    auto *job = m_client->fetchAccount(this);
    m_consentBusy = true;
    Q_EMIT consentChanged();
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_consentBusy = false;
        m_consentError = job->errorString();
        if (job->error() == FleetJob::NoError) {
            const auto &consents = job->result().consents();
            // The latest word counts: an agreement, or its withdrawal.
            m_consentGiven = !consents.empty() && !consents.rbegin()->withdrawn();
            m_consentAt = consents.empty()
                              ? QDateTime()
                              : QDateTime::fromSecsSinceEpoch(
                                    consents.rbegin()->accepted_at().seconds(), Qt::UTC);
        }
        Q_EMIT consentChanged();
    });
}

void OnboardingController::giveConsent()
{
    if (!m_client)
        return setConsentError(tr("Not connected to the fleet backend."));
    auto *job = m_client->recordConsent(termsVersion(), false, this);
    m_consentBusy = true;
    m_consentError.clear();
    Q_EMIT consentChanged();
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_consentBusy = false;
        if (job->error() != FleetJob::NoError) {
            m_consentError = tr("Your consent could not be recorded: %1").arg(job->errorString());
            Q_EMIT consentChanged();
            return;
        }
        m_consentGiven = true;
        m_consentAt = QDateTime::currentDateTimeUtc();
        Q_EMIT consentChanged();
    });
}

void OnboardingController::withdrawConsent()
{
    if (!m_client)
        return setConsentError(tr("Not connected to the fleet backend."));
    auto *job = m_client->recordConsent(termsVersion(), true, this);
    m_consentBusy = true;
    m_consentError.clear();
    Q_EMIT consentChanged();
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_consentBusy = false;
        if (job->error() != FleetJob::NoError) {
            m_consentError =
                tr("Your withdrawal could not be recorded: %1").arg(job->errorString());
            Q_EMIT consentChanged();
            return;
        }
        m_consentGiven = false;
        m_consentAt = QDateTime::currentDateTimeUtc();
        // Without consent no car contributes: each is paused, signed by this computer's key.
        PauseActions *pauses = PauseActions::instance();
        for (int row = 0; m_vehicles && pauses && row < m_vehicles->rowCount(); ++row)
            pauses->pause(
                m_vehicles->data(m_vehicles->index(row), VehicleListModel::IdRole).toString(), 0);
        Q_EMIT consentChanged();
    });
}

void OnboardingController::checkPaired()
{
    if (m_vehicleId.isEmpty() || !ready() || !m_local->isOpen())
        return;
    setPairing(Checking);
    auto *job = m_client->listKeys(m_vehicleId, this);
    const QString keyId = m_local->keyId();
    connect(job, &FleetJob::finished, this, [this, job, keyId] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError)
            return setPairing(Failed, describePairingError(*job, 0));
        for (const auto &key : job->result()) {
            if (key.keyId == keyId && !key.revoked)
                return setPairing(Paired);
        }
        setPairing(Idle);
    });
}

void OnboardingController::startPairing()
{
    if (!ready() || !m_local->isOpen())
        return setPairing(Failed, tr("This computer's key is not available, so it cannot be "
                                     "paired. Restart the app; if this stays, check that its "
                                     "data folder is writable."));
    setPairing(Starting);
    auto *job =
        m_client->startPairing(m_vehicleId, m_local->key().publicKeyDer(), keyLabel(), this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->serverError().code == QLatin1String("already_paired"))
            return setPairing(Paired);
        if (job->error() != FleetJob::NoError)
            return setPairing(Failed, describePairingError(*job, 0));
        m_triesLeft = job->result().triesLeft;
        m_codeExpiresAt = job->result().expiresAt;
        setPairing(EnterCode);
        if (m_demo)
            readDemoScreen();
    });
}

void OnboardingController::readDemoScreen()
{
    if (!m_client)
        return;
    auto *job = m_client->carScreen(m_vehicleId, this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() == FleetJob::NoError) {
            m_demoCode = job->result().pairingCode;
            Q_EMIT pairingChanged();
        }
    });
}

void OnboardingController::confirmCode(const QString &code)
{
    const QString trimmed = code.trimmed();
    if (trimmed.isEmpty())
        return setPairing(EnterCode, tr("Type the code the car shows on its screen."));
    if (!ready() || !m_local->isOpen())
        return setPairing(Failed, tr("This computer's key is not available, so it cannot be "
                                     "paired. Restart the app; if this stays, check that its "
                                     "data folder is writable."));
    setPairing(Confirming);
    auto *job = m_client->confirmPairing(m_vehicleId, m_local->key().publicKeyDer(), trimmed, this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() == FleetJob::NoError) {
            m_demoCode.clear();
            return setPairing(Paired);
        }
        if (job->serverError().code == QLatin1String("wrong_code")) {
            m_triesLeft = std::max(0, m_triesLeft - 1);
            return setPairing(EnterCode, describePairingError(*job, m_triesLeft));
        }
        setPairing(Failed, describePairingError(*job, m_triesLeft));
    });
}

QString OnboardingController::describePairingError(const FleetJob &job, int triesLeft)
{
    const QString code = job.serverError().code;
    if (code == QLatin1String("wrong_code"))
        return tr("That code does not match what the car shows. %n try(s) left.", "", triesLeft);
    if (code == QLatin1String("too_many_tries"))
        return tr("Too many wrong codes. Start again and the car shows a new code.");
    if (code == QLatin1String("code_expired"))
        return tr("The code has expired. Start again and the car shows a new code.");
    if (code == QLatin1String("no_pairing"))
        return tr("The car is not waiting for a code any more. Start again.");
    if (code == QLatin1String("car_offline"))
        return tr("The car cannot be reached right now: it has no signal where it is parked. "
                  "Try again when it is back online.");
    if (code == QLatin1String("too_many_keys"))
        return tr("The car already holds as many keys as it can. Revoke one you no longer use "
                  "under Keys and access, then try again.");
    if (job.error() == FleetJob::NotAllowed)
        return tr("Only the car's owner can pair a computer with it.");
    return job.errorString();
}

} // namespace idlefleet::app
