#pragma once

#include "payloads.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::app {

class LocalClient;

/// What both access lists share: the car they are about, loading and the last error.
class AccessListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ANONYMOUS
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY errorMessageChanged)
    /// Why the last revoke or grant failed, shown beside the action; empty when it worked.
    Q_PROPERTY(QString actionError READ actionError NOTIFY actionErrorChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    using QAbstractListModel::QAbstractListModel;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);
    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    bool loading() const { return m_loading; }
    QString errorMessage() const { return m_errorMessage; }
    QString actionError() const { return m_actionError; }
    int count() const { return rowCount(); }

    Q_INVOKABLE virtual void refresh() = 0;

Q_SIGNALS:
    void clientChanged();
    void vehicleIdChanged();
    void loadingChanged();
    void errorMessageChanged();
    void actionErrorChanged();
    void countChanged();

protected:
    void setLoading(bool loading);
    void setErrorMessage(const QString &message);
    void setActionError(const QString &message);

private:
    QPointer<client::FleetClient> m_client;
    QString m_vehicleId;
    bool m_loading = false;
    QString m_errorMessage;
    QString m_actionError;
};

/// The keys a car accepts signed changes from, with their last use; one can be revoked.
class KeyListModel : public idlefleet::app::AccessListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("localclient.h")
    /// This installation's key, marked in the list (AppState.localClient).
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient WRITE setLocalClient NOTIFY
                   localClientChanged)

public:
    enum Roles
    {
        KeyIdRole = Qt::UserRole + 1, ///< short id of the public key
        LabelRole,                    ///< the device's name ("Idlefleet on alex-laptop")
        RoleNameRole,                 ///< owner, fleet or manager, translated
        AddedAtRole,                  ///< when it was paired (QDateTime)
        LastUsedAtRole,               ///< when it last signed a change; invalid: never
        RevokedRole,                  ///< no longer accepted
        ThisComputerRole,             ///< the key of this installation
    };
    Q_ENUM(Roles)

    explicit KeyListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    LocalClient *localClient() const;
    void setLocalClient(LocalClient *local);

    void refresh() override;
    Q_INVOKABLE void revoke(const QString &keyId);

Q_SIGNALS:
    void localClientChanged();

private:
    std::vector<client::KeyInfo> m_keys;
    QPointer<LocalClient> m_local;
};

/// Support engineers' read-only access to a car, with the time left; grant and revoke.
class GrantListModel : public idlefleet::app::AccessListModel
{
    Q_OBJECT
    QML_ELEMENT
    /// The grants the signed-in person holds (support) or issued, on every car, instead of one
    /// car's.
    Q_PROPERTY(bool mine READ mine WRITE setMine NOTIFY mineChanged)

public:
    enum Roles
    {
        GrantIdRole = Qt::UserRole + 1, ///< the backend's grant id
        SupportEmailRole,               ///< who may read the car's diagnostics
        CreatedAtRole,                  ///< when it was given (QDateTime)
        ExpiresAtRole,                  ///< when it ends
        ActiveRole,                     ///< neither expired nor revoked
        StatusRole,                     ///< "ends in 3 hours", "expired", "revoked", translated
        VehicleIdRole,                  ///< the car it is for
    };
    Q_ENUM(Roles)

    explicit GrantListModel(QObject *parent = nullptr);
    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool mine() const { return m_mine; }
    void setMine(bool mine);

    void refresh() override;
    Q_INVOKABLE void grant(const QString &supportEmail, int hours);
    Q_INVOKABLE void revoke(const QString &grantId);

Q_SIGNALS:
    void mineChanged();

private:
    std::vector<client::GrantInfo> m_grants;
    bool m_mine = false;
};

} // namespace idlefleet::app
