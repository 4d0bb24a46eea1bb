#pragma once

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::client {
class FleetClient;
}

namespace idlefleet::app {

/// What the dashboard tells about one car beyond its live status: the next stretch the forecast
/// expects it to contribute (with energy, cost and earnings), and its totals today, this month
/// and since it joined. Refreshes itself every minute while it lives.
class VehicleSummary : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_MOC_INCLUDE("fleetclient.h")
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleIdChanged)
    /// The car's IANA zone: "today" and "this month" are its local ones.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY vehicleIdChanged)
    Q_PROPERTY(int forecastDays READ forecastDays CONSTANT)
    Q_PROPERTY(bool loading READ loading NOTIFY changed)
    Q_PROPERTY(bool loaded READ loaded NOTIFY changed)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY changed)
    Q_PROPERTY(bool hasNextWindow READ hasNextWindow NOTIFY changed)
    Q_PROPERTY(QDateTime nextWindowStart READ nextWindowStart NOTIFY changed)
    Q_PROPERTY(QDateTime nextWindowEnd READ nextWindowEnd NOTIFY changed)
    Q_PROPERTY(double nextWindowEnergyWh READ nextWindowEnergyWh NOTIFY changed)
    Q_PROPERTY(QString nextWindowCost READ nextWindowCost NOTIFY changed)
    Q_PROPERTY(QString nextWindowEarnings READ nextWindowEarnings NOTIFY changed)
    Q_PROPERTY(QString nextWindowNet READ nextWindowNet NOTIFY changed)
    Q_PROPERTY(double todayEnergyWh READ todayEnergyWh NOTIFY changed)
    Q_PROPERTY(QString todayNet READ todayNet NOTIFY changed)
    /// Where today's compute energy came from: its share on the home's sunshine ("62%"), and
    /// the grid's CO2 for the rest with the CO2 the sunshine kept off the grid ("750 g, 120 g
    /// avoided"); both "" before any compute today.
    Q_PROPERTY(QString todaySunshine READ todaySunshine NOTIFY changed)
    Q_PROPERTY(QString todayCarbon READ todayCarbon NOTIFY changed)
    Q_PROPERTY(double monthEnergyWh READ monthEnergyWh NOTIFY changed)
    Q_PROPERTY(QString monthNet READ monthNet NOTIFY changed)
    Q_PROPERTY(double lifetimeEnergyWh READ lifetimeEnergyWh NOTIFY changed)
    Q_PROPERTY(QString lifetimeNet READ lifetimeNet NOTIFY changed)

public:
    explicit VehicleSummary(QObject *parent = nullptr);

    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &zone);
    static int forecastDays() { return ForecastDays; }
    bool loading() const { return m_pending > 0; }
    bool loaded() const { return m_loaded; }
    QString errorMessage() const { return m_errorMessage; }
    bool hasNextWindow() const { return m_nextStart.isValid(); }
    QDateTime nextWindowStart() const { return m_nextStart; }
    QDateTime nextWindowEnd() const { return m_nextEnd; }
    double nextWindowEnergyWh() const { return double(m_nextEnergyWh); }
    QString nextWindowCost() const;
    QString nextWindowEarnings() const;
    QString nextWindowNet() const;
    double todayEnergyWh() const { return double(m_todayEnergyWh); }
    QString todayNet() const;
    QString todaySunshine() const;
    QString todayCarbon() const;
    double monthEnergyWh() const { return double(m_monthEnergyWh); }
    QString monthNet() const;
    double lifetimeEnergyWh() const { return double(m_lifetimeEnergyWh); }
    QString lifetimeNet() const;

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    Q_INVOKABLE void refresh();

    static constexpr int RefreshIntervalMs = 60000;
    static constexpr int ForecastDays = 2;

Q_SIGNALS:
    void clientChanged();
    void vehicleIdChanged();
    void changed();

private:
    void finishOne(const QString &error);

    QPointer<client::FleetClient> m_client;
    QString m_vehicleId;
    QString m_timeZone;
    QTimer m_timer;
    int m_pending = 0;
    bool m_loaded = false;
    QString m_errorMessage;
    QString m_currency;
    QDateTime m_nextStart;
    QDateTime m_nextEnd;
    qint64 m_nextEnergyWh = 0;
    qint64 m_nextCostMicros = 0;
    qint64 m_nextOwnerMicros = 0;
    qint64 m_nextNetMicros = 0;
    qint64 m_todayEnergyWh = 0;
    qint64 m_todayNetMicros = 0;
    qint64 m_todaySolarWh = 0;
    qint64 m_todayCarbonGrams = 0;
    qint64 m_todayCarbonAvoidedGrams = 0;
    qint64 m_monthEnergyWh = 0;
    qint64 m_monthNetMicros = 0;
    qint64 m_lifetimeEnergyWh = 0;
    qint64 m_lifetimeNetMicros = 0;
};

} // namespace idlefleet::app
