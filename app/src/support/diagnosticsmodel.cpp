#include "diagnosticsmodel.h"

#include "appstate.h"
#include "fleetclient.h"
#include "localclient.h"
#include "moneyformat.h"
#include "preferences.h"
#include "reasons.h"
#include "supportbundle.h"
#include "supporttext.h"
#include "worldtime.h"

#include <QFutureWatcher>
#include <QLocale>
#include <QSaveFile>
#include <QTimeZone>
#include <QtConcurrent/QtConcurrentRun>
#include <memory>

namespace idlefleet::app {

using client::FleetJob;
using support::SupportText;

namespace {

const QString LocalInputFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QDateTime utcOf(const google::protobuf::Timestamp &at)
{
    return at.seconds() == 0 ? QDateTime() : QDateTime::fromSecsSinceEpoch(at.seconds(), Qt::UTC);
}

} // namespace

DiagnosticsModel::DiagnosticsModel(QObject *parent)
    : QObject(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &DiagnosticsModel::retranslate);
    connect(&m_reloadSoon, &ReloadSoon::timeout, this, &DiagnosticsModel::reload);
    connect(&m_reloadSoon, &ReloadSoon::activeChanged, this, &DiagnosticsModel::loadingChanged);
}

DiagnosticsModel::~DiagnosticsModel()
{
    // The worker reads the bundle, a child of this model.
    if (m_bundleWrite)
        m_bundleWrite->waitForFinished();
}

client::FleetClient *DiagnosticsModel::client() const
{
    return m_client;
}

void DiagnosticsModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (!m_vehicleId.isEmpty())
        m_reloadSoon.start();
}

LocalClient *DiagnosticsModel::localClient() const
{
    return m_local;
}

void DiagnosticsModel::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    m_local = local;
    Q_EMIT localClientChanged();
}

void DiagnosticsModel::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    // Nothing of another car stays on show.
    m_diagnostics.Clear();
    m_policy.Clear();
    m_history.Clear();
    m_policyVersion = 0;
    m_timeZone.clear();
    m_loaded = false;
    m_lastUpdated = {};
    delete m_traceJob;
    m_hasTrace = false;
    m_traceError.clear();
    m_traceSentence.clear();
    m_traceReasons.clear();
    m_traceTimeText.clear();
    Q_EMIT vehicleIdChanged();
    Q_EMIT diagnosticsChanged();
    Q_EMIT policyChanged();
    Q_EMIT policyVersionsChanged();
    Q_EMIT traceChanged();
    m_reloadSoon.start();
}

void DiagnosticsModel::track(FleetJob *job, std::function<void()> onSuccess)
{
    ++m_pending;
    const quint64 generation = m_generation;
    connect(job, &FleetJob::finished, this, [this, job, generation, onSuccess] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        if (job->error() == FleetJob::NoError)
            onSuccess();
        else if (m_errorMessage.isEmpty())
            m_errorMessage = SupportText::callError(job->error(), job->errorString(), m_vehicleId);
        if (--m_pending > 0)
            return;
        Q_EMIT errorMessageChanged();
        Q_EMIT loadingChanged();
    });
}

void DiagnosticsModel::reload()
{
    m_reloadSoon.stop();
    const bool wasLoading = loading();
    ++m_generation;
    m_pending = 0;
    m_errorMessage.clear();
    if (m_vehicleId.isEmpty() || !m_client) {
        if (!m_client)
            m_errorMessage = tr("Not connected to the fleet backend.");
        Q_EMIT errorMessageChanged();
        if (wasLoading)
            Q_EMIT loadingChanged();
        return;
    }
    auto *diagnostics = m_client->fetchDiagnostics(m_vehicleId, this);
    track(diagnostics, [this, diagnostics] {
        m_diagnostics = diagnostics->result();
        m_loaded = true;
        m_lastUpdated = QDateTime::currentDateTimeUtc();
        Q_EMIT diagnosticsChanged();
    });
    auto *policy = m_client->fetchPolicy(m_vehicleId, this);
    track(policy, [this, policy] {
        m_policy = policy->result().policy;
        m_policyVersion = policy->result().version;
        m_timeZone = QString::fromStdString(m_policy.time_zone());
        Q_EMIT policyChanged();
        // Times shown so far were on the wrong clock.
        Q_EMIT diagnosticsChanged();
        Q_EMIT policyVersionsChanged();
    });
    auto *history = m_client->fetchPolicyHistory(m_vehicleId, this);
    track(history, [this, history] {
        m_history = history->result();
        Q_EMIT policyVersionsChanged();
    });
    if (!wasLoading)
        Q_EMIT loadingChanged();
}

QDateTime DiagnosticsModel::lastSeen() const
{
    return utcOf(m_diagnostics.last_seen());
}

QString DiagnosticsModel::lastSeenText() const
{
    return SupportText::dateTime(lastSeen(), m_timeZone);
}

QString DiagnosticsModel::clockSkewText() const
{
    const qint64 ms = m_diagnostics.clock_skew_ms();
    const QLocale locale;
    if (ms == 0)
        return tr("in step");
    return ms > 0 ? tr("%1 ms ahead").arg(locale.toString(ms))
                  : tr("%1 ms behind").arg(locale.toString(-ms));
}

QString DiagnosticsModel::firmwareVersion() const
{
    return QString::fromStdString(m_diagnostics.firmware_version());
}

QString DiagnosticsModel::computeModule() const
{
    return QString::fromStdString(m_diagnostics.compute_module());
}

QString DiagnosticsModel::policySummary() const
{
    if (m_policyVersion == 0)
        return {};
    const QLocale locale;
    QStringList parts;
    parts.append(m_policy.enabled() ? tr("contributing on") : tr("contributing off"));
    parts.append(tr("floor %1%").arg(locale.toString(m_policy.min_soc_percent())));
    if (m_policy.resume_soc_percent() != 0)
        parts.append(tr("resume at %1%").arg(locale.toString(m_policy.resume_soc_percent())));
    if (m_policy.require_plugged_in())
        parts.append(tr("only plugged in"));
    if (m_policy.off_peak_only())
        parts.append(tr("only off-peak"));
    if (m_policy.require_profitable())
        parts.append(tr("only when profitable"));
    if (m_policy.windows_size() > 0)
        parts.append(tr("%n window(s)", "", m_policy.windows_size()));
    if (m_policy.departures_size() > 0)
        parts.append(tr("%n departure(s)", "", m_policy.departures_size()));
    if (m_policy.max_chip_temp_c() > 0)
        parts.append(tr("computer up to %1 °C").arg(locale.toString(m_policy.max_chip_temp_c())));
    if (m_policy.has_paused_until() && m_policy.paused_until().seconds() > WorldTime::nowSecs())
        parts.append(tr("paused until %1")
                         .arg(SupportText::dateTime(utcOf(m_policy.paused_until()), m_timeZone)));
    return parts.join(tr(", ", "between settings"));
}

QVariantList DiagnosticsModel::policyVersions() const
{
    QVariantList versions;
    for (const v1::PolicyRevision &revision : m_history.revisions()) {
        const QDateTime applied = utcOf(revision.applied_at());
        versions.append(QVariantMap{
            {QStringLiteral("version"), qint64(revision.version())},
            {QStringLiteral("appliedAt"), applied},
            {QStringLiteral("appliedText"), SupportText::dateTime(applied, m_timeZone)},
            {QStringLiteral("keyId"),
             SupportText::shortKeyId(QString::fromStdString(revision.key_id()))},
            {QStringLiteral("current"), revision.version() == m_diagnostics.policy_version()}});
    }
    return versions;
}

void DiagnosticsModel::traceAt(const QDateTime &at)
{
    delete m_traceJob;
    m_traceError.clear();
    if (!at.isValid() || m_vehicleId.isEmpty() || !m_client) {
        m_traceError = !m_client ? tr("Not connected to the fleet backend.")
                                 : tr("Choose a car and a time first.");
        Q_EMIT traceChanged();
        return;
    }
    m_traceJob = m_client->fetchTrace(m_vehicleId, at.toUTC(), this);
    connect(m_traceJob, &FleetJob::finished, this, [this, job = m_traceJob.data()] {
        job->deleteLater();
        m_traceJob = nullptr;
        if (job->error() != FleetJob::NoError) {
            m_traceError =
                job->serverError().field == QLatin1String("at")
                    ? tr("There is no trace for that time: %1").arg(job->errorString())
                    : SupportText::callError(job->error(), job->errorString(), m_vehicleId);
        } else {
            m_trace = job->result();
            m_hasTrace = true;
        }
        retranslate();
    });
    Q_EMIT traceChanged();
}

bool DiagnosticsModel::explain(const QString &localText)
{
    const QDateTime typed = QDateTime::fromString(localText.trimmed(), LocalInputFormat);
    if (!typed.isValid()) {
        delete m_traceJob;
        m_traceError = tr("Type a time on the car's clock as %1, for example %2.")
                           .arg(LocalInputFormat, nowLocalText());
        Q_EMIT traceChanged();
        return false;
    }
    const QTimeZone zone(m_timeZone.isEmpty() ? QByteArray("UTC") : m_timeZone.toUtf8());
    traceAt(QDateTime(typed.date(), typed.time(), zone.isValid() ? zone : QTimeZone::utc()));
    return true;
}

QString DiagnosticsModel::nowLocalText() const
{
    return SupportText::carTime(WorldTime::now(), m_timeZone).toString(LocalInputFormat);
}

void DiagnosticsModel::retranslate()
{
    if (m_hasTrace) {
        const QString zone = QString::fromStdString(m_trace.time_zone());
        const QString currency = QString::fromStdString(m_trace.policy().tariff().currency());
        m_traceSentence = SupportText::traceSentence(m_trace);
        m_traceTimeText =
            SupportText::dateTime(utcOf(m_trace.at()), zone.isEmpty() ? m_timeZone : zone);
        const auto explained = SupportText::explain(m_trace);
        m_traceReasons.clear();
        for (const std::string &reason : m_trace.reasons()) {
            const QString code = QString::fromStdString(reason);
            QString figures;
            for (const policy::ReasonExplanation &e : explained) {
                if (code == QLatin1String(policy::reasonCode(e.reason)))
                    figures = SupportText::reasonFigures(e, zone, currency);
            }
            m_traceReasons.append(QVariantMap{
                {QStringLiteral("code"), code},
                {QStringLiteral("text"), Reasons::sentence(code, Reasons::Audience::Other)},
                {QStringLiteral("figures"), figures}});
        }
    }
    Q_EMIT traceChanged();
    Q_EMIT diagnosticsChanged();
    Q_EMIT policyChanged();
    Q_EMIT policyVersionsChanged();
}

QString DiagnosticsModel::suggestedBundleName() const
{
    return QStringLiteral("idlefleet-support-%1-%2.json")
        .arg(m_vehicleId,
             QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmm")));
}

void DiagnosticsModel::makeBundle(const QUrl &file)
{
    if (m_bundleBusy)
        return;
    if (!file.isLocalFile() || m_vehicleId.isEmpty() || !m_client) {
        m_bundleError = !m_client               ? tr("Not connected to the fleet backend.")
                        : m_vehicleId.isEmpty() ? tr("Choose a car first.")
                                                : tr("Choose a file on this computer.");
        Q_EMIT bundleChanged();
        Q_EMIT bundleFinished(false);
        return;
    }
    m_bundlePath = file.toLocalFile();
    m_bundleBusy = true;
    m_bundleProgress = 0;
    m_bundleError.clear();
    m_bundle = new client::SupportBundle(m_client, this);
    // Gathering is most of the work; writing the file is the last tenth.
    connect(m_bundle, &client::SupportBundle::progress, this, [this](int done, int total) {
        m_bundleProgress = total > 0 ? 0.9 * done / total : 0;
        Q_EMIT bundleChanged();
    });
    connect(m_bundle, &client::SupportBundle::finished, this, &DiagnosticsModel::onBundleGathered);
    Q_EMIT bundleChanged();
    // This computer's own record of the car: its changes, and those that went wrong.
    if (m_local && m_local->isOpen())
        m_bundle->setLocalRecords(*m_local->store(), m_vehicleId);
    m_bundle->start(m_vehicleId, 7);
}

void DiagnosticsModel::onBundleGathered()
{
    client::SupportBundle *bundle = m_bundle;
    if (!bundle->errorString().isEmpty()) {
        m_bundle = nullptr;
        bundle->deleteLater();
        return finishBundle(SupportText::callError(FleetJob::Error(bundle->errorKind()),
                                                   bundle->errorString(), m_vehicleId),
                            {});
    }
    // Redacting and writing a week of events happens off the window's thread; the bundle is
    // not touched here until the worker is done with it.
    const QString path = m_bundlePath;
    m_bundleWrite = new QFutureWatcher<QString>(this);
    connect(m_bundleWrite, &QFutureWatcher<QString>::finished, this,
            [this, watcher = m_bundleWrite.data(), bundle, path] {
                watcher->deleteLater();
                bundle->deleteLater();
                m_bundle = nullptr;
                finishBundle(watcher->result(), path);
            });
    m_bundleWrite->setFuture(QtConcurrent::run([bundle, path]() -> QString {
        const QByteArray document = bundle->document();
        QSaveFile out(path);
        if (!out.open(QIODevice::WriteOnly) || out.write(document) < 0 || !out.commit())
            return DiagnosticsModel::tr("Cannot write %1: %2").arg(path, out.errorString());
        return {};
    }));
}

void DiagnosticsModel::finishBundle(const QString &error, const QString &path)
{
    m_bundleBusy = false;
    m_bundleError = error;
    m_bundleProgress = error.isEmpty() ? 1 : 0;
    if (error.isEmpty())
        m_bundleSavedPath = path;
    Q_EMIT bundleChanged();
    Q_EMIT bundleFinished(error.isEmpty());
}

} // namespace idlefleet::app
