#include "appstate.h"

#include "demobackend.h"
#include "fleetclient.h"
#include "version.h"

#include <QJSEngine>
#include <QQmlEngine>

namespace idlefleet::app {
namespace {

AppState *s_instance = nullptr;
constexpr int VehiclePageSize = 1000;

} // namespace

AppState::AppState(bool demoMode, const QString &demoDataDir, const QString &demoAccount,
                   QObject *parent)
    : QObject(parent)
    , m_demoMode(demoMode)
    , m_demoAccount(demoAccount)
    , m_backend(new DemoBackend(demoDataDir, this))
    , m_client(new client::FleetClient(this))
{
    Q_ASSERT(!s_instance);
    s_instance = this;
    connect(m_backend, &DemoBackend::ready, this, &AppState::onBackendReady);
    connect(m_backend, &DemoBackend::failed, this,
            [this](const QString &message) { setPhase(Failed, {}, message); });
    m_refreshTimer.setInterval(RefreshIntervalMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, &AppState::refresh);
}

AppState::~AppState()
{
    m_backend->stop();
    s_instance = nullptr;
}

AppState *AppState::create(QQmlEngine *, QJSEngine *)
{
    QJSEngine::setObjectOwnership(s_instance, QJSEngine::CppOwnership);
    return s_instance;
}

QStringList AppState::pageNames()
{
    return {QStringLiteral("Dashboard")};
}

QString AppState::serverUrl() const
{
    return m_client->baseUrl().toString();
}

QString AppState::version() const
{
    return QStringLiteral(IDLEFLEET_VERSION_STRING);
}

void AppState::setDarkTheme(bool dark)
{
    if (m_darkTheme == dark)
        return;
    m_darkTheme = dark;
    Q_EMIT darkThemeChanged();
}

void AppState::setCurrentPage(const QString &page)
{
    if (m_currentPage == page || !pageNames().contains(page))
        return;
    m_currentPage = page;
    Q_EMIT currentPageChanged();
}

void AppState::setPhase(Phase phase, const QString &statusMessage, const QString &errorMessage)
{
    m_phase = phase;
    m_statusMessage = statusMessage;
    m_errorMessage = errorMessage;
    if (phase == Ready)
        m_refreshTimer.start();
    else
        m_refreshTimer.stop();
    Q_EMIT phaseChanged();
}

void AppState::start()
{
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

QString AppState::accountName() const
{
    return m_client->session().account.displayName;
}

void AppState::refresh()
{
    if (m_pendingList || m_phase == Failed || m_phase == Starting)
        return;
    m_vehicles.setLoading(true);
    m_pendingList = m_client->listVehicles(VehiclePageSize, {}, this);
    m_pendingList->setMaxRetries(0); // the next poll is the retry; the rows go stale meanwhile
    auto *job = m_pendingList.data();
    connect(job, &client::FleetJob::finished, this, [this, job] {
        job->deleteLater();
        m_vehicles.setLoading(false);
        if (job->error() != client::FleetJob::NoError) {
            if (m_vehicles.loaded())
                m_vehicles.setErrorMessage(job->errorString()); // keep showing, marked stale
            else
                setPhase(Failed, {}, job->errorString());
            return;
        }
        m_vehicles.setVehicles(job->result().vehicles, QDateTime::currentDateTimeUtc());
        if (m_phase != Ready)
            setPhase(Ready, {});
    });
}

} // namespace idlefleet::app
