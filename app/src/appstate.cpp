#include "appstate.h"

#include "applogging.h"
#include "appsettings.h"
#include "demobackend.h"
#include "fleetclient.h"
#include "fleetjob.h"
#include "livestreamclient.h"
#include "localclient.h"
#include "pauseactions.h"
#include "preferences.h"
#include "reasons.h"
#include "version.h"
#include "worldtime.h"

#include <QDir>
#include <QJSEngine>
#include <QPointer>
#include <QQmlEngine>
#include <QStandardPaths>
#include <QSysInfo>

namespace idlefleet::app {
namespace {

AppState *s_instance = nullptr;
constexpr int VehiclePageSize = 1000;

} // namespace

AppState::AppState(Preferences &preferences, Navigation &navigation, bool demoMode,
                   const QString &demoDataDir, const QString &demoAccount, QObject *parent)
    : QObject(parent)
    , m_navigation(navigation)
    , m_demoMode(demoMode)
    , m_demoAccount(demoAccount)
    , m_backend(new DemoBackend(demoDataDir, this))
    , m_client(new client::FleetClient(this))
    , m_local(new LocalClient(m_client, this))
    , m_pauses(new PauseActions(m_local, this))
    , m_stream(new client::LiveStreamClient(m_client, this))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    connect(m_backend, &DemoBackend::ready, this, &AppState::onBackendReady);
    // The navigation offers the pages of the role signed in (an owner's when signed out), and
    // opens on one of them.
    connect(this, &AppState::accountChanged, this, [this] { m_navigation.setRole(accountRole()); });
    connect(m_backend, &DemoBackend::failed, this,
            [this](const QString &message) { setPhase(Failed, {}, message); });
    connect(m_client, &client::FleetClient::sessionChanged, this, &AppState::saveSession);
    // The cars' reasons are described in the language in use, to the owner as "your" cars and
    // to a manager or support engineer as someone else's.
    connect(&preferences, &Preferences::languageChanged, &m_vehicles,
            &VehicleListModel::retranslate);
    connect(this, &AppState::accountChanged, &m_vehicles, [this] {
        m_vehicles.setSpeaksToOwner(Reasons::audienceFor(m_client->session().account.role) ==
                                    Reasons::Audience::Owner);
    });
    // Pauses go through the outbox of the account signed in, in the language in use.
    connect(this, &AppState::localClientChanged, m_pauses,
            [this] { m_pauses->setLocalClient(m_local); });
    connect(&preferences, &Preferences::languageChanged, m_pauses, &PauseActions::retranslate);
    // A pause or resume the car confirmed: its reasons and forecast are fetched again at once.
    connect(m_pauses, &PauseActions::applied, this, &AppState::refresh);
    m_refreshTimer.setInterval(RefreshIntervalMs);
    // Status arrives as it happens over the live stream; missed frames mean a fresh list.
    connect(m_stream, &client::LiveStreamClient::statusReceived, this,
            [this](const QString &vehicleId, const VehicleStatus &status) {
                if (m_vehicles.updateStatus(vehicleId, status))
                    m_vehicles.setErrorMessage({});
            });
    connect(m_stream, &client::LiveStreamClient::opened, this, [this](bool resumed) {
        if (!resumed)
            refresh();
    });
    connect(m_stream, &client::LiveStreamClient::connectedChanged, this, [this] {
        m_refreshTimer.setInterval(m_stream->isConnected() ? StreamingRefreshIntervalMs
                                                           : RefreshIntervalMs);
    });
    connect(&m_refreshTimer, &QTimer::timeout, this, &AppState::refresh);
}

AppState::~AppState()
{
    // What uses the client goes before it: the live stream, the outbox and its jobs (also a
    // local client replaced and waiting for deleteLater()), then jobs still running. Children
    // are otherwise deleted in the order they were made, the client first.
    delete m_stream;
    m_stream = nullptr;
    qDeleteAll(findChildren<LocalClient *>(Qt::FindDirectChildrenOnly));
    m_local = nullptr;
    // A demo backend that comes up while it is stopped would start a call here, which the
    // client (deleted before the calls, as it was made first) could no longer cancel.
    disconnect(m_backend, nullptr, this, nullptr);
    m_backend->stop();
    qDeleteAll(findChildren<client::FleetJob *>(Qt::FindDirectChildrenOnly));
    s_instance = nullptr;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

AppState *AppState::instance()
{
    return s_instance;
}

QString AppState::serverUrl() const
{
    return m_client->baseUrl().toString();
}

QString AppState::version() const
{
    return QStringLiteral(IDLEFLEET_VERSION_STRING);
}

void AppState::setSelectedVehicleId(const QString &id)
{
    if (m_selectedVehicleId == id)
        return;
    m_selectedVehicleId = id;
    Q_EMIT selectedVehicleChanged();
}

void AppState::setDemoWorldStart(const QString &instant)
{
    m_backend->setWorldStart(instant);
}

QDateTime AppState::worldNow() const
{
    return WorldTime::now();
}

void AppState::openVehicle(const QString &vehicleId, Navigation::Page page)
{
    setSelectedVehicleId(vehicleId);
    // A manager's list holds one page of the organisation: fetch this car's row.
    if (accountRole() == QLatin1String("fleet") && !m_vehicles.contains(vehicleId))
        refresh();
    m_navigation.navigate(page);
}

void AppState::setPhase(Phase phase, const QString &statusMessage, const QString &errorMessage)
{
    m_phase = phase;
    m_statusMessage = statusMessage;
    m_errorMessage = errorMessage;
    if (phase == Ready) {
        m_refreshTimer.start();
        if (m_client->signedIn() && !m_streaming) {
            m_streaming = true;
            m_stream->start();
        }
    } else {
        m_refreshTimer.stop();
    }
    Q_EMIT phaseChanged();
}

void AppState::start()
{
    if (!m_demoMode)
        return restoreSession();
    setPhase(Starting, tr("Starting the demo fleet backend…"));
    m_backend->start();
}

void AppState::retry()
{
    if (m_phase == Failed)
        start();
}

void AppState::onBackendReady()
{
    m_client->setEndpoint(m_backend->url(), {m_backend->pin()});
    Q_EMIT serverUrlChanged();
    checkServer(!m_backend->startedHere());
}

void AppState::checkServer(bool mayLaunch)
{
    setPhase(Connecting, tr("Connecting to the fleet backend…"));
    auto *job = m_client->fetchServerInfo(this);
    // An endpoint that does not answer means starting our own backend, not waiting for it.
    job->setMaxRetries(0);
    connect(job, &client::FleetJob::finished, this, [this, job, mayLaunch] {
        job->deleteLater();
        if (job->error() == client::FleetJob::ConnectionFailed && mayLaunch) {
            // The folder named a backend that no longer answers: start our own.
            setPhase(Starting, tr("Starting the demo fleet backend…"));
            m_backend->launch();
            return;
        }
        if (job->error() != client::FleetJob::NoError) {
            setPhase(Failed, {}, job->errorString());
            return;
        }
        signInToDemo();
    });
}

void AppState::signInToDemo()
{
    setPhase(Connecting, tr("Signing in to the demo world…"));
    const DemoAccount account = demoAccount(m_demoAccount);
    auto *job = m_client->login(account.email, account.password, this);
    connect(job, &client::FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != client::FleetJob::NoError) {
            setPhase(Failed, {}, job->errorString());
            return;
        }
        Q_EMIT accountChanged();
        openLocalClient();
        refresh();
    });
}

AppState::DemoAccount AppState::demoAccount(const QString &which)
{
    // The demo world's people (spec/cli.md); they exist only in simulated worlds.
    if (which == QLatin1String("fleet"))
        return {QStringLiteral("fleet@example.com"), QStringLiteral("demo-fleet")};
    if (which == QLatin1String("support"))
        return {QStringLiteral("support@example.com"), QStringLiteral("demo-support")};
    return {QStringLiteral("alex@example.com"), QStringLiteral("demo-owner")};
}

void AppState::openLocalClient()
{
    if (m_local->isOpen())
        return;
    // One key and store per installation and backend: the demo world has its own.
    const QString folder = LocalClient::defaultFolder(m_demoMode);
    QString error;
    if (!m_local->open(folder, &error)) {
        // The app still shows the cars; only changes need the key and the outbox.
        qCWarning(lcApp, "the local store cannot open: %s", qPrintable(error));
        return;
    }
    if (accountRole() != QLatin1String("fleet")) {
        m_local->flush();
        return;
    }
    // A fleet manager's changes go with the organisation's certificate of this computer's key
    // (no pairing with each car); what waits is sent once it is there.
    m_local->obtainCertificate(
        QStringLiteral("Idlefleet on %1").arg(QSysInfo::machineHostName()), m_local,
        [local = m_local](const QString &problem) {
            if (!problem.isEmpty())
                qCWarning(lcApp, "the organisation did not certify this computer's key: %s",
                          qPrintable(problem));
            local->flush();
        });
}

QString AppState::accountName() const
{
    return m_client->session().account.displayName;
}

QString AppState::accountEmail() const
{
    return m_client->session().account.email;
}

QString AppState::accountRole() const
{
    switch (m_client->session().account.role) {
    case 2:
        return QStringLiteral("fleet");
    case 3:
        return QStringLiteral("support");
    default:
        return QStringLiteral("owner");
    }
}

bool AppState::showStoredVehicles(const QString &why)
{
    if (!m_local->isOpen())
        return false;
    std::vector<Vehicle> stored = m_local->store()->vehicles();
    if (stored.empty())
        return false;
    const QDateTime syncedAt =
        QDateTime::fromMSecsSinceEpoch(m_local->store()->vehiclesSyncedMs(), Qt::UTC);
    if (m_selectedVehicleId.isEmpty())
        setSelectedVehicleId(stored.front().id);
    m_vehicles.setVehicles(std::move(stored), syncedAt);
    m_vehicles.setErrorMessage(why);
    setPhase(Ready, {});
    return true;
}

void AppState::storeVehicles(const std::vector<Vehicle> &vehicles, const QDateTime &now)
{
    QString problem;
    if (!m_local->store()->saveVehicles(vehicles, now.toMSecsSinceEpoch())) {
        // The store keeps the cars it had; the person learns that offline views are older.
        problem = tr("These cars could not be kept on this computer for use without a network "
                     "(%1). Without a network the app shows what it kept before.")
                      .arg(m_local->store()->lastError());
        qCWarning(lcApp, "the local store did not keep the cars: %s",
                  qPrintable(m_local->store()->lastError()));
    }
    if (problem == m_storeError)
        return;
    m_storeError = problem;
    Q_EMIT storeErrorChanged();
}

void AppState::refresh()
{
    if (m_pendingList || m_phase == Failed || m_phase == Starting)
        return;
    m_vehicles.setLoading(true);
    if (accountRole() == QLatin1String("fleet")) {
        // An organisation has thousands of cars (the fleet table loads them all); the card
        // shows the one being looked at, else the first. Never a page of them: a thousand cards
        // took the window twenty seconds to build.
        client::FleetClient::VehicleQuery query;
        query.id = m_selectedVehicleId;
        m_pendingList = m_client->listVehicles(query, 1, {}, this);
    } else {
        m_pendingList = m_client->listVehicles(VehiclePageSize, {}, this);
    }
    m_pendingList->setMaxRetries(0); // the next poll is the retry; the rows go stale meanwhile
    auto *job = m_pendingList.data();
    const QString asked = m_selectedVehicleId;
    connect(job, &client::FleetJob::finished, this, [this, job, asked] {
        job->deleteLater();
        m_pendingList.clear();
        m_vehicles.setLoading(false);
        if (accountRole() == QLatin1String("fleet") && job->error() == client::FleetJob::NoError) {
            // Another car was opened meanwhile: that one is fetched, not this answer shown.
            if (asked != m_selectedVehicleId)
                return refresh();
            // The car opened last is no longer the organisation's: the first one is shown.
            if (!asked.isEmpty() && job->result().vehicles.empty()) {
                setSelectedVehicleId({});
                return refresh();
            }
        }
        if (job->error() != client::FleetJob::NoError) {
            if (m_vehicles.loaded() || showStoredVehicles(job->errorString()))
                m_vehicles.setErrorMessage(job->errorString()); // keep showing, marked stale
            else
                setPhase(Failed, {}, job->errorString());
            return;
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        m_vehicles.setVehicles(job->result().vehicles, now);
        // Kept for the next start without a network; at most once a minute.
        if (m_local->isOpen() && m_local->store()->vehiclesSyncedMs() <
                                     now.toMSecsSinceEpoch() - StoreVehiclesIntervalMs)
            storeVehicles(job->result().vehicles, now);
        if (m_selectedVehicleId.isEmpty() && !job->result().vehicles.empty())
            setSelectedVehicleId(job->result().vehicles.front().id);
        if (m_phase != Ready)
            setPhase(Ready, {});
    });
}

} // namespace idlefleet::app
