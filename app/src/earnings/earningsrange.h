#pragma once

#include "fleetclient.h"

#include <QDate>
#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace idlefleet::app {

/// Which car, which stretch of its local calendar and which bucket size the Earnings page
/// shows. Dates are the car's own (its IANA zone); `from` and `to` are the UTC instants of the
/// range's first local midnight and of the midnight after its last day.
class EarningsRange : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    /// The fleet backend it asks: the session's (AppState.fleetClient), handed in by its page.
    Q_PROPERTY(idlefleet::client::FleetClient *client READ client WRITE setClient NOTIFY
                   clientChanged REQUIRED)
    Q_PROPERTY(QString vehicleId READ vehicleId WRITE setVehicleId NOTIFY vehicleChanged)
    Q_PROPERTY(QString vehicleName READ vehicleName NOTIFY vehicleChanged)
    /// IANA zone of the car: found with the vehicle unless set.
    Q_PROPERTY(QString timeZone READ timeZone WRITE setTimeZone NOTIFY vehicleChanged)
    /// The car's zone is known: the range can be asked for.
    Q_PROPERTY(bool ready READ ready NOTIFY vehicleChanged)
    Q_PROPERTY(QString errorMessage READ errorMessage NOTIFY vehicleChanged)
    Q_PROPERTY(Preset preset READ preset WRITE setPreset NOTIFY changed)
    Q_PROPERTY(Period period READ period WRITE setPeriod NOTIFY changed)
    Q_PROPERTY(QDate firstDay READ firstDay NOTIFY changed)
    Q_PROPERTY(QDate lastDay READ lastDay NOTIFY changed)
    Q_PROPERTY(QDateTime from READ from NOTIFY changed)
    Q_PROPERTY(QDateTime to READ to NOTIFY changed)
    /// The range in the app's language ("1 Mar 2026 – 31 May 2026").
    Q_PROPERTY(QString label READ label NOTIFY labelChanged)

public:
    enum Preset
    {
        ThisMonth,
        LastThreeMonths,
        ThisYear,
        Custom
    };
    Q_ENUM(Preset)
    enum Period
    {
        Hour,
        Day,
        Week,
        Month
    };
    Q_ENUM(Period)

    explicit EarningsRange(QObject *parent = nullptr);

    client::FleetClient *client() const;
    void setClient(client::FleetClient *client);

    QString vehicleId() const { return m_vehicleId; }
    void setVehicleId(const QString &id);
    QString vehicleName() const { return m_vehicleName; }
    QString timeZone() const { return m_timeZone; }
    void setTimeZone(const QString &zone);
    bool ready() const { return !m_timeZone.isEmpty() && !m_vehicleId.isEmpty(); }
    QString errorMessage() const { return m_errorMessage; }
    Preset preset() const { return m_preset; }
    void setPreset(Preset preset);
    Period period() const { return m_period; }
    void setPeriod(Period period);
    QDate firstDay() const { return m_firstDay; }
    QDate lastDay() const { return m_lastDay; }
    QDateTime from() const;
    QDateTime to() const;
    QString label() const;
    /// The period as the fleet client names it.
    client::FleetClient::Period clientPeriod() const;

    /// Chooses days from `first` to `last` (both included, the car's dates): empty on success,
    /// else why not, for a person. Dates may be ISO (2026-03-01) or in the language's short form.
    Q_INVOKABLE QString setCustomRange(const QString &first, const QString &last);
    void setCustomDays(const QDate &first, const QDate &last);
    /// Finds the car's name and zone again (after an error).
    Q_INVOKABLE void reloadVehicle();

    /// The car's local date now.
    QDate today() const;
    /// The UTC instant of 00:00 on `date` in the car's zone.
    QDateTime startOfDay(const QDate &date) const;
    /// `utc` as the car's local date and time.
    QDateTime toLocal(const QDateTime &utc) const;

Q_SIGNALS:
    void clientChanged();
    void vehicleChanged();
    void changed();
    void labelChanged();

private:
    void updateDays();
    QDate parseDate(const QString &text) const;

    QPointer<client::FleetClient> m_client;
    QPointer<client::ListVehiclesJob> m_lookup;
    QString m_vehicleId;
    QString m_vehicleName;
    QString m_timeZone;
    QString m_errorMessage;
    Preset m_preset = ThisMonth;
    Period m_period = Day;
    QDate m_firstDay;
    QDate m_lastDay;
    QDate m_customFirst;
    QDate m_customLast;
};

} // namespace idlefleet::app
