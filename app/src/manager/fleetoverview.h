#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
class FleetJob;
} // namespace idlefleet::client

namespace idlefleet::app {

/// A fleet manager's organisation at a glance: the cars now (contributing, online, by group),
/// the reasons cars are not contributing (most frequent first, each a link into the vehicle
/// table), and per currency what the fleet contributed, used, paid and earned over the last
/// `days` days, with its hours for a chart. Money never adds up across currencies.
class FleetOverview : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(int days READ days WRITE setDays NOTIFY daysChanged)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(QDateTime observedAt READ observedAt NOTIFY changed)
    Q_PROPERTY(int vehicleCount READ vehicleCount NOTIFY changed)
    Q_PROPERTY(int contributingNow READ contributingNow NOTIFY changed)
    Q_PROPERTY(int onlineNow READ onlineNow NOTIFY changed)
    Q_PROPERTY(int pluggedInNow READ pluggedInNow NOTIFY changed)
    Q_PROPERTY(int drivingNow READ drivingNow NOTIFY changed)
    /// Percent of the fleet contributing now, 0..100.
    Q_PROPERTY(double contributingShare READ contributingShare NOTIFY changed)
    /// [{code, text, vehicles}], most frequent first.
    Q_PROPERTY(QVariantList reasons READ reasons NOTIFY changed)
    /// The most cars any reason holds back (the bar chart's scale).
    Q_PROPERTY(int reasonMax READ reasonMax NOTIFY changed)
    /// [{name, vehicles, contributing}], by name.
    Q_PROPERTY(QVariantList groups READ groups NOTIFY changed)
    /// The groups' names alone, by name (for pickers).
    Q_PROPERTY(QStringList groupNames READ groupNames NOTIFY changed)
    /// [{currency, vehicles, energy, cost, gross, owner, net, hours, energyWh, netMicros,
    ///   series: [{t (ms), energyWh, netMicros}]}], by code; the texts in the language's format.
    Q_PROPERTY(QVariantList currencies READ currencies NOTIFY changed)
    /// The whole fleet's compute energy per hour (every currency): [{t (ms), kwh}], and its top.
    Q_PROPERTY(QVariantList energySeries READ energySeries NOTIFY changed)
    Q_PROPERTY(double energyMaxKwh READ energyMaxKwh NOTIFY changed)

public:
    explicit FleetOverview(QObject *parent = nullptr);
    ~FleetOverview() override;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    int days() const { return m_days; }
    void setDays(int days);
    bool loading() const { return m_job != nullptr; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    QDateTime observedAt() const { return m_observedAt; }
    int vehicleCount() const { return m_vehicleCount; }
    int contributingNow() const { return m_contributingNow; }
    int onlineNow() const { return m_onlineNow; }
    int pluggedInNow() const { return m_pluggedInNow; }
    int drivingNow() const { return m_drivingNow; }
    double contributingShare() const;
    QVariantList reasons() const { return m_reasons; }
    int reasonMax() const { return m_reasonMax; }
    QVariantList groups() const { return m_groups; }
    QStringList groupNames() const { return m_groupNames; }
    QVariantList currencies() const { return m_currencies; }
    QVariantList energySeries() const { return m_energySeries; }
    double energyMaxKwh() const { return m_energyMaxKwh; }

    /// The position of `name` in groupNames, -1 when it is not one.
    Q_INVOKABLE int groupIndex(const QString &name) const
    {
        return int(m_groupNames.indexOf(name));
    }
    /// Fetches the summary again (the page polls while it is shown).
    Q_INVOKABLE void reload();

Q_SIGNALS:
    void clientChanged();
    void daysChanged();
    void changed();

private:
    /// "36%" of the energy on solar surplus, "–" with no energy.
    static QString solarShareText(qint64 solarWh, qint64 energyWh);
    /// "285 g/kWh" of grid energy whose carbon was known, "–" with none.
    static QString intensityText(qint64 carbonGrams, qint64 gridWh, qint64 carbonUnknownWh);

    QPointer<client::FleetClient> m_client;
    QPointer<client::FleetJob> m_job;
    int m_days = 7;
    bool m_loaded = false;
    QString m_errorMessage;
    QDateTime m_observedAt;
    int m_vehicleCount = 0;
    int m_contributingNow = 0;
    int m_onlineNow = 0;
    int m_pluggedInNow = 0;
    int m_drivingNow = 0;
    QVariantList m_reasons;
    int m_reasonMax = 0;
    QVariantList m_groups;
    QStringList m_groupNames;
    QVariantList m_currencies;
    QVariantList m_energySeries;
    double m_energyMaxKwh = 0;
};

} // namespace idlefleet::app
