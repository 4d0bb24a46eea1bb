#include "policyeditor.h"

#include "fleetclient.h"
#include "localclient.h"
#include "policydrafts.h"
#include "preferences.h"

namespace idlefleet::app {
namespace {

constexpr int DefaultRefreshMs = 20000;
constexpr int PreviewDelayMs = 40;

} // namespace

PolicyEditor::PolicyEditor(QObject *parent)
    : QObject(parent)
{
    for (PolicyListModel *list :
         std::initializer_list<PolicyListModel *>{&m_windows, &m_periods, &m_departures})
        connect(list, &PolicyListModel::edited, this, &PolicyEditor::onEdited);
    connect(&m_change, &PolicyChange::changed, this, &PolicyEditor::updateCanApply);
    connect(&m_change, &PolicyChange::confirmed, this, &PolicyEditor::onConfirmed);
    connect(&m_change, &PolicyChange::conflicted, this, &PolicyEditor::onConflicted);
    connect(&m_conflict, &PolicyConflict::changed, this, &PolicyEditor::updateCanApply);
    m_previewTimer.setSingleShot(true);
    m_previewTimer.setInterval(PreviewDelayMs);
    connect(&m_previewTimer, &QTimer::timeout, this, &PolicyEditor::computePreview);
    m_refreshTimer.setInterval(DefaultRefreshMs);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] {
        schedulePreview(); // "now" moves on
        if (m_loaded && !m_job)
            fetch(true);
    });
    m_preview.clear({});
    // The messages beside the fields are sentences in the app's language.
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, [this] {
            revalidate();
            m_change.retranslate();
        });
    revalidate();
}

PolicyEditor::~PolicyEditor()
{
    delete m_job.data();
    keepDraft();
}

void PolicyEditor::keepDraft()
{
    if (m_vehicleId.isEmpty() || !m_loaded)
        return;
    if (m_dirty)
        policydrafts::keep(m_vehicleId, {policy(), m_version});
    else
        policydrafts::drop(m_vehicleId);
}

client::FleetClient *PolicyEditor::client() const
{
    return m_fleet;
}

void PolicyEditor::setClient(client::FleetClient *client)
{
    if (m_fleet == client)
        return;
    m_fleet = client;
    Q_EMIT clientChanged();
    if (!m_vehicleId.isEmpty()) {
        delete m_job.data(); // the other backend's answer is not this one's
        fetch(false);
    }
}

LocalClient *PolicyEditor::localClient() const
{
    return m_local;
}

void PolicyEditor::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    m_local = local;
    m_change.setLocalClient(local);
    Q_EMIT localClientChanged();
    // Whether this computer may change the car is its key's question; an outbox not open yet
    // is asked after the next fetch.
    if (m_loaded && local && local->isOpen())
        checkPairing();
}

void PolicyEditor::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    keepDraft();
    m_vehicleId = id;
    delete m_job.data();
    m_refreshTimer.stop();
    m_conflict.clear();
    m_change.reset();
    m_notice.clear();
    m_refreshProblem.clear();
    m_version = 0;
    Q_EMIT vehicleIdChanged();
    setLoadState(false, false, {});
    updateDirty(); // nothing of this car is edited yet
    fetch(false);
}

void PolicyEditor::setRefreshIntervalMs(int ms)
{
    ms = qMax(0, ms);
    if (ms == refreshIntervalMs())
        return;
    m_refreshTimer.setInterval(ms);
    if (ms == 0)
        m_refreshTimer.stop();
    else if (m_loaded)
        m_refreshTimer.start();
    Q_EMIT refreshIntervalMsChanged();
}

void PolicyEditor::setPreviewNow(const QDateTime &now)
{
    if (m_previewNow == now)
        return;
    m_previewNow = now;
    Q_EMIT previewNowChanged();
    schedulePreview();
}

void PolicyEditor::reload()
{
    if (m_vehicleId.isEmpty())
        return;
    delete m_job.data();
    fetch(false);
}

void PolicyEditor::setLoadState(bool loading, bool loaded, const QString &error)
{
    if (m_loading == loading && m_loaded == loaded && m_loadError == error)
        return;
    m_loading = loading;
    m_loaded = loaded;
    m_loadError = error;
    Q_EMIT loadStateChanged();
    updateCanApply();
}

void PolicyEditor::fetch(bool quietly)
{
    client::FleetClient *client = m_fleet;
    if (!client || !client->baseUrl().isValid() || m_vehicleId.isEmpty()) {
        if (!quietly && !m_vehicleId.isEmpty())
            setLoadState(false, m_loaded, tr("Not connected to the fleet backend."));
        return;
    }
    if (!quietly)
        setLoadState(true, m_loaded, {});
    auto *job = client->fetchPolicy(m_vehicleId, this);
    if (quietly)
        job->setMaxRetries(0); // the next refresh is the retry
    m_job = job;
    const QString vehicle = m_vehicleId;
    connect(job, &client::FleetJob::finished, this, [this, job, vehicle, quietly] {
        job->deleteLater();
        if (m_job == job)
            m_job = nullptr;
        if (vehicle != m_vehicleId)
            return;
        if (job->error() != client::FleetJob::NoError) {
            if (!quietly || !m_loaded) {
                setLoadState(false, m_loaded, job->errorString());
            } else {
                // The policy shown stays; it may be stale, and the person is told why.
                m_refreshProblem = tr("Could not check the car for changes made elsewhere: %1")
                                       .arg(job->errorString());
                Q_EMIT baseChanged();
            }
            return;
        }
        if (!m_refreshProblem.isEmpty()) {
            m_refreshProblem.clear();
            Q_EMIT baseChanged();
        }
        onFetched(job->result().policy, job->result().version);
    });
}

void PolicyEditor::onFetched(const v1::Policy &fetched, qint64 version)
{
    if (!m_loaded) {
        loadPolicy(fetched, version);
        if (refreshIntervalMs() > 0)
            m_refreshTimer.start();
        checkPairing();
        restoreDraft();
        return;
    }
    setLoadState(false, true, {});
    if (version <= m_version || m_change.busy())
        return; // nothing new, or our own change on its way: the outbox says how it ended
    if (!m_dirty) {
        loadPolicy(fetched, version);
        m_notice =
            tr("The car's policy was changed elsewhere; this is its version %1.").arg(version);
        Q_EMIT baseChanged();
        return;
    }
    if (!m_conflict.active() || m_conflict.theirVersion() < version)
        m_conflict.raise(policy(), fetched, version, QStringLiteral("refresh"));
}

void PolicyEditor::restoreDraft()
{
    const auto draft = policydrafts::take(m_vehicleId);
    if (!draft)
        return;
    setFields(draft->policy);
    if (draft->baseVersion == m_version) {
        m_notice = tr("Your changes from before are back; they are not applied yet.");
        Q_EMIT baseChanged();
    } else if (m_dirty) {
        // The car moved on while the edits waited: both are shown, the person chooses.
        m_conflict.raise(policy(), m_base, m_version, QStringLiteral("refresh"));
    }
}

void PolicyEditor::checkPairing()
{
    LocalClient *outbox = m_local;
    client::FleetClient *client = m_fleet;
    m_change.setLocalClient(outbox);
    if (!outbox || !outbox->isOpen()) {
        m_change.setPaired(false);
        return;
    }
    if (!client || m_vehicleId.isEmpty())
        return;
    auto *job = client->listKeys(m_vehicleId, this);
    const QString vehicle = m_vehicleId;
    const QString keyId = outbox->keyId();
    connect(job, &client::FleetJob::finished, this, [this, job, vehicle, keyId] {
        job->deleteLater();
        if (vehicle != m_vehicleId || job->error() != client::FleetJob::NoError)
            return; // not knowing is not a reason to warn
        bool paired = false;
        for (const auto &key : job->result())
            paired = paired || (key.keyId == keyId && !key.revoked);
        m_change.setPaired(paired);
    });
}

void PolicyEditor::loadPolicy(const v1::Policy &policy, qint64 version)
{
    m_base = policy;
    m_version = version;
    m_notice.clear();
    m_conflict.clear();
    setLoadState(false, true, {});
    setFields(policy);
    Q_EMIT baseChanged();
}

v1::Policy PolicyEditor::policy() const
{
    v1::Policy p = m_fields;
    if (m_hasTariff)
        m_periods.writeTo(p.mutable_tariff());
    else
        p.clear_tariff();
    m_windows.writeTo(&p);
    m_departures.writeTo(&p);
    return p;
}

void PolicyEditor::onEdited()
{
    Q_EMIT fieldsChanged();
    revalidate();
    updateDirty();
    schedulePreview();
}

} // namespace idlefleet::app
