#include "earningsrange.h"

#include "fleetclient.h"
#include "policy/zonerules.h"
#include "preferences.h"
#include "worldtime.h"

#include <QLocale>
#include <QTimeZone>

namespace idlefleet::app {
namespace {

const qint64 EpochJulianDay = QDate(1970, 1, 1).toJulianDay();

std::shared_ptr<const policy::ZoneRules> rulesFor(const QString &zone)
{
    return policy::ZoneRules::forZoneOrUtc(zone.toUtf8());
}

} // namespace

EarningsRange::EarningsRange(QObject *parent)
    : QObject(parent)
{
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &EarningsRange::labelChanged);
    connect(this, &EarningsRange::changed, this, &EarningsRange::labelChanged);
    updateDays();
}

client::FleetClient *EarningsRange::client() const
{
    return m_client;
}

void EarningsRange::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    reloadVehicle();
}

void EarningsRange::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    m_vehicleName.clear();
    m_timeZone.clear();
    m_errorMessage.clear();
    reloadVehicle();
    Q_EMIT vehicleChanged();
}

void EarningsRange::setTimeZone(const QString &zone)
{
    if (m_timeZone == zone)
        return;
    m_timeZone = zone;
    updateDays();
    Q_EMIT vehicleChanged();
    Q_EMIT changed();
}

void EarningsRange::reloadVehicle()
{
    if (m_vehicleId.isEmpty() || !m_client)
        return;
    delete m_lookup;
    m_lookup = m_client->listVehicles(1000, {}, this);
    connect(m_lookup, &client::FleetJob::finished, this, [this, job = m_lookup] {
        job->deleteLater();
        if (job->error() != client::FleetJob::NoError) {
            m_errorMessage = job->errorString();
        } else {
            m_errorMessage = tr("This car is not among your cars any more.");
            for (const Vehicle &vehicle : job->result().vehicles) {
                if (vehicle.id == m_vehicleId) {
                    m_errorMessage.clear();
                    m_vehicleName = vehicle.name;
                    m_timeZone =
                        vehicle.timeZone.isEmpty() ? QStringLiteral("UTC") : vehicle.timeZone;
                }
            }
        }
        updateDays();
        Q_EMIT vehicleChanged();
        Q_EMIT changed();
    });
}

void EarningsRange::setPreset(Preset preset)
{
    if (m_preset == preset)
        return;
    m_preset = preset;
    updateDays();
    Q_EMIT changed();
}

void EarningsRange::setPeriod(Period period)
{
    if (m_period == period)
        return;
    m_period = period;
    Q_EMIT changed();
}

QDate EarningsRange::today() const
{
    const auto rules = rulesFor(m_timeZone);
    return QDate::fromJulianDay(rules->localDay(WorldTime::nowSecs()) + EpochJulianDay);
}

QDateTime EarningsRange::startOfDay(const QDate &date) const
{
    const auto rules = rulesFor(m_timeZone);
    return QDateTime::fromSecsSinceEpoch(rules->boundary(date.toJulianDay() - EpochJulianDay, 0),
                                         Qt::UTC);
}

QDateTime EarningsRange::toLocal(const QDateTime &utc) const
{
    const QTimeZone zone(m_timeZone.isEmpty() ? QByteArray("UTC") : m_timeZone.toUtf8());
    return zone.isValid() ? utc.toTimeZone(zone) : utc;
}

QDateTime EarningsRange::from() const
{
    return startOfDay(m_firstDay);
}

QDateTime EarningsRange::to() const
{
    return startOfDay(m_lastDay.addDays(1));
}

client::FleetClient::Period EarningsRange::clientPeriod() const
{
    switch (m_period) {
    case Hour:
        return client::FleetClient::Period::Hour;
    case Week:
        return client::FleetClient::Period::Week;
    case Month:
        return client::FleetClient::Period::Month;
    default:
        return client::FleetClient::Period::Day;
    }
}

QString EarningsRange::label() const
{
    const QLocale locale;
    return tr("%1 – %2", "a range of dates")
        .arg(locale.toString(m_firstDay, QLocale::ShortFormat),
             locale.toString(m_lastDay, QLocale::ShortFormat));
}

void EarningsRange::updateDays()
{
    const QDate now = today();
    switch (m_preset) {
    case ThisMonth:
        m_firstDay = QDate(now.year(), now.month(), 1);
        m_lastDay = now;
        break;
    case LastThreeMonths:
        m_firstDay = now.addMonths(-3).addDays(1);
        m_lastDay = now;
        break;
    case ThisYear:
        m_firstDay = QDate(now.year(), 1, 1);
        m_lastDay = now;
        break;
    case Custom:
        m_firstDay = m_customFirst.isValid() ? m_customFirst : QDate(now.year(), now.month(), 1);
        m_lastDay = m_customLast.isValid() ? m_customLast : now;
        break;
    }
}

QDate EarningsRange::parseDate(const QString &text) const
{
    const QString trimmed = text.trimmed();
    QDate date = QDate::fromString(trimmed, Qt::ISODate);
    if (!date.isValid())
        date = QLocale().toDate(trimmed, QLocale::ShortFormat);
    return date;
}

QString EarningsRange::setCustomRange(const QString &first, const QString &last)
{
    const QDate a = parseDate(first);
    const QDate b = parseDate(last);
    const QString example = QLocale().toString(today(), QLocale::ShortFormat);
    if (!a.isValid())
        return tr("\"%1\" is not a date; write it as %2 or 2026-03-01.").arg(first, example);
    if (!b.isValid())
        return tr("\"%1\" is not a date; write it as %2 or 2026-03-01.").arg(last, example);
    if (b < a)
        return tr("The last day comes before the first.");
    if (a.daysTo(b) > 20 * 365)
        return tr("Choose at most 20 years.");
    setCustomDays(a, b);
    return {};
}

void EarningsRange::setCustomDays(const QDate &first, const QDate &last)
{
    m_customFirst = first;
    m_customLast = last;
    m_preset = Custom;
    updateDays();
    Q_EMIT changed();
}

} // namespace idlefleet::app
