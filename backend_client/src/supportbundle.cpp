#include "supportbundle.h"

#include "fleetclient.h"
#include "policy/policydocument.h"
#include "store/localstore.h"
#include "version.h"
#include "worldtime.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace idlefleet::client {
namespace {

constexpr int BundleFormat = 1;

QString instant(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODate) : QString();
}

QString instant(qint64 seconds)
{
    return instant(QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC));
}

QJsonValue policyJson(const v1::Policy &policy)
{
    return QJsonDocument::fromJson(policy::policyToJson(policy)).object();
}

/// Key ids (base64url SHA-256, 43 characters), bearer tokens, PEM bodies and similar runs.
const QRegularExpression &secretRun()
{
    static const QRegularExpression expression(QStringLiteral("[A-Za-z0-9+/_=-]{32,}"));
    return expression;
}

const QRegularExpression &emailAddress()
{
    static const QRegularExpression expression(
        QStringLiteral("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}"));
    return expression;
}

QString redactText(QString text, const SupportBundle::Redactions &redactions)
{
    for (int i = 0; i < redactions.keyIds.size(); ++i) {
        if (!redactions.keyIds.at(i).isEmpty())
            text.replace(redactions.keyIds.at(i), QStringLiteral("key-%1").arg(i + 1));
    }
    for (const QString &secret : redactions.secrets) {
        if (!secret.isEmpty())
            text.replace(secret, QStringLiteral("[secret]"));
    }
    for (const QString &name : redactions.names) {
        if (!name.isEmpty())
            text.replace(name, QStringLiteral("[name]"), Qt::CaseInsensitive);
    }
    for (const QString &place : redactions.places) {
        if (!place.isEmpty())
            text.replace(place, QStringLiteral("[place]"), Qt::CaseInsensitive);
    }
    text.replace(emailAddress(), QStringLiteral("[e-mail]"));
    text.replace(secretRun(), QStringLiteral("[secret]"));
    return text;
}

} // namespace

SupportBundle::SupportBundle(FleetClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{}

QJsonValue SupportBundle::redact(const QJsonValue &value, const Redactions &redactions)
{
    if (value.isString())
        return redactText(value.toString(), redactions);
    if (value.isArray()) {
        QJsonArray out;
        for (const QJsonValue &item : value.toArray())
            out.append(redact(item, redactions));
        return out;
    }
    if (value.isObject()) {
        QJsonObject out;
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            out.insert(redactText(it.key(), redactions), redact(it.value(), redactions));
        return out;
    }
    return value;
}

void SupportBundle::setLocalRecords(const QJsonArray &changes, const QJsonArray &errors)
{
    m_bundle.insert(QStringLiteral("localChanges"), changes);
    m_bundle.insert(QStringLiteral("recentErrors"), errors);
}

void SupportBundle::setLocalRecords(const LocalStore &store, const QString &vehicleId)
{
    static const char *const States[] = {"pending", "sent", "applied", "conflict", "rejected"};
    QJsonArray changes;
    QJsonArray errors;
    for (const OutboxEntry &e : store.entries()) {
        if (e.vehicleId != vehicleId)
            continue;
        const int state = int(e.state);
        const QJsonObject change{
            {QStringLiteral("vehicleId"), e.vehicleId},
            {QStringLiteral("change"), e.kind == OutboxEntry::SetPolicy
                                           ? QStringLiteral("set policy")
                                           : QStringLiteral("set paused until")},
            {QStringLiteral("state"),
             QLatin1String(state >= 0 && state < 5 ? States[state] : "unknown")},
            {QStringLiteral("queuedAt"), instant(e.createdMs / 1000)},
            {QStringLiteral("updatedAt"), instant(e.updatedMs / 1000)},
            {QStringLiteral("attempts"), e.attempts},
            {QStringLiteral("version"), e.confirmedVersion},
            {QStringLiteral("code"), e.resultCode},
            {QStringLiteral("message"), e.resultMessage}};
        changes.append(change);
        if (e.state == OutboxEntry::Rejected || e.state == OutboxEntry::Conflict ||
            (!e.isFinal() && !e.resultCode.isEmpty()))
            errors.append(change);
    }
    setLocalRecords(changes, errors);
}

void SupportBundle::start(const QString &vehicleId, int days)
{
    m_vehicleId = vehicleId;
    m_started = true;
    m_error.clear();
    const QDateTime now = QDateTime::currentDateTimeUtc(); // when the bundle was made
    days = std::clamp(days, 1, 31);
    m_bundle.insert(
        QStringLiteral("bundle"),
        QJsonObject{{QStringLiteral("format"), BundleFormat},
                    {QStringLiteral("createdAt"), instant(now)},
                    {QStringLiteral("client"),
                     QStringLiteral("idlefleet %1").arg(QLatin1String(IDLEFLEET_VERSION_STRING))},
                    {QStringLiteral("vehicleId"), vehicleId},
                    {QStringLiteral("days"), days},
                    {QStringLiteral("removed"),
                     QJsonArray{QStringLiteral("names"), QStringLiteral("locations"),
                                QStringLiteral("e-mail addresses"), QStringLiteral("tokens"),
                                QStringLiteral("keys")}}});
    // The person making the bundle: their own name and address are removed too.
    const Account &me = m_client->session().account;
    m_redactions.names.append(me.displayName);
    m_redactions.secrets.append(QString::fromLatin1(m_client->session().accessToken));
    m_redactions.secrets.append(QString::fromLatin1(m_client->session().refreshToken));

    // The server first: where its world's clock stands is "now" for the car's trace and events.
    ++m_pending;
    ++m_total;
    auto *info = m_client->fetchServerInfo(this);
    connect(info, &FleetJob::finished, this, [this, info, vehicleId, days] {
        info->deleteLater();
        if (info->error() == FleetJob::NoError)
            m_bundle.insert(
                QStringLiteral("server"),
                QJsonObject{{QStringLiteral("version"), info->result().serverVersion},
                            {QStringLiteral("apiVersion"), int(info->result().apiVersion)},
                            {QStringLiteral("simulated"), info->result().simulated}});
        else
            m_bundle.insert(QStringLiteral("unavailable"),
                            QJsonArray(m_bundle.value(QStringLiteral("unavailable")).toArray())
                                << info->errorString());
        gather(vehicleId, days, WorldTime::now());
        stepDone();
    });
    Q_EMIT progress(0, m_total);
}

void SupportBundle::gather(const QString &vehicleId, int days, const QDateTime &now)
{
    auto track = [this](FleetJob *job, std::function<void()> onSuccess, bool required) {
        ++m_pending;
        ++m_total;
        connect(job, &FleetJob::finished, this, [this, job, onSuccess, required] {
            job->deleteLater();
            if (job->error() == FleetJob::NoError)
                onSuccess();
            else if (required)
                fail(job->error(), job->errorString());
            else
                m_bundle.insert(QStringLiteral("unavailable"),
                                QJsonArray(m_bundle.value(QStringLiteral("unavailable")).toArray())
                                    << job->errorString());
            stepDone();
        });
    };

    FleetClient::VehicleQuery query;
    query.search = vehicleId;
    auto *list = m_client->listVehicles(query, 10, {}, this);
    track(
        list,
        [this, list] {
            for (const Vehicle &vehicle : list->result().vehicles) {
                if (vehicle.id != m_vehicleId)
                    continue;
                m_redactions.names.append(vehicle.name);
                m_redactions.places.append(vehicle.group);
                const VehicleStatus &s = vehicle.status;
                m_bundle.insert(
                    QStringLiteral("vehicle"),
                    QJsonObject{{QStringLiteral("id"), vehicle.id},
                                {QStringLiteral("model"), vehicle.model},
                                {QStringLiteral("timeZone"), vehicle.timeZone},
                                {QStringLiteral("batteryCapacityWh"), vehicle.batteryCapacityWh},
                                {QStringLiteral("floorSocPercent"), vehicle.floorSocPercent},
                                {QStringLiteral("policyVersion"), vehicle.policyVersion},
                                {QStringLiteral("status"),
                                 QJsonObject{{QStringLiteral("observedAt"), instant(s.observedAt)},
                                             {QStringLiteral("socPercent"), s.socPercent},
                                             {QStringLiteral("pluggedIn"), s.pluggedIn},
                                             {QStringLiteral("driving"), s.driving},
                                             {QStringLiteral("contributing"), s.contributing},
                                             {QStringLiteral("online"), s.online},
                                             {QStringLiteral("lastSeen"), instant(s.lastSeen)},
                                             {QStringLiteral("chipTempC"), s.chipTempC},
                                             {QStringLiteral("energyTodayWh"), s.energyTodayWh},
                                             {QStringLiteral("blockingReasons"),
                                              QJsonArray::fromStringList(s.blockingReasons)}}}});
            }
        },
        false);

    auto *diagnostics = m_client->fetchDiagnostics(vehicleId, this);
    track(
        diagnostics,
        [this, diagnostics] {
            const v1::VehicleDiagnostics &d = diagnostics->result();
            m_bundle.insert(
                QStringLiteral("diagnostics"),
                QJsonObject{
                    {QStringLiteral("observedAt"), instant(d.observed_at().seconds())},
                    {QStringLiteral("online"), d.online()},
                    {QStringLiteral("lastSeen"), instant(d.last_seen().seconds())},
                    {QStringLiteral("clockSkewMs"), qint64(d.clock_skew_ms())},
                    {QStringLiteral("firmwareVersion"),
                     QString::fromStdString(d.firmware_version())},
                    {QStringLiteral("computeModule"), QString::fromStdString(d.compute_module())},
                    {QStringLiteral("policyVersion"), qint64(d.policy_version())},
                    {QStringLiteral("connectionLosses24h"), d.connection_losses_24h()},
                    {QStringLiteral("jobFailures24h"), d.job_failures_24h()},
                    {QStringLiteral("keysActive"), d.keys_active()}});
        },
        true);

    auto *history = m_client->fetchPolicyHistory(vehicleId, this);
    track(
        history,
        [this, history] {
            QJsonArray revisions;
            for (const v1::PolicyRevision &revision : history->result().revisions()) {
                const QString key = QString::fromStdString(revision.key_id());
                if (!key.isEmpty() && !m_redactions.keyIds.contains(key))
                    m_redactions.keyIds.append(key);
                revisions.append(QJsonObject{
                    {QStringLiteral("version"), qint64(revision.version())},
                    {QStringLiteral("appliedAt"), instant(revision.applied_at().seconds())},
                    {QStringLiteral("signedBy"), key},
                    {QStringLiteral("policy"), policyJson(revision.policy())}});
            }
            m_bundle.insert(QStringLiteral("policyHistory"), revisions);
        },
        false);

    auto *events = m_client->fetchEvents(vehicleId, now.addDays(-days), now, this);
    track(
        events,
        [this, events] {
            QJsonArray out;
            for (const EventInfo &event : events->result()) {
                if ((event.kind == EventInfo::KeyAdded || event.kind == EventInfo::KeyRevoked) &&
                    !m_redactions.keyIds.contains(event.detail))
                    m_redactions.keyIds.append(event.detail);
                out.append(QJsonObject{
                    {QStringLiteral("at"), instant(event.at)},
                    {QStringLiteral("kind"), QLatin1String(eventKindName(event.kind))},
                    {QStringLiteral("reasons"), QJsonArray::fromStringList(event.reasons)},
                    {QStringLiteral("socPercent"), event.socPercent},
                    {QStringLiteral("detail"), event.detail}});
            }
            m_bundle.insert(QStringLiteral("events"), out);
        },
        false);

    auto *trace = m_client->fetchTrace(vehicleId, now, this);
    track(
        trace,
        [this, trace] {
            const v1::EligibilityTrace &t = trace->result();
            QJsonArray reasons;
            for (const std::string &reason : t.reasons())
                reasons.append(QString::fromStdString(reason));
            m_bundle.insert(
                QStringLiteral("traceNow"),
                QJsonObject{
                    {QStringLiteral("at"), instant(t.at().seconds())},
                    {QStringLiteral("online"), t.online()},
                    {QStringLiteral("socPercent"), t.state().soc_percent()},
                    {QStringLiteral("pluggedIn"), t.state().plugged_in()},
                    {QStringLiteral("contributing"), t.state().contributing()},
                    {QStringLiteral("chipTempC"), t.state().chip_temp_c()},
                    {QStringLiteral("reasons"), reasons},
                    {QStringLiteral("policyVersion"), qint64(t.policy_version())},
                    {QStringLiteral("priceMicrosPerKwh"), qint64(t.price_micros_per_kwh())}});
            m_bundle.insert(QStringLiteral("policy"),
                            QJsonObject{{QStringLiteral("version"), qint64(t.policy_version())},
                                        {QStringLiteral("document"), policyJson(t.policy())}});
        },
        false);
    Q_EMIT progress(m_total - m_pending, m_total);
}

void SupportBundle::stepDone()
{
    --m_pending;
    Q_EMIT progress(m_total - m_pending, m_total);
    if (m_pending == 0)
        Q_EMIT finished();
}

void SupportBundle::fail(int kind, const QString &message)
{
    if (!m_error.isEmpty())
        return;
    m_error = message;
    m_errorKind = kind;
}

QByteArray SupportBundle::document() const
{
    if (!isFinished() || !m_error.isEmpty())
        return {};
    return QJsonDocument(redact(m_bundle, m_redactions).toObject()).toJson(QJsonDocument::Indented);
}

} // namespace idlefleet::client
