#include "vehiclesummary.h"

#include "fleetclient.h"
#include "money.h"
#include "moneyformat.h"
#include "pauseactions.h"
#include "policy/zonerules.h"
#include "preferences.h"
#include "worldtime.h"

#include <QTimeZone>

namespace idlefleet::app {
namespace {

constexpr int LifetimeYears = 20;

} // namespace

VehicleSummary::VehicleSummary(QObject *parent)
    : QObject(parent)
{
    m_timer.setInterval(RefreshIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &VehicleSummary::refresh);
    // Its texts are made in the language in use.
    if (Preferences *preferences = Preferences::instance())
        connect(preferences, &Preferences::languageChanged, this, &VehicleSummary::refresh);
    // A pause or resume changes the forecast at once: it is not left stale until the next round.
    if (PauseActions *pauses = PauseActions::instance()) {
        connect(pauses, &PauseActions::applied, this, [this](const QString &vehicleId) {
            if (vehicleId == m_vehicleId)
                refresh();
        });
    }
}

client::FleetClient *VehicleSummary::client() const
{
    return m_client;
}

void VehicleSummary::setClient(client::FleetClient *client)
{
    if (m_client == client)
        return;
    m_client = client;
    Q_EMIT clientChanged();
    if (!m_vehicleId.isEmpty())
        QTimer::singleShot(0, this, &VehicleSummary::refresh);
}

void VehicleSummary::setVehicleId(const QString &id)
{
    if (m_vehicleId == id)
        return;
    m_vehicleId = id;
    Q_EMIT vehicleIdChanged();
    QTimer::singleShot(0, this, &VehicleSummary::refresh);
}

void VehicleSummary::setTimeZone(const QString &zone)
{
    if (m_timeZone == zone)
        return;
    m_timeZone = zone;
    Q_EMIT vehicleIdChanged();
}

QString VehicleSummary::nextWindowCost() const
{
    return formatMoney(m_nextCostMicros, m_currency);
}

QString VehicleSummary::nextWindowEarnings() const
{
    return formatMoney(m_nextOwnerMicros, m_currency);
}

QString VehicleSummary::nextWindowNet() const
{
    return formatMoney(m_nextNetMicros, m_currency);
}

QString VehicleSummary::todayNet() const
{
    return formatMoney(m_todayNetMicros, m_currency);
}

QString VehicleSummary::todaySunshine() const
{
    if (m_todayEnergyWh <= 0)
        return {};
    return tr("%1%", "share of today's compute energy on solar surplus")
        .arg(QLocale().toString(solarPercent(m_todaySolarWh, m_todayEnergyWh)));
}

QString VehicleSummary::todayCarbon() const
{
    if (m_todayEnergyWh <= 0)
        return {};
    return tr("%1, %2 avoided", "grams of CO2 emitted, then avoided")
        .arg(formatCarbon(m_todayCarbonGrams), formatCarbon(m_todayCarbonAvoidedGrams));
}

QString VehicleSummary::monthNet() const
{
    return formatMoney(m_monthNetMicros, m_currency);
}

QString VehicleSummary::lifetimeNet() const
{
    return formatMoney(m_lifetimeNetMicros, m_currency);
}

void VehicleSummary::refresh()
{
    if (m_vehicleId.isEmpty() || m_pending > 0 || !m_client)
        return;
    client::FleetClient *fleet = m_client;
    const QTimeZone zone(m_timeZone.toUtf8());
    const QDateTime now = WorldTime::now();
    const QDateTime localNow = now.toTimeZone(zone.isValid() ? zone : QTimeZone::utc());
    const QDateTime monthStart =
        QDateTime(QDate(localNow.date().year(), localNow.date().month(), 1), QTime(0, 0),
                  localNow.timeZone());
    // Ranges of the ledger start and end at the car's local hours: today is its local day, and
    // "since joining" its local days from LifetimeYears back to tomorrow's midnight.
    auto rules = policy::ZoneRules::forZoneOrUtc(m_timeZone.toUtf8());
    const qint64 localToday = rules->localDay(now.toSecsSinceEpoch());
    const QDateTime until =
        QDateTime::fromSecsSinceEpoch(rules->boundary(localToday + 1, 0), Qt::UTC);
    const QDate todayDate = QDate(1970, 1, 1).addDays(localToday);
    const QDateTime lifetimeFrom = QDateTime::fromSecsSinceEpoch(
        rules->boundary(localToday + todayDate.daysTo(todayDate.addYears(-LifetimeYears)), 0),
        Qt::UTC);
    const QDateTime todayFrom =
        QDateTime::fromSecsSinceEpoch(rules->boundary(localToday, 0), Qt::UTC);
    m_pending = 3;
    m_errorMessage.clear();
    m_timer.start();
    Q_EMIT changed();

    auto *forecast = fleet->fetchForecast(m_vehicleId, ForecastDays, this);
    connect(forecast, &client::FleetJob::finished, this, [this, forecast, now] {
        forecast->deleteLater();
        if (forecast->error() == client::FleetJob::NoError) {
            const policy::Forecast &result = forecast->result();
            m_currency = result.currency;
            m_nextStart = {};
            m_nextEnd = {};
            for (const auto &interval : result.intervals) {
                if (interval.end <= now.toSecsSinceEpoch())
                    continue;
                m_nextStart = QDateTime::fromSecsSinceEpoch(interval.start, Qt::UTC);
                m_nextEnd = QDateTime::fromSecsSinceEpoch(interval.end, Qt::UTC);
                m_nextEnergyWh = interval.energyWh;
                m_nextCostMicros = interval.costMicros;
                m_nextOwnerMicros = interval.ownerMicros;
                m_nextNetMicros = interval.netMicros;
                break;
            }
        }
        finishOne(forecast->errorString());
    });

    auto *today =
        fleet->fetchEarnings(m_vehicleId, todayFrom, until, client::FleetClient::Period::Day, this);
    connect(today, &client::FleetJob::finished, this, [this, today] {
        today->deleteLater();
        if (today->error() == client::FleetJob::NoError) {
            m_currency = today->result().currency;
            m_todayEnergyWh = today->result().totals.energyWh;
            m_todayNetMicros = today->result().totals.netMicros;
            m_todaySolarWh = today->result().totals.solarWh;
            m_todayCarbonGrams = today->result().totals.carbonGrams;
            m_todayCarbonAvoidedGrams = today->result().totals.carbonAvoidedGrams;
        }
        finishOne(today->errorString());
    });

    auto *months = fleet->fetchEarnings(m_vehicleId, lifetimeFrom, until,
                                        client::FleetClient::Period::Month, this);
    connect(months, &client::FleetJob::finished, this, [this, months, monthStart] {
        months->deleteLater();
        if (months->error() == client::FleetJob::NoError) {
            const auto &report = months->result();
            m_currency = report.currency;
            m_lifetimeEnergyWh = report.totals.energyWh;
            m_lifetimeNetMicros = report.totals.netMicros;
            m_monthEnergyWh = 0;
            m_monthNetMicros = 0;
            // Buckets start at the first local day of their month.
            for (const auto &bucket : report.entries) {
                const QDate first = bucket.start.toTimeZone(monthStart.timeZone()).date();
                if (first.year() == monthStart.date().year() &&
                    first.month() == monthStart.date().month()) {
                    m_monthEnergyWh += bucket.amounts.energyWh;
                    m_monthNetMicros += bucket.amounts.netMicros;
                }
            }
        }
        finishOne(months->errorString());
    });
}

void VehicleSummary::finishOne(const QString &error)
{
    if (!error.isEmpty())
        m_errorMessage = error;
    if (--m_pending == 0 && m_errorMessage.isEmpty())
        m_loaded = true;
    Q_EMIT changed();
}

} // namespace idlefleet::app
