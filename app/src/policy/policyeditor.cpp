#include "policyeditor.h"

#include "appstate.h"
#include "fleetclient.h"
#include "localclient.h"
#include "policy/policydocument.h"

#include <QRegularExpression>
#include <google/protobuf/util/message_differencer.h>

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
    revalidate();
}

PolicyEditor::~PolicyEditor()
{
    delete m_job.data();
}

void PolicyEditor::setServices(client::FleetClient *fleet, LocalClient *local)
{
    m_fleet = fleet;
    m_local = local;
    m_change.setLocalClient(local);
}

client::FleetClient *PolicyEditor::fleet() const
{
    if (m_fleet)
        return m_fleet;
    return AppState::instance() ? AppState::instance()->fleetClient() : nullptr;
}

LocalClient *PolicyEditor::local() const
{
    if (m_local)
        return m_local;
    return AppState::instance() ? AppState::instance()->localClient() : nullptr;
}

void PolicyEditor::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    delete m_job.data();
    m_refreshTimer.stop();
    m_conflict.clear();
    m_change.reset();
    m_notice.clear();
    m_version = 0;
    Q_EMIT vehicleIdChanged();
    setLoadState(false, false, {});
    fetch(false);
}

void PolicyEditor::setRefreshIntervalMs(int ms)
{
    if (ms == refreshIntervalMs() && (ms == 0) == !m_refreshTimer.isActive())
        return;
    m_refreshTimer.setInterval(qMax(0, ms));
    if (ms <= 0)
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
    client::FleetClient *client = fleet();
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
            if (!quietly || !m_loaded)
                setLoadState(false, m_loaded, job->errorString());
            return;
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
        return;
    }
    setLoadState(false, true, {});
    if (version <= m_version || m_change.busy())
        return; // nothing new, or our own change on its way: the outbox says how it ended
    if (!m_dirty) {
        loadPolicy(fetched, version);
        m_notice = tr("The car's policy was changed elsewhere; this is its version %1.")
                       .arg(version);
        Q_EMIT baseChanged();
        return;
    }
    if (!m_conflict.active() || m_conflict.theirVersion() < version)
        m_conflict.raise(policy(), fetched, version, QStringLiteral("refresh"));
}

void PolicyEditor::checkPairing()
{
    LocalClient *outbox = local();
    client::FleetClient *client = fleet();
    m_change.setLocalClient(outbox);
    if (!outbox || !outbox->isOpen()) {
        m_change.setPaired(false);
        return;
    }
    if (!client)
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

void PolicyEditor::setInputError(const QString &field, const QString &message)
{
    if (m_inputErrors.value(field).toString() == message)
        return;
    if (message.isEmpty())
        m_inputErrors.remove(field);
    else
        m_inputErrors.insert(field, message);
    revalidate();
}

void PolicyEditor::revalidate()
{
    static const QRegularExpression listField(
        QStringLiteral("^(windows|tariff\\.periods|departures)\\[(\\d+)\\]\\.(\\w+)$"));
    const QStringList lists{QStringLiteral("windows"), QStringLiteral("tariff.periods"),
                            QStringLiteral("departures")};
    std::vector<QVariantMap> rows[3] = {std::vector<QVariantMap>(std::size_t(m_windows.rowCount())),
                                        std::vector<QVariantMap>(std::size_t(m_periods.rowCount())),
                                        std::vector<QVariantMap>(std::size_t(m_departures.rowCount()))};
    QVariantMap errors;
    auto note = [&](const QString &key, const QString &message) {
        errors.insert(key, message);
        const auto match = listField.match(key);
        if (!match.hasMatch())
            return;
        const auto list = std::size_t(lists.indexOf(match.captured(1)));
        const auto row = match.captured(2).toULongLong();
        if (row < rows[list].size())
            rows[list][row].insert(match.captured(3), message);
        if (!errors.contains(match.captured(1)))
            errors.insert(match.captured(1), message);
    };
    const auto problems = policy::validatePolicyFields(policy());
    for (const auto &problem : problems)
        note(problem.path.mid(int(qstrlen("policy."))), problem.message);
    for (auto it = m_inputErrors.cbegin(); it != m_inputErrors.cend(); ++it)
        note(it.key(), it.value().toString());
    m_windows.setErrors(rows[0]);
    m_periods.setErrors(rows[1]);
    m_departures.setErrors(rows[2]);
    const int count = int(problems.size()) + int(m_inputErrors.size());
    if (errors != m_errors || count != m_errorCount) {
        m_errors = errors;
        m_errorCount = count;
        Q_EMIT validityChanged();
    }
    updateCanApply();
}

void PolicyEditor::updateDirty()
{
    const bool dirty =
        m_loaded && !google::protobuf::util::MessageDifferencer::Equals(policy(), m_base);
    if (dirty != m_dirty) {
        m_dirty = dirty;
        Q_EMIT dirtyChanged();
    }
    updateCanApply();
}

bool PolicyEditor::canApply() const
{
    return m_loaded && !m_vehicleId.isEmpty() && valid() && m_dirty && !m_change.busy() &&
           !m_conflict.active();
}

void PolicyEditor::updateCanApply()
{
    const bool can = canApply();
    if (can != m_canApply) {
        m_canApply = can;
        Q_EMIT canApplyChanged();
    }
}

bool PolicyEditor::apply()
{
    if (!canApply())
        return false;
    m_change.setLocalClient(local());
    m_notice.clear();
    const bool queued = m_change.queue(m_vehicleId, policy(), m_version);
    updateCanApply();
    return queued;
}

void PolicyEditor::revert()
{
    m_notice.clear();
    setFields(m_base);
    Q_EMIT baseChanged();
}

void PolicyEditor::onConfirmed(qint64 version, const v1::Policy &applied)
{
    m_base = applied;
    m_version = version;
    Q_EMIT baseChanged();
    updateDirty();
}

void PolicyEditor::onConflicted(qint64 version, const v1::Policy &current)
{
    m_conflict.raise(policy(), current, version, QStringLiteral("outbox"));
}

void PolicyEditor::keepMine()
{
    if (!m_conflict.active())
        return;
    m_base = m_conflict.theirs();
    m_version = m_conflict.theirVersion();
    m_conflict.clear();
    Q_EMIT baseChanged();
    updateDirty();
    apply();
}

void PolicyEditor::keepTheirs()
{
    if (!m_conflict.active())
        return;
    const v1::Policy theirs = m_conflict.theirs();
    const qint64 version = m_conflict.theirVersion();
    m_change.reset();
    loadPolicy(theirs, version);
}

void PolicyEditor::schedulePreview()
{
    m_previewTimer.start();
}

qint64 PolicyEditor::nowSeconds() const
{
    return m_previewNow.isValid() ? m_previewNow.toSecsSinceEpoch()
                                  : QDateTime::currentSecsSinceEpoch();
}

void PolicyEditor::computePreview()
{
    if (m_fields.time_zone().empty()) {
        m_preview.clear({});
        return;
    }
    for (auto it = m_errors.cbegin(); it != m_errors.cend(); ++it) {
        const QString &key = it.key();
        if (key.startsWith(QLatin1String("timeZone")) || key.startsWith(QLatin1String("windows")) ||
            key.startsWith(QLatin1String("tariff")) ||
            key.startsWith(QLatin1String("maxPriceMicrosPerKwh"))) {
            m_preview.clear(tr("Correct the marked fields to see the preview."));
            return;
        }
    }
    m_preview.compute(policy(), nowSeconds());
}

} // namespace idlefleet::app
