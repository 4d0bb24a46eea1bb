#include "fleetbulk.h"

#include "appsettings.h"
#include "csv.h"
#include "fleetclient.h"
#include "localclient.h"
#include "policy/policydocument.h"

#include <QHostInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>

namespace idlefleet::app {
namespace {

constexpr int PageSize = 1000;

} // namespace

FleetBulk::FleetBulk(QObject *parent)
    : QAbstractListModel(parent)
{}

FleetBulk::~FleetBulk() = default;

client::FleetClient *FleetBulk::client() const
{
    return m_client;
}

void FleetBulk::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    restoreRun();
}

LocalClient *FleetBulk::localClient() const
{
    return m_local;
}

void FleetBulk::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    if (m_local)
        disconnect(m_local, nullptr, this, nullptr);
    m_local = local;
    Q_EMIT localClientChanged();
    if (!local)
        return;
    connect(local, &LocalClient::entryChanged, this, &FleetBulk::onEntryChanged);
    connect(local, &LocalClient::deliveryFailed, this,
            [this](qint64 id, const QString &) { onEntryChanged(id); });
    // The last run shown is the one this outbox sent.
    restoreRun();
}

int FleetBulk::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant FleetBulk::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return row.name;
    case VehicleIdRole:
        return row.vehicleId;
    case GroupRole:
        return row.group;
    case StateRole:
        return row.state;
    case StateTextRole:
        return stateText(row);
    case MessageRole:
        return row.message;
    case VersionRole:
        return row.version;
    }
    return {};
}

QHash<int, QByteArray> FleetBulk::roleNames() const
{
    return {{VehicleIdRole, "vehicleId"}, {NameRole, "name"},           {GroupRole, "group"},
            {StateRole, "state"},         {StateTextRole, "stateText"}, {MessageRole, "message"},
            {VersionRole, "version"}};
}

void FleetBulk::setTemplateName(const QString &name)
{
    if (name == m_templateName)
        return;
    m_templateName = name;
    Q_EMIT inputChanged();
}

void FleetBulk::setGroup(const QString &group)
{
    if (group == m_group)
        return;
    m_group = group;
    Q_EMIT inputChanged();
}

void FleetBulk::setVehicleIds(const QStringList &ids)
{
    if (ids == m_vehicleIds)
        return;
    m_vehicleIds = ids;
    Q_EMIT inputChanged();
}

int FleetBulk::applied() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(),
                             [](const Row &r) { return r.state == QLatin1String("applied"); }));
}

int FleetBulk::waiting() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.state == QLatin1String("asleep") || r.state == QLatin1String("queued") ||
               r.state == QLatin1String("sending");
    }));
}

int FleetBulk::refused() const
{
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.state == QLatin1String("conflict") || r.state == QLatin1String("rejected");
    }));
}

double FleetBulk::progress() const
{
    if (m_rows.empty())
        return 0;
    const auto settledRows = std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) {
        return r.state != QLatin1String("queued") && r.state != QLatin1String("sending");
    });
    return double(settledRows) / double(m_rows.size());
}

QString FleetBulk::stateText(const Row &row) const
{
    if (row.state == QLatin1String("applied"))
        return tr("Applied (version %1)").arg(row.version);
    if (row.state == QLatin1String("asleep"))
        return tr("Waiting: the car is asleep; it gets the policy when it wakes");
    if (row.state == QLatin1String("conflict"))
        return tr("Conflict: the car's policy changed meanwhile (now version %1)").arg(row.version);
    if (row.state == QLatin1String("rejected"))
        return tr("Refused: %1").arg(row.message);
    if (row.state == QLatin1String("sending"))
        return tr("Sending…");
    return tr("Queued");
}

void FleetBulk::setStage(const QString &stage)
{
    m_stage = stage;
    Q_EMIT progressChanged();
}

void FleetBulk::fail(const QString &message)
{
    m_busy = false;
    m_errorMessage = message;
    m_stage.clear();
    Q_EMIT progressChanged();
}

bool FleetBulk::apply(const QString &policyJson)
{
    if (m_busy)
        return false;
    v1::Policy policy;
    QString problem;
    if (!policy::parsePolicyJson(policyJson.toUtf8(), &policy, &problem) ||
        !(problem = policy::validatePolicy(policy)).isEmpty()) {
        fail(tr("The policy is not valid: %1").arg(problem));
        return false;
    }
    if (m_group.isEmpty() && m_vehicleIds.isEmpty()) {
        fail(tr("Choose a group or select cars in the vehicle table first."));
        return false;
    }
    if (!m_client || !m_local || !m_local->isOpen()) {
        fail(tr("This computer's key and outbox are not ready; try again in a moment."));
        return false;
    }
    m_policy = QByteArray::fromStdString(policy.SerializeAsString());
    m_busy = true;
    m_errorMessage.clear();
    m_exportMessage.clear();
    beginResetModel();
    m_rows.clear();
    m_rowOfEntry.clear();
    endResetModel();
    setStage(tr("Finding the cars…"));
    fetchCars({});
    return true;
}

void FleetBulk::fetchCars(const QString &pageToken)
{
    client::FleetClient::VehicleQuery query;
    query.group = m_group;
    query.sort = QStringLiteral("name");
    auto *job = m_client->listVehicles(query, PageSize, pageToken, this);
    connect(job, &client::FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != client::FleetJob::NoError)
            return fail(job->errorString());
        for (const Vehicle &vehicle : job->result().vehicles) {
            if (!m_group.isEmpty() || m_vehicleIds.contains(vehicle.id))
                m_rows.push_back({vehicle.id,
                                  vehicle.name,
                                  vehicle.group,
                                  vehicle.policyVersion,
                                  0,
                                  QStringLiteral("queued"),
                                  {},
                                  0});
        }
        if (!job->result().nextPageToken.isEmpty())
            return fetchCars(job->result().nextPageToken);
        if (m_rows.empty())
            return fail(m_group.isEmpty() ? tr("None of the selected cars is in the organisation.")
                                          : tr("The group %1 has no cars.").arg(m_group));
        certifyAndQueue();
    });
}

void FleetBulk::certifyAndQueue()
{
    if (m_local->hasCertificate())
        return queueAll();
    // The organisation certifies this installation's key once; its cars then accept it.
    setStage(tr("Asking the organisation to certify this computer's key…"));
    m_local->obtainCertificate(tr("Idlefleet on %1").arg(QHostInfo::localHostName()), this,
                               [this](const QString &problem) {
                                   if (!problem.isEmpty())
                                       return fail(tr("The organisation did not certify this "
                                                      "computer's key: %1")
                                                       .arg(problem));
                                   queueAll();
                               });
}

void FleetBulk::queueAll()
{
    v1::Policy policy;
    policy.ParseFromArray(m_policy.constData(), int(m_policy.size()));
    std::vector<std::pair<QString, qint64>> cars;
    cars.reserve(m_rows.size());
    for (const Row &row : m_rows)
        cars.emplace_back(row.vehicleId, row.baseVersion);
    setStage(tr("Sending the policy to %Ln car(s)…", nullptr, int(m_rows.size())));
    beginResetModel();
    const std::vector<qint64> ids = m_local->queuePolicies(cars, policy);
    for (std::size_t i = 0; i < m_rows.size(); ++i) {
        m_rows[i].entryId = ids[i];
        if (ids[i] == 0) {
            m_rows[i].state = QStringLiteral("rejected");
            m_rows[i].message = tr("the outbox could not keep the change");
        } else {
            m_rowOfEntry.insert(ids[i], int(i));
        }
    }
    endResetModel();
    m_lastRunTemplate = m_templateName;
    saveRun();
    for (const qint64 id : ids)
        onEntryChanged(id);
    Q_EMIT progressChanged();
}

void FleetBulk::saveRun() const
{
    QJsonArray rows;
    for (const Row &row : m_rows)
        rows.append(QJsonArray{row.vehicleId, row.name, row.group, row.entryId});
    const QJsonObject run{
        {QStringLiteral("template"), m_lastRunTemplate},
        {QStringLiteral("outbox"), m_local ? m_local->folder() : QString()},
        // For an older version, which knows runs by this alone.
        {QStringLiteral("demo"), m_local && m_local->folder() == LocalClient::defaultFolder(true)},
        {QStringLiteral("rows"), rows}};
    AppSettings().setValue(QStringLiteral("fleetBulk/lastRun"),
                           QString::fromUtf8(QJsonDocument(run).toJson(QJsonDocument::Compact)));
}

void FleetBulk::restoreRun()
{
    if (!m_client || !m_local)
        return;
    const QJsonObject run =
        QJsonDocument::fromJson(
            AppSettings().value(QStringLiteral("fleetBulk/lastRun")).toString().toUtf8())
            .object();
    // Each backend has its own outbox (demo mode's and the account's). A run kept before the
    // outbox was named says whether it was demo mode's.
    const QString outbox =
        run.contains(QStringLiteral("outbox"))
            ? run.value(QStringLiteral("outbox")).toString()
            : LocalClient::defaultFolder(run.value(QStringLiteral("demo")).toBool());
    if (m_busy)
        return;
    // Another outbox's run is not shown: its entries are not in this one (nor in an outbox
    // not open yet).
    const bool ours = m_local->isOpen() && outbox == m_local->folder();
    beginResetModel();
    m_rows.clear();
    m_rowOfEntry.clear();
    const QJsonArray rows = ours ? run.value(QStringLiteral("rows")).toArray() : QJsonArray();
    for (const QJsonValue &value : rows) {
        const QJsonArray item = value.toArray();
        Row row;
        row.vehicleId = item.at(0).toString();
        row.name = item.at(1).toString();
        row.group = item.at(2).toString();
        row.entryId = qint64(item.at(3).toDouble());
        if (row.vehicleId.isEmpty() || !m_local->store()->entry(row.entryId))
            continue;
        m_rowOfEntry.insert(row.entryId, int(m_rows.size()));
        m_rows.push_back(std::move(row));
    }
    endResetModel();
    m_lastRunTemplate =
        m_rows.empty() ? QString() : run.value(QStringLiteral("template")).toString();
    for (const Row &row : std::vector<Row>(m_rows))
        onEntryChanged(row.entryId);
    Q_EMIT progressChanged();
}

void FleetBulk::onEntryChanged(qint64 entryId)
{
    const auto found = m_rowOfEntry.constFind(entryId);
    if (found == m_rowOfEntry.constEnd() || !m_local)
        return;
    const auto entry = m_local->store()->entry(entryId);
    if (!entry)
        return;
    Row &row = m_rows[std::size_t(*found)];
    const QString before = row.state;
    switch (entry->state) {
    case OutboxEntry::Applied:
        row.state = QStringLiteral("applied");
        row.version = entry->confirmedVersion;
        break;
    case OutboxEntry::Conflict:
        row.state = QStringLiteral("conflict");
        row.version = entry->confirmedVersion;
        break;
    case OutboxEntry::Rejected:
        row.state = QStringLiteral("rejected");
        row.message = entry->resultMessage.isEmpty() ? entry->resultCode : entry->resultMessage;
        break;
    case OutboxEntry::Pending:
    case OutboxEntry::Sent: {
        // Behind an earlier change to the same car that waits for it to wake, it waits too.
        bool asleep = entry->resultCode == QLatin1String("car_asleep");
        if (!asleep && entry->state == OutboxEntry::Pending) {
            const auto first = m_local->store()->nextFor(entry->vehicleId);
            asleep =
                first && first->id != entry->id && first->resultCode == QLatin1String("car_asleep");
        }
        row.state = asleep                              ? QStringLiteral("asleep")
                    : entry->state == OutboxEntry::Sent ? QStringLiteral("sending")
                                                        : QStringLiteral("queued");
        break;
    }
    }
    if (row.state != before) {
        const QModelIndex changed = index(*found);
        Q_EMIT dataChanged(changed, changed);
    }
    const bool wasBusy = m_busy;
    if (m_busy && progress() >= 1.0) {
        m_busy = false;
        m_stage = waiting() > 0
                      ? tr("%Ln car(s) asleep get the policy when they wake.", nullptr, waiting())
                      : QString();
    }
    Q_EMIT progressChanged();
    if (wasBusy && !m_busy)
        Q_EMIT settled();
}

QString FleetBulk::reportCsv() const
{
    QStringList lines{QStringLiteral("vehicle_id,name,group,result,version,message")};
    for (const Row &row : m_rows)
        lines.append(
            QStringList{csvField(row.vehicleId), csvField(row.name), csvField(row.group), row.state,
                        row.version > 0 ? QString::number(row.version) : QString(),
                        csvField(row.state == QLatin1String("rejected") ? row.message : QString())}
                .join(QLatin1Char(',')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

bool FleetBulk::exportCsv(const QUrl &file)
{
    QSaveFile out(file.isLocalFile() ? file.toLocalFile() : file.toString());
    if (!out.open(QIODevice::WriteOnly) || out.write(reportCsv().toUtf8()) < 0 || !out.commit()) {
        m_exportMessage = tr("Could not write %1: %2").arg(out.fileName(), out.errorString());
        Q_EMIT progressChanged();
        return false;
    }
    m_exportMessage = tr("Saved the report to %1").arg(out.fileName());
    Q_EMIT progressChanged();
    return true;
}

} // namespace idlefleet::app
