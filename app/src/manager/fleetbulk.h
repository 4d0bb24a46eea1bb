#pragma once

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <vector>

namespace idlefleet::client {
class FleetClient;
class FleetJob;
} // namespace idlefleet::client

namespace idlefleet::app {

class LocalClient;

/// A fleet manager applies one named policy (a template, edited with the owner's policy editor)
/// to a group or a selection of the organisation's cars in one action. Each car's change goes
/// through this installation's outbox, signed with its organisation-certified key; the rows say
/// how each car answered: applied, waiting while it sleeps (delivered when it wakes), a
/// conflict, or refused with the reason. The report exports as CSV.
class FleetBulk : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    Q_MOC_INCLUDE("localclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    /// This installation's key and outbox: the session's (AppState.localClient), handed in by
    /// its page; replaced when the app enters or leaves demo mode.
    Q_PROPERTY(idlefleet::app::LocalClient *localClient READ localClient WRITE setLocalClient NOTIFY
                   localClientChanged REQUIRED)
    Q_PROPERTY(QString templateName READ templateName WRITE setTemplateName NOTIFY inputChanged)
    /// The cars: a group's name...
    Q_PROPERTY(QString group READ group WRITE setGroup NOTIFY inputChanged)
    /// ...or these ids (when no group is set).
    Q_PROPERTY(QStringList vehicleIds READ vehicleIds WRITE setVehicleIds NOTIFY inputChanged)
    Q_PROPERTY(bool busy READ busy NOTIFY progressChanged)
    Q_PROPERTY(QString stage READ stage NOTIFY progressChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY progressChanged)
    Q_PROPERTY(int total READ total NOTIFY progressChanged)
    Q_PROPERTY(int applied READ applied NOTIFY progressChanged)
    Q_PROPERTY(int waiting READ waiting NOTIFY progressChanged)
    Q_PROPERTY(int refused READ refused NOTIFY progressChanged)
    Q_PROPERTY(int answered READ answered NOTIFY progressChanged)
    /// answered / total, 0..1.
    Q_PROPERTY(double progress READ progress NOTIFY progressChanged)
    Q_PROPERTY(QString exportMessage READ exportMessage NOTIFY progressChanged)
    /// The template of the run shown (also one from before a restart).
    Q_PROPERTY(QString lastRunTemplate READ lastRunTemplate NOTIFY progressChanged)

public:
    enum Roles
    {
        VehicleIdRole = Qt::UserRole + 1,
        NameRole,
        GroupRole,
        StateRole, ///< queued, sending, applied, asleep, conflict, rejected
        StateTextRole,
        MessageRole,
        VersionRole,
    };
    Q_ENUM(Roles)

    explicit FleetBulk(QObject *parent = nullptr);
    ~FleetBulk() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);
    LocalClient *localClient() const;
    void setLocalClient(LocalClient *local);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    QString templateName() const { return m_templateName; }
    void setTemplateName(const QString &name);
    QString group() const { return m_group; }
    void setGroup(const QString &group);
    QStringList vehicleIds() const { return m_vehicleIds; }
    void setVehicleIds(const QStringList &ids);
    bool busy() const { return m_busy; }
    QString stage() const { return m_stage; }
    QString errorMessage() const { return m_errorMessage; }
    int total() const { return int(m_rows.size()); }
    int applied() const;
    int waiting() const;
    int refused() const;
    int answered() const { return applied() + refused(); }
    double progress() const;
    QString exportMessage() const { return m_exportMessage; }
    QString lastRunTemplate() const { return m_lastRunTemplate; }

    /// Applies `policyJson` (the editor's document) to the cars. False with errorMessage set
    /// when it cannot start (no cars, an invalid policy, not a fleet manager).
    Q_INVOKABLE bool apply(const QString &policyJson);
    /// The report: one line per car.
    Q_INVOKABLE QString reportCsv() const;
    Q_INVOKABLE bool exportCsv(const QUrl &file);

Q_SIGNALS:
    void clientChanged();
    void localClientChanged();
    void inputChanged();
    void progressChanged();
    /// Every car answered or waits for its car to wake.
    void settled();

private:
    struct Row
    {
        QString vehicleId;
        QString name;
        QString group;
        qint64 baseVersion = 0;
        qint64 entryId = 0;
        QString state = QStringLiteral("queued");
        QString message;
        qint64 version = 0;
    };
    void fail(const QString &message);
    void fetchCars(const QString &pageToken);
    void certifyAndQueue();
    void queueAll();
    void onEntryChanged(qint64 entryId);
    void setStage(const QString &stage);
    /// The last run is kept (with the outbox's entries) so that it can be followed after a
    /// restart: cars that were asleep answer later.
    void saveRun() const;
    void restoreRun();
    QString stateText(const Row &row) const;

    QPointer<client::FleetClient> m_client;
    QPointer<LocalClient> m_local;
    QString m_templateName;
    QString m_group;
    QStringList m_vehicleIds;
    QByteArray m_policy; // serialized v1::Policy
    std::vector<Row> m_rows;
    QHash<qint64, int> m_rowOfEntry;
    bool m_busy = false;
    QString m_stage;
    QString m_errorMessage;
    QString m_exportMessage;
    QString m_lastRunTemplate;
};

} // namespace idlefleet::app
