#include "accessmodels.h"

#include "fleetclient.h"
#include "localclient.h"

namespace idlefleet::app {

using client::FleetJob;

client::FleetClient *AccessListModel::client() const
{
    return m_client;
}

void AccessListModel::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    refresh();
}

void AccessListModel::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    Q_EMIT vehicleIdChanged();
    setActionError({});
    refresh();
}

void AccessListModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged();
}

void AccessListModel::setErrorMessage(const QString &message)
{
    if (m_errorMessage == message)
        return;
    m_errorMessage = message;
    Q_EMIT errorMessageChanged();
}

void AccessListModel::setActionError(const QString &message)
{
    if (m_actionError == message)
        return;
    m_actionError = message;
    Q_EMIT actionErrorChanged();
}

KeyListModel::KeyListModel(QObject *parent)
    : AccessListModel(parent)
{}

int KeyListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_keys.size());
}

QVariant KeyListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::KeyInfo &key = m_keys[std::size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole:
    case LabelRole:
        return key.label;
    case KeyIdRole:
        return key.keyId;
    case RoleNameRole:
        return key.role == 2   ? tr("Organisation fleet key")
               : key.role == 3 ? tr("Fleet manager")
                               : tr("Owner");
    case AddedAtRole:
        return key.addedAt;
    case LastUsedAtRole:
        return key.lastUsedAt;
    case RevokedRole:
        return key.revoked;
    case ThisComputerRole:
        return m_local && m_local->keyId() == key.keyId;
    default:
        return {};
    }
}

QHash<int, QByteArray> KeyListModel::roleNames() const
{
    return {{KeyIdRole, "keyId"},
            {LabelRole, "label"},
            {RoleNameRole, "roleName"},
            {AddedAtRole, "addedAt"},
            {LastUsedAtRole, "lastUsedAt"},
            {RevokedRole, "revoked"},
            {ThisComputerRole, "thisComputer"}};
}

LocalClient *KeyListModel::localClient() const
{
    return m_local;
}

void KeyListModel::setLocalClient(LocalClient *local)
{
    if (m_local == local)
        return;
    m_local = local;
    Q_EMIT localClientChanged();
    if (!m_keys.empty())
        Q_EMIT dataChanged(index(0), index(int(m_keys.size()) - 1), {ThisComputerRole});
}

void KeyListModel::refresh()
{
    if (!client() || vehicleId().isEmpty() || loading())
        return;
    setLoading(true);
    auto *job = client()->listKeys(vehicleId(), this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        setLoading(false);
        setErrorMessage(job->errorString());
        if (job->error() != FleetJob::NoError)
            return;
        beginResetModel();
        m_keys = job->result();
        endResetModel();
        Q_EMIT countChanged();
    });
}

void KeyListModel::revoke(const QString &keyId)
{
    if (!client())
        return setActionError(tr("Not connected to the fleet backend."));
    auto *job = client()->revokeKey(vehicleId(), keyId, this);
    setActionError({});
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError)
            setActionError(tr("The key could not be revoked: %1").arg(job->errorString()));
        refresh();
    });
}

GrantListModel::GrantListModel(QObject *parent)
    : AccessListModel(parent)
{}

void GrantListModel::setMine(bool mine)
{
    if (mine == m_mine)
        return;
    m_mine = mine;
    Q_EMIT mineChanged();
    refresh();
}

int GrantListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_grants.size());
}

QVariant GrantListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const client::GrantInfo &grant = m_grants[std::size_t(index.row())];
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const bool active = !grant.revokedAt.isValid() && grant.expiresAt > now;
    switch (role) {
    case Qt::DisplayRole:
    case SupportEmailRole:
        return grant.supportEmail;
    case GrantIdRole:
        return grant.grantId;
    case VehicleIdRole:
        return grant.vehicleId;
    case CreatedAtRole:
        return grant.createdAt;
    case ExpiresAtRole:
        return grant.expiresAt;
    case ActiveRole:
        return active;
    case StatusRole: {
        if (grant.revokedAt.isValid())
            return tr("revoked");
        if (!active)
            return tr("expired");
        const qint64 hours = now.secsTo(grant.expiresAt) / 3600;
        if (hours < 1)
            return tr("ends within the hour");
        if (hours < 48)
            return tr("ends in %n hour(s)", "", int(hours));
        return tr("ends in %n day(s)", "", int(hours / 24));
    }
    default:
        return {};
    }
}

QHash<int, QByteArray> GrantListModel::roleNames() const
{
    return {{GrantIdRole, "grantId"},     {SupportEmailRole, "supportEmail"},
            {CreatedAtRole, "createdAt"}, {ExpiresAtRole, "expiresAt"},
            {ActiveRole, "active"},       {StatusRole, "status"},
            {VehicleIdRole, "vehicleId"}};
}

void GrantListModel::refresh()
{
    if (!client() || (vehicleId().isEmpty() && !m_mine) || loading())
        return;
    setLoading(true);
    auto *job = m_mine ? client()->listMyGrants(this) : client()->listGrants(vehicleId(), this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        setLoading(false);
        setErrorMessage(job->errorString());
        if (job->error() != FleetJob::NoError)
            return;
        beginResetModel();
        m_grants = job->result();
        // Those in force first, the latest first.
        std::stable_sort(m_grants.begin(), m_grants.end(),
                         [](const auto &a, const auto &b) { return a.expiresAt > b.expiresAt; });
        endResetModel();
        Q_EMIT countChanged();
    });
}

void GrantListModel::grant(const QString &supportEmail, int hours)
{
    const QString email = supportEmail.trimmed();
    if (!email.contains(QLatin1Char('@')) || email.startsWith(QLatin1Char('@')) ||
        email.endsWith(QLatin1Char('@')))
        return setActionError(tr("Type the support engineer's e-mail address, such as "
                                 "support@example.com."));
    if (hours < 1 || hours > 720)
        return setActionError(tr("Access lasts from 1 hour to 30 days."));
    if (!client())
        return setActionError(tr("Not connected to the fleet backend."));
    setActionError({});
    auto *job = client()->grantSupport(vehicleId(), email, hours, this);
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError)
            setActionError(tr("Access could not be granted: %1").arg(job->errorString()));
        refresh();
    });
}

void GrantListModel::revoke(const QString &grantId)
{
    if (!client())
        return setActionError(tr("Not connected to the fleet backend."));
    auto *job = client()->revokeGrant(grantId, this);
    setActionError({});
    connect(job, &FleetJob::finished, this, [this, job] {
        job->deleteLater();
        if (job->error() != FleetJob::NoError)
            setActionError(tr("Access could not be revoked: %1").arg(job->errorString()));
        refresh();
    });
}

} // namespace idlefleet::app
